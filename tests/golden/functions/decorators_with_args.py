# Decorator factories with arguments, and decorators applied bottom-up.
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("kim"))
def tag(name):
    print("making tag", name)
    def deco(func):
        print("applying tag", name)
        return lambda: f"<{name}>{func()}</{name}>"
    return deco
@tag("b")
@tag("i")
def text():
    return "bold italic"
print(text())
registry = []
def register(func):
    registry.append(func.__name__)
    return func
@register
def a(): pass
@register
def b(): pass
print(registry)
