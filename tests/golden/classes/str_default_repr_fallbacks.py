# __repr__ is used for str() when __str__ is missing, and inherited by subclasses.
class Base:
    def __repr__(self):
        return f"{type(self).__name__}()"
class Sub(Base):
    pass
print(Base(), Sub(), str(Sub()), [Sub()])
class Err(Exception):
    pass
print(repr(Err("x")), str(Err("x")), repr(Err()), str(Err()))
