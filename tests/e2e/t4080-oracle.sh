#!/bin/sh
# report and tree on a real multi-threaded recording (tests/progs/
# threads.c: nine threads, recursion) against an oracle written here in
# Python that pairs the entry and exit events of `sftrace dump --raw`
# itself, per thread, without the frames layer or the analysis code:
# calls, total (outermost activations), self, min, max and average exact,
# p50/p90/p99 by nearest rank within the histogram's 1/128; the same with
# a --from/--to window (durations clipped); tree paths' calls, total and
# self exact (paths unfolded, --no-fold-recursion: t4011 checks folding).
. "$(dirname "$0")/lib.sh"
need clang python3

check "threads.c built" cc_xray threads "$PROGS/threads.c"
sf_record th.log ./threads 8 2000 >/dev/null
check_eq "recorded" 0 $?
"$SFTRACE" dump --raw th.log >dump.txt

cat >oracle.py <<'PY'
import collections, csv, json, math, sys

mode, dump, out = sys.argv[1:4]
lo = int(sys.argv[4]) if len(sys.argv) > 4 else 0
hi = int(sys.argv[5]) if len(sys.argv) > 5 else 1 << 64
stacks = collections.defaultdict(list)
dur = collections.defaultdict(list)
total, self_ = collections.Counter(), collections.Counter()
paths = collections.defaultdict(lambda: [0, 0, 0])  # calls, total, self
for line in open(dump):
    f = line.split()
    if len(f) < 6 or not f[0].isdigit() or f[2] not in ("entry", "exit"):
        continue
    t, s, name = int(f[0]), stacks[f[1]], f[5]
    if f[2] == "entry":
        s.append([name, t, 0])
        continue
    n, t0, child = s.pop()
    assert n == name, (n, name)
    a, b = max(t0, lo), min(t, hi)
    d = b - a if b > a else 0
    if s:
        s[-1][2] += d
    if not (b > a or lo <= t0 < hi):
        continue
    dur[n].append(d)
    self_[n] += max(d - child, 0)
    if all(x[0] != n for x in s):
        total[n] += d
    p = paths[tuple(x[0] for x in s) + (n,)]
    p[0] += 1; p[1] += d; p[2] += max(d - child, 0)
assert all(not s for s in stacks.values()), "unbalanced log"

bad = []
if mode == "report":
    rows = list(csv.DictReader(open(out)))
    if sorted(r["function"] for r in rows) != sorted(dur):
        bad.append("functions %s != %s" % (sorted(r["function"] for r in rows), sorted(dur)))
    for r in rows:
        v = sorted(dur[r["function"]])
        want = {"calls": len(v), "total_ns": total[r["function"]],
                "self_ns": self_[r["function"]], "min_ns": v[0], "max_ns": v[-1],
                "avg_ns": sum(v) // len(v)}
        for p in (50, 90, 99):
            want["p%d_ns" % p] = v[max(1, math.ceil(p / 100 * len(v))) - 1]
        for k, e in want.items():
            g = int(r[k])
            if abs(g - e) > (e / 128 + 1 if k[0] == "p" else 0):
                bad.append("%s %s: %d, oracle %d" % (r["function"], k, g, e))
else:
    got = {}
    def walk(nodes, prefix):
        for n in nodes:
            key = prefix + (n["function"],)
            got[key] = [n["calls"], n["total_ns"], n["self_ns"]]
            walk(n["children"], key)
    walk(json.load(open(out)), ())
    want = {k: v for k, v in paths.items()}
    for k in sorted(set(got) | set(want)):
        if got.get(k) != want.get(k):
            bad.append("%s: %s, oracle %s" % (";".join(k), got.get(k), want.get(k)))
for b in bad[:20]:
    print("#  ", b)
print("#", len(dur), "functions", len(paths), "paths", len(bad), "differences")
sys.exit(1 if bad else 0)
PY

"$SFTRACE" report --csv th.log >r.csv 2>/dev/null
check "report: every statistic agrees with the oracle" python3 oracle.py report dump.txt r.csv
"$SFTRACE" report --csv -j1 th.log >r1.csv 2>/dev/null
check "report -j1: the same table" cmp -s r.csv r1.csv

# A window over the middle third of the events, so that it cuts frames.
LC_ALL=C awk '$1 ~ /^[0-9]+$/ && $3 ~ /^(entry|exit)/ { print $1 }' dump.txt | sort -n >times.txt
n=$(wc -l <times.txt)
from=$(sed -n "$((n / 3))p" times.txt); to=$(sed -n "$((2 * n / 3))p" times.txt)
"$SFTRACE" report --csv --from "$from" --to "$to" th.log >w.csv 2>/dev/null
check "report --from/--to: clipped statistics agree with the oracle" \
	python3 oracle.py report dump.txt w.csv "$from" "$to"

"$SFTRACE" tree --json --no-fold-recursion th.log >t.json 2>/dev/null
check "tree: every path's calls, total and self agree with the oracle" \
	python3 oracle.py tree dump.txt t.json
"$SFTRACE" tree --json --no-fold-recursion --from "$from" --to "$to" th.log >tw.json 2>/dev/null
check "tree --from/--to: clipped paths agree with the oracle" \
	python3 oracle.py tree dump.txt tw.json "$from" "$to"

done_testing
