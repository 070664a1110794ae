# f-strings concatenated with plain strings and spread across lines.
a, b = 1, 2
msg = (f"a={a} "
       "plain "
       f"b={b}")
print(msg)
print(f"""triple
{a + b}
quoted""")
rows = [(1, "one"), (2, "two")]
print("\n".join(f"{i}:{w}" for i, w in rows))
print(f"{a}" f"{b}" "c")
