# re module functions: match, search, fullmatch, findall group semantics, finditer, escape, purge, compile cache
import re

print(re.match(r'a+', 'aaab'), re.match(r'b', 'ab'))
print(re.search(r'\d+', 'abc 123 def'), re.search(r'x', 'abc'))
print(re.fullmatch(r'\w+', 'hello'), re.fullmatch(r'\w+', 'hello!'))
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1b2 c3'))
print(re.findall(r'(\w)\d', 'a1b2 c3'))
print(re.findall(r'(a)|(b)', 'ab'), re.findall(r'(a)?b', 'b ab'))
print(re.findall(r'x*', 'abxd'), re.findall(r'', 'abc'), re.findall(r'a|b*', 'aabbc'))
print([m.span() for m in re.finditer(r'\d+', 'a1b22c333')])
it = re.finditer(r'\w+', 'one two')
print(next(it).group(), next(it).group(), next(it, 'done'))
print(re.escape('a.b*c d'), re.escape('ñ_x-1.\n'), re.escape('[x](y){z}^$|?+\\'))
print(re.escape('1+1=2') and re.match(re.escape('1+1=2'), '1+1=2'))
print(re.compile('a+') is re.compile('a+'), re.purge(), re.compile('a+').match('aa'))
p = re.compile(r'\d')
print(re.compile(p) is p, re.search(p, 'x5'))
print(re.findall(r'\bcat\b', 'cat concat cat.'), re.findall(r'\d{2,3}', '1 12 1234 12345'))
# log line parsing, a common use
line = '2024-05-01 12:30:45 ERROR [db] connection lost (code=42)'
m = re.match(r'(\S+) (\S+) (\w+) \[(\w+)\] (.*?) \(code=(\d+)\)$', line)
print(m.groups())
print(dict(re.findall(r'(\w+)=(\w+)', 'a=1, b=two, c=3')))
print(re.findall(r'[-+]?\d*\.\d+|\d+', 'x 3.14 -2.5 +7 10'))
