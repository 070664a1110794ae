# Custom exception classes with args, extra attributes and __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Weird(Exception):
    def __str__(self):
        return "custom str"
for exc in [AppError("plain"), NotFound("file.txt"), Weird(1, 2), AppError(), AppError(1, "two")]:
    print(type(exc).__name__, exc.args, str(exc), repr(exc))
try:
    raise NotFound("key")
except AppError as e:
    print("caught as AppError:", e, e.name, isinstance(e, Exception))
