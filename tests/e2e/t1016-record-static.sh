#!/bin/sh
# A static executable cannot be preloaded: it links libsftrace.a and calls
# sftrace_setup(); SFTRACE_OUTPUT_FILE then decides where the log goes
# (and whether there is one). Oracle: the program's own counts.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt readelf

clang -O2 -g $XRAY_CFLAGS -I"$TOP/include" -c -o prog.o "$PROGS/static.c" &&
	clang -static -o prog prog.o "$B/libsftrace.a" -lpthread -ldl 2>link.err ||
	{ not_ok "build static.c with libsftrace.a"; sed 's/^/#   /' link.err; done_testing; exit 1; }
check "the executable is static (no program interpreter)" sh -c "! readelf -l prog | grep -q INTERP"

./prog >untraced.out 2>untraced.err
check_eq "without SFTRACE_OUTPUT_FILE: runs normally" 0 "$?"
check_eq "... and writes no log" "" "$(ls sf.log* 2>/dev/null)"

SFTRACE_OUTPUT_FILE="$T/sf.log" ./prog >traced.out 2>traced.err
check_eq "with SFTRACE_OUTPUT_FILE: exits 0" 0 "$?"
check_cmp "output unchanged" untraced.out traced.out
check "the log exists" test -s sf.log
trace_counts sf.log | short_names >trace.short
prog_counts traced.out >expect
check_counts "calls per function (both threads) equal the program's counts" expect trace.short

# SFTRACE_SETUP_THREAD_ONLY: only the thread that called sftrace_setup()
# (main). Its fib(18) makes 2 * F(19) - 1 = 8361 calls; the worker's
# fib(12) (465 calls) and worker() are left out.
rm -f sf.log
SFTRACE_SETUP_THREAD_ONLY=1 SFTRACE_OUTPUT_FILE="$T/sf.log" ./prog 18 >only.out 2>only.err
check_eq "thread only: exits 0" 0 "$?"
check_eq "thread only: the program made 8826 fib calls in all" "count fib 8826" "$(grep '^count fib' only.out)"
pid=$(log_pid sf.log)
trace_tid_counts sf.log | short_names >only.tid
check_eq "thread only: just main's calls, on the main thread" "$pid fib 8361
$pid main 1" "$(cat only.tid)"
done_testing
