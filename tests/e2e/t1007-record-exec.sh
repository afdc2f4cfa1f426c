#!/bin/sh
# exec of another instrumented program: the first image's calls stay in
# the first log, the new image writes a new log of its own. Oracle: the
# counts each image prints.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/exec.c" && cc_xray recurse "$PROGS/recurse.c" ||
	{ not_ok "build exec.c and recurse.c"; done_testing; exit 1; }

sf_record sf.log ./prog 300 "$T/recurse" 12 >traced.out
check_eq "record exits with the new image's status" 0 "$?"
check "the new image ran" grep -q '^count fib' traced.out

check "the first image's log exists" test -f sf.log
trace_counts sf.log | short_names >trace.first
prog_counts traced.out exec-count >expect.first
check_counts "first log: calls equal the first image's counts" expect.first trace.first
check_eq "first log: nothing from the new image" "" "$(grep '^fib ' trace.first)"

others=$(ls sf.log?* 2>/dev/null)
check_eq "exactly one more log was written" 1 "$(echo "$others" | grep -c .)"
second=$(echo "$others" | head -1)
if [ -n "$second" ]; then
	trace_counts "$second" | short_names >trace.second
	prog_counts traced.out >expect.second
	check_counts "new log ($second): calls equal the new image's counts" expect.second trace.second
	check_eq "new log: nothing from the first image" "" "$(grep '^work ' trace.second)"
	check "new log: the header shows the new command line" \
		sh -c "'$SFTRACE' dump --no-events '$second' | grep -q '^command:.*recurse 12'"
else
	not_ok "new log: calls equal the new image's counts"
fi
done_testing
