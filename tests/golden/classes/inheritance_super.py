# Single inheritance, overriding and super() calls.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("thing"), Cat("tom"), Lion("leo", "north")]:
    print(a.describe())
print(Lion("x", "p").pride, isinstance(Lion("x", "p"), Animal))
