#!/bin/sh
# Vector registers survive tracing: eight 256-bit arguments (ymm0-7, upper
# halves included) and a 256-bit result, and with AVX-512 eight 512-bit
# arguments (zmm0-7) and a 512-bit result, over 2 million calls each (the
# tracer's slow path runs several times among them), with both clocks.
# t1010 covers the integer, double, variadic (%al), __int128 and x87
# registers. Oracles: the program's own scalar sums and the untraced run.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt
grep -qw avx2 /proc/cpuinfo || skip_all "this CPU has no AVX2"
flags="-mavx2 -mfma"
grep -qw avx512f /proc/cpuinfo && flags="$flags -mavx512f"
cc_xray prog "$PROGS/avx.c" $flags || { not_ok "build avx.c ($flags)"; done_testing; exit 1; }

./prog 2000000 >untraced.out
check_eq "untraced run passes its own checks" 0 "$?"
for clock in tsc monotonic; do
	SFTRACE_CLOCK=$clock sf_record sf.$clock.log ./prog 2000000 >traced.$clock.out
	check_eq "$clock: traced run passes its own checks (exit 0)" 0 "$?"
	check_cmp "$clock: traced results identical to untraced" untraced.out traced.$clock.out
	trace_counts sf.$clock.log | short_names >trace.short
	prog_counts traced.$clock.out >expect
	check_counts "$clock: calls per function equal the program's counts" expect trace.short
done
done_testing
