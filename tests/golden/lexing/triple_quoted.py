# Triple-quoted strings keep newlines and quotes.
s = """line one
line "two"
  line three"""
print(s)
print(len(s.splitlines()))
t = '''it's
fine'''
print(t)
u = """\
no leading newline\
 joined"""
print(u)
print(repr("""a
b"""))
