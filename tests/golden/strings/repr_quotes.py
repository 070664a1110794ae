# repr of strings chooses quotes like CPython; containers use repr of items.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(["it's", 'say "hi"', "a\\b"])
print(str(["x", 1]), repr(["x", 1]))
print({"k": "v'"}, ("a",))
print(str("text"), repr("text"))
print([["nested", ("t", None)]])
print(repr("\t\n\r\x07"), repr("é한"))
