# differs from CPython: subclassing builtin types (list, dict, str, ...) is not supported by coropy and fails at the class statement
# Subclassing builtin types list, dict and Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), len(s), isinstance(s, list))
class DefaultDict(dict):
    def __missing__(self, key):
        return f"no {key}"
d = DefaultDict(a=1)
print(d["a"], d["b"], d)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hey").shout(), Upper("x") + "y")
