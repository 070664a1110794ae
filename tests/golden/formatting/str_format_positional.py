# str.format with automatic, explicit positional and keyword fields.
print("{} and {}".format("a", "b"))
print("{1} before {0}".format("a", "b"))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="kim", age=30))
print("{0} {x}".format(1, x=2))
print("{{}} {}".format("braces"))
args = ["p", "q"]
kw = {"k": "v"}
print("{} {} {k}".format(*args, **kw))
print("{!r} {!s}".format("r", "s"))
