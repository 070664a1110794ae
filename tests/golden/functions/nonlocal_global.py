# nonlocal rebinding across nested scopes and global rebinding.
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    r = middle()
    return x, r
print(outer())
def make():
    global created
    created = "yes"
make()
print(created)
