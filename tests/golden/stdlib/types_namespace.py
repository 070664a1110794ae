# types.SimpleNamespace and types.GenericAlias
from types import SimpleNamespace, GenericAlias
import types

ns = SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == SimpleNamespace(a=1, b="x", c=[1]))
del ns.a
print(ns, vars(ns))
print(GenericAlias(list, (int,)), isinstance(list[int], types.GenericAlias))
print(type(lambda: 0) is types.FunctionType)
