# sys.argv holds the script path as its first element.
import sys
print(len(sys.argv))
print(sys.argv[0].split("/")[-1])
