# import math, attribute access on modules, and aliases.
import math
import math as m
from math import sqrt as s, pi
from math import floor
print(math.sqrt(9), m.sqrt(9), s(9), pi == math.pi, floor(2.7))
print(math is m, type(math).__name__, math.__name__)
print(s.__name__, callable(floor))
