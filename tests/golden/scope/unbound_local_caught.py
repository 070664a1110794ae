# A name assigned anywhere in a function is local everywhere in it.
count = 0
def broken():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
