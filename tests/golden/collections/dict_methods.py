# dict methods: get, setdefault, update, pop, popitem, copy, fromkeys, clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"b": 20, "d": 4}); print(d)
d.update(e=5); d.update([("f", 6)]); print(d)
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.popitem(), d)
e = d.copy(); e["new"] = 1; print(d, e)
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0))
e.clear(); print(e, len(d))
try:
    d.pop("missing")
except KeyError as ex:
    print("KeyError:", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
