#!/bin/sh
# Every function marked (record -A . -R .) in eight threads calling
# instrumented code at the same time (tests/progs/threads.c): calls per
# function and thread equal each thread's own counts, every entry and
# exit carries its value record, the output is the untraced one, and the
# log reads without damage.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/threads.c" || { not_ok "build threads.c"; done_testing; exit 1; }
./prog 8 20000 >plain.out
"$SFTRACE" record --solib "$SOLIB" -A . -R . -o sf.log -- ./prog 8 20000 >traced.out 2>rec.err
check_eq "record -A . -R .: exit status 0" 0 "$?"
sed 's/^tcount [0-9]* /tcount /' plain.out | LC_ALL=C sort >plain.sorted
sed 's/^tcount [0-9]* /tcount /' traced.out | LC_ALL=C sort >traced.sorted
check_cmp "the output is the untraced run's (but for thread ids)" plain.sorted traced.sorted
"$SFTRACE" dump --raw sf.log >dump 2>dump.err
check "dump reads the log without a warning" test ! -s dump.err
trace_tid_counts sf.log | short_names >trace.tid
prog_counts traced.out tcount >expect.tid
check_counts "calls per function and thread equal each thread's own counts" expect.tid trace.tid
check_eq "an args line after every entry" \
	"$(grep -c '^ *[0-9]* *[0-9]* entry ' dump)" \
	"$(awk '$3 == "entry" { getline; if ($1 == "args") n++ } END { print n + 0 }' dump)"
check_eq "a ret line after every exit" \
	"$(grep -c '^ *[0-9]* *[0-9]* exit ' dump)" \
	"$(awk '$3 == "exit" && $4 != "*" { getline; if ($1 == "ret") n++ } END { print n + 0 }' dump)"
done_testing
