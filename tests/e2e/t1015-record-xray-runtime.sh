#!/bin/sh
# A program built the default way, `clang -fxray-instrument` compiling and
# linking in one step, carries compiler-rt's XRay runtime (unpatched unless
# XRAY_OPTIONS asks for it). sftrace must trace it all the same. Oracles:
# the program's own counts, and compiler-rt's own basic mode on the very
# same binary.
. "$(dirname "$0")/lib.sh"
need clang llvm-xray perl c++filt nm

clang -O2 -g $XRAY_CFLAGS -o prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
check "the binary holds compiler-rt's XRay runtime" sh -c "nm prog | grep -q __xray_patch"

sf_record sf.log ./prog 16 >traced.out
check_eq "record exits 0" 0 "$?"
trace_counts sf.log >trace.raw
short_names <trace.raw >trace.short
prog_counts traced.out >expect
check_counts "calls per function equal the program's own counts" expect trace.short
xray_counts xray.basic ./prog 16 >/dev/null
check_cmp "calls per function equal XRay basic mode's on the same binary" xray.basic trace.raw
done_testing
