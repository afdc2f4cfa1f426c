#!/bin/sh
# SFTRACE_SETUP_THREAD_ONLY: only the thread that started tracing (the main
# thread, when preloaded) is recorded; the workers' calls are not. Oracle:
# the program's per-thread counts and the pid (the main thread's tid).
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/threads.c" || { not_ok "build threads.c"; done_testing; exit 1; }

SFTRACE_SETUP_THREAD_ONLY=1 sf_record sf.log ./prog 4 2000 >traced.out
check_eq "record exits 0" 0 "$?"
pid=$("$SFTRACE" dump --no-events sf.log | sed -n 's/^pid: *\([0-9]*\).*/\1/p')
trace_tid_counts sf.log | short_names >trace.tid
check_eq "only the main thread is in the log" "$pid" "$(cut -d' ' -f1 trace.tid | sort -u | tr '\n' ' ' | sed 's/ $//')"
check_eq "the main thread's one call (main) is there" "$pid main 1" "$(cat trace.tid)"
check_eq "the workers ran" "count work 8000" "$(grep '^count work ' traced.out)"
done_testing
