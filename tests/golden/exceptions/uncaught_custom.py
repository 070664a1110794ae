# An uncaught custom exception shows its class name and message.
class InsufficientFunds(Exception):
    pass
print("withdrawing")
raise InsufficientFunds("need 50 more")
