#!/usr/bin/env python3
"""The call paths of a program's own functions in a `sftrace tree --json`
tree, the other frames (a library's, the standard library's) left out.

    tree-paths.py TREE.json PREFIX...

A node whose function name starts with one of the PREFIXes is the
program's. Prints one line per distinct path of such functions from the
root, "f1 > f2 > ... <TAB>calls", the calls summed over every node that
gives that path, sorted.
"""
import json
import sys


def main():
    tree = json.load(open(sys.argv[1]))
    prefixes = tuple(sys.argv[2:])
    counts = {}
    stack = [(n, ()) for n in tree]
    while stack:
        node, path = stack.pop()
        name = node.get("function", "")
        if name.startswith(prefixes):
            path = path + (name,)
            counts[path] = counts.get(path, 0) + node.get("calls", 0)
        for child in node.get("children", []):
            stack.append((child, path))
    for path in sorted(counts):
        print("%s\t%d" % (" > ".join(path), counts[path]))


main()
