# heapq (push/pop/heapify/replace/pushpop, nlargest/nsmallest, merge, priority tuples)
# and string (the character classes, capwords).
import heapq
import random
import string

random.seed(7)
data = [random.randint(0, 100) for _ in range(20)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))
h = list(data)
heapq.heapify(h)
print(h[0] == min(data), heapq.heappushpop(h, -1), heapq.heapreplace(h, 500), len(h))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "close"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
print("".join(random.choice(string.ascii_lowercase + string.digits) for _ in range(12)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
import heapq
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(e)
