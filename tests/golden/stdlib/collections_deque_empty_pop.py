# popleft from an empty deque: uncaught IndexError
from collections import deque

q = deque(["a"])
print(q.popleft())
print(q.popleft())
