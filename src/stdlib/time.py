"""The calendar half of the time module: struct_time, gmtime/localtime, strftime,
asctime/ctime and mktime, over the datetime module's calendar code (imported on first
use). Local time is UTC, as in coropy's datetime: there is no time zone database."""

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")


class struct_time:
    """A 9-field time tuple with named fields (CPython's is a tuple subclass)."""

    def __init__(self, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(
                f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(
                f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self._t = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else "UTC"
        self.tm_gmtoff = seq[10] if len(seq) > 10 else 0

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._t[_FIELDS.index(name)]
        raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        inner = ", ".join(f"{n}={v}" for n, v in zip(_FIELDS, self._t))
        return f"time.struct_time({inner})"


def _split(secs):
    import datetime as _dt
    if secs is None:
        secs = time()
    whole = int(secs // 1)
    y, mo, d, hh, mm, ss, _ = _dt._from_epoch_us(whole * 1_000_000)
    wday = (_dt._ymd2ord(y, mo, d) + 6) % 7
    yday = _dt._days_before_month(y, mo) + d
    return struct_time((y, mo, d, hh, mm, ss, wday, yday, 0))


def gmtime(secs=None):
    return _split(secs)


def localtime(secs=None):
    return _split(secs)


def _tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, struct_time):
        if not isinstance(t, tuple):
            raise TypeError("Tuple or struct_time argument required")
        if len(t) != 9:
            raise TypeError(f"{name}(): illegal time tuple argument")
    return t


def strftime(format, t=None):
    import datetime as _dt
    t = _tuple(t, "strftime")
    return _dt._strftime(format, t[0], t[1], t[2], t[3], t[4], t[5], 0)


def asctime(t=None):
    import datetime as _dt
    t = _tuple(t, "asctime")
    return _dt.datetime(t[0], t[1], t[2], t[3], t[4], t[5]).ctime()


def ctime(secs=None):
    return asctime(localtime(secs))


def mktime(t):
    import datetime as _dt
    t = _tuple(t, "mktime")
    days = _dt._ymd2ord(t[0], t[1], 1) - _dt._ymd2ord(1970, 1, 1) + t[2] - 1
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])
