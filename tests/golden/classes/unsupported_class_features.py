# differs from CPython: assigning __class__ and defining __getattribute__ are not supported by coropy; both raise NotImplementedError instead of being silently ignored
class A:
    pass
class B:
    pass
a = A()
try:
    a.__class__ = B
except NotImplementedError as e:
    print(e)
try:
    A.__getattribute__ = lambda self, name: 1
except NotImplementedError as e:
    print(e)
class G:
    def __getattribute__(self, name):
        return 42
