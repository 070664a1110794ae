# input() reads lines from stdin; the prompt goes to stdout.
name = input("Name: ")
age = int(input("Age: "))
print(f"hello {name}, next year you are {age + 1}")
line = input()
print(repr(line))
print(repr(input("empty? ")))
