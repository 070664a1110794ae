# unittest failure messages with difflib diffs: strings, lists, tuples, dicts, sets,
# long sequences shortened, maxDiff truncation and maxDiff = None.
import unittest


class Messages(unittest.TestCase):
    def runTest(self):
        pass


t = Messages()
checks = [
    lambda: t.assertEqual("abc", "abd", "custom"),
    lambda: t.assertEqual("line one\nline two\n", "line one\nline 2\n"),
    lambda: t.assertEqual([1, 2], [1, 3]),
    lambda: t.assertEqual((1, 2, 3), (1, 2)),
    lambda: t.assertEqual({"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 2]}),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertEqual(list(range(30)), list(range(1, 31))),
    lambda: t.assertListEqual([1], (1,)),
    lambda: t.assertEqual("x" * 100, "x" * 99 + "y"),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", e)
        print("-" * 20)
t.maxDiff = None
try:
    t.assertEqual(list(range(30)), list(range(1, 31)))
except AssertionError as e:
    print(str(e).count("\n"), "lines")
