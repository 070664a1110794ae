# Backslash continuation and implicit continuation inside brackets.
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,  # a comment inside brackets
    3,
]
print(values)
d = {
    'a': 1,
        'b': 2,
}
print(d)
if total > 5 and \
   values:
    print("continued condition")
print(max(1,
          7,
  3))
