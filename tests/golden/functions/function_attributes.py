# Function attributes: __name__, __doc__, custom attributes, defaults.
def documented(a, b=2):
    """This docstring is not printed by calling."""
    return a
print(documented.__name__, documented(1))
print(documented.__doc__)
def undocumented():
    pass
print(undocumented.__doc__)
documented.calls = 0
documented.calls += 1
print(documented.calls)
print(documented.__defaults__, type(documented).__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
