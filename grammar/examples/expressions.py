# Literals, operators and precedence.
a = 1_000 + 0x_ff - 0o17 * 0b1010 // 3 % 7 @ m if False else 2.5e-3
b = .5 + 1. + 1_000.5 + 10**-2 ** 2 - -2 ** 2 + ~x + +y
c = a < b <= c != d == e > f >= g is h is not i in j not in k
d = not a and b or not not c
e = a | b ^ c & d << 2 >> 1
f = lambda x, /, y=1, *args, z, w=2, **kw: (x, y, args, z, w, kw)
g = lambda: ...
h = lambda *, k: k
i = (yield_ := 5) + (j := 6)
s = 'a' "b" '''c''' """d""" r'\d' R"\w" u'x' 'tab\there\n' '\x41\u0042\U00000043\101\N{DEGREE SIGN}'
u = f'{a}' F"{b!r:>10}" rf'{c}\d' f'{a=}' f'{a = !s}' f'{x:{w}.{p}f}' f'{{literal}}' 'plain' f'{a, b}'
v = f"""multi
{a +
 b}"""
w = [1, 2, *rest, ] + [x for x in range(3) if x if x > 0 for y in z] + []
x_ = {1, 2, *s} | {x for x in y} | {**d, 'k': v, **e} | {k: v for k, v in items} | {}
y = (1,) + () + (1, 2, *t) + tuple(x for x in y)
z = a[1] + a[1:2] + a[::3] + a[1:2, ::3] + a[:, None] + a[-1:] + a[f(x):g(y):h(z)]
call = f(a, *b, c=1, **d) + f(x for x in y) + f(*a, *b, k=1, **c, **d) + f()
chain = a.b.c(d)[e].f
cond = x if y else z if w else v
sub = d['key'] if 'key' in d else None
