#!/bin/sh
# C++ exceptions thrown through instrumented frames: the frames the unwinder
# skips never run an exit sled, yet every call must be in the trace.
# Oracles: the program's own counts and XRay basic mode's entry records on
# the same object code (llvm-xray account cannot be used: it gives up on
# unbalanced frames).
. "$(dirname "$0")/lib.sh"
need clang++ llvm-xray perl c++filt

cxx_xray prog "$PROGS/exceptions.cpp" && xray_rt prog.rt prog.o || { not_ok "build exceptions.cpp"; done_testing; exit 1; }

./prog 60 12 >untraced.out
sf_record sf.log ./prog 60 12 >traced.out
check_eq "record exits 0" 0 "$?"
check_cmp "the program's output is unchanged by tracing" untraced.out traced.out
check_eq "every exception was caught" "caught 60 rethrown 20" "$(grep '^caught' traced.out)"

trace_counts sf.log >trace.raw
short_names <trace.raw >trace.short
prog_counts traced.out >expect
check_counts "calls per function equal the program's own counts" expect trace.short
xray_counts xray.basic ./prog.rt 60 12 >/dev/null
check_cmp "calls per function equal XRay basic mode's (every function)" xray.basic trace.raw

# Frames left by unwinding run no exit sled; round, which catches, leaves
# normally (by a tail call to __cxa_end_catch, or a return).
{ trace_kind_counts sf.log exit; trace_kind_counts sf.log tail; } | short_names >exits.short
check_eq "round leaves normally every time" "round 60" "$(grep '^round ' exits.short)"
check_eq "thrower never returns" "" "$(grep '^thrower ' exits.short)"
done_testing
