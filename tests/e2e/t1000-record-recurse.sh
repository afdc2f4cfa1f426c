#!/bin/sh
# sftrace record on a recursive C program (recursion, mutual recursion,
# tail calls, calls through a pointer). Oracles: the program's own call
# counts, compiler-rt XRay basic mode running the same object code (entries
# read from its log) and `llvm-xray account` on that log.
. "$(dirname "$0")/lib.sh"
need clang llvm-xray perl c++filt

cc_xray prog "$PROGS/recurse.c" && xray_rt prog.rt prog.o || { not_ok "build recurse.c"; # Timestamps in nanoseconds: nap() measured its own sleep with
# CLOCK_MONOTONIC from the inside; its traced duration must be a little
# longer (0.5 % tolerance for the tick-to-ns conversion), not much longer.
inside=$(sed -n 's/^nap_ns //p' traced.full)
traced=$("$SFTRACE" dump --raw sf.log | awk '$6 == "nap" && $3 ~ /^entry/ { a = $1 } $6 == "nap" && $3 ~ /^exit/ { b = $1 }
	END { if (a != "" && b != "") print b - a }')
echo "# nap: ${inside:-?} ns measured inside, ${traced:-?} ns traced"
check "nap's traced duration >= its own measurement" \
	awk -v t="${traced:-0}" -v i="${inside:-1}" 'BEGIN { exit !(t >= i * 0.995) }'
check "nap's traced duration <= its own measurement + 20 % + 5 ms" \
	awk -v t="${traced:-0}" -v i="${inside:-1}" 'BEGIN { exit !(t <= i * 1.2 + 5000000) }'
done_testing; exit 1; }

./prog 18 | grep -v '^nap_ns' >untraced.out
sf_record sf.log ./prog 18 >traced.full
check_eq "record exits with the program's status" 0 "$?"
grep -v '^nap_ns' traced.full >traced.out
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
# Timestamps in nanoseconds: nap() measured its own sleep with
# CLOCK_MONOTONIC from the inside; its traced duration must be a little
# longer (0.5 % tolerance for the tick-to-ns conversion), not much longer.
inside=$(sed -n 's/^nap_ns //p' traced.full)
traced=$("$SFTRACE" dump --raw sf.log | awk '$6 == "nap" && $3 ~ /^entry/ { a = $1 } $6 == "nap" && $3 ~ /^exit/ { b = $1 }
	END { if (a != "" && b != "") print b - a }')
echo "# nap: ${inside:-?} ns measured inside, ${traced:-?} ns traced"
check "nap's traced duration >= its own measurement" \
	awk -v t="${traced:-0}" -v i="${inside:-1}" 'BEGIN { exit !(t >= i * 0.995) }'
check "nap's traced duration <= its own measurement + 20 % + 5 ms" \
	awk -v t="${traced:-0}" -v i="${inside:-1}" 'BEGIN { exit !(t <= i * 1.2 + 5000000) }'
done_testing
