import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from .pkg.mod import (a, b as c,)
from collections import OrderedDict
x = y = 1
a, b = b, a
x, = f()
[p, q] = 1, 2
(r, s), *t = (1, 2), 3, 4
obj.attr = d[k] = d[i:j] = 0
n += 1; n -= 1; n *= 2; n /= 2; n //= 2; n %= 3; n **= 2; n <<= 1; n >>= 1; n &= 1; n |= 1; n ^= 1; m @= m
count: int = 0
label: str
if x:
    pass
elif y:
    pass
elif z: pass
else:
    pass
while x:
    break
else:
    x = 0
for i in range(10):
    continue
for i, (a, b) in enumerate(pairs):
    print(i, a, b)
else:
    pass
with open(p) as f, open(q) as g:
    pass
with (open(p) as f, open(q) as g,):
    pass
with lock:
    pass
try:
    raise ValueError("x")
except (ValueError, TypeError) as e:
    raise RuntimeError("y") from e
except KeyError:
    pass
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
assert x, "message"
assert y
del a, b[0], c.d
global gg
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    global h
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner()
@decorator
@decorator.with_args(1, k=2)
class C(Base, metaclass=Meta):
    attr: int = 0
    def method(self, *, key=None):
        return self.attr
class D: pass
class E():
    pass
def gen():
    x = yield
    yield 1
    yield from range(3)
    return x
match = 1
case = match + 1
type = 3
_ = type
print(match, case, _)
if x: a = 1; b = 2
