#!/bin/sh
# exit() called by one thread while the others are still running
# instrumented code: every thread's calls up to that point are in the log.
# Oracle: the program's counts (exact for the calls made before exit was
# decided, lower bounds for the calls still running).
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/exit-thread.c" || { not_ok "build exit-thread.c"; done_testing; exit 1; }

sf_record sf.log ./prog 4 10000 >traced.out
check_eq "record exits 0 (the status exit() was given)" 0 "$?"
trace_tid_counts sf.log | short_names >trace.tid
prog_counts traced.out tcount >expect.tid
check_eq "four workers reported" 4 "$(wc -l <expect.tid)"
check_counts "each worker's work() calls are all in the log" expect.tid trace.tid
prog_counts traced.out tmin >min.tid
only_names min.tid trace.tid >got.tid
short=$(awk 'NR == FNR { min[$1 " " $2] = $3; next }
	     ($1 " " $2) in min && $3 < min[$1 " " $2] { print $1, $2, $3 " < " min[$1 " " $2] }' min.tid got.tid)
check_eq "each worker's spin() calls in the log >= what it had completed" "" "$short"
done_testing
