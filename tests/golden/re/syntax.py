# re pattern syntax: groups, backreferences, lookaround, quantifiers, classes, anchors, escapes
import re

tests = [
    (r'(a*)*', 'aaa'), (r'(a*)+', 'b'), (r'(a|b)*?c', 'abac'), (r'(?:a|ab)*c', 'ababc'),
    (r'(a+)+b', 'aaab'), (r'((a)|b)+', 'ab'), (r'(a)|(b)', 'b'), (r'(?>a+)b', 'aaab'),
    (r'(?>a+)a', 'aaa'), (r'a++b', 'aab'), (r'a*+a', 'aa'), (r'(?:(a)|b)+', 'ab'),
    (r'(\d+)-(\d+)?', '12-'), (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'),
    (r'(?P<q>["\'])(.*?)(?P=q)', 'say "hi" ok'), (r'(\w+)\s\1', 'hello hello world'),
    (r'\bfoo\b', 'a foo b'), (r'\Bo\B', 'foo'), (r'[^\W\d]+', 'ab12cd'),
    (r'\s+', ' \t\n\x1c'), (r'.', '\n'), (r'x{0}y', 'y'), (r'(ab){2}', 'ababab'),
    (r'(ab){1,2}?', 'abab'), (r'(a{2})*', 'aaaaa'), (r'(?:a?){3}b', 'ab'), (r'(a|)+b', 'aab'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?!a)\w', 'ab'), (r'(?<=\d{3})x', '123x'),
    (r'(?<=a|b)c', 'bc'), (r'(?<=-)\w+', 'spam-egg'), (r'(?<!-)\b\w+', '-spam egg'),
    (r'a(?=b)', 'acab'), (r'a(?!b)', 'abac'), (r'[\]a]+', ']a]'), (r'[]a]+', ']a'),
    (r'[a-]+', 'a-a'), (r'[\w-]+', 'a-b_c'), (r'[a-c]+', 'abcd'), (r'[^a-c]+', 'xyzab'),
    (r'[\d.]+', '3.14x'), (r'\x41\u00e9\101', 'Aé A'), (r'\0', '\0'), (r'[\b]', '\b'),
    (r'a\Z', 'a\n'), (r'a$', 'a\n'), (r'$', 'a\nb\n'), (r'^$', ''), (r'.*?$', 'ab\n'),
    (r'foo$', 'foo\n'), (r'\Afoo', 'xfoo'), (r'a.+?c', 'abcabc'), (r'a.*c', 'abcabc'),
    (r'\{', '{'), (r'a{1', 'a{1'), (r'a{,}', 'aa'), (r'a{}', 'a{}'), (r'a{2,3}', 'aaaa'),
    (r'a{2,3}?', 'aaaa'), (r'a{,2}', 'aaa'), (r'((a)(b))', 'ab'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'), (r'[\s\S]+', 'x\ny'),
    (r'\w+', '١٢٣'), (r'\d+', '١٢٣'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(?#note)x', 'x'),
    (r'\w+', 'héllo wörld'), (r'(?:ab)+', 'ababx'), (r'(ab)*', 'ababx'),
]
for pattern, text in tests:
    m = re.search(pattern, text)
    print(repr(pattern), repr(text), m, m and m.groups(), m and m.lastindex)
# \b and \B never match in an empty string
print(re.search(r'\B', ''), re.search(r'\b', ''), re.search(r'\B', 'a'), re.findall(r'\B', 'ab'))
