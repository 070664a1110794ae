# Names defined in a class body are not visible to its methods without qualification.
x = "global"
class A:
    x = "class"
    y = x + "-derived"
    def method(self):
        return x
    def qualified(self):
        return self.x, A.x
print(A.y, A().method(), A().qualified())
class B:
    def m(self):
        return helper()
def helper():
    return "helper defined after class"
print(B().m())
