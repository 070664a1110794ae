# A module imported by another module is loaded only once overall.
import _second
import _helpers
print(_second.via_helpers())
print(_second._helpers is _helpers)
