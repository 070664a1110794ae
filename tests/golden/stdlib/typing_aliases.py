# typing: special forms and generic aliases evaluate and print as CPython's
from typing import Any, Optional, Union, List, Dict, Tuple, Set, Callable, Awaitable, Coroutine, AsyncIterator, AsyncGenerator, Iterable, Iterator, cast, TYPE_CHECKING, ClassVar, Literal
import typing

print(Optional[int], Union[int, str], Union[int, None, str])
print(List[int], Dict[str, List[int]], Set[str], Tuple[int, ...], Tuple[int, str])
print(Callable[[int, str], bool], Callable[..., Any], Callable[[], None])
print(Any, List, Optional[List[int]], Union[int], Union[int, int])
print(Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[str], AsyncGenerator[int, None])
print(Iterable[int], Iterator[str], Literal["a", 1], ClassVar[int])
print(cast(int, "not checked"), TYPE_CHECKING)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(typing.get_args(Optional[int]), typing.get_origin(Optional[int]))
print(Optional[int] == Union[int, None], List[int] == List[int])
Json = Union[Dict[str, Any], List[Any]]
print(Json)
from typing import Deque
print(Deque[int]([1, 2]), Optional["Node"], List["int"])
try:
    List[int]([1, 2])
except TypeError as e:
    print(e)
