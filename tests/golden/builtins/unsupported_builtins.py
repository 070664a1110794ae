# differs from CPython: eval/exec/compile/bytes/complex are not supported by coropy; calling one raises NotImplementedError naming it
for name, f in [("exec", exec), ("compile", compile), ("bytes", bytes), ("complex", complex)]:
    try:
        f("1")
    except NotImplementedError as e:
        print(name, "->", e)
def help(x):
    return "mine"
print(help(1))
print(eval("1 + 1"))
