# Assigning to a frozen dataclass field: uncaught FrozenInstanceError
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


c = Config("localhost")
print(c)
c.port = 9000
print("not reached")
