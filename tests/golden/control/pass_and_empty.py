# pass as a placeholder in every block kind.
def f():
    pass
class C:
    pass
for _ in range(2):
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(f(), C.__name__, _)
