# An uncaught error inside a method of a class instance.
class Parser:
    def parse(self, text):
        print("parsing", repr(text))
        return int(text)
p = Parser()
print(p.parse("12") * 2)
p.parse("1.5")
