# asdict, astuple, fields, replace, is_dataclass (nested values too)
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
from typing import List


@dataclass
class Item:
    name: str
    price: float = 0.0


@dataclass
class Order:
    id: int
    items: List[Item] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


o = Order(1, [Item("a", 1.5), Item("b")], {"k": Item("c")})
print(asdict(o))
print(astuple(o))
print([f.name for f in fields(Order)], [f.type for f in fields(Item)])
print(fields(o)[1].default_factory is list, fields(Item)[1].default)
o2 = replace(o, id=2)
print(o2, o2.items is o.items)
print(is_dataclass(o), is_dataclass(Order), is_dataclass(3))
try:
    asdict(3)
except TypeError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
