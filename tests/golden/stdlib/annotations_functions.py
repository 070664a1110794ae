# Function annotations do not break anything and local annotations are not evaluated
from typing import Optional, Dict


def f(a: int, b: "str" = "x", *args: int, c: Optional[int] = None, **kw: str) -> Dict[str, int]:
    local: undefined_name_is_never_evaluated = 1
    other: AlsoUndefined
    return {"a": a, "local": local}


async def g(x: int) -> None:
    y: int = x
    print("g", y)


print(f(1), f(2, "y", 3, c=4, d="z"))
lam = lambda x: x
print(lam(3))
import asyncio
asyncio.run(g(5))
