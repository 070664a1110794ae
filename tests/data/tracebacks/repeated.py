def countdown(n):
    if n == 0:
        raise ValueError("reached zero")
    countdown(n - 1)


def start():
    countdown(5)


start()
