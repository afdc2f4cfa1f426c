#!/bin/sh
# Cross-thread causality (docs/format.md "Flow records"): every task that
# one thread hands to another is linked to the frame that spawned it.
# Real rayon programs (nested join, par_iter, scope with spawn, calls from
# outside the pool and across pools, std::thread::spawn; tests/progs/rayon),
# a C program using pthread_create (pthread-flow.c) and one handing work
# items to a worker through a queue with a user's rules (flow-queue.c).
# Each program says which spawner frame made each task. The log is
# converted to the calls table, DuckDB reads it, and flow-check.py walks
# from each task's frame up through causes (else callers) to the first
# spawner frame: it must be the one the program names, for every task,
# and a task that ran on another thread than its spawner must have been
# reached through a cause on another thread. With --no-flows the same
# check fails (the check can fail).
. "$(dirname "$0")/lib.sh"
need rustc cargo clang node python3 flock
[ -d "$TOP/tests/oracles/node_modules/@duckdb" ] || skip_all "the oracles' npm packages are not installed"
dpkg-query -W -f='${Status}' librust-rayon-dev 2>/dev/null | grep -q 'install ok installed' ||
	skip_all "librust-rayon-dev not installed (scripts/install-deps --test)"

rayon_progs "$T/bin" 2>build.err || { not_ok "rayon_progs"; sed 's/^/#   /' build.err | tail; }
cc_xray "$T/bin/pthread-flow" "$PROGS/pthread-flow.c" || not_ok "build pthread-flow.c"
cc_xray "$T/bin/flow-queue" "$PROGS/flow-queue.c" || not_ok "build flow-queue.c"

# rows LOG: the calls table of LOG as flow-check.py reads it
rows() {
	"$SFTRACE" convert --type calls -o "$1.calls" "$1" 2>"$1.conv.err" &&
		node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT c.frame_id, c.parent, c.cause, c.tid,
			s.name, c.args_regs FROM read_parquet('$1.calls') c
			JOIN read_parquet('$1.calls.symtab') s USING (func_id)" >"$1.rows"
}

for p in $RAYON_BINS pthread-flow flow-queue; do
	[ -x "bin/$p" ] || continue
	set -- note_task note_spawner
	flags="-A note_task -A note_spawner"
	case $p in
	pthread-flow) set -- task= spawner=; flags="-A ^task$ -A ^spawner$" ;;
	flow-queue) flags="$flags --flow ^run_item\$@arg0 --flow-source ^submit\$@arg0" ;;
	esac
	# shellcheck disable=SC2086
	RAYON_NUM_THREADS=4 "$SFTRACE" record --solib "$SOLIB" $flags -o $p.log -- "bin/$p" \
		>$p.out 2>$p.err
	check_eq "$p: record exits 0" 0 "$?"
	if ! rows $p.log; then
		not_ok "$p: the calls table reads back"
		continue
	fi
	python3 "$TOP/tests/oracles/flow-check.py" $p.log.rows $p.out "$@" >$p.chk
	rc=$?
	ntask=$(grep -c '^task' $p.out)
	crossed=$(awk '$1 == "task" && $6 > 0' $p.chk | wc -l)
	check_eq "$p: all $ntask tasks linked to the spawner the program names" 0 "$rc"
	[ "$rc" = 0 ] || grep -v '^task' $p.chk | head -5 | sed 's/^/#   /'
	check "$p: some tasks were reached through another thread ($crossed)" test "$crossed" -gt 0
	check "$p: the cause column holds frames" sh -c "awk -F'\t' '\$3 != \"null\"' $p.log.rows | grep -q ."
done

# The check fails without the records (--no-flows): no cause to follow.
if [ -x bin/rquicksort ]; then
	RAYON_NUM_THREADS=4 "$SFTRACE" record --solib "$SOLIB" --no-flows -A note_task \
		-A note_spawner -o off.log -- bin/rquicksort >off.out 2>off.err
	check_eq "--no-flows: no flow record" 0 "$("$SFTRACE" dump off.log | grep -c '^ *~')"
	if rows off.log 2>/dev/null || [ -s off.log.calls ]; then
		# no cause column at all: select NULL in its place
		node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT c.frame_id, c.parent, NULL, c.tid,
			s.name, c.args_regs FROM read_parquet('off.log.calls') c
			JOIN read_parquet('off.log.calls.symtab') s USING (func_id)" >off.rows
		python3 "$TOP/tests/oracles/flow-check.py" off.rows off.out >off.chk
		check_eq "--no-flows: the same check fails" 1 "$?"
	else
		not_ok "--no-flows: the calls table reads back"
	fi
fi
done_testing
