# dataclasses.field(): default, default_factory, repr=False, compare=False, init=False
from dataclasses import dataclass, field
from typing import List, Dict, Optional


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    secret: str = field(default="hidden", repr=False)
    note: Optional[str] = field(default=None, compare=False)
    size: int = field(init=False, default=0)

    def __post_init__(self):
        self.size = len(self.items)


a = Inventory("box", ["x", "y"])
b = Inventory("bag")
b.items.append("z")
print(a, b, Inventory("c"))
print(a.secret, a.size, b.size)
print(Inventory("n", note="one") == Inventory("n", note="two"))
print(Inventory("n") == Inventory("n", secret="other"))
try:
    Inventory("n", size=3)
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
