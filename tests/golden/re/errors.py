# re.error messages and positions for bad patterns and templates, TypeErrors, an uncaught re.error
import re

patterns = ['(abc', 'abc)', '[abc', '*a', 'a**', 'a{3,2}', r'\q', r'\1(a)', r'(a\1)',
            '(?P<n>a)(?P<n>b)', '(?P=x)', '(?<=a+)b', '[z-a]', '(?P<1a>x)', '(?P<>x)',
            'a(?i)b', '(?x', '(?<x)', '^*', r'[\d-z]', '(?#abc', 'a|*', '(?i', r'\x4',
            'ab\\', '(?P', '(?Px)', 'x{2}{3}', 'a++', '(?z)', '(?-:a)', '(a)(?(2)b)',
            r'\400', 'abc\n(def', '(?P<a', '+', 'a{1,2}{3}']
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for t in [r'\3', r'\g<x>', r'\g<1', r'\g', r'\q', r'\g<a b>', '\\', r'\0\101', r'\-', r'\g<>']:
    try:
        print(repr(t), repr(re.sub('(a)', t, 'xax')))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
for bad in [lambda: re.match('a', 3), lambda: re.compile(re.compile('a'), re.I),
            lambda: re.sub('a', lambda m: 3, 'a'), lambda: re.compile(5),
            lambda: re.sub('a', 5, 'a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception))
for p in [r'\N{EM DASH}', r'\N{nope}', r'\N', r'\N{', r'\N{EM', r'[\N{EM DASH}x]+', r'\N{}', r'[\q]',
          '(?x)a\n  (b', '(?P<a>x)|(?P=a', '[a-\\', 'a{2,1}?', r'\8']:
    try:
        c = re.compile(p)
        print(repr(p), c, c.search('a\u2014x\u2014'))
    except re.error as e:
        print(repr(p), e)
re.compile('(')
