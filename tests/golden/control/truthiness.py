# Truth values of every basic type, and of user classes with __bool__/__len__.
values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), frozenset()]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
class WithLen:
    def __len__(self):
        return 0
class WithBool:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(WithLen()), bool(WithBool()), bool(Plain()))
