# Helper module imported by modules/* tests; prints once when first imported.
print("loading _helpers as", __name__)
GREETING = "hello"
counter = 0
def greet(name):
    return f"{GREETING}, {name}"
def bump():
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, sides):
        self.sides = sides
    def __repr__(self):
        return f"Shape({self.sides})"
if __name__ == "__main__":
    print("never printed when imported")
