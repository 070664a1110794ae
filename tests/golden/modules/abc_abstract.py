# abc: ABC with abstract methods, properties and classmethods; the instantiation error.
from abc import ABC, abstractmethod
import abc
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
    def helper(self):
        return "helper"
class Half(Base):
    def run(self): return 1
try: Base()
except TypeError as e: print(e)
try: Half()
except TypeError as e: print(e)
class Full(Half):
    def __init__(self, x=0):
        self.x = x
    def stop(self): return 2
f = Full(5)
print(f.run(), f.stop(), f.x, f.helper(), Full.__abstractmethods__, Half.__abstractmethods__, isinstance(f, Base))
class Shape(abc.ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Sq(Shape):
    @property
    def area(self): return 4
    @classmethod
    def make(cls): return cls()
print(Sq.make().area)
try: Shape()
except TypeError as e: print(e)
class Plain(ABC):
    pass
print(type(Plain()).__name__)
