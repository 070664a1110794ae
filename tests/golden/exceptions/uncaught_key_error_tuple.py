# KeyError message with a tuple key and with a string containing quotes.
d = {}
try:
    d[(1, "a")]
except KeyError as e:
    print(e)
d["it's"]
