# Names imported with from-import are copies of the binding, not aliases.
from _helpers import counter, bump
import _helpers
bump()
bump()
print(counter, _helpers.counter)
_helpers.GREETING = "hi"
print(_helpers.greet("lee"))
