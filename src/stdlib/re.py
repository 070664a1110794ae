"""Regular expressions with CPython's syntax and Match/Pattern API.

Parsing and matching are natives (src/stdlib/re.rs, re_parse.rs, re_engine.rs):
_compile(pattern, flags) gives a program handle, _exec(handle, string, pos, endpos,
mode) one match as a flat list of slots plus lastindex, pos and endpos, _all(...)
successive matches; _findall, _split and _sub loop over matches natively.
Flags are plain ints (CPython's are RegexFlag members)."""

NOFLAG = 0
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
A = ASCII = 256

_MAXSIZE = 9223372036854775807
_FLAG_NAMES = [(2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
               (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII")]


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


def _text(string):
    if not isinstance(string, str):
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)
    return string


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        r = _compile(pattern, flags)
        if r[0] is None:
            raise error(r[1], None if r[2] is None else pattern, r[2])
        self._h, self.groups, names, self.flags = r
        self.pattern = pattern
        self.groupindex = dict(names)
        self._names = {i: n for n, i in names}

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags & ~UNICODE
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, string, pos=0, endpos=_MAXSIZE):
        r = _exec(self._h, string, pos, endpos, 0)
        return None if r is None else Match(self, string, r)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        r = _exec(self._h, string, pos, endpos, 1)
        return None if r is None else Match(self, string, r)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        r = _exec(self._h, string, pos, endpos, 2)
        return None if r is None else Match(self, string, r)

    def _all(self, string, pos, endpos, count):
        return [Match(self, string, r) for r in _all(self._h, string, pos, endpos, count)]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self._all(string, pos, endpos, 0))

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _findall(self._h, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [_text(string)]
        return _split(self._h, _text(string), maxsplit)

    def subn(self, repl, string, count=0):
        _text(string)
        if count < 0:
            return string, 0
        if not callable(repl):
            if not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            parts = _template(self, repl) if "\\" in repl else [repl]
            return _sub(self._h, string, count, parts)
        out = []
        last = 0
        n = 0
        for m in self._all(string, 0, _MAXSIZE, count):
            if last < m.start():
                out.append(string[last:m.start()])
            piece = repl(m)
            if not isinstance(piece, str):
                raise TypeError("sequence item %d: expected str instance, %s found"
                                % (len(out), type(piece).__name__))
            out.append(piece)
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, slots):
        self.re = pattern
        self.string = string
        self._slots = slots

    @property
    def pos(self):
        return self._slots[-2]

    @property
    def endpos(self):
        return self._slots[-1]

    @property
    def lastindex(self):
        li = self._slots[-3]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        return self.re._names.get(self._slots[-3])

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or g is True or g is False:
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError("no such group")

    def _group(self, i, default=None):
        s = self._slots[2 * i]
        e = self._slots[2 * i + 1]
        if s < 0 or e < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._slots[2 * self._index(group)]

    def end(self, group=0):
        return self._slots[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._slots[2 * i], self._slots[2 * i + 1])

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self, _template(self.re, template))

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


Pattern.__module__ = "re"
Match.__module__ = "re"

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_OCT = "01234567"


def _template(pattern, source):
    """Parse a replacement template into literal strings and group numbers (ints)."""
    parts = []
    literal = []
    n = len(source)
    i = 0

    def fail(msg, pos):
        raise error(msg, source, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if literal:
            parts.append("".join(literal))
            literal.clear()
        parts.append(index)

    while i < n:
        c = source[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            fail("bad escape (end of pattern)", i - 1)
        c = source[i]
        i += 1
        if c == "g":
            if i >= n or source[i] != "<":
                fail("missing <", i)
            i += 1
            close = source.find(">", i)
            if close < 0:
                name = source[i:]
                if not name:
                    fail("missing group name", n)
                fail("missing >, unterminated name", i)
            name = source[i:close]
            if not name:
                fail("missing group name", i)
            i = close + 1
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            elif name.isdigit() and name.isascii():
                index = int(name)
            else:
                fail("bad character in group name '%s'" % name, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            j = i
            while j < n and j < i + 2 and source[j] in _OCT:
                j += 1
            literal.append(chr(int(source[i - 1:j], 8) & 0xff))
            i = j
        elif c.isdigit() and c.isascii():
            start = i - 2
            if i < n and source[i].isdigit() and source[i].isascii():
                i += 1
                if c in _OCT and source[i - 1] in _OCT and i < n and source[i] in _OCT:
                    i += 1
                    value = int(source[start + 1:i], 8)
                    if value > 0o377:
                        fail("octal escape value %s outside of range 0-0o377"
                             % source[start:i], start)
                    literal.append(chr(value))
                    continue
            addgroup(int(source[start + 1:i]), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        parts.append("".join(literal))
    return parts


def _expand(m, parts):
    out = []
    for p in parts:
        if isinstance(p, int):
            out.append(m._group(p, ""))
        else:
            out.append(p)
    return "".join(out)


_cache = {}
_MAXCACHE = 512


def _compile_cached(pattern, flags):
    p = _cache.get((pattern, flags))
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[pattern, flags] = p
    return p


def compile(pattern, flags=0):
    return _compile_cached(pattern, flags)


def match(pattern, string, flags=0):
    return _compile_cached(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return _compile_cached(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return _compile_cached(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile_cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile_cached(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile_cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile_cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile_cached(pattern, flags).split(string, maxsplit)


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)


def purge():
    _cache.clear()
