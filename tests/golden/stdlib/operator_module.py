# operator: functions for operators, itemgetter, attrgetter, methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.mul(4, 5), operator.neg(3), operator.truediv(7, 2))
print(operator.eq(1, 1), operator.lt(2, 1), operator.not_(0), operator.contains([1], 1))
print(reduce(operator.mul, range(1, 6)), operator.getitem("abc", 1), operator.abs(-4))
rows = [("bob", 30), ("amy", 25), ("cat", 30)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows), itemgetter(1, 0)("ab"))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def greet(self, greeting):
        return f"{greeting}, {self.name}"


people = [P("x", 3), P("y", 1)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
print(methodcaller("greet", "hi")(people[0]), methodcaller("upper")("abc"))
print(itemgetter(1), attrgetter("a"))
