# Core list mutation methods and their return values.
xs = [3, 1, 2]
print(xs.append(4), xs)
xs.extend([5, 6]); print(xs)
xs.extend(range(2)); print(xs)
xs.insert(0, "first"); xs.insert(100, "last"); xs.insert(-1, "pen"); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1); print(xs)
print(xs.index(2), xs.count(0), [1, 1, 2].count(1))
ys = xs.copy(); ys.clear(); print(xs, ys)
xs.reverse(); print(xs)
for bad in [lambda: xs.remove(99), lambda: xs.index(99), lambda: [].pop()]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
