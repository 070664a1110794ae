# difflib (ndiff, unified/context diffs, SequenceMatcher, get_close_matches, restore)
# and pprint (wrapping, sorted dict keys, depth, compact, long strings).
import difflib
import pprint

a = ["one\n", "two\n", "three\n", "four\n"]
b = ["one\n", "tree\n", "three\n", "five\n", "four\n"]
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")))
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")))
sm = difflib.SequenceMatcher(None, "abcd efgh", "abce efgx")
print(sm.ratio(), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.restore(difflib.ndiff(a, b), 2)) == b)
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x"), difflib.IS_CHARACTER_JUNK(" "))

data = {"zeta": list(range(30)), "alpha": {"nested": ("a" * 30, "b" * 30, "c" * 30), "k": [1, 2]},
        "mid": {3, 1, 2}, "s": "word " * 30, "t": (1,), "e": [], "f": frozenset({5, 4})}
pprint.pprint(data)
print(pprint.pformat(data, width=40, indent=2))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(list(range(40)), compact=True))
pprint.pp({"b": 1, "a": 2})
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
print(pprint.pformat(["short", {"x": 1}]))
print(pprint.pformat("a long string " * 10))
