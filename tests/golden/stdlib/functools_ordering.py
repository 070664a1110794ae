# reduce, total_ordering, cmp_to_key, singledispatch
from functools import reduce, total_ordering, cmp_to_key, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ">"))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)


@total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __lt__(self, other):
        return self.score < other.score

    def __repr__(self):
        return f"Grade({self.score})"


a, b = Grade(70), Grade(85)
print(a < b, a <= b, a > b, a >= b, a == Grade(70), max(a, b), sorted([b, a]))


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(["ccc", "a", "bb", "aa"], key=cmp_to_key(by_length_then_alpha)))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(int)
def _(x):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True))
