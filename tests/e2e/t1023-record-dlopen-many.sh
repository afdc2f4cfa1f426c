#!/bin/sh
# dlopen under load: a thread loads 50 instrumented libraries and one
# without sleds while two other threads trace, calls into each, closes
# them all and loads the first again (ids are new, the module table grows,
# each unload is recorded). Oracle: the counts the program and the
# libraries keep themselves, and the log's module table.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt
cc_xray prog "$PROGS/dlmany.c" || { not_ok "build dlmany.c"; done_testing; exit 1; }
clang -O2 -g $XRAY_CFLAGS -fPIC -c -o plugin.o "$PROGS/plugin.c" &&
	clang -O2 -g -fPIC -shared -o libnosleds.so "$PROGS/plugin.c" || { not_ok "build plugin.c"; done_testing; exit 1; }
libs=""
for i in $(seq 1 50); do
	clang -shared -o libp$i.so plugin.o || { not_ok "link libp$i.so"; done_testing; exit 1; }
	libs="$libs $T/libp$i.so"
	[ $i = 25 ] && libs="$libs $T/libnosleds.so"
done

sf_record sf.log ./prog 20 2 $libs >traced.out
check_eq "record exits 0" 0 "$?"
trace_counts sf.log | short_names >trace.short
# The library without sleds adds to the program's counts but not to the
# trace: leave its share out (20 plugin_work calls, 10 leaves each).
prog_counts traced.out | awk '$1 == "plugin_work" { $2 -= 20 } $1 == "plugin_leaf" { $2 -= 200 } { print }' >expect
check_counts "calls per function equal the program's counts (50 libraries, first one twice)" expect trace.short
"$SFTRACE" dump --no-events sf.log >header 2>header.err
check_eq "the log reads without complaint" "" "$(cat header.err)"
check_eq "the module table lists every instrumented library, the first one twice" 51 \
	"$(grep -c '^ *\[[0-9]*\] .*libp[0-9]*\.so' header)"
check_eq "libnosleds.so is not in the module table" 0 "$(grep -c '^ *\[[0-9]*\] .*libnosleds' header)"
check_eq "every library's unload is recorded" 51 "$(grep -c "unloaded at" header)"
check_eq "one log" "sf.log" "$(ls sf.log*)"
done_testing
