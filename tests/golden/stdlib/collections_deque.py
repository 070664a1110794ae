# collections.deque: both ends, maxlen, rotate, indexing, repr, comparisons
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d), d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(3 in d, 9 in d, d.count(5), d.index(5))
d[0] = 100
del d[1]
d.remove(6)
print(d, bool(d), bool(deque()))
d.reverse()
print(d, list(reversed(d)))
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft(-1)
print(last3, last3.maxlen)
print(deque("abc") == deque("abc"), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque(), deque(range(3)) + deque([9]), d.copy(), deque([[1]]))
d.clear()
print(d)
try:
    deque([1])[5]
except IndexError as e:
    print(e)
