# Evaluation order and binding rules of match statements.
calls = []


def subject():
    calls.append("subject")
    return [1, 2, 3]


def guard(name, result):
    calls.append(name)
    return result


match subject():
    case [1, x, y] if guard("first guard", False):
        print("no")
    case [a, *rest] if guard("second guard", True):
        print("matched", a, rest)
print(calls)

# Captures of the case that matched stay bound after the statement.
match {"user": "kim", "age": 31}:
    case {"user": str(who), "age": int(age)}:
        pass
print(who, age)

# match in loops: break and continue inside case bodies.
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("got", n)

# Nested matches, and a match inside a function using locals.
def classify(pair):
    match pair:
        case (x, y):
            match x:
                case 0:
                    return f"x-axis y={y}"
                case _ if x == y:
                    return "diagonal"
            return "plane"
        case _:
            return "not a pair"


print([classify(p) for p in [(0, 5), (2, 2), (1, 3), [4, 4], "xy", 7]])

# Value patterns use ==, singletons use is.
class Color:
    RED = "red"
    GREEN = "green"


for c in ["red", "green", "blue", 1.0, True, None, 0]:
    match c:
        case Color.RED:
            print("R")
        case Color.GREEN:
            print("G")
        case True:
            print("the True singleton")
        case 1:
            print("equal to 1:", c)
        case None:
            print("None")
        case False:
            print("False")
        case other:
            print("other", other)

# Tuples, lists and ranges are sequences; strings and dicts are not.
for s in [(1, 2), [1, 2], range(1, 3), "12", {1: 2}, (x for x in [1, 2])]:
    match s:
        case [1, 2]:
            print(type(s).__name__, "is a sequence")
        case _:
            print(type(s).__name__, "is not matched as a sequence")

# Mapping patterns ignore extra keys; **rest collects them in order.
match {"b": 2, "a": 1, "c": 3}:
    case {"a": 1, **others}:
        print(others)

# Class patterns: builtins match themselves positionally; __match_args__ otherwise.
for v in [3, 3.5, "s", [1], (1,), {"k": 1}, {1}, False]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(t):
            print("str", t)
        case list(l) | tuple(l):
            print("list or tuple", l)
        case dict(d):
            print("dict", d)
        case _:
            print("something else", v)

# The match soft keywords stay usable as names.
match = [1, 2]
case = 3
print(match, case)
match[0] = 9
print(match)
