"""os: environ, getenv, getpid, cpu_count, getcwd and os.path's pure string functions
(join, split, basename, dirname, splitext, isabs, normpath, abspath). The environment
is a snapshot dict taken at import (CPython's os.environ writes through to the process,
which no coropy program can observe anyway)."""

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'

environ = dict(_environ_items())
del _environ_items


def getenv(key, default=None):
    return environ.get(key, default)


def _fspath(p):
    if isinstance(p, str):
        return p
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


class _PathModule:
    """os.path (posixpath), as an object whose attributes are the functions."""

    sep = '/'
    curdir = '.'
    pardir = '..'
    extsep = '.'

    @staticmethod
    def join(a, *p):
        a = _fspath(a)
        path = a
        for b in map(_fspath, p):
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
        return path

    @staticmethod
    def split(p):
        p = _fspath(p)
        i = p.rfind('/') + 1
        head, tail = p[:i], p[i:]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head, tail

    @staticmethod
    def basename(p):
        p = _fspath(p)
        return p[p.rfind('/') + 1:]

    @staticmethod
    def dirname(p):
        p = _fspath(p)
        i = p.rfind('/') + 1
        head = p[:i]
        if head and head != '/' * len(head):
            head = head.rstrip('/')
        return head

    @staticmethod
    def splitext(p):
        p = _fspath(p)
        sep_index = p.rfind('/')
        dot_index = p.rfind('.')
        if dot_index > sep_index:
            filename_index = sep_index + 1
            while filename_index < dot_index:
                if p[filename_index] != '.':
                    return p[:dot_index], p[dot_index:]
                filename_index += 1
        return p, p[:0]

    @staticmethod
    def isabs(s):
        return _fspath(s).startswith('/')

    @staticmethod
    def normpath(path):
        path = _fspath(path)
        if path == '':
            return '.'
        initial_slashes = 1 if path.startswith('/') else 0
        if initial_slashes and path.startswith('//') and not path.startswith('///'):
            initial_slashes = 2
        comps = path.split('/')
        new_comps = []
        for comp in comps:
            if comp in ('', '.'):
                continue
            if (comp != '..' or (not initial_slashes and not new_comps) or
                    (new_comps and new_comps[-1] == '..')):
                new_comps.append(comp)
            elif new_comps:
                new_comps.pop()
        comps = new_comps
        path = '/'.join(comps)
        if initial_slashes:
            path = '/' * initial_slashes + path
        return path or '.'

    @staticmethod
    def abspath(path):
        path = _fspath(path)
        if not path.startswith('/'):
            path = _PathModule.join(getcwd(), path)
        return _PathModule.normpath(path)

    def __repr__(self):
        return "<module 'posixpath' (frozen)>"


path = _PathModule()
