# Comments in various positions are ignored.
# a full-line comment
x = 1  # trailing comment
# print("not printed")
if x:  # comment after colon
    # comment in block
    print("x is", x)  # and here
    # trailing comment in block
print("#not a comment")
print('# also not')
def f():
    # only a comment then code
    return 2
print(f())
