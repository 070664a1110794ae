# A starred subscript (a[*b], PEP 646) indexes with a tuple, in loads and stores.
class K:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
k = K()
a = [1, 2]
print(k[*a], k[*a, 3], k[0, *a], k[*a,])
k[*a] = 5
try:
    print(a[*a])
except TypeError as e:
    print(e)
