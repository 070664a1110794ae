# timedelta normalisation, str/repr, total_seconds and arithmetic
from datetime import timedelta

cases = [
    timedelta(),
    timedelta(seconds=3, microseconds=2740),
    timedelta(days=1, hours=2),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(minutes=-1),
    timedelta(days=-2, seconds=1),
    timedelta(microseconds=-1),
    timedelta(weeks=2, milliseconds=1500),
    timedelta(seconds=1.5),
    timedelta(hours=1.1),
    timedelta(milliseconds=0.25),
    timedelta(days=-1, hours=23, minutes=59, seconds=59, microseconds=999999),
]
for td in cases:
    print(str(td), "|", repr(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(minutes=90), timedelta(seconds=45)
print(a + b, a - b, b - a, -a, abs(-a), +b)
print(a * 3, 3 * a, a * 0.5, a / 4, a / b, a // b, a // 7, a % b, divmod(a, timedelta(minutes=7)))
print(a > b, a < b, a == timedelta(hours=1.5), a != b, bool(timedelta()), bool(b))
print(sorted([a, b, timedelta(0)]), max(a, b))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError:", e)
