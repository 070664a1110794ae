# typing.TypedDict: class and functional forms make plain dicts; total and key sets.
from typing import TypedDict
class Movie(TypedDict):
    name: str
    year: int
class Opt(TypedDict, total=False):
    extra: str
m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, m["year"])
print(Movie.__annotations__, Movie.__total__, Opt.__total__)
print(sorted(Movie.__required_keys__), sorted(Opt.__optional_keys__))
P = TypedDict("P", {"x": int, "y": int})
print(P(x=1, y=2), P.__name__)
print(Movie({"name": "x", "year": 1}))
