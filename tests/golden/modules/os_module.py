# os: names, getenv/environ, getpid, cpu_count, and os.path's string functions.
import os
from os import path
print(os.name, os.sep, repr(os.linesep), os.getenv("NOPE_X"), os.getenv("NOPE_X", "d"))
print(os.environ.get("HOME") is not None, isinstance(os.getpid(), int), os.cpu_count() > 0)
for p in ["a/b/c.txt", "/abs/x", "noext", ".bashrc", "a/b/", "a//b", "/", ""]:
    print(repr(p), os.path.split(p), path.basename(p), path.dirname(p), path.splitext(p), path.isabs(p))
print(path.join("a", "b", "c"), path.join("a/", "/b", "c"), path.join("", "x"))
for p in ["a/./b/../c", "//x/y", "///x", "../a/..", "", "a/b/../../.."]:
    print(repr(p), path.normpath(p))
print(path.abspath("x/../y") == os.getcwd() + "/y")
try:
    os.urandom(4)
