# A key's __eq__ may read or mutate the dict or set being searched; lookups stay sound.
log = []
d = {}
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 7
    def __eq__(self, other):
        log.append(len(d))
        if self.name == "mutator" and "extra" not in d:
            d["extra"] = 0
        return isinstance(other, Key) and self.name == other.name
d[Key("a")] = 1
d[Key("b")] = 2
print(d[Key("b")], Key("a") in d, Key("zz") in d)
print(Key("mutator") in d, sorted(k if isinstance(k, str) else k.name for k in d))
d[Key("a")] = 10
print(d.get(Key("a")), d.pop(Key("b")), len(d))
del d[Key("a")]
print(len(d), log[:3])
s = set()
class Clearer:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        s.clear()
        return False
s.add(Clearer())
s.add(Clearer())
print(len(s))
