# from __future__ import annotations: annotations are stored as strings, unevaluated
from __future__ import annotations

import __future__
from dataclasses import dataclass, fields
from typing import Optional

count: int = 0


@dataclass
class Node:
    value: int
    next: Optional[Node] = None
    tags: list[str] | None = None

    def chain(self) -> list[int]:
        out: list[int] = []
        node: Optional[Node] = self
        while node:
            out.append(node.value)
            node = node.next
        return out


print(__annotations__, Node.__annotations__)
n = Node(1, Node(2, Node(3)))
print(n.chain(), [f.type for f in fields(Node)])
print(n)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
