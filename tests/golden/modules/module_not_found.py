# Importing a missing module is an uncaught ModuleNotFoundError.
print("before import")
import nope
