# Class-level counters shared by all instances.
class Ticket:
    issued = 0
    def __init__(self):
        Ticket.issued += 1
        self.number = Ticket.issued
tickets = [Ticket() for _ in range(3)]
print([t.number for t in tickets], Ticket.issued)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
