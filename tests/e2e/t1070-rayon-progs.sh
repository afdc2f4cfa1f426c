#!/bin/sh
# Real rayon programs (tests/progs/rayon, built by rayon_progs against
# Debian's rayon 1.6 / rayon-core 1.10, every crate instrumented) and a C
# program handing work to pthreads (pthread-flow.c): nested join
# (rquicksort), par_iter().map().sum() (rpariter), scope with spawn
# (rscope), calls from outside the pool and from another pool's worker
# (rcold), std::thread::spawn (rthreads). Each prints which spawner frame
# made each task and which thread ran it. Checked, per program:
#   a. with RAYON_NUM_THREADS=1 and =4 it exits 0, prints tasks, and its
#      output but the thread column is the same for both;
#   b. with 4 threads some task ran on another thread than its spawner;
#   c. under record (4 threads) it exits 0 with the same output but the
#      thread column, and the calls per function in the log equal the
#      program's own counts.
. "$(dirname "$0")/lib.sh"
need rustc cargo clang perl c++filt flock
dpkg-query -W -f='${Status}' librust-rayon-dev 2>/dev/null | grep -q 'install ok installed' ||
	skip_all "librust-rayon-dev not installed (scripts/install-deps --test)"

start=$(date +%s)
if rayon_progs "$T/bin" 2>build.err; then
	ok "rayon_progs builds $RAYON_BINS ($(($(date +%s) - start)) s)"
else
	not_ok "rayon_progs builds $RAYON_BINS"
	sed 's/^/#   /' build.err | tail -30
fi
if cc_xray "$T/bin/pthread-flow" "$PROGS/pthread-flow.c" 2>>build.err; then
	ok "pthread-flow.c builds"
else
	not_ok "pthread-flow.c builds"
	sed 's/^/#   /' build.err | tail -10
fi

# without_threads FILE: FILE's lines with the thread column dropped, sorted.
without_threads() {
	sed 's/ thread -\{0,1\}[0-9]*$//' "$1" | LC_ALL=C sort
}

for p in $RAYON_BINS pthread-flow; do
	[ -x "bin/$p" ] || continue
	for n in 1 4; do
		RAYON_NUM_THREADS=$n timeout 120 "bin/$p" >$p.$n 2>$p.$n.err
		check_eq "$p, RAYON_NUM_THREADS=$n: exits 0" 0 "$?"
	done
	check "$p: prints its tasks" grep -q '^task [0-9]* parent [0-9]* thread -\{0,1\}[0-9]*$' $p.1
	without_threads $p.1 >$p.1.nt
	without_threads $p.4 >$p.4.nt
	check_cmp "$p: the same tasks, parents and counts with 1 and 4 threads" $p.1.nt $p.4.nt
	moved=$(awk '$1 == "spawner" { on[$2] = $4 }
		$1 == "task" && ($4 in on) && on[$4] != $6 { n++ }
		END { print n + 0 }' $p.4)
	check "$p, 4 threads: a task ran on another thread than its spawner ($moved did)" [ "$moved" -gt 0 ]

	RAYON_NUM_THREADS=4 sf_record $p.log "bin/$p" >$p.rec
	rc=$?
	check_eq "$p: record exits 0" 0 "$rc"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' record.err | head -10
	without_threads $p.rec >$p.rec.nt
	check_cmp "$p: output under record but the thread column unchanged" $p.1.nt $p.rec.nt
	trace_counts $p.log | short_names >$p.short
	prog_counts $p.rec >$p.expect
	check_counts "$p: calls per function equal the program's own counts" $p.expect $p.short
done
done_testing
