# __iter__ and __next__ make objects usable in for loops and builtins.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
print(list(Countdown(4)), sum(Countdown(10)))
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __iter__(self):
        return iter(self.cards)
d = Deck()
print(list(d), list(d), sorted(d), "K" in d)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
