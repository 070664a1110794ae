# Classes: an account with a class attribute, properties, a subclass, custom exceptions.


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed


class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        self.deposit(round(self._balance * self.interest_rate, 2))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self._balance})"


class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings: at most 2 withdrawals")
        super().withdraw(amount)


alice = Account("Alice", 100)
bob = Savings("Bob", 1000)
alice.deposit(50)
alice.add_interest()
bob.add_interest()
print(alice, bob)

for amount in [30, 5000, 20, 10]:
    try:
        bob.withdraw(amount)
        print(f"Bob withdrew {amount}: balance {bob.balance}")
    except InsufficientFunds as e:
        print("refused:", e, "| needed", e.needed)
    except RuntimeError as e:
        print("refused:", e)

try:
    alice.deposit(-5)
except ValueError as e:
    print("error:", e)

print(alice.history)
print(bob.history)
print(isinstance(bob, Account), issubclass(Savings, Account), Savings.__mro__[1].__name__)
