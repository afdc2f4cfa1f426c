#!/bin/sh
# A program that forbids itself the timestamp counter mid-run
# (prctl(PR_SET_TSC, PR_TSC_SIGSEGV); tests/progs/notsc.c) died of SIGSEGV
# at its next traced call: the handlers read the TSC. Wanted: the runtime
# switches to the clock_gettime system call before the prctl takes effect
# (the vDSO's clock reads the TSC too); the program runs as untraced, every
# call is recorded, also in a thread started afterwards, and time goes on
# in the same unit (the log stays readable, durations are sane).
. "$(dirname "$0")/lib.sh"
need clang

cc_xray notsc "$PROGS/notsc.c" || { not_ok "build notsc.c"; done_testing; exit 1; }
./notsc >untraced.out
check_eq "untraced: exit status 0" 0 "$?"
sf_record n.log ./notsc >traced.out
check_eq "traced: exit status 0 (no SIGSEGV)" 0 "$?"
check_cmp "traced: output unchanged" untraced.out traced.out
trace_counts n.log >got
grep '^count ' untraced.out | awk '{ print $2, $3 }' | LC_ALL=C sort >want
check_counts "every call recorded, before and after the prctl and in the new thread" want got
"$SFTRACE" report --csv n.log 2>/dev/null >r.csv
main_ns=$(awk -F, '$1 == "main" { print $2 }' r.csv)
after_ns=$(awk -F, '$1 == "after" { print $2 }' r.csv)
check "calls after the prctl have durations (${after_ns:-?} ns in all)" test "${after_ns:-0}" -gt 0
check "... within main's (${main_ns:-?} ns): one time line" test "${after_ns:-0}" -lt "${main_ns:-0}"
check "main lasts less than 10 s (no clock jump at the switch)" test "${main_ns:-0}" -lt 10000000000
done_testing
