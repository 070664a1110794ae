# json: dumps (indent, sort_keys, separators, ensure_ascii with Korean text, default,
# allow_nan, key types) and loads (hooks, constants, surrogate pairs, CPython's errors).
import json
data = {"name": "coropy", "한국어": "안녕하세요", "n": [1, 2.5, -3e-7, 1e100, True, False, None],
        "nested": {"b": (1, 2), "a": {}}, "empty": [], 3: "int key", 1.5: "f", None: "n", "esc": "q\"\\\n\t\x01/"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent=4, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("x"), json.dumps(1.0), json.dumps(float("nan")))
print(json.dumps({"a": 1}, indent="\t"))
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__))
for bad in [P(), {(1, 2): 3}, float("inf")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = json.dumps(data)
back = json.loads(s)
print(back)
print(json.loads('  {"a": [1, 2.0, -0.5e3, "\\u00e9\\ud83d\\ude00", null, true], "b": {}}  '))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads('"x"'), json.loads("12"), json.loads("[]"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5]', parse_float=str))
for bad in ["", "{", '{"a" 1}', "[1,]", '{"a":1,}', "[1 2]", '"abc', "tru", "1 2", '{1: 2}', '"\\x"', '"a\nb"', "[01]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
