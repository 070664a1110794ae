# await at module level outside any function.
print("never printed")
await something()
