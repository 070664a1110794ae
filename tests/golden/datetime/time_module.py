# The time module's calendar functions: struct_time, gmtime/localtime (local time is UTC),
# strftime, asctime/ctime, mktime; loaded on first use through the module __getattr__.
import time
t = time.gmtime(1700000000.7)
print(t)
print(t.tm_year, t[0], len(t), list(t)[:3], tuple(t) == tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p", t))
print(time.asctime(t))
print(time.ctime(0), time.ctime(1e9))
print(time.mktime(time.gmtime(1e9)) - time.timezone)
print(time.gmtime(0))
print(len(time.strftime("%X")), len(time.strftime("%H:%M:%S")))
print(time.gmtime(-1.5))
print(time.strftime("%d/%m/%y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
from time import strftime as sf, tzname
print(sf("%Y", (2000, 1, 1, 0, 0, 0, 5, 1, 0)), tzname)
try:
    time.nothing
except AttributeError as e:
    print(e)
