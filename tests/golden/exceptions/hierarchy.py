# Catching by base classes: LookupError, ArithmeticError, Exception.
def attempt(f):
    try:
        f()
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except Exception as e:
        print("Exception caught", type(e).__name__)
attempt(lambda: {}["x"])
attempt(lambda: [1][5])
attempt(lambda: 1 // 0)
attempt(lambda: int("q"))
attempt(lambda: undefined_name)
print(issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError))
