# Annotations in module and class bodies are recorded in __annotations__, in order
from typing import Optional, ClassVar

count: int = 0
name: str
print(__annotations__)
print(count)


class Config:
    """A config."""
    host: str = "localhost"
    port: int
    tags: list[str] = []
    parent: Optional["Config"] = None
    instances: ClassVar[int] = 0
    if True:
        debug: bool = False

    def method(self):
        local: int = 5
        return local


print(Config.__annotations__)
print(Config.host, Config.debug, Config().method(), hasattr(Config, "port"))
print([k for k in Config.__dict__ if k in ("__annotations__", "__doc__", "host")])


class Plain:
    x = 1


print("__annotations__" in Plain.__dict__)


class Child(Config):
    extra: float = 1.0


print(Child.__annotations__)
