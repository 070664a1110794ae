# One call site `o.name(...)` sees receivers of different kinds in turn: each call
# resolves the method of its own receiver (a builtin's, a class's, or none).


class Getter:
    def get(self, k, default=None):
        return ("Getter.get", k, default)

    def upper(self):
        return "Getter.upper"

    def append(self, x):
        return ("Getter.append", x)

    def items(self):
        return ["Getter.items"]


def get(o, k):
    return o.get(k, 0)


def up(o):
    return o.upper()


def add(o, x):
    return o.append(x)


def items(o):
    return list(o.items())


for o in [{"a": 1}, Getter(), {"b": 2}, Getter(), {}]:
    print(get(o, "a"), get(o, "b"))

for o in ["abc", Getter(), "xyz", "def", "ghi"]:
    print(up(o))

lst = []
for o in [lst, Getter(), lst, [9]]:
    print(add(o, 1), lst)

for o in [{"k": 1}, Getter(), {"j": 2}]:
    print(items(o))

# A receiver without the method: AttributeError, then the site works again.
for o in ["x", 5, "y", (1, 2), {"z": 3}]:
    try:
        print(up(o))
    except AttributeError as e:
        print("AttributeError:", e)

for o in [{"z": 3}, "str", [1], {"y": 4}]:
    try:
        print(get(o, "z"))
    except AttributeError as e:
        print("AttributeError:", e)

# str methods of the same name on different kinds
for o in ["a-b", ["a", "b"], "c-d"]:
    try:
        print("-".join(o) if isinstance(o, list) else o.replace("-", "+"))
    except AttributeError as e:
        print("AttributeError:", e)
