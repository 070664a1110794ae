# An error while importing a module propagates to the importer.
print("start")
try:
    import _broken
except ZeroDivisionError as e:
    print("import failed:", e)
print("done")
