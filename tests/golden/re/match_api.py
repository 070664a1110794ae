# re.Match and re.Pattern objects: groups, spans, lastindex/lastgroup, pos/endpos, reprs
import re

p = re.compile(r'(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?')
print(p, p.pattern, p.groups, p.groupindex, p.flags == re.UNICODE)
print(re.compile('a', re.I), re.compile('a', re.M | re.S), re.compile("it's"))
m = p.search('date: 2024-05 ok')
print(m, m.group(), m.group(0), m.group(1, 2), m.group('year', 4), m['year'], m[2])
print(m.groups(), m.groups('?'), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(1), m.start(2), m.end('mon'), m.start('day'), m.span(3))
print(m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos, bool(m))
print(m.regs)
print(type(m).__name__, type(p).__name__, isinstance(m, re.Match), isinstance(p, re.Pattern))
print(re.match('(a)|b', 'b').lastindex, re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastgroup)
print(re.match('(?P<x>a)(?P<y>b)', 'ab').lastgroup, re.match('(?P<x>a)(b)', 'ab').lastgroup)
q = re.compile(r'o')
print(q.search('foo', 2), q.match('foo', 1), q.match('foo', 1, 1), q.fullmatch('foo', 1, 2))
print(re.compile(r'^o').search('foo', 2), re.compile(r'o$').search('foo', 0, 2))
print(q.findall('foooo', 1, 3), list(q.finditer('foo', 2)), q.search('foo', -5, 100).endpos)
print(re.compile('a').match('a', 5), re.compile('').match('abc', 5))
print(re.compile(r'\d+').findall('12 34 56', 3), re.compile('a').fullmatch('aab', 0, 2))
m = re.search('é+', 'caféé!')
print(m, m.span(), m.start())
print(re.compile('x') == re.compile('x'), re.compile('x') == re.compile('x', re.I))
for g in [5, 'nope', -1]:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('x'))
print(re.search(r'\w+', '') or 'no match')
print(q.match('foo', 2, 1), q.findall('foo', 3, 1), list(q.finditer('foo', 2, 0)), q.search('xo', 1).pos)
