#!/bin/sh
# sftrace record on a recursive C program (recursion, mutual recursion,
# tail calls, calls through a pointer). Oracles: the program's own call
# counts, compiler-rt XRay basic mode running the same object code (entries
# read from its log) and `llvm-xray account` on that log.
. "$(dirname "$0")/lib.sh"
need clang llvm-xray perl c++filt

cc_xray prog "$PROGS/recurse.c" && xray_rt prog.rt prog.o || { not_ok "build recurse.c"; done_testing; exit 1; }

./prog 18 >untraced.out
sf_record sf.log ./prog 18 >traced.out
check_eq "record exits with the program's status" 0 "$?"
check_cmp "the program's output is unchanged by tracing" untraced.out traced.out
check "record names the log on stderr" grep -q "sf\.log" "$T/record.err"
check "the log exists" test -s sf.log

trace_counts sf.log >trace.raw
short_names <trace.raw >trace.short
prog_counts traced.out >expect
check_counts "calls per function equal the program's own counts" expect trace.short

xray_counts xray.basic ./prog.rt 18 >/dev/null
check_cmp "calls per function equal XRay basic mode's (every function)" xray.basic trace.raw
xray_counts --account xray.account ./prog.rt 18 >/dev/null
check_cmp "calls per function equal llvm-xray account's" xray.account trace.raw

# hop_a and hop_b always leave by a tail call (to each other or to leaf).
trace_kind_counts sf.log tail >tails
grep '^hop_' expect >expect.tails
check_counts "every hop_a/hop_b call ends with a tail-call event" expect.tails tails
trace_kind_counts sf.log exit >exits
check_eq "no plain exit events for hop_a/hop_b" "" "$(grep '^hop_' exits)"
done_testing
