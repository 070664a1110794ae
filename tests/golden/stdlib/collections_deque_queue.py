# deque as a FIFO work queue: many appends and poplefts, interleaved with appendleft
from collections import deque

q = deque()
for i in range(50000):
    q.append(i)
total = 0
while len(q) > 10:
    total += q.popleft()
    if total % 7 == 0:
        q.appendleft(-1)
        total += q.popleft()
print(total, len(q), q, q[0], q[-1])
q.extend(range(5))
q.rotate(-2)
print(q, q.index(3), 49995 in q)
while q:
    q.pop()
print(q, len(q))
