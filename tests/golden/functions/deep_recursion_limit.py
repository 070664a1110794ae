# A raised recursion limit with unbounded recursion still ends in RecursionError.
import sys
sys.setrecursionlimit(100000)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(5000))
sys.setrecursionlimit(1000)
class Loop:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    Loop().x
except RecursionError:
    print("RecursionError from __getattr__")
