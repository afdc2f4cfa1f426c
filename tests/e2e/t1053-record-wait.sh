#!/bin/sh
# record returned when its command exited, although a daemon the command
# left behind was still running and recording: its log was summarised
# nowhere, or read before it was complete. Wanted: record waits for every
# process of the recording still running with its log (or its parent's)
# mapped, says so, and prints its summary line; --no-wait returns at once.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray daemon "$PROGS/daemon.c" || { not_ok "build daemon.c"; done_testing; exit 1; }
K=5000
sf_record g.log ./daemon $K 400 "$T/d.pid" >out
check_eq "record exits 0" 0 "$?"
check "the daemon had finished when record returned" grep -q "^daemon in_daemon $K" out
check "record said what it waited for" grep -q "waiting for 1 process of the recording still running (pid $(cat d.pid)" "$T/record.err"
dl=g.log.$(cat d.pid)
check "record printed the daemon's summary" grep -q "^sftrace: $dl: " "$T/record.err"
check_eq "the daemon's log: in_daemon as it counted" "$K" \
	"$(trace_counts "$dl" | awk '$1 == "in_daemon" { print $2 }')"
check "... and it is complete (closed)" sh -c "'$SFTRACE' dump --no-events '$dl' | grep -q 'closed'"

rm -f g.log* d.pid
"$SFTRACE" record --solib "$SOLIB" --no-wait -o g.log -- ./daemon $K 2000 "$T/d.pid" >out2 2>err2
check_eq "--no-wait: record exits 0" 0 "$?"
# the daemon writes its pid after it detached: give it the time to
i=0
while [ ! -s d.pid ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
check "... and returns while the daemon still runs" kill -0 "$(cat d.pid)"
check "... without waiting" sh -c "! grep -q waiting err2"
kill "$(cat d.pid)" 2>/dev/null
done_testing
