# Importing a sibling module runs it once; later imports reuse it.
import _helpers
import _helpers
from _helpers import greet, Shape
import _helpers as h
print(greet("kim"), _helpers.GREETING, h is _helpers)
print(Shape(3), [Shape(4)])
print(_helpers.bump(), h.bump(), _helpers.counter)
print(_helpers.__name__)
