# math domain errors and their messages.
import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1)]:
    try:
        print(f(arg))
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    print(math.exp(1000))
except OverflowError as e:
    print("OverflowError:", e)
