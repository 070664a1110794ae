# Dataclass inheritance: fields accumulate in order, subclasses override defaults
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    y: int = 5


print(Child(0), Child(0, 1, 3), [f.name for f in fields(Child)])
print(Base(1) == Child(1), isinstance(Child(1), Base))


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


d = Dog("rex")
d.tricks.append("sit")
print(d, d.speak(), Dog("fido").tricks)
