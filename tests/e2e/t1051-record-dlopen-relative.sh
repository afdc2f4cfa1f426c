#!/bin/sh
# A module the program dlopens by a relative path ("./libplugin.so") was
# stored under that string: read from another directory its functions
# were "libplugin.so+0x1110" and report said "cannot open module". Wanted:
# the log holds the absolute path of the file actually mapped, so the log
# reads the same from anywhere.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

clang -O2 -g $XRAY_CFLAGS -fPIC -shared -o libplugin.so "$PROGS/plugin.c" &&
	cc_xray prog "$PROGS/dlopen.c" || { not_ok "build dlopen.c and plugin.c"; done_testing; exit 1; }

./prog ./libplugin.so 50 >untraced.out
sf_record sf.log ./prog ./libplugin.so 50 >traced.out
check_eq "record exits 0" 0 "$?"
check_cmp "the program's output is unchanged by tracing" untraced.out traced.out
check "the module table holds the absolute path of libplugin.so" \
	sh -c "'$SFTRACE' dump --no-events sf.log | grep -qF '$T/libplugin.so'"
check "... and not the relative one" \
	sh -c "! '$SFTRACE' dump --no-events sf.log | grep -q '^  \[[0-9]*\] \./libplugin.so'"
(cd / && "$SFTRACE" report "$T/sf.log") >report.out 2>report.err
check_eq "report read from / exits 0" 0 "$?"
check "... names the library's functions" grep -q ' plugin_work$' report.out
check "... with no address-only names" sh -c '! grep -q "libplugin.so+0x" report.out'
check "... and no 'cannot open module'" sh -c '! grep -q "cannot open module" report.err'
prog_counts traced.out >expect
(cd / && "$SFTRACE" dump --raw "$T/sf.log") | awk '$3 ~ /^entry/ { n[$6]++ } END { for (f in n) print f, n[f] }' |
	LC_ALL=C sort | short_names >trace.short
check_counts "calls per function equal the program's own counts" expect trace.short
done_testing
