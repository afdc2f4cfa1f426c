#!/bin/sh
# Signal handlers running instrumented code on a thread that is itself in
# instrumented code (2000 SIGUSR1 from a second thread, one at a time, then
# a profiling timer): every handler call is in the trace, exactly, and so
# is every call of the interrupted code. Oracle: the program's own counts
# (XRay basic mode drops events raised inside its handler, so it cannot
# serve here).
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/signal.c" || { not_ok "build signal.c"; done_testing; exit 1; }

sf_record sf.log ./prog 2000 200 >traced.out
check_eq "record exits 0" 0 "$?"
sed -n 's/^storm/# storm/p' traced.out
trace_counts sf.log | short_names >trace.short
prog_counts traced.out >expect
check "the handler ran for each of the 2000 signals and the timer" \
	test "$(sed -n 's/^on_signal //p' expect)" -ge 2000
check_counts "calls per function equal the program's counts (handler included)" expect trace.short
nested=$("$SFTRACE" dump sf.log | awk '$3 ~ /\*$/ { n++ } END { print n + 0 }')
echo "# events recorded by a handler that interrupted a record: $nested"
done_testing
