# __init__, instance attributes versus class attributes.
class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
print(a.name, a.tricks, b.name, b.tricks)
print(a.species, Dog.species)
a.species = "own"
print(a.species, b.species, Dog.species)
Dog.species = "changed"
print(a.species, b.species)
print(sorted(vars(a)), Dog.__name__)
