# Helper module that itself imports _helpers.
import _helpers
print("loading _second")
def via_helpers():
    return _helpers.greet("second")
