#!/bin/sh
# Registers survive tracing: functions with 6 integer and 8 double
# arguments, a variadic function (%al), results in rax:rdx, xmm0:xmm1,
# memory, __int128 and long double (st0). The traced output must equal the
# untraced output byte for byte (the program also checks its results and
# exits 1 on a mismatch). Oracles: the untraced run, XRay basic mode.
. "$(dirname "$0")/lib.sh"
need clang llvm-xray perl c++filt

cc_xray prog "$PROGS/abi.c" && xray_rt prog.rt prog.o || { not_ok "build abi.c"; done_testing; exit 1; }

./prog 2000 >untraced.out
check_eq "untraced run passes its own checks" 0 "$?"
sf_record sf.log ./prog 2000 >traced.out
check_eq "traced run passes its own checks (exit 0)" 0 "$?"
check_cmp "traced results identical to untraced" untraced.out traced.out
trace_counts sf.log >trace.raw
short_names <trace.raw >trace.short
prog_counts traced.out >expect
check_counts "calls per function equal the program's counts" expect trace.short
xray_counts xray.basic ./prog.rt 2000 >/dev/null
check_cmp "calls per function equal XRay basic mode's" xray.basic trace.raw
done_testing
