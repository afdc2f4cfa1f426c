#!/bin/sh
# Seed step 5 end to end: record real instrumented programs, convert with
# --type pola and --type calls, and check with polars (nodejs-polars
# 0.25.2) and DuckDB: the seed's types, the seed's two queries, call counts
# equal to what the programs counted themselves (per thread too), the
# longest leaf calls (functions that sleep known times), and self times
# consistent with the event table.
. "$(dirname "$0")/lib.sh"
need clang node oracles
[ -f "$SOLIB" ] || skip_all "runtime $SOLIB not built"
OR="$TOP/tests/oracles"

cat >prog.c <<'EOS'
#include <stdio.h>
#include <time.h>

#define NOINLINE __attribute__((noinline))

static volatile long sink;
static unsigned long n_walk, n_leaf_add, n_helper;

/* Leaves of known, distinct lengths: the longest leaf calls of the run. */
#define NAP(ms) do { struct timespec ts = { 0, (ms) * 1000000L }; nanosleep(&ts, NULL); } while (0)
NOINLINE static void sleep_long(void) { NAP(80); }
NOINLINE static void sleep_mid(void) { NAP(40); }
NOINLINE static void sleep_short(void) { NAP(15); }

NOINLINE static long leaf_add(long x)
{
	n_leaf_add++;
	return x + sink;
}

NOINLINE static long walk(int d)
{
	n_walk++;
	if (!d)
		return leaf_add(d);
	return walk(d - 1) + walk(d - 1) + sink;
}

NOINLINE static long helper(long i)
{
	n_helper++;
	return i * 3 + sink;
}

int main(void)
{
	long acc = 0;

	for (int i = 0; i < 300; i++)
		acc += helper(i);
	acc += walk(9);
	sleep_short();
	sleep_long();
	sleep_mid();
	printf("result %ld\n", acc);
	printf("count main 1\ncount sleep_long 1\ncount sleep_mid 1\ncount sleep_short 1\n");
	printf("count walk %lu\ncount leaf_add %lu\ncount helper %lu\n", n_walk, n_leaf_add,
	       n_helper);
	return 0;
}
EOS
check "build the instrumented program" cc_xray prog prog.c
sf_record sf.log ./prog >prog.out
check_eq "record it" 0 $?
prog_counts prog.out >counts.expect
check "convert --type pola" "$SFTRACE" convert --type pola sf.log -o sf.pola
check "sf.pola.symtab written next to sf.pola" test -s sf.pola.symtab
check "convert --type calls" "$SFTRACE" convert --type calls sf.log -o sf.calls

cat >pola.schema <<'EOS'
frame_id u64
parent u64
tid u32
func_id u64
time duration[ns]
kind u32
EOS
cat >symtab.schema <<'EOS'
func_id u64
name str
path str
EOS
cat >calls.schema <<'EOS'
frame_id u64
parent u64
depth u32
tid u32
func_id u64
start duration[ns]
end duration[ns]
duration duration[ns]
self duration[ns]
EOS
node "$OR/polars-dump.mjs" schema sf.pola >out 2>&1
check_cmp "polars: sf.pola has the seed's types" pola.schema out
node "$OR/polars-dump.mjs" schema sf.pola.symtab >out 2>&1
check_cmp "polars: sf.pola.symtab has the seed's types" symtab.schema out
node "$OR/polars-dump.mjs" schema sf.calls >out 2>&1
check_cmp "polars: calls types" calls.schema out
printf 'frame_id UBIGINT\nparent UBIGINT\ntid UINTEGER\nfunc_id UBIGINT\ntime BIGINT\nkind UINTEGER\n' >pola.duck
node "$OR/duckdb-dump.mjs" schema sf.pola >out 2>&1
check_cmp "duckdb: unsigned types" pola.duck out

# Seed query 1: the ten most frequent functions, as the program counted.
sort -k2,2nr -k1,1 counts.expect | head -10 | tr ' ' '\t' >top.expect
node "$OR/pola-query.mjs" top-funcs sf.pola sf.pola.symtab >out 2>&1
check_cmp "seed query 1: most frequent functions and their counts" top.expect out

# Seed query 2: the longest leaf frames are the three sleeps, in order,
# each at least as long as it slept; every other leaf is shorter.
node "$OR/pola-query.mjs" leaf-frames sf.pola sf.pola.symtab >leaf.out 2>&1
sed 's/^/# /' leaf.out
check_eq "seed query 2: longest leaf frames" "sleep_long sleep_mid sleep_short" \
	"$(head -3 leaf.out | cut -f1 | tr '\n' ' ' | sed 's/ $//')"
check "seed query 2: leaf durations cover the sleeps" awk -F'\t' '
	NR == 1 && $2 < 80000000 { exit 1 } NR == 2 && $2 < 40000000 { exit 1 }
	NR == 3 && $2 < 15000000 { exit 1 } NR == 4 && $2 >= 15000000 { exit 1 }
	END { exit NR < 4 }' leaf.out

node "$OR/pola-query.mjs" counts sf.pola sf.pola.symtab >out 2>&1
check_counts "polars: calls per function equal the program's counts" counts.expect out
node "$OR/duckdb-dump.mjs" sql "SELECT name, count(*) FROM read_parquet('sf.pola') JOIN read_parquet('sf.pola.symtab') USING (func_id) WHERE kind = 1 GROUP BY name ORDER BY name" | tr '\t' ' ' >out 2>&1
check_counts "duckdb: calls per function equal the program's counts" counts.expect out
check_eq "every entry has an exit row" "0" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT count(*) FROM (SELECT frame_id FROM read_parquet('sf.pola') GROUP BY frame_id HAVING count(*) <> 2 OR min(kind) <> 1)")"
check "symtab paths name the source line" sh -c \
	"node '$OR/duckdb-dump.mjs' sql \"SELECT path FROM read_parquet('sf.pola.symtab') JOIN (VALUES ('walk')) v(name) USING (name)\" | grep -q 'prog.c:2[0-9]\$'"

# The event table pairs a tail call's callee beside its caller: so do the
# calls with --no-tail-nesting.
"$SFTRACE" convert --type calls --no-tail-nesting sf.log -o flat.calls 2>/dev/null
node "$OR/pola-query.mjs" calls-check sf.pola flat.calls >cc.out 2>&1
sed -n '/^# pola/,/^# calls/p' cc.out | sed '$d' | sed 1d >cc.pola
sed -n '/^# calls/,$p' cc.out | sed 1d >cc.calls
check "calls-check ran" test -s cc.pola
check_cmp "calls: count, total duration and self time per function equal the event table's" cc.pola cc.calls
node "$OR/duckdb-dump.mjs" sql "SELECT name, count(*) FROM read_parquet('sf.calls') JOIN read_parquet('sf.calls.symtab') USING (func_id) GROUP BY name ORDER BY name" | tr '\t' ' ' >out 2>&1
check_counts "calls: rows per function equal the program's counts" counts.expect out
check_eq "calls: self never exceeds duration, end - start = duration" "0" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT count(*) FROM read_parquet('sf.calls') WHERE self > duration OR \"end\" - start <> duration")"

# Threads: per-thread counts, by OS thread id.
if cc_xray threads "$PROGS/threads.c" && sf_record th.log ./threads 4 3000 >th.out; then
	sed -n 's/^tcount //p' th.out | LC_ALL=C sort >tcounts.expect
	"$SFTRACE" convert --type pola th.log -o th.pola 2>/dev/null
	node "$OR/duckdb-dump.mjs" sql "SELECT tid, name, count(*) FROM read_parquet('th.pola') JOIN read_parquet('th.pola.symtab') USING (func_id) WHERE kind = 1 GROUP BY tid, name" | tr '\t' ' ' | LC_ALL=C sort >out 2>&1
	check_counts "threads: calls per thread and function" tcounts.expect out
else
	not_ok "threads: build and record"
fi

# A process tree: one log per process, converted together. func_id carries
# the input's index in its high 32 bits; times share one origin.
if cc_xray forkp "$PROGS/fork.c" && sf_record fk.log ./forkp 300 >fk.out; then
	kids=$(ls fk.log.* 2>/dev/null | sed 's/^fk\.log\.//' | LC_ALL=C sort)
	set -- fk.log
	for k in $kids; do set -- "$@" "fk.log.$k"; done
	check_eq "fork: one log per process" 3 $#
	"$SFTRACE" convert --type pola "$@" -o fk.pola 2>/dev/null
	check "fork: converted" test -s fk.pola.symtab
	# "pcount PID NAME N" -> "INDEX NAME N" in the order the logs were given
	awk -v kids="$kids" 'BEGIN { n = split(kids, k, " "); for (i = 1; i <= n; i++) idx[k[i]] = i }
		$1 == "pcount" { print (($2 in idx) ? idx[$2] : 0), $3, $4 }' fk.out |
		LC_ALL=C sort >fk.expect
	node "$OR/duckdb-dump.mjs" sql "SELECT e.func_id >> 32, s.name, count(*) FROM read_parquet('fk.pola') e JOIN read_parquet('fk.pola.symtab') s USING (func_id) WHERE e.kind = 1 GROUP BY ALL" | tr '\t' ' ' | LC_ALL=C sort >out 2>&1
	check_counts "fork: calls per process (func_id >> 32 = log index) and function" fk.expect out
	node "$OR/duckdb-dump.mjs" sql "SELECT count(*) FROM (SELECT func_id >> 32 AS l, min(time) AS t FROM read_parquet('fk.pola') GROUP BY l) c WHERE c.l > 0 AND c.t <= (SELECT min(time) FROM read_parquet('fk.pola') WHERE func_id >> 32 = 0)" >out 2>&1
	check_eq "fork: children's rows start after the parent's first row (one time origin)" 0 "$(cat out)"
else
	not_ok "fork: build and record"
fi
done_testing
