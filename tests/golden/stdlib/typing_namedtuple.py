# typing.NamedTuple in class form: fields from annotations, defaults, methods
from typing import NamedTuple, List


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee("ann")
print(e, e.name, e[1], e.describe())
print(e._replace(id=5), Employee._fields, e._asdict())
name, ident, tags = e
print(name, ident, tags, len(e), e == ("ann", 3, []))
print(Employee("bob", 7) < Employee("bob", 8))
try:
    Employee()
except TypeError as err:
    print(err)
