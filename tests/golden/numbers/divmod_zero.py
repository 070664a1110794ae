# Division by zero messages caught for each operator and type.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for text, f in cases:
    try:
        f()
    except ZeroDivisionError as e:
        print(f"{text}: {e}")
