# next() on an exhausted iterator at top level is an uncaught StopIteration.
it = iter([])
next(it)
