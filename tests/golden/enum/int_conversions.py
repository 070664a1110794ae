# IntEnum and StrEnum members where ints and strs are expected: %-formatting, range, repetition, divmod, format specs, json of values.
from enum import IntEnum, StrEnum, Enum
class N(IntEnum):
    A = 1
    B = 2
print("%d|%s|%r|%x" % (N.B, N.A, N.A, N.B))
print(list(range(N.B)), [0] * N.B, "ab" * N.B, divmod(7, N.B), 7 // N.B, 2 ** N.B, N.B ** 2, 1.5 * N.B)
print(str(N.A).zfill(3), format(N.B, "b"), "{:>3}|{!s}".format(N.A, N.B), N.A.real, bool(N.A))
print(N.A in {1, 5}, 1 in {N.A}, N(1) == N.A, N.A.value + 0)
class S(StrEnum):
    X = "x"
print("-".join([S.X, "y"]) if False else S.X + "-y", S.X.value, S.X.startswith("x"), sorted([S.X, "a"]))
import json
print(json.dumps({"k": N.A.value, "s": S.X.value}))
