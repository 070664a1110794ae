# The builtins module is the builtins namespace: names added to it are visible everywhere.
import builtins
print(builtins.len("xyz"), builtins.__name__, builtins.max is max)
builtins.answer = 42
print(answer)
def f():
    return answer + 1
print(f())
