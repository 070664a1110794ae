# Raw string literals keep backslashes.
print(r"C:\new\table")
print(R'\d+\s*')
print(len(r"\n"), repr(r"\n"))
print(r"quote \" stays")
print(r'a\\b', len(r'a\\b'))
