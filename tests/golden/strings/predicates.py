# is* predicates on various strings.
samples = ["123", "abc", "Abc", "ABC", "a1", "   ", "", "Title Case", "3.5", "한글", "x_y"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isdecimal())
