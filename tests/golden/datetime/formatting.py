# str, repr, isoformat and strftime of datetime, date and time values
from datetime import datetime, date, time

values = [
    datetime(2024, 6, 2, 12, 34, 56, 123456),
    datetime(2024, 6, 2, 12, 34, 56),
    datetime(2024, 6, 2, 0, 0),
    datetime(1999, 12, 31, 23, 5, 0, 7),
    datetime(2024, 1, 7, 9, 3, 1),
]
for v in values:
    print(str(v), "|", repr(v), "|", v.isoformat(), "|", v.isoformat(" ", "milliseconds"))
    print("  ", v.strftime("%Y-%m-%d %H:%M:%S.%f | %y %b %B %a %A %j %p %I %%"))
    print("  ", v.strftime("%w %u %U %W | %c | %x | %X | %e | %D %F %R %T"))
    print("  ", f"{v:%d/%m/%Y %H:%M}", f"{v}", v.ctime())
d = date(2024, 3, 9)
print(d, repr(d), d.isoformat(), d.strftime("%A %d %B %Y, day %j"), f"{d:%b %d}", d.ctime())
t = time(7, 5, 3, 250)
print(t, repr(t), repr(time(7, 5)), repr(time(7, 5, 3)), t.isoformat("milliseconds"), t.strftime("%H.%M.%S"))
print(datetime(2024, 6, 2, 12).isoformat(timespec="minutes"), datetime(2024, 6, 2, 12).isoformat(timespec="hours"))
