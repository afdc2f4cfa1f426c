#!/bin/sh
# A signal handler that leaves by siglongjmp (tests/progs/sigjmp.c: a
# 100 us timer whose handler calls a traced function and jumps back into
# main's loop of 10^7 calls) left the thread marked busy for ever when the
# jump interrupted the runtime's recording of an event: every later event
# was dropped (about 1 % of the calls were in the log). Wanted: the thread
# records again from the next event; nothing is dropped: the handler's
# calls are all there, and leaf's calls at least as many as the program
# counted (at most one more per jump: an entry recorded just before the
# jump cut the call short).
. "$(dirname "$0")/lib.sh"
need clang

cc_xray sigjmp "$PROGS/sigjmp.c" || { not_ok "build sigjmp.c"; done_testing; exit 1; }
for period in 100 37; do
	sf_record j.log ./sigjmp 10000000 $period >out
	check_eq "period $period us: exit status 0" 0 "$?"
	leaf=$(sed -n 's/^count leaf //p' out)
	handler=$(sed -n 's/^count in_handler //p' out)
	echo "# the program: leaf $leaf, in_handler $handler (= jumps)"
	"$SFTRACE" report --csv j.log >r.csv 2>r.err
	check "... the log reads without a warning of damage" sh -c '! grep -qi "damage\|cannot be decoded" r.err'
	got_h=$(awk -F, '$1 == "in_handler" { print $4 }' r.csv)
	got_a=$(awk -F, '$1 == "on_alarm" { print $4 }' r.csv)
	got_l=$(awk -F, '$1 == "leaf" { print $4 }' r.csv)
	check_eq "... every call of the handler's function recorded" "$handler" "$got_h"
	check_eq "... every run of the handler recorded" "$handler" "$got_a"
	check "... leaf: $leaf <= ${got_l:-none} in the log <= $leaf + $handler" \
		test -n "$got_l" -a "${got_l:-0}" -ge "$leaf" -a "${got_l:-0}" -le $((leaf + handler))
done
done_testing
