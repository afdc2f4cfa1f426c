#!/bin/sh
# fork: the parent's log holds the parent's calls only (before and after
# the forks), each child writes its own log OUT.<pid> holding exactly the
# calls it made after the fork, whether it leaves with exit() or _exit().
# Oracle: the counts each process prints for itself.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/fork.c" || { not_ok "build fork.c"; done_testing; exit 1; }

sf_record sf.log ./prog 500 >traced.out
check_eq "record exits 0" 0 "$?"
parent=$(awk '$1 == "pcount" && $3 == "spawn" && $4 == 2 { print $2 }' traced.out)
pids=$(awk '$1 == "pcount" { print $2 }' traced.out | sort -u)
check_eq "three processes reported" 3 "$(echo "$pids" | wc -l)"
check "the parent is known" test -n "$parent"

for pid in $pids; do
	if [ "$pid" = "$parent" ]; then log=sf.log who=parent; else log=sf.log.$pid who="child $pid"; fi
	if [ ! -f "$log" ]; then
		not_ok "$who: log $log exists"
		continue
	fi
	ok "$who: log $log exists"
	check_eq "$who: the log's header names pid $pid" "$pid" \
		"$("$SFTRACE" dump --no-events "$log" | sed -n 's/^pid: *\([0-9]*\).*/\1/p')"
	if [ "$pid" != "$parent" ]; then
		check_eq "$who: the log's header names the parent $parent" "$parent" \
			"$("$SFTRACE" dump --no-events "$log" | sed -n 's/^pid: .*(parent \([0-9]*\)).*/\1/p')"
	fi
	awk -v p="$pid" '$1 == "pcount" && $2 == p { print $3, $4 }' traced.out | LC_ALL=C sort >expect.$pid
	trace_counts "$log" | short_names >trace.$pid
	check_counts "$who: calls per function equal the process's own counts" expect.$pid trace.$pid
	check "$who: record reports $log" grep -q "$log" "$T/record.err"
done
check_eq "no other logs" "$(echo "$pids" | wc -l)" "$(ls sf.log* | wc -l)"
done_testing
