# functools.cached_property: computed once, then read from the instance __dict__
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        print("computing total")
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.__dict__)
d.total = 100
print(d.total)
del d.total
print(d.total, isinstance(Dataset.total, cached_property), Dataset.total.attrname)
