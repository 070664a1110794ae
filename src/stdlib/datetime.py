"""Concrete date/time types: date, time, datetime and timedelta (naive only).

Follows CPython 3.11's datetime; the clock comes from the native _now_micros().
Local time is UTC: coropy has no time zone database."""

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                    "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                  "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError(f"an integer is required (got type {type(value).__name__})")


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return hour, minute, second, microsecond


def _check_tzinfo(tzinfo):
    if tzinfo is not None:
        raise NotImplementedError("coropy's datetime supports naive times only (tzinfo=None)")


def _divide_and_round(a, b):
    """a / b rounded half to even (ints)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, y, mo, d, hh, mm, ss, us):
    """strftime for the C locale, as glibc formats naive times."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    wd = (_ymd2ord(y, mo, d) + 6) % 7  # Monday == 0
    yday = _days_before_month(y, mo) + d
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            out.append(ch)
            continue
        c = fmt[i]
        i += 1
        if c == "Y":
            out.append(str(y))
        elif c == "m":
            out.append("%02d" % mo)
        elif c == "d":
            out.append("%02d" % d)
        elif c == "e":
            out.append("%2d" % d)
        elif c == "H":
            out.append("%02d" % hh)
        elif c == "M":
            out.append("%02d" % mm)
        elif c == "S":
            out.append("%02d" % ss)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "y":
            out.append("%02d" % (y % 100))
        elif c == "C":
            out.append("%02d" % (y // 100))
        elif c == "b" or c == "h":
            out.append(_MONTHNAMES[mo])
        elif c == "B":
            out.append(_FULL_MONTHNAMES[mo])
        elif c == "a":
            out.append(_DAYNAMES[wd])
        elif c == "A":
            out.append(_FULL_DAYNAMES[wd])
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif c == "w":
            out.append(str((wd + 1) % 7))
        elif c == "u":
            out.append(str(wd + 1))
        elif c == "U":
            out.append("%02d" % ((yday + 6 - (wd + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yday + 6 - wd) // 7))
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYNAMES[wd], _MONTHNAMES[mo], d, hh, mm, ss, y))
        elif c == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif c == "X" or c == "T":
            out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif c == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif c == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif c == "R":
            out.append("%02d:%02d" % (hh, mm))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "z" or c == "Z":
            pass
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + c)
    return "".join(out)


class timedelta:
    """Difference between two datetime values: days, seconds and microseconds."""

    def __init__(self, days=0, seconds=0, microseconds=0,
                 milliseconds=0, minutes=0, hours=0, weeks=0):
        exact = 0
        approx = 0.0
        for value, scale in ((days, 86400000000), (seconds, 1000000),
                             (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                approx += value * scale
            else:
                raise TypeError(f"unsupported type for timedelta {_KW[scale]} component: "
                                f"{type(value).__name__}")
        if approx:
            exact += round(approx)
        self._set(exact)

    def _set(self, us):
        s, self._microseconds = divmod(us, 1000000)
        self._days, self._seconds = divmod(s, 86400)
        if abs(self._days) > 999999999:
            raise OverflowError(f"days={self._days}; must have magnitude <= 999999999")

    @staticmethod
    def _from_us(us):
        td = timedelta()
        td._set(us)
        return td

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_us(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_microseconds(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._to_microseconds(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() == other._to_microseconds()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() != other._to_microseconds()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() < other._to_microseconds()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() <= other._to_microseconds()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() > other._to_microseconds()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() >= other._to_microseconds()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


_KW = {86400000000: "days", 1000000: "seconds", 1: "microseconds", 1000: "milliseconds",
       60000000: "minutes", 3600000000: "hours", 604800000000: "weeks"}

timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar date (year, month, day)."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_now_micros() / 1e6)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _from_epoch_us(round(t * 1e6))
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) == 10 and s[4] == "-" and s[7] == "-":
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError(f"Invalid isoformat string: {s!r}")

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        if spec:
            return self.strftime(spec)
        return str(self)

    def ctime(self):
        return self.strftime("%a %b %e 00:00:00 %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        raise NotImplementedError("timetuple() is not supported by coropy")

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        if isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return isinstance(other, date)

    def __eq__(self, other):
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_MAXORDINAL = 3652059

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_epoch_us(us):
    """Epoch microseconds -> (year, month, day, hour, minute, second, microsecond), UTC."""
    s, us = divmod(us, 1000000)
    days, s = divmod(s, 86400)
    y, m, d = _ord2ymd(days + 719163)
    hh, s = divmod(s, 3600)
    mm, ss = divmod(s, 60)
    return y, m, d, hh, mm, ss, us


class time:
    """A time of day (hour, minute, second, microsecond), naive."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_tzinfo(tzinfo)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time_fields(hour, minute, second, microsecond)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return None

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        return "datetime.time(%d, %d%s)" % (self._hour, self._minute, s)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())


class datetime(date):
    """A date and a time of day, naive (no time zone)."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None):
        _check_tzinfo(tzinfo)
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time_fields(hour, minute, second, microsecond)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls._from_us(_now_micros())

    @classmethod
    def today(cls):
        return cls._from_us(_now_micros())

    @classmethod
    def utcnow(cls):
        return cls._from_us(_now_micros())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_us(round(t * 1e6))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_us(round(t * 1e6))

    @classmethod
    def _from_us(cls, us):
        return cls(*_from_epoch_us(us))

    @classmethod
    def combine(cls, d, t):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        d = date.fromisoformat(s[0:10])
        rest = s[11:]
        hh = mm = ss = us = 0
        try:
            if rest:
                hh = int(rest[0:2])
                if len(rest) > 2:
                    mm = int(rest[3:5])
                if len(rest) > 5:
                    ss = int(rest[6:8])
                if len(rest) > 8:
                    frac = rest[9:]
                    us = int((frac + "000000")[:6])
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {s!r}") from None
        return cls(d.year, d.month, d.day, hh, mm, ss, us)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return None

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def _epoch_us(self):
        days = self.toordinal() - 719163
        secs = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return secs * 1000000 + self._microsecond

    def timestamp(self):
        return self._epoch_us() / 1e6

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond)

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        return "datetime.datetime(%s)" % ", ".join(map(str, fields))

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _comparable(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return isinstance(other, datetime)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._key() == other._key()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._epoch_us() + other._to_microseconds()
            days = us // 86400000000 + 719163
            if 0 < days <= _MAXORDINAL:
                return type(self)._from_us(us)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta._from_us(self._epoch_us() - other._epoch_us())
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
