#!/bin/sh
# A library loaded with dlopen after start-up, unloaded, and loaded again:
# the tracer must find and patch it late, both times. Oracle: the counts
# the program and the library keep themselves (compiler-rt 14's XRay does
# not trace shared objects).
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

clang -O2 -g $XRAY_CFLAGS -fPIC -shared -o libplugin.so "$PROGS/plugin.c" &&
	cc_xray prog "$PROGS/dlopen.c" || { not_ok "build dlopen.c and plugin.c"; done_testing; exit 1; }

./prog "$T/libplugin.so" 150 >untraced.out
sf_record sf.log ./prog "$T/libplugin.so" 150 >traced.out
check_eq "record exits 0" 0 "$?"
check_cmp "the program's output is unchanged by tracing" untraced.out traced.out
trace_counts sf.log | short_names >trace.short
prog_counts traced.out >expect
check_counts "calls per function (program and library) equal their own counts" expect trace.short
check "the module table lists libplugin.so" sh -c "'$SFTRACE' dump --no-events sf.log | grep -q 'libplugin\.so'"
done_testing
