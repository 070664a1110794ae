# The format() builtin and __format__ on user classes.
print(format(10, "x"), format(10, "08b"), format(3.14159, ".2f"))
print(format("abc", ">6") + "|")
print(repr(format(42, "")), repr(format(None, "")))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"{self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec)
m = Money(12345)
print(format(m, ">10") + "|")
print(f"[{m}] [{m:<9}]")
print("{:^11}".format(m))
