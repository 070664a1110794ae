# __init_subclass__ (with class keywords), __set_name__, __class_getitem__, type(name, bases, dict)
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="bee"):
    pass


print(Plugin.registry, Beta.plugin_name)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Model:
    title = Field()
    body = Field()


print(Model.title.name)


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


print(Box[int])
Dyn = type("Dyn", (Alpha,), {"x": 1, "hello": lambda self: f"hi {self.x}"})
print(Dyn.__name__, Dyn().hello(), Dyn.plugin_name, Plugin.registry, isinstance(Dyn(), Plugin))
try:
    class Bad(Model, flag=True):
        pass
except TypeError as e:
    print(e)
