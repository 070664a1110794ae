# argparse: formatters, const/append_const/extend actions, ArgumentTypeError, abbreviations,
# combined short flags, negative numbers, parents, exit_on_error=False, custom usage.
import argparse
import sys

def run(parser, argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)

sys.stderr = sys.stdout
p = argparse.ArgumentParser(formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="""Line one.
  indented line two

para""")
print(p.prog)
p.add_argument("count", type=int, choices=[1, 2, 3], metavar="N", help="a number")
p.add_argument("-c", action="store_const", const=42, dest="const")
p.add_argument("-a", action="append_const", const="x", dest="acc")
p.add_argument("-e", action="extend", nargs="+", type=int)
p.add_argument("-v", action="count")
p.add_argument("-q", action="store_true")
p.add_argument("--items", nargs="*", default=[])
def upper(s):
    if not s.isalpha():
        raise argparse.ArgumentTypeError("%r is not alphabetic" % s)
    return s.upper()
p.add_argument("--name", type=upper)
p.add_argument("--verbose-mode", action="store_true")
p.add_argument("--verbose-level", type=int)
print(p.format_help(), end="")
run(p, ["2", "-c", "-a", "-a", "-e", "1", "2", "-e", "3", "-vvq", "--items", "x", "y", "--name", "bob"])
run(p, ["4"])
run(p, ["2", "--name", "b0b"])
run(p, ["2", "--verbose"])
run(p, ["2", "--verbose-l", "3"])
run(p, ["2", "--items"])
run(p, ["2", "-qx"])
run(p, ["2", "--name="])
run(p, ["-1"])
n = argparse.ArgumentParser(prog="neg")
n.add_argument("-1", dest="one", action="store_true")
n.add_argument("x", nargs="?")
run(n, ["-1"])
run(n, ["-2"])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("pos")
run(child, ["p", "--shared", "t"])
print(child.format_usage(), end="")
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "z"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
try:
    e.error("custom problem")
except SystemExit as ex:
    print("exit", ex.code)
long = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-up-most-of-the-line-width")
for k in range(6):
    long.add_argument("--option-%d" % k, metavar="VALUE")
long.add_argument("target")
print(long.format_usage(), end="")
ns = argparse.Namespace()
p2 = argparse.ArgumentParser(prog="p2")
p2.add_argument("--x", default="1", type=int)
print(p2.parse_args([], namespace=ns), ns.x + 1)
p3 = argparse.ArgumentParser(prog="p3", usage="%(prog)s [options] file")
p3.add_argument("file")
print(p3.format_help(), end="")
run(p3, [])
