# Raising an exception class (not instance) with no message.
print("about to raise")
raise ValueError
