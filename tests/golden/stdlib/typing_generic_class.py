# typing: TypeVar and Generic base classes, subscripting a generic class
from typing import TypeVar, Generic, List, Optional

T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(T, K, List[T], Optional[T])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), s.items)
print(Stack[int], Stack.__mro__[1].__name__)


class Pair(Generic[T, K]):
    def __init__(self, a: T, b: K):
        self.a, self.b = a, b


p = Pair("x", 2)
print(p.a, p.b, isinstance(p, Pair))
