#!/bin/sh
# A program that closes every descriptor it did not open (close_range, a
# loop of close) or dup2s /dev/null over them mid-run stopped being
# recorded ("tracing stopped"; about half of the calls were missing).
# Wanted: the runtime notices, opens the log again by its path (same
# device and inode) and records everything; when the path no longer names
# the log (renamed away), recording stops and every later event is
# counted as lost, with the reason, and record says so.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray closefds "$PROGS/closefds.c" || { not_ok "build closefds.c"; done_testing; exit 1; }
N=4000000
events() { "$SFTRACE" dump --no-events --summary "$1" | awk '/^thread/ { e += $3; l += $5 } END { print e + 0, l + 0 }'; }
for mode in close_range loop dup2; do
	sf_record f.log ./closefds $N $mode >out
	check_eq "$mode: exit status 0, output" "0 count leaf $N" "$? $(cat out)"
	check_eq "$mode: every event recorded, none lost" "$((2 * N + 2)) 0" "$(events f.log)"
done
sf_record m.log ./closefds $N moved >out
check_eq "log renamed away, then descriptors closed: exit status 0" "0 count leaf $N" "$? $(cat out)"
set -- $(events m.log.moved)
check_eq "... recorded + lost = the events the program made" $((2 * N + 2)) $(($1 + $2))
check "... some were lost" test "$2" -gt 0
done_testing
