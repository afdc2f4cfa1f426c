#!/bin/sh
# report, tree and flamegraph on a real recording of a program whose timing
# is controlled (sleeps and busy loops) and which measures itself: every
# call's duration is taken by the caller with CLOCK_MONOTONIC around the
# call, and every function counts its calls. Call counts must match
# exactly; total and self times within a small tolerance (the caller's
# clock reads bracket the traced entry and exit).
. "$(dirname "$0")/lib.sh"
need clang python3

cat >timed.c <<'PROG'
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

#define NOINLINE __attribute__((noinline))
static unsigned long n_slow, n_parent, n_rec, n_spin;
static long long t_slow, t_parent, t_rec, t_in_parent;

static long long now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

NOINLINE static void spin(long long ns)
{
	long long end = now() + ns;
	n_spin++;
	while (now() < end)
		;
}

NOINLINE static void slow(void)
{
	struct timespec ts = { 0, 4000000 };
	n_slow++;
	nanosleep(&ts, NULL);
}

NOINLINE static void parent(void)
{
	long long a, b;
	n_parent++;
	a = now(); slow(); b = now(); t_slow += b - a; t_in_parent += b - a;
	a = now(); spin(3000000); b = now(); t_in_parent += b - a;
	a = now(); slow(); b = now(); t_slow += b - a; t_in_parent += b - a;
}

NOINLINE static void rec(int depth)
{
	struct timespec ts = { 0, 2000000 };
	n_rec++;
	nanosleep(&ts, NULL);
	if (depth > 0)
		rec(depth - 1);
}

int main(void)
{
	long long a, b;
	for (int i = 0; i < 3; i++) {
		a = now(); parent(); b = now(); t_parent += b - a;
	}
	a = now(); slow(); b = now(); t_slow += b - a;
	a = now(); rec(3); b = now(); t_rec += b - a;
	printf("count slow %lu\ncount parent %lu\ncount rec %lu\ncount spin %lu\n",
	       n_slow, n_parent, n_rec, n_spin);
	printf("total slow %lld\ntotal parent %lld\ntotal rec %lld\n", t_slow, t_parent, t_rec);
	/* parent's self time: its total minus its measured children. */
	printf("self parent %lld\n", t_parent - t_in_parent);
	return 0;
}
PROG
cc_xray timed timed.c || skip_all "cannot build an XRay program"

# `sftrace record` when this build has it, else the runtime's own
# interface (the preloaded library and its output variable).
if "$SFTRACE" record --help >/dev/null 2>&1; then
	sf_record sf.log ./timed >prog.out
else
	SFTRACE_OUTPUT_FILE="$T/sf.log" LD_PRELOAD="$SOLIB" ./timed >prog.out 2>"$T/record.err"
fi
check "recorded" test -s sf.log
check "program ran" grep -q '^count slow 7$' prog.out

"$SFTRACE" report --csv sf.log >r.csv 2>r.err
check "report runs" test -s r.csv
# Exact call counts from the program itself.
prog_counts prog.out >expect-counts
awk -F, 'NR > 1 && ($1 == "slow" || $1 == "parent" || $1 == "rec" || $1 == "spin") { print $1, $4 }' r.csv |
	LC_ALL=C sort >got-counts
check_cmp "calls equal the program's own counts" expect-counts got-counts

# within NAME COLUMN EXPECTED_NS: |report - expected| <= 2% + 200 us, the
# report being r.csv or the CSV file named by within_csv.
within() {
	got=$(awk -F, -v f="$1" -v c="$2" 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
		$1 == f { print $col[c] }' "${within_csv:-r.csv}")
	awk -v g="$got" -v e="$3" 'BEGIN { d = g - e; if (d < 0) d = -d; exit !(g != "" && d <= e * 0.02 + 200000) }'
	r=$?
	[ $r -eq 0 ] || echo "#   $1 $2: report $got, program $3"
	return $r
}
slow_t=$(sed -n 's/^total slow //p' prog.out)
parent_t=$(sed -n 's/^total parent //p' prog.out)
rec_t=$(sed -n 's/^total rec //p' prog.out)
check "slow: total matches the program's clock" within slow total_ns "$slow_t"
check "slow: self equals total (no traced children)" within slow self_ns "$slow_t"
check "parent: total matches" within parent total_ns "$parent_t"
check "parent: self matches (total minus slow and spin)" \
	within parent self_ns "$(sed -n 's/^self parent //p' prog.out)"
check "rec: total counts the outermost activation once" within rec total_ns "$rec_t"
check "rec: self is the sum of its sleeps (4 x 2 ms)" within rec self_ns "$rec_t"
check "rec: max is the outermost activation" within rec max_ns "$rec_t"

# The tree: known call graph, exact calls per path; the four nested rec
# frames are one folded node (--no-fold-recursion: a path per level).
paths() {
	python3 -c '
import json, sys
def walk(nodes, path):
    for n in nodes:
        p = path + [n["function"]]
        if p[-1] in ("main", "parent", "slow", "spin", "rec"):
            print(";".join(p), n["calls"], n.get("recursion", "-"))
        walk(n["children"], p)
walk(json.load(open(sys.argv[1])), [])' "$1" | grep '^main' | LC_ALL=C sort
}
"$SFTRACE" tree --json sf.log >t.json 2>/dev/null
paths t.json >paths.txt
cat >expect-paths.txt <<'EOF2'
main 1 -
main;parent 3 -
main;parent;slow 6 -
main;parent;spin 3 -
main;rec 4 4
main;slow 1 -
EOF2
check_cmp "tree: call paths and calls" expect-paths.txt paths.txt
"$SFTRACE" tree --json --no-fold-recursion sf.log >traw.json 2>/dev/null
paths traw.json >paths-raw.txt
cat >expect-paths-raw.txt <<'EOF2'
main 1 -
main;parent 3 -
main;parent;slow 6 -
main;parent;spin 3 -
main;rec 1 -
main;rec;rec 1 -
main;rec;rec;rec 1 -
main;rec;rec;rec;rec 1 -
main;slow 1 -
EOF2
check_cmp "tree --no-fold-recursion: call paths and calls" expect-paths-raw.txt paths-raw.txt
# The folded node: total as the program timed its outermost call, self the
# four sleeps.
python3 -c '
import json, sys
for n in json.load(open(sys.argv[1]))[0]["children"]:
    if n["function"] == "rec":
        print("function,total_ns,self_ns")
        print("rec,%d,%d" % (n["total_ns"], n["self_ns"]))' t.json >tree.csv
within_csv=tree.csv
check "tree: the folded rec's total is the program's time of rec(3)" within rec total_ns "$rec_t"
check "tree: the folded rec's self is its four sleeps" within rec self_ns "$rec_t"
within_csv=r.csv

# Flame graph: folded weights add up to main's total.
"$SFTRACE" flamegraph --folded sf.log >f.folded 2>/dev/null
main_total=$(awk -F, 'NR > 1 && $1 == "main" { print $2 }' r.csv)
check_eq "folded self times add up to main's total" "$main_total" \
	"$(awk '$1 ~ /^main/ { s += $NF } END { printf "%d", s }' f.folded)"
check "flame graph SVG" sh -c '"$1" flamegraph sf.log -o f.svg 2>/dev/null && grep -q "<title>parent" f.svg' sh "$SFTRACE"

done_testing
