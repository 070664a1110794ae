# Exceptions are objects: attributes, isinstance, storing and raising later.
errors = []
for text in ["1", "a", "2", "b"]:
    try:
        int(text)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
print([type(e).__name__ for e in errors])
try:
    raise errors[0]
except ValueError as e:
    print("re-raised:", e)
class WithData(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
e = WithData(404, "not found")
print(e.code, e.args, str(e))
