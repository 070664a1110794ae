# __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Bag:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
b = Bag()
b["a"] = 1
b["b"] = 2
b["a"] += 10
print(len(b), b["a"], "a" in b, "z" in b, "z" not in b)
del b["a"]
print(len(b), bool(b))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
