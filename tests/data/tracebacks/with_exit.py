# __exit__ raising after the body finished: reported at the `with` line, as CPython.
class Closing:
    def __enter__(self):
        return self

    def __exit__(self, typ, exc, tb):
        raise RuntimeError("close failed")


def save(items):
    with Closing():
        count = len(items)
        total = sum(items)
    return count, total


print(save([1, 2, 3]))
