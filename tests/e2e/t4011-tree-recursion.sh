#!/bin/sh
# Deep recursion in sftrace tree and flamegraph: folded by default, so
# that the output grows with the distinct call paths, not with the square
# of the depth (docs/sftrace-tree.md "Recursion").
#   - a direct recursion 1000000 deep (in a thread with a 1 GiB stack),
#     calling step() at every level: tree, folded stacks and SVG each
#     well under 10 MB in a few seconds; the folded node is parse ×1000000
#     with 1000000 calls, its total and self those `report` gives parse
#     (the outermost call; the sum of every level), step one child with
#     1000000 calls; the folded weights add up to the threads' time (the
#     report's totals of main and the thread's function) and, with
#     --calls, to every call; the SVG is XML with a handful of <rect>s;
#   - a mutual recursion a -> b -> a ... 2000 deep: a, b, then a → b ×1998;
#   - a small program with every case (direct, a cycle of three, direct
#     recursion inside the cycle, a call that leaves the cycle and comes
#     back, two threads merged by two workers): tree --json against an
#     oracle written here in Python that applies the folding rule to the
#     events of `sftrace dump --raw`, with and without a --from/--to
#     window, and --no-fold-recursion against the unfolded paths;
#   - --no-fold-recursion on a recursion 50 deep: the text tree and the
#     folded stacks of one path per level, as before folding existed.
. "$(dirname "$0")/lib.sh"
need clang python3 timeout

# -O0: the recursions stay calls (a use of each result after the call
# keeps them from becoming loops at any level anyway).
cc_xray0() {
	# shellcheck disable=SC2086
	clang -O0 -g $XRAY_CFLAGS -c -o "$1.o" "$2" && clang -o "$1" "$1.o" -lpthread
}

# bounded OUT CMD...: CMD's standard output into OUT, cut at 20 MB (an
# unfolded 10^6-deep tree would be terabytes: every command on deep.log
# goes through here); CMD's status goes to OUT.rc. Prints the elapsed
# milliseconds.
bounded() {
	out=$1
	shift
	t0=$(date +%s%N)
	{ timeout 120 "$@" 2>"$out.err"; echo $? >"$out.rc"; } | head -c 20000000 >"$out"
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}
MB10=10000000

# ---------------------------------------------------------------- 10^6 deep
cat >deep.c <<'PROG'
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static volatile long sink;

__attribute__((noinline)) void step(long n) { sink += n; }

__attribute__((noinline)) long parse(long n)
{
	long r = 0;

	step(n);
	if (n > 1)
		r = parse(n - 1);
	sink += r;
	return r + 1;
}

__attribute__((noinline)) void *runner(void *arg)
{
	printf("depth %ld\n", parse(*(long *)arg));
	return NULL;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	pthread_attr_t attr;
	pthread_t t;

	pthread_attr_init(&attr);
	if (pthread_attr_setstacksize(&attr, 1ul << 30) ||
	    pthread_create(&t, &attr, runner, &n) || pthread_join(t, NULL))
		return 1;
	return 0;
}
PROG
check "deep.c built" cc_xray0 deep deep.c
sf_record deep.log ./deep 1000000 >deep.out
check_eq "record of the 10^6-deep recursion exits 0" 0 "$?"
check_eq "the program recursed 10^6 deep" "depth 1000000" "$(cat deep.out)"

ms=$(bounded tree.txt "$SFTRACE" tree deep.log)
check_eq "tree exits 0" 0 "$(cat tree.txt.rc)"
check "tree: $(wc -c <tree.txt) bytes, under 10 MB" test "$(wc -c <tree.txt)" -lt $MB10
check "tree: $ms ms, under 10 s" test "$ms" -lt 10000
check "tree: parse is one line, parse ×1000000, with its 1000000 calls" \
	grep -Eq '  1000000  `- parse ×1000000$' tree.txt
check "tree: step is one line under it, 1000000 calls" \
	grep -Eq '  1000000     `- step$' tree.txt

ms=$(bounded deep.folded "$SFTRACE" flamegraph --folded deep.log)
check_eq "flamegraph --folded exits 0" 0 "$(cat deep.folded.rc)"
check "folded: $(wc -c <deep.folded) bytes, under 10 MB" test "$(wc -c <deep.folded)" -lt $MB10
check "folded: $ms ms, under 10 s" test "$ms" -lt 10000
check_eq "folded: the stacks, parse folded" \
	"main|runner|runner;parse ×1000000|runner;parse ×1000000;step" \
	"$(sed 's/ [0-9]*$//' deep.folded | tr '\n' '|' | sed 's/|$//')"

"$SFTRACE" report --csv deep.log >deep.csv 2>/dev/null
col() { # col FUNCTION COLUMN: a cell of deep.csv
	awk -F, -v f="$1" -v c="$2" 'NR == 1 { for (i = 1; i <= NF; i++) k[$i] = i; next }
		$1 == f { print $k[c] }' deep.csv
}
check_eq "folded weights add up to the threads' time (report: main + runner)" \
	"$(echo "$(col main total_ns) $(col runner total_ns)" | awk '{ printf "%d", $1 + $2 }')" \
	"$(awk '{ s += $NF } END { printf "%d", s }' deep.folded)"
check_eq "folded: parse's weight is its self time in the report" "$(col parse self_ns)" \
	"$(awk '/;parse ×1000000 [0-9]*$/ { print $NF }' deep.folded)"
bounded deep-calls.folded "$SFTRACE" flamegraph --folded --calls deep.log >/dev/null
check_eq "folded --calls: every call counted once (2000002)" 2000002 \
	"$(awk '{ s += $NF } END { printf "%d", s }' deep-calls.folded)"

bounded deep.json "$SFTRACE" tree --json deep.log >/dev/null
python3 - deep.json >deep-nodes.txt <<'PY'
import json, sys
def walk(nodes, path):
    for n in nodes:
        p = path + [n["function"]]
        print(";".join(p), n.get("recursion", "-"), n["calls"], n["total_ns"], n["self_ns"])
        walk(n["children"], p)
walk(json.load(open(sys.argv[1])), [])
PY
check_eq "tree --json: parse folded, recursion 1000000, its total and self as in the report" \
	"runner;parse 1000000 1000000 $(col parse total_ns) $(col parse self_ns)" \
	"$(grep '^runner;parse ' deep-nodes.txt)"
check_eq "tree --json: step, 1000000 calls, its total as in the report" \
	"runner;parse;step - 1000000 $(col step total_ns) $(col step self_ns)" \
	"$(grep '^runner;parse;step ' deep-nodes.txt)"

ms=$(bounded deep.svg "$SFTRACE" flamegraph deep.log)
check_eq "flamegraph (SVG) exits 0" 0 "$(cat deep.svg.rc)"
check "SVG: $(wc -c <deep.svg) bytes, under 10 MB, $ms ms" \
	test "$(wc -c <deep.svg)" -lt $MB10 -a "$ms" -lt 10000
check "SVG: $(grep -o '<rect' deep.svg | wc -l) rectangles, at most 10" \
	test "$(grep -o '<rect' deep.svg | wc -l)" -le 10
check "SVG: well-formed XML, a frame titled parse ×1000000" python3 -c '
import sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
titles = [t.text.split("\n")[0] for t in ET.parse(sys.argv[1]).getroot().iterfind(".//s:title", ns)]
sys.exit("parse \u00d71000000" not in titles)' deep.svg

# ---------------------------------------------------------------- a <-> b
cat >mutual.c <<'PROG'
#include <stdio.h>
#include <stdlib.h>

static volatile long sink;
long b(long n);

__attribute__((noinline)) long a(long n)
{
	long r = n > 1 ? b(n - 1) : 0;

	sink += r;
	return r + 1;
}

__attribute__((noinline)) long b(long n)
{
	long r = n > 1 ? a(n - 1) : 0;

	sink += r;
	return r + 1;
}

int main(int argc, char **argv)
{
	printf("depth %ld\n", a(argc > 1 ? atol(argv[1]) : 2000));
	return 0;
}
PROG
check "mutual.c built" cc_xray0 mutual mutual.c
sf_record mutual.log ./mutual 2000 >mutual.out
check_eq "the program recursed 2000 deep" "depth 2000" "$(cat mutual.out)"
ms=$(bounded mutual.txt "$SFTRACE" tree mutual.log)
check "tree of a <-> b: $(wc -c <mutual.txt) bytes, under 10 MB, $ms ms" \
	test "$(wc -c <mutual.txt)" -lt $MB10 -a "$ms" -lt 10000
sed 's/^.*  [0-9][0-9]*  //' mutual.txt | tail -n +3 >mutual-shape.txt
cat >expect-mutual-shape.txt <<'EOF2'
main
`- a
   `- b
      `- a → b ×1998
EOF2
check_cmp "tree of a <-> b: the first pass, then one cycle node" \
	expect-mutual-shape.txt mutual-shape.txt
check_eq "tree of a <-> b: the cycle node holds the other 1998 frames" 1998 \
	"$(awk '/a → b ×1998$/ { print $5 }' mutual.txt)"
ms=$(bounded mutual.folded "$SFTRACE" flamegraph --folded mutual.log)
check "folded a <-> b: $(wc -c <mutual.folded) bytes, under 10 MB, $ms ms" \
	test "$(wc -c <mutual.folded)" -lt $MB10 -a "$ms" -lt 10000
"$SFTRACE" report --csv mutual.log >mutual.csv 2>/dev/null
check_eq "folded a <-> b: the weights add up to main's total" \
	"$(awk -F, '$1 == "main" { print $2 }' mutual.csv)" \
	"$(awk '{ s += $NF } END { printf "%d", s }' mutual.folded)"
"$SFTRACE" flamegraph mutual.log -o mutual.svg 2>/dev/null
check "SVG of a <-> b: XML, at most 10 rectangles" sh -c \
	'python3 -c "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])" mutual.svg &&
	 test "$(grep -o "<rect" mutual.svg | wc -l)" -le 10'

# ---------------------------------------------------------------- every case
cat >mixed.c <<'PROG'
#include <pthread.h>
#include <stdio.h>

#define NOINLINE __attribute__((noinline))
static volatile long sink;
long x(long n);

NOINLINE void leaf(void) { sink++; }

NOINLINE long down(long n)
{
	long r = 1;

	if (n > 1)
		r = down(n - 1) + 1;
	else
		leaf();
	sink += r;
	return r;
}

/* x -> y -> z -> x: a cycle of three; x calls itself on multiples of 5;
 * z leaves the cycle through w (which calls leaf, then x) on multiples of 7. */
NOINLINE long w(long n)
{
	leaf();
	return n > 0 ? x(n - 1) + 1 : 0;
}

NOINLINE long z(long n)
{
	long r = n <= 0 ? 0 : n % 7 == 0 ? w(n - 1) : x(n - 1);

	sink += r;
	return r + 1;
}

NOINLINE long y(long n)
{
	long r = n > 0 ? z(n - 1) : 0;

	sink += r;
	return r + 1;
}

NOINLINE long x(long n)
{
	long r;

	if (n <= 0) {
		leaf();
		return 0;
	}
	r = n % 5 == 0 ? x(n - 1) : y(n - 1);
	sink += r;
	return r + 1;
}

NOINLINE void *other(void *arg)
{
	sink += down(30) + x(25);
	return arg;
}

int main(void)
{
	pthread_t t;

	if (pthread_create(&t, NULL, other, NULL) || pthread_join(t, NULL))
		return 1;
	sink += down(50) + x(60) + x(40);
	printf("done\n");
	return 0;
}
PROG
check "mixed.c built" cc_xray0 mixed mixed.c
sf_record mixed.log ./mixed >/dev/null
check_eq "record of mixed.c exits 0" 0 "$?"
"$SFTRACE" dump --raw mixed.log >dump.txt

# The oracle: pairs entries and exits of the dump per thread, applies the
# folding rule of docs/sftrace-tree.md to the path of nodes (or not, raw),
# and compares every path's calls, total, self and recursion with tree --json.
cat >oracle.py <<'PY'
import collections, json, sys

mode, dump, out = sys.argv[1:4]
lo = int(sys.argv[4]) if len(sys.argv) > 4 else 0
hi = int(sys.argv[5]) if len(sys.argv) > 5 else 1 << 64
FOLD_MAX = 8

# A node is the tuple of its steps from the root: ("f", name) for a
# function, ("c", name, k) for a cycle node entered through name whose
# cycle is the k steps above it.
def child(parent, f):
    if mode == "raw":
        return parent + (("f", f),)
    if parent and parent[-1][0] == "c":
        k = parent[-1][2]
        if f in [s[1] for s in parent[-1 - k:-1]]:
            return parent
        return parent + (("f", f),)
    for k in range(1, FOLD_MAX + 1):
        if k > len(parent) or parent[-k][0] != "f":
            break
        if parent[-k][1] == f:
            return parent if k == 1 else parent + (("c", f, k),)
    return parent + (("f", f),)

def label(node):
    s = node[-1]
    if s[0] == "f":
        return s[1]
    return " \u2192 ".join(x[1] for x in node[-1 - s[2]:-1])

stacks = collections.defaultdict(list)
stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # calls, total, self, nest
for line in open(dump):
    f = line.split()
    if len(f) < 6 or not f[0].isdigit() or f[2] not in ("entry", "exit"):
        continue
    t, s, name = int(f[0]), stacks[f[1]], f[5]
    if f[2] == "entry":
        parent = s[-1][3] if s else ()
        node = child(parent, name)
        nest = s[-1][4] + 1 if s and node == s[-1][3] else 1
        s.append([name, t, 0, node, nest])
        continue
    n, t0, ch, node, nest = s.pop()
    assert n == name, (n, name)
    a, b = max(t0, lo), min(t, hi)
    d = b - a if b > a else 0
    if s:
        s[-1][2] += d
    if not (b > a or lo <= t0 < hi):
        continue
    st = stats[node]
    st[0] += 1
    if nest == 1:
        st[1] += d
    st[2] += max(d - ch, 0)
    st[3] = max(st[3], nest)
assert all(not s for s in stacks.values()), "unbalanced log"

want = {}
for node, (calls, total, self_, nest) in stats.items():
    key = tuple(label(node[:i + 1]) for i in range(len(node)))
    folded = node[-1][0] == "c" or nest > 1
    want[key] = [calls, total, self_, nest if folded else None]
got = {}
def walk(nodes, prefix):
    for n in nodes:
        key = prefix + (n["function"],)
        got[key] = [n["calls"], n["total_ns"], n["self_ns"], n.get("recursion")]
        walk(n["children"], key)
walk(json.load(open(out)), ())
bad = ["%s: %s, oracle %s" % (";".join(k), got.get(k), want.get(k))
       for k in sorted(set(got) | set(want)) if got.get(k) != want.get(k)]
for b in bad[:20]:
    print("#  ", b)
cycles = sum(1 for k in want if " \u2192 " in k[-1])
print("#", len(want), "paths,", cycles, "cycle nodes,", len(bad), "differences")
sys.exit(1 if bad or (mode == "fold" and not cycles) else 0)
PY

"$SFTRACE" tree --json -j 2 mixed.log >mixed.json 2>/dev/null
check "tree (folded, two workers): every path agrees with the oracle" \
	python3 oracle.py fold dump.txt mixed.json
"$SFTRACE" tree --json -j 1 mixed.log >mixed1.json 2>/dev/null
check "tree -j 1: the same tree" cmp -s mixed.json mixed1.json
"$SFTRACE" tree --json --no-fold-recursion mixed.log >mixed-raw.json 2>/dev/null
check "tree --no-fold-recursion: every path agrees with the unfolded oracle" \
	python3 oracle.py raw dump.txt mixed-raw.json
LC_ALL=C awk '$1 ~ /^[0-9]+$/ && $3 ~ /^(entry|exit)/ { print $1 }' dump.txt | sort -n >times.txt
n=$(wc -l <times.txt)
from=$(sed -n "$((n / 3))p" times.txt)
to=$(sed -n "$((2 * n / 3))p" times.txt)
"$SFTRACE" tree --json --from "$from" --to "$to" mixed.log >mixed-w.json 2>/dev/null
check "tree --from/--to (folded): clipped paths agree with the oracle" \
	python3 oracle.py fold dump.txt mixed-w.json "$from" "$to"

# By hand: down(50) and down(30) are one node each, leaf under it.
"$SFTRACE" tree -f '^down$' mixed.log >down.txt 2>/dev/null
tail -n +3 down.txt | sed 's/^.*  \([0-9][0-9]*\)  /\1 /' | tr '\n' '|' >down-lines.txt
check_eq "-f down: one folded node (50 deep, 80 calls), leaf under it" \
	"80 down ×50|2 \`- leaf|" "$(cat down-lines.txt)"
"$SFTRACE" tree -f '^x → y → z$' mixed.log >xyz.txt 2>/dev/null
check_eq "-f '^x → y → z\$': cycle nodes match by their name" "x → y → z" \
	"$(sed -n '3s/^.*  [0-9][0-9]*  //p' xyz.txt | sed 's/ ×.*//')"

# --no-fold-recursion on the 50-deep path of the main thread (its tid is
# the pid): one line per level, as before folding.
main_tid=$(awk '$1 == "pid:" { print $2 }' dump.txt)
"$SFTRACE" tree --no-fold-recursion -f '^down$' --tid "$main_tid" mixed.log \
	>down-raw.txt 2>/dev/null
awk 'BEGIN { p = ""; print "down"; for (i = 2; i <= 50; i++) { print p "`- down"; p = p "   " }
	print p "`- leaf" }' >expect-down-raw.txt
sed 's/^.*  [0-9][0-9]*  //' down-raw.txt | tail -n +3 >down-raw-shape.txt
check_cmp "--no-fold-recursion: 50 levels of down, each one deeper" \
	expect-down-raw.txt down-raw-shape.txt
"$SFTRACE" flamegraph --folded --calls --no-fold-recursion -f '^down$' --tid "$main_tid" \
	mixed.log >down-raw.folded 2>/dev/null
check_eq "--no-fold-recursion --folded: a stack per level, the last of 51 frames" \
	"51 51 1" \
	"$(awk '{ n++; d = split($1, f, ";") } END { print n, d, $NF }' down-raw.folded)"

done_testing
