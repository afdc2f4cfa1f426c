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
done_testing
