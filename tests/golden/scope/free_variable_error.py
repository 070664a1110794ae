# A closure reading an enclosing variable that was never assigned raises NameError.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 1
    return inner()
print(outer())
