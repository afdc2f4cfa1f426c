#!/bin/sh
# SIGKILL in the middle of the work: every call completed before the kill
# is in the log, and the log is readable. The program prints (unbuffered)
# how many calls of work() each of its two threads has completed; the trace
# must hold at least that many. Killed by itself (raise) and from outside.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/sigkill.c" || { not_ok "build sigkill.c"; done_testing; exit 1; }

# counts_by_thread LOG PID: "main N" and "helper N" calls of work().
counts_by_thread() {
	trace_tid_counts "$1" | short_names | awk -v p="$2" '
		$2 == "work" { if ($1 == p) m = $3; else { h = $3; nh++ } }
		END { print "main", m + 0; print "helper", h + 0; print "helpers", nh + 0 }'
}

# 1. The main thread raises SIGKILL right after its 20000th call.
sf_record self.log ./prog self 20000 >self.out
check_eq "self: record exits 128+9 like the program" 137 "$?"
check "self: dump reads the log" sh -c "'$SFTRACE' dump self.log >self.dump"
pid=$("$SFTRACE" dump --no-events self.log | sed -n 's/^pid: *\([0-9]*\).*/\1/p')
counts_by_thread self.log "$pid" >self.counts
check_eq "self: the main thread's 20000 calls are all in the log" "main 20000" "$(grep '^main ' self.counts)"
check_eq "self: one helper thread in the log" "helpers 1" "$(grep '^helpers ' self.counts)"
tdone=$(sed -n 's/^tdone //p' self.out | tail -1)
got=$(sed -n 's/^helper //p' self.counts)
check "self: the helper's calls in the log ($got) >= its last report (${tdone:-0})" \
	test "$got" -ge "${tdone:-0}"

# 2. Killed from outside while both threads run.
sf_record ext.log ./prog run >ext.out &
rec=$!
i=0
while ! grep -q '^ready' ext.out && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
sleep 0.2
ppid=$(sed -n 's/^pid //p' ext.out)
if [ -n "$ppid" ]; then kill -KILL "$ppid"; else kill "$rec"; fi
wait $rec
check_eq "external: record exits 128+9" 137 "$?"
check "external: dump reads the log" sh -c "'$SFTRACE' dump ext.log >ext.dump"
counts_by_thread ext.log "$ppid" >ext.counts
done=$(sed -n 's/^done //p' ext.out | tail -1)
tdone=$(sed -n 's/^tdone //p' ext.out | tail -1)
got=$(sed -n 's/^main //p' ext.counts)
check "external: main's calls in the log ($got) >= its last report (${done:-none})" \
	test "$got" -ge "${done:-999999999}"
got=$(sed -n 's/^helper //p' ext.counts)
check "external: the helper's calls in the log ($got) >= its last report (${tdone:-none})" \
	test "$got" -ge "${tdone:-999999999}"
done_testing
