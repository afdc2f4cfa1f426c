#!/bin/sh
# Frames still running when the process exits (threads never joined, such
# as a thread pool's workers waiting for work; tests/progs/pool-exit.c) are
# no damage: the readers close them at the exit, say so once as
# information and never as "repaired"; a killed run's open frames still
# are repaired damage (t3004). The real case: a rayon program's global
# pool, never joined.
. "$(dirname "$0")/lib.sh"
need clang node
[ -d "$TOP/tests/oracles/node_modules/@duckdb" ] || skip_all "the oracles' npm packages are not installed"

cc_xray pool "$PROGS/pool-exit.c" || { not_ok "build pool-exit.c"; done_testing; exit 1; }
sf_record p.log ./pool >p.out 2>p.rec
check_eq "record exits 0" 0 "$?"

for cmd in report tree flamegraph; do
	"$SFTRACE" $cmd p.log >p.$cmd 2>p.$cmd.err
	check_eq "$cmd exits 0" 0 "$?"
	check_eq "$cmd: one line of information: 6 frames running at exit" \
		"sftrace: p.log: 6 frames were still running when the process exited (threads it did not join, such as a thread pool's workers, or the callers of exit): closed at its exit" \
		"$(cat p.$cmd.err)"
done
"$SFTRACE" convert -t calls p.log -o p.calls 2>p.conv.err
check_eq "convert --type calls exits 0" 0 "$?"
check "convert: no repair, no warning" sh -c "! grep -q 'repaired\|warning' p.conv.err"
check "convert: the frames running at exit are said once" \
	test "$(grep -c 'still running when the process exited' p.conv.err)" = 1

# The workers' frames last until the exit, after main has returned.
node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT s.name, count(*), min(c.\"end\") >=
	(SELECT max(c2.\"end\") FROM read_parquet('p.calls') c2 JOIN read_parquet('p.calls.symtab') s2
	 USING (func_id) WHERE s2.name = 'main')
	FROM read_parquet('p.calls') c JOIN read_parquet('p.calls.symtab') s USING (func_id)
	WHERE s.name IN ('worker', 'wait_for_work') GROUP BY s.name ORDER BY s.name" >p.rows 2>p.sql.err
check_eq "the workers' frames end after main's (at the exit)" \
	"$(printf 'wait_for_work\t3\ttrue\nworker\t3\ttrue')" "$(cat p.rows)"
"$SFTRACE" convert p.log -o p.pb.gz 2>p.pf.err
check "convert perfetto: no repair" sh -c "! grep -q 'repaired\|warning' p.pf.err && grep -q 'still running' p.pf.err"

# A rayon program: its global pool's workers wait in their loop at exit.
if dpkg-query -W -f='${Status}' librust-rayon-dev 2>/dev/null | grep -q 'install ok installed' &&
	command -v cargo >/dev/null && rayon_progs "$T/bin" 2>build.err && [ -x bin/rpariter ]; then
	RAYON_NUM_THREADS=3 "$SFTRACE" record --solib "$SOLIB" -o r.log -- bin/rpariter >r.out 2>r.rec
	check_eq "rayon: record exits 0" 0 "$?"
	"$SFTRACE" report r.log >r.report 2>r.err
	check "rayon: the pool's frames at exit are information, not repair" \
		sh -c "grep -q 'still running when the process exited' r.err && ! grep -q 'repaired\|warning' r.err"
else
	ok "rayon: # SKIP librust-rayon-dev or cargo missing"
fi
done_testing
