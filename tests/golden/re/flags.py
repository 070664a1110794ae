# re flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags
import re

print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.NOFLAG))
print(re.findall(r'[A-Z]', 'aBcD', re.I), re.findall(r'hello', 'Hello HELLO', re.IGNORECASE))
print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.match(r'(?i)straße', 'STRASSE'))
print(re.match(r'(?i)[a-z]+', 'ÀbC'), re.match(r'(?i)ß', 'ẞ'), re.match(r'(?i)é', 'É'))
print(re.search(r'(\w+) \1', 'Ab aB', re.I))
print(re.findall(r'^\w+$', 'foo\nbar\n', re.M), re.findall(r'^\w+$', 'foo\nbar\n'))
print(re.search(r'(?m)^b', 'a\nb'), re.findall(r'\w$', 'a\nb\nc', re.MULTILINE))
print(re.match('.+', 'a\nb'), re.match('.+', 'a\nb', re.S), re.match('(?s).+', 'a\nb'))
print(re.findall(r'''\d+  # digits
   \s*[a-z]+ # word''', '12 ab 3cd', re.X))
print(re.match(r'(?x) a b # comment', 'ab'), re.match(r'(?x)[ ]a', ' a'), re.match(r'(?x)a \ b', 'a b'))
print(re.findall(r'\w+', 'héllo wörld ñ', re.A), re.match(r'(?a)\d+', '١٢٣'), re.match(r'\d+', '١٢٣', re.ASCII))
print(re.match(r'(?i:A)b', 'aB'), re.match(r'(?i:A)b', 'ab'), re.match(r'(?-i:a)b', 'Ab', re.I))
print(re.compile('(?i)a').flags == re.I | re.U, re.compile('a', re.A).flags == re.A)
print(re.compile('x', re.I | re.M).flags & re.M == re.M)
print(re.search(r'a.c', 'A\nC', re.I | re.S))
print(re.match(r'(?x) a +  b {2} ', 'aaabb'), re.match(r'(?x)[#]a', '#a'), re.match('(?x)a#c\nb', 'ab'))
print(re.match(r'''(?x)
   (?P<key> \w+ ) \s* = \s*   # key
   (?P<val> [^;]+ )           # value
''', 'name = value;').groupdict())
print(re.compile('(?i)(?x)a b'), re.compile('(?mi)^A').search('x\na'))
