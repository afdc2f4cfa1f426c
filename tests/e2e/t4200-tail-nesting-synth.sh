#!/bin/sh
# Tail calls read as the source wrote them, on a log whose every timestamp
# the test chose (tests/oracles/mklog.py): a function that leaves by a tail
# call is the caller of the function it jumped to, and its frame lasts
# until that function returns. Checked with values worked out by hand in
# the report (totals, self), the tree and the folded flame graph (paths),
# the calls table (parent, depth, end, self; read by DuckDB) and the
# Perfetto slices (protoc and tests/oracles/trace-check.mjs); the pola
# rows stay the events as recorded (kind 3 at the jump); --no-tail-nesting
# gives the recorded view everywhere.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need cc python3 nm readelf

# Thread 11: alpha calls beta, then tail-calls gamma_, which calls beta and
#   tail-calls delta (a chain): delta returns at 400 and ends all three.
#   alpha again, 500..600, tail-calls a function that is not traced: the
#   next event is main's exit, so alpha ends at its jump.
# Thread 12: rec tail-calls rec tail-calls rec (tail recursion), which
#   calls beta; an exception unwinds to main (its exit names it): beta and
#   the innermost rec are repaired, the two rec left by tail calls end
#   with them at 90.
an_prog || { not_ok "build the names program"; done_testing; exit 1; }
cat >synth.txt <<'SCRIPT'
process 1000 prog
thread 11 main
E main 0
E alpha 100
E beta 110
X 120
T 200
E gamma_ 200
E beta 210
X 220
T 300
E delta 300
X 400
E alpha 500
T 600
X 1000
thread 12 worker
E main 0
E rec 10
T 20
E rec 20
T 30
E rec 30
E beta 40
X 90 main
SCRIPT
check "synthetic log written" python3 "$TOP/tests/oracles/mklog.py" --exe "$T/prog" -o a.log synth.txt

# report, by hand. Nesting: main 1000 + 90, self 600 + 10. alpha 100..400
# and 500..600: total 400, self (300 - 10 - 200) + 100 = 190. gamma_
# 200..400, self 200 - 10 - 100 = 90. delta 100. beta 10 + 10 + 50 (40..90,
# repaired). rec 10..90 (the outermost activation), self 10 + 10 + 10.
cat >expect.csv <<'CSV'
main,1090,610,2
alpha,400,190,2
gamma_,200,90,1
delta,100,100,1
rec,80,30,3
beta,70,70,3
CSV
"$SFTRACE" report --csv --sort total a.log 2>report.err | sed 1d | cut -d, -f1-4 >out.csv
check_cmp "report: a tail caller's total lasts until its callee returns" expect.csv out.csv
check "report: two frames repaired (beta and the innermost rec), none for the tail callers" \
	grep -q "repaired 2 frames (2 unwound" report.err
# Recorded view: alpha 100..200 and 500..600, gamma_ 200..300, each rec
# 10 long but the last (30..90): total 10 + 10 + 60 (no recursion left).
cat >expect-flat.csv <<'CSV'
main,1090,610,2
alpha,200,190,2
delta,100,100,1
gamma_,100,90,1
rec,80,30,3
beta,70,70,3
CSV
"$SFTRACE" report --csv --sort total --no-tail-nesting a.log 2>/dev/null | sed 1d | cut -d, -f1-4 >out.csv
check_cmp "report --no-tail-nesting: totals as recorded" expect-flat.csv out.csv

# Paths with their calls (every call counted on its own path).
cat >expect.folded <<'F'
main 1
main;alpha 2
main;alpha;beta 1
main;alpha;gamma_ 1
main;alpha;gamma_;beta 1
main;alpha;gamma_;delta 1
main 1
main;rec 1
main;rec;rec 1
main;rec;rec;rec 1
main;rec;rec;rec;beta 1
F
LC_ALL=C sort expect.folded | awk '{ n[$1] += $2 } END { for (p in n) print p, n[p] }' |
	LC_ALL=C sort >expect.paths
"$SFTRACE" flamegraph --folded --calls --no-fold-recursion a.log 2>/dev/null | LC_ALL=C sort >out.paths
check_cmp "flamegraph --folded: the tail callee under its caller, a chain nested, the recursion deeper" \
	expect.paths out.paths
cat >expect-flat.paths <<'F'
main 2
main;alpha 2
main;alpha;beta 1
main;delta 1
main;gamma_ 1
main;gamma_;beta 1
main;rec 3
main;rec;beta 1
F
"$SFTRACE" flamegraph --folded --calls --no-fold-recursion --no-tail-nesting a.log 2>/dev/null |
	LC_ALL=C sort >out.paths
check_cmp "flamegraph --no-tail-nesting: the tail callees beside their callers" expect-flat.paths out.paths
"$SFTRACE" tree --json --no-fold-recursion a.log >tree.json 2>/dev/null
tree_paths tree.json times >tree.paths
LC_ALL=C sort tree.paths >out.tree
cat >expect.tree <<'T'
main 2 1090 610
main;alpha 2 400 190
main;alpha;beta 1 10 10
main;alpha;gamma_ 1 200 90
main;alpha;gamma_;beta 1 10 10
main;alpha;gamma_;delta 1 100 100
main;rec 1 80 10
main;rec;rec 1 70 10
main;rec;rec;rec 1 60 10
main;rec;rec;rec;beta 1 50 50
T
check_cmp "tree --json: paths, calls, total and self" expect.tree out.tree

# Every call: tid, depth, name, its parent's name, start, end, self.
cat >calls.expect <<'C'
11 0 main - 0 1000 600
11 1 alpha main 100 400 90
11 2 beta alpha 110 120 10
11 2 gamma_ alpha 200 400 90
11 3 beta gamma_ 210 220 10
11 3 delta gamma_ 300 400 100
11 1 alpha main 500 600 100
12 0 main - 0 90 10
12 1 rec main 10 90 10
12 2 rec rec 20 90 10
12 3 rec rec 30 90 10
12 4 beta rec 40 90 50
C

# The calls table and the pola rows, read by DuckDB.
if command -v node >/dev/null && [ -d "$TOP/tests/oracles/node_modules" ]; then
	OR="$TOP/tests/oracles"
	"$SFTRACE" convert --type calls -o a.calls a.log 2>/dev/null
	q="SELECT c.tid, c.depth, s.name, coalesce(ps.name, '-'), c.start, c.\"end\", c.self
	   FROM read_parquet('a.calls') c JOIN read_parquet('a.calls.symtab') s USING (func_id)
	   LEFT JOIN read_parquet('a.calls') p ON c.parent = p.frame_id
	   LEFT JOIN read_parquet('a.calls.symtab') ps ON p.func_id = ps.func_id
	   ORDER BY c.tid, c.start, c.depth"
	node "$OR/duckdb-dump.mjs" sql "$q" 2>&1 | tr '\t' ' ' |
		sed 's/ \([0-9]*\)\(ns\|n\)\?/ \1/g' >calls.out
	node "$OR/duckdb-dump.mjs" sql "SELECT epoch_ns(start) FROM read_parquet('a.calls') ORDER BY start LIMIT 1" >t0 2>&1
	# times relative to the first call's start, whatever the encoding
	python3 - calls.out >calls.norm <<'PY'
import re, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
def ns(v):
    m = re.match(r"^(-?\d+)", v)
    return int(m.group(1)) if m else None
t0 = min(ns(r[4]) for r in rows)
for r in rows:
    print(r[0], r[1], r[2], r[3], ns(r[4]) - t0, ns(r[5]) - t0, ns(r[6]))
PY
	check_cmp "calls: parent, depth, end and self of tail callers and callees" calls.expect calls.norm
	"$SFTRACE" convert --type pola -o a.pola a.log 2>/dev/null
	"$SFTRACE" convert --type pola --no-tail-nesting -o flat.pola a.log 2>/dev/null
	node "$OR/duckdb-dump.mjs" sql "SELECT frame_id, parent, tid, func_id, time, kind FROM read_parquet('a.pola') ORDER BY tid, time, kind" >pola.rows 2>&1
	node "$OR/duckdb-dump.mjs" sql "SELECT frame_id, parent, tid, func_id, time, kind FROM read_parquet('flat.pola') ORDER BY tid, time, kind" >flat.rows 2>&1
	check "pola: the rows are the same with and without --no-tail-nesting" cmp -s pola.rows flat.rows
	check_eq "pola: kind 3 rows at the jumps, for alpha, gamma_, alpha, rec, rec" \
		"alpha gamma_ alpha rec rec" \
		"$(node "$OR/duckdb-dump.mjs" sql "SELECT s.name FROM read_parquet('a.pola') JOIN read_parquet('a.pola.symtab') s USING (func_id) WHERE kind = 3 ORDER BY tid, time" 2>&1 | tr '\n' ' ' | sed 's/ $//')"
	check_eq "pola: gamma_'s entry row has main's frame as parent, as recorded" 1 \
		"$(node "$OR/duckdb-dump.mjs" sql "SELECT count(*) FROM read_parquet('a.pola') e JOIN read_parquet('a.pola.symtab') s USING (func_id) JOIN read_parquet('a.pola') p ON e.parent = p.frame_id AND p.kind = 1 JOIN read_parquet('a.pola.symtab') ps ON p.func_id = ps.func_id WHERE e.kind = 1 AND s.name = 'gamma_' AND ps.name = 'main'" 2>&1)"
else
	_n=$((_n + 1))
	echo "ok $_n - calls and pola tables # SKIP node or tests/oracles/node_modules missing"
fi

# Perfetto slices: depth, name, begin, end.
if command -v protoc >/dev/null && command -v node >/dev/null; then
	. "$TOP/tests/e2e/perfetto-lib.sh"
	"$SFTRACE" convert -o a.pb a.log 2>/dev/null
	if pf_check a.pb a.norm; then
		# tid, depth, name, begin and end, times from the earliest begin
		awk -F'\t' '$1 == "slice" { print $3, $4, $5, $7, $8 }' a.norm >slices
		awk 'NR == FNR { if (t == "" || $4 < t) t = $4; next }
		     { print $1, $2, $3, $4 - t, $5 - t }' slices slices | LC_ALL=C sort >slices.norm
		awk '{ print $1, $2, $3, $5, $6 }' calls.expect | LC_ALL=C sort >slices.want
		check_cmp "perfetto: slices nested as the calls" slices.want slices.norm
	else
		not_ok "perfetto: the trace decodes and replays"
	fi
else
	_n=$((_n + 1))
	echo "ok $_n - perfetto slices # SKIP protoc or node not installed"
fi
done_testing
