# Error messages from bad format specs and %-formatting arguments.
tests = [
    lambda: "{:d}".format("x"),
    lambda: "%d" % "x",
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "{0} {1}".format("a"),
    lambda: format(1.5, "d"),
    lambda: "{".format(),
]
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
