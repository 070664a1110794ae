# A module-level __getattr__ supplies missing attributes and `from m import` names;
# its AttributeError becomes ImportError there.
import _lazy
from _lazy import computed_b, present

print(_lazy.present, present)
print(_lazy.computed_a)
print(computed_b)
print(hasattr(_lazy, "computed_c"), hasattr(_lazy, "other"))
try:
    _lazy.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy import other
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
