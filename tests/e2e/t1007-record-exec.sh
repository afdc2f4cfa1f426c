#!/bin/sh
# exec of another instrumented program: the first image's calls stay in
# the first log, the new image writes a new log of its own; exec of a
# program without sleds writes no new log. Oracle: the counts each image
# prints.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/exec.c" && cc_xray recurse "$PROGS/recurse.c" ||
	{ not_ok "build exec.c and recurse.c"; 
# exec of a program without sleds: the first log only, nothing new.
mkdir plain && cd plain || exit 1
clang -O2 -o nosleds "$PROGS/nosleds.c" || not_ok "build nosleds.c"
sf_record sf.log ../prog 50 "$T/plain/nosleds" 4 >out
check_eq "exec of a program without sleds: its status" 4 "$?"
check_eq "... one log only, the first image's" "sf.log" "$(ls sf.log*)"
trace_counts sf.log | short_names >trace
prog_counts out exec-count >expect
check_counts "... which holds the first image's calls" expect trace
done_testing; exit 1; }

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
	pid1=$("$SFTRACE" dump --no-events sf.log | sed -n 's/^pid: *\([0-9]*\).*/\1/p')
	pid2=$("$SFTRACE" dump --no-events "$second" | sed -n 's/^pid: *\([0-9]*\).*/\1/p')
	check_eq "new log: same pid as the first image (exec keeps it)" "$pid1" "$pid2"
	case $second in
	sf.log.$pid1|sf.log.$pid1.[0-9]*) ok "new log: named OUT.<pid> or OUT.<pid>.<n> (docs/format.md)" ;;
	*) not_ok "new log: named OUT.<pid>.<n> (docs/format.md)"; echo "#   got '$second'" ;;
	esac
	check "new log: the header shows the new command line" \
		sh -c "'$SFTRACE' dump --no-events '$second' | grep -q '^command:.*recurse 12'"
else
	not_ok "new log: calls equal the new image's counts"
fi

# exec of a program without sleds: the first log only, nothing new.
mkdir plain && cd plain || exit 1
clang -O2 -o nosleds "$PROGS/nosleds.c" || not_ok "build nosleds.c"
sf_record sf.log ../prog 50 "$T/plain/nosleds" 4 >out
check_eq "exec of a program without sleds: its status" 4 "$?"
check_eq "... one log only, the first image's" "sf.log" "$(ls sf.log*)"
trace_counts sf.log | short_names >trace
prog_counts out exec-count >expect
check_counts "... which holds the first image's calls" expect trace
done_testing
