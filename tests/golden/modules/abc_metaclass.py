# abc.ABCMeta as a real metaclass: metaclass=ABCMeta, register() and __subclasshook__ seen by isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def load(self): ...


class Good(Plugin):
    def load(self):
        return "loaded"


print(type(Plugin) is ABCMeta, type(ABC) is ABCMeta, isinstance(Good, ABCMeta), Good().load())
try:
    Plugin()
except TypeError as e:
    print(e)


class Legacy:
    def load(self):
        return "legacy"


print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin))
Plugin.register(Legacy)
print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), isinstance(Legacy(), (int, Plugin)))


@Plugin.register
class Other:
    pass


print(issubclass(Other, Plugin), issubclass(int, Plugin), isinstance(3, Plugin))


class Sized(ABC):
    @abstractmethod
    def __len__(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 3


print(isinstance(Box(), Sized), isinstance(object(), Sized), issubclass(Box, Sized))


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @property
    @abstractmethod
    def area(self): ...

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area})"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    @property
    def area(self):
        return self.side ** 2


print(Square(3), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
try:
    Shape("x")
except TypeError as e:
    print(e)
