#!/bin/sh
# Many short-lived threads (20 waves of 64): every thread's calls are in
# the log, and the tracer gives each finished thread's buffer back: the
# program's mappings and virtual size after the last wave equal those
# after the first (before the fix, 1280 threads left 1100 mappings and
# 330 MB of address space behind). Oracle: the program's own counts and
# /proc/self/maps.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt
cc_xray prog "$PROGS/churn.c" || { not_ok "build churn.c"; # Each thread's first block is small: 1281 threads of 200 events each
# take 64 KiB apiece, not megabytes.
size=$(stat -c %s sf.log)
check "the log takes at most 64 KiB per thread plus 1 MiB ($size bytes)" \
	test "$size" -le $((1281 * 65536 + 1048576))
done_testing; exit 1; }

sf_record sf.log ./prog 20 64 >traced.out
check_eq "record exits 0" 0 "$?"
trace_counts sf.log | short_names >trace.short
prog_counts traced.out >expect
check_counts "calls per function equal the program's counts" expect trace.short
check_eq "the log lists 1281 threads" 1281 "$("$SFTRACE" dump --no-events sf.log | sed -n 's/^threads: *//p')"
set -- $(sed -n 's/^maps //p' traced.out)
check "mappings do not grow with finished threads (${1:-?} after the first wave, ${2:-?} after the last)" \
	test -n "${2:-}" -a "${2:-0}" -le "$((${1:-0} + 4))"
set -- $(sed -n 's/^vsize_kb //p' traced.out)
check "virtual size does not grow (${1:-?} kB, then ${2:-?} kB)" \
	test -n "${2:-}" -a "${2:-0}" -le "$((${1:-0} + 4096))"
# ... nor is it much larger than untraced: the runtime allocated nothing on
# a new thread (glibc then gives the thread a malloc arena, 64 MiB of
# address space each: 16 of them here, 1 GB, when pthread_getattr_np ran
# on the new thread; runtime/thread-start.c asks from the creator)
traced_kb=${2:-0}
./prog 20 64 >plain.out
plain_kb=$(sed -n 's/^vsize_kb [0-9]* //p' plain.out)
check "virtual size within 48 MiB of the untraced run's (${plain_kb:-?} kB untraced, $traced_kb kB traced)" \
	test -n "$plain_kb" -a "$traced_kb" -le "$((${plain_kb:-0} + 49152))"

# Each thread's first block is small: 1281 threads of 200 events each
# take 64 KiB apiece, not megabytes.
size=$(stat -c %s sf.log)
check "the log takes at most 64 KiB per thread plus 1 MiB ($size bytes)" \
	test "$size" -le $((1281 * 65536 + 1048576))
done_testing
