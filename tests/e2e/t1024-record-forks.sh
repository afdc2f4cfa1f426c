#!/bin/sh
# Process creation from inside instrumented frames: posix_spawn and
# vfork+exec of an instrumented program (each image writes its own log),
# fork from a second thread, and fork at depth 3 of the main thread (the
# child's log starts with exits of frames it never entered; readers repair
# them). Oracle: the counts each process prints for itself; every log
# reads without complaint.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt
cc_xray prog "$PROGS/forks.c" || { not_ok "build forks.c"; done_testing; exit 1; }

sf_record sf.log ./prog >traced.out
check_eq "record exits 0" 0 "$?"
pids=$(awk '$1 == "pcount" { print $2 }' traced.out | sort -u)
check_eq "five processes reported" 5 "$(echo "$pids" | wc -l)"
check_tree_logs "one log per process" sf.log $pids
for pid in $pids; do
	log=$(log_of_pid sf.log "$pid") || { not_ok "pid $pid: a log"; continue; }
	awk -v p="$pid" '$1 == "pcount" && $2 == p { print $3, $4 }' traced.out | LC_ALL=C sort >expect.$pid
	trace_counts "$log" | short_names >trace.$pid
	check_counts "pid $pid: calls equal the process's own counts" expect.$pid trace.$pid
	"$SFTRACE" dump "$log" >/dev/null 2>dump.err
	check_eq "pid $pid: $log reads without complaint" "" "$(cat dump.err)"
	"$SFTRACE" report "$log" >/dev/null 2>report.err
	check_eq "pid $pid: report exits 0" 0 "$?"
	sed -n 's/.*; \([0-9]*\) exits without an entry ignored$/\1/p' report.err >>orphans
	check_eq "pid $pid: report says nothing else" "" \
		"$(grep -v 'exits without an entry ignored$\|^sftrace: note: .* more logs of the same recording' report.err)"
done
# The fork children return through frames their parent entered: do_fork,
# depth3, depth2 and depth1 on the main thread, do_fork on the other one.
check_eq "fork children: exits of inherited frames (1 and 4), nothing else" "1 4" \
	"$(sort -n orphans | tr '\n' ' ' | sed 's/ $//')"
done_testing
