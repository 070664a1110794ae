# Exceptions: hierarchies, else/finally, chaining, re-raising, context managers.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line


def parse_config(lines):
    config = {}
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ParseError(number, f"expected key=value, got {line!r}")
        key, value = line.split("=", 1)
        try:
            config[key.strip()] = int(value)
        except ValueError as e:
            raise ParseError(number, "bad number") from e
    return config


for text in ["a = 1\n# comment\nb=2", "a=1\nb", "x=1\ny=two"]:
    try:
        result = parse_config(text.split("\n"))
    except ParseError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print("ParseError:", e, "| cause:", cause, "| is AppError:", isinstance(e, AppError))
    else:
        print("parsed:", result)
    finally:
        print("-- done with", repr(text[:5]))


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "after", exc_type.__name__ if exc_type else "success")
        return exc_type is KeyError


with Resource("db") as r:
    print("using", r.name)
with Resource("cache"):
    {}["missing"]
print("KeyError was suppressed")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("while dividing")
except AppError as e:
    print(e, "| context:", type(e.__context__).__name__)


def retry(attempts):
    for attempt in range(1, attempts + 1):
        try:
            if attempt < 3:
                raise ConnectionError(f"attempt {attempt} failed")
            return f"ok on attempt {attempt}"
        except ConnectionError as e:
            print("retrying:", e)
    raise AppError("gave up")


print(retry(5))
try:
    retry(2)
except AppError as e:
    print("error:", e)
