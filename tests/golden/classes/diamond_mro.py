# Multiple inheritance with a diamond: the MRO and cooperative super().
class Base:
    def hello(self):
        print("Base.hello")
class Left(Base):
    def hello(self):
        print("Left.hello")
        super().hello()
class Right(Base):
    def hello(self):
        print("Right.hello")
        super().hello()
class Child(Left, Right):
    def hello(self):
        print("Child.hello")
        super().hello()
Child().hello()
print([c.__name__ for c in Child.__mro__])
print([c.__name__ for c in Child.mro()])
print(Child.__bases__ == (Left, Right))
