# exit() and quit() raise SystemExit like sys.exit: catchable, with a code.
try:
    exit(5)
except SystemExit as e:
    print("caught", e.code)
try:
    quit("bye")
except SystemExit as e:
    print("caught", e.code)
print("exiting")
exit(3)
print("not reached")
