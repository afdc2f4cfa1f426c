#!/usr/bin/env python3
"""Check the ways back of a Perfetto trace (trace-check.mjs output, NORM).

Each executed work item has a forward flow (`flow` line: from the slice
that made it to the slice that ran it) and may have a way back (`back`
line: from the slice that ran it to the slice of the spawning thread that
waited for it). For every `back` line this checks, from the `slice` lines:
  - it starts at a slice that some forward flow ends at (an executor);
  - it ends on the thread of that forward flow's start, at the forward
    source itself or at one of its enclosing slices;
  - that slice was open at the executor's last call: the latest begin of
    the executor's slice and the slices inside it (before the work was
    done, so whoever waited for it still waited).
Prints "back SRCNAME -> DSTNAME same|outer" per back line (same: the
forward source itself) and exits 1 on the first violation.

Usage: flow-back.py NORM
"""
import sys


def main():
    slices = {}  # (pid, tid, name, begin) -> end
    by_thread = {}  # (pid, tid) -> [(begin, end)]
    fwd = {}     # executor key -> source key
    backs = []
    for line in open(sys.argv[1]):
        f = line.rstrip("\n").split("\t")
        if f[0] == "slice":
            slices[(f[1], f[2], f[4], int(f[6]))] = int(f[7])
            by_thread.setdefault((f[1], f[2]), []).append((int(f[6]), int(f[7])))
        elif f[0] in ("flow", "back"):
            a = (f[1], f[2], f[3], int(f[4]))
            b = (f[6], f[7], f[8], int(f[9]))
            if f[0] == "flow":
                fwd[b] = a
            else:
                backs.append((a, b))
    bad = 0
    for ex, dst in backs:
        src = fwd.get(ex)
        if src is None:
            print("back from %s: no forward flow ends there" % (ex,))
            bad = 1
            continue
        if dst[:2] != src[:2]:
            print("back %s -> %s: not on the spawning thread %s" % (ex, dst, src[:2]))
            bad = 1
            continue
        ex_end, dst_end, src_end = slices.get(ex), slices.get(dst), slices.get(src)
        if ex_end is None or dst_end is None or src_end is None:
            print("back %s -> %s: a slice is missing" % (ex, dst))
            bad = 1
            continue
        encloses = dst == src or (dst[3] <= src[3] and src_end <= dst_end)
        if not encloses:
            print("back %s -> %s: not the source %s nor a slice around it" % (ex, dst, src))
            bad = 1
        last = max(b for b, e in by_thread[ex[:2]] if ex[3] <= b and e <= ex_end)
        if not (dst[3] <= last <= dst_end):
            print("back %s -> %s: that slice [%d, %d] was not open at the executor's last call, %d"
                  % (ex, dst, dst[3], dst_end, last))
            bad = 1
        print("back %s -> %s %s" % (ex[2], dst[2], "same" if dst == src else "outer"))
    sys.exit(bad)


main()
