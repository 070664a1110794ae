# Subscripted builtin types and `X | Y` unions (types.GenericAlias / UnionType)
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int])
print(type[int], tuple[()], list[int] == list[int], list[int] == list[str])
print(int | None, int | str | None, list[int] | None, None | int)
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]))
u = int | str
print(u.__args__, u == (str | int))
try:
    int[str]
except TypeError as e:
    print(e)
try:
    n = 5
    n[0]
except TypeError as e:
    print(e)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | None))
