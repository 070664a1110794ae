# A non-ASCII character that is not valid outside strings and comments.
print("never printed")
price = 5 € 3
