# A class body runs at definition time, top to bottom.
print("before class")
class Config:
    print("in class body")
    values = [i * i for i in range(4)]
    total = sum(values)
    def method(self):
        return self.total
    print("end of class body", total)
print("after class", Config.values, Config().method())
