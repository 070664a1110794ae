# partition and rpartition.
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
k, _, v = "name: kim".partition(": ")
print(k, v)
