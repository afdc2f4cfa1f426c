#!/bin/sh
# Traced calls made while threads end, from a pthread key destructor of the
# program's (tests/progs/exit-hooks.c; its key runs after the runtime's in
# a destructor round), and at exit, from an atexit handler: they were
# dropped without being counted. Wanted: recorded, every one.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray eh "$PROGS/exit-hooks.c" || { not_ok "build exit-hooks.c"; done_testing; exit 1; }
for n in 8 64; do
	sf_record e.log ./eh $n >out
	check_eq "$n threads: exit status 0" 0 "$?"
	trace_counts e.log >got
	grep '^count ' out | awk '{ print $2, $3 }' | LC_ALL=C sort >want
	check_counts "$n threads: calls from key destructors and atexit handlers, all recorded" want got
	check "... the destructor's calls are there at all" grep -q "^in_dtor $((10 * n))\$" got
done
done_testing
