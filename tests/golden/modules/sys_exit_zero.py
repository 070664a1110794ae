# sys.exit() and sys.exit(0) end the program successfully; finally blocks still run.
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs on exit")
print("never")
