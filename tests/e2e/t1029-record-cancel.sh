#!/bin/sh
# pthread_cancel of threads calling traced functions, at random times,
# with deferred and asynchronous cancellation (tests/progs/cancel.c). A
# cancellation that reached a thread inside the runtime's slow path
# (fallocate and mmap are cancellation points; rt_lock was held)
# deadlocked the whole program. Wanted: the program finishes as untraced
# (every thread cancelled, PTHREAD_CANCELED), and every call it completed
# is in the log (at most one more per thread: the one cut by the cancel).
. "$(dirname "$0")/lib.sh"
need clang

cc_xray cancel "$PROGS/cancel.c" || { not_ok "build cancel.c"; done_testing; exit 1; }
./cancel 200 5 1000 50 >untraced.out
check_eq "untraced: every thread cancelled" "cancelled 1000" "$(sed -n 2p untraced.out)"
for run in 1 2 3; do
	timeout -k 5 60 "$SFTRACE" record --solib "$SOLIB" -o c$run.log -- ./cancel 200 5 1000 50 \
		>c$run.out 2>c$run.err
	st=$?
	check_eq "run $run: the program finishes (no deadlock), status 0" 0 "$st"
	check_eq "run $run: every thread cancelled, as untraced" "cancelled 1000" "$(sed -n 2p c$run.out)"
	done_calls=$(sed -n 's/^completed //p' c$run.out)
	"$SFTRACE" report --csv c$run.log 2>/dev/null >c$run.csv
	leaf=$(awk -F, '$1 == "leaf" { print $4 }' c$run.csv)
	check "run $run: completed calls ($done_calls) <= leaf calls in the log (${leaf:-none}) <= completed + 1000" \
		test -n "$leaf" -a "${leaf:-0}" -ge "${done_calls:-1}" -a "${leaf:-0}" -le $((${done_calls:-0} + 1000))
	rm -f c$run.log*
done
done_testing
