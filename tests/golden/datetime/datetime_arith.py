# datetime/date construction, fields, arithmetic with timedelta, comparisons
from datetime import datetime, date, timedelta
import datetime as dtmod

start = datetime(2024, 6, 2, 12, 34, 56, 123456)
end = datetime(2024, 6, 3, 1, 0, 0, 5)
print(start.year, start.month, start.day, start.hour, start.minute, start.second, start.microsecond)
elapsed = end - start
print(elapsed, repr(elapsed), elapsed.total_seconds())
print(start - end)
print(start + timedelta(days=30), start - timedelta(weeks=1), timedelta(hours=12) + start)
print(datetime(2023, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime(2024, 2, 28) + timedelta(days=1), datetime(2023, 2, 28) + timedelta(days=1))
print(start < end, start == datetime(2024, 6, 2, 12, 34, 56, 123456), start != end, max(start, end))
d = date(2024, 2, 29)
print(d, repr(d), d + timedelta(days=1), d - timedelta(days=365), date(2025, 1, 1) - d)
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(738945), d.replace(day=1))
print(start.date(), start.time(), repr(start.time()), start.replace(hour=0, microsecond=0))
print(datetime.fromisoformat("2024-01-02T03:04:05.5"), datetime.fromisoformat("2024-01-02"))
print(datetime.utcfromtimestamp(86400.5), datetime.utcfromtimestamp(1717331696))
print(hash(start) == hash(datetime(2024, 6, 2, 12, 34, 56, 123456)), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
print(isinstance(start, date), type(datetime.now()).__name__, dtmod.MINYEAR, dtmod.MAXYEAR)
for args in [(2024, 13, 1), (2023, 2, 29), (2024, 1, 1, 24), (2024, 1, 1, 0, 60), (0, 1, 1)]:
    try:
        datetime(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    start < d
except TypeError as e:
    print("TypeError:", e)
