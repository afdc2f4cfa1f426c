#!/bin/sh
# `sftrace dump` on every kind of log record writes: a clean exit, threads,
# fork children (one leaving by exit(), one by _exit(): never closed), the
# image before an exec (never closed), SIGKILL, a filtered recording,
# CLOCK_MONOTONIC timestamps, thread-only. Each must decode with the
# number of events record reported, the right state, and every function
# named. Oracles: the program's own call counts (entries per function),
# and `nm`, which must give the same symbol at the module offset dump
# prints. Then what is not a log, and --tid.
. "$(dirname "$0")/lib.sh"
need clang nm

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
cc_xray threads "$PROGS/threads.c" || { not_ok "build threads.c"; done_testing; exit 1; }
cc_xray forker "$PROGS/fork.c" || { not_ok "build fork.c"; done_testing; exit 1; }
cc_xray execer "$PROGS/exec.c" || { not_ok "build exec.c"; done_testing; exit 1; }
cc_xray sk "$PROGS/sigkill.c" || { not_ok "build sigkill.c"; done_testing; exit 1; }

# dump_log LOG STATE: dump decodes LOG, its state line starts with STATE,
# it holds as many events as record's summary line said, and every event
# names its function.
dump_log() {
	"$SFTRACE" dump "$1" >"$1.dump" 2>"$1.err"
	check_eq "$1: dump exits 0" 0 "$?"
	check "$1: state '$2'" grep -q "^state: *$2" "$1.dump"
	said=$(sed -n "s|^sftrace: $1: \([0-9]*\) events.*|\1|p" record.err)
	got=$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/' "$1.dump" | wc -l)
	check_eq "$1: the events record reported" "${said:-none}" "$got"
	check_eq "$1: every event names its function" "" \
		"$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && (NF < 6 || $6 == "?")' "$1.dump" | head -3)"
}

sf_record plain.log ./prog 6 >plain.out
dump_log plain.log closed
prog_counts plain.out >want
trace_counts plain.log >got
check_counts "plain.log: entries per function = the program's counts" want got
# nm: "OFFSET NAME" of the program's text symbols; dump: "prog+0xOFFSET NAME".
nm prog | awk '$2 ~ /^[tT]$/ { sub(/^0+/, "", $1); print $1, $3 }' | LC_ALL=C sort -u >nm.syms
awk '$1 ~ /^[0-9]+$/ && $4 ~ /^prog\+0x/ { o = $4; sub(/^prog\+0x/, "", o); print o, $6 }' \
	plain.log.dump | LC_ALL=C sort -u >dump.syms
check "plain.log: dump found functions" test -s dump.syms
check_eq "plain.log: every offset dump prints is nm's symbol of that name" "" \
	"$(LC_ALL=C comm -23 dump.syms nm.syms | head -3)"

sf_record thr.log ./threads >/dev/null
dump_log thr.log closed
check "thr.log: 9 threads listed" grep -q '^threads: *9$' thr.log.dump

sf_record fork.log ./forker 40 >/dev/null
dump_log fork.log closed
for f in fork.log.*; do
	case $f in *.dump | *.err) continue ;; esac
	# A child leaving by _exit() runs no destructor: never closed.
	"$SFTRACE" dump --no-events "$f" | grep -q '^state: *closed' && st=closed || st='not closed'
	dump_log "$f" "$st"
done
check_eq "fork: one child log closed, one not" "closed,not closed" "$(for f in fork.log.*; do
	case $f in *.dump | *.err) continue ;; esac
	sed -n 's/^state: *\(closed\|not closed\).*/\1/p' "$f.dump"; done | LC_ALL=C sort | paste -sd,)"

sf_record exec.log ./execer 3 ./prog 3 >/dev/null
dump_log exec.log "not closed"
for f in exec.log.*; do
	case $f in *.dump | *.err) continue ;; esac
	dump_log "$f" closed
done

sf_record kill.log ./sk self 3000 >/dev/null
check_eq "kill.log: record exits 128+9" 137 "$?"
dump_log kill.log "not closed"

"$SFTRACE" record --solib "$SOLIB" -F '^fib$' -o filt.log -- ./prog 6 >/dev/null 2>record.err
dump_log filt.log "closed, filtered"
check_eq "filt.log: only fib" "fib" "$(trace_counts filt.log | cut -d' ' -f1 | paste -sd,)"

SFTRACE_CLOCK=monotonic sf_record mono.log ./prog 6 >/dev/null
dump_log mono.log closed
check "mono.log: the clock line says CLOCK_MONOTONIC" grep -q '^clock: *CLOCK_MONOTONIC' mono.log.dump

SFTRACE_SETUP_THREAD_ONLY=1 sf_record one.log ./threads >/dev/null
dump_log one.log closed
check "one.log: 1 thread listed" grep -q '^threads: *1$' one.log.dump

# --- what is not a log ----------------------------------------------------------
: >empty
head -c 100 plain.log >short
head -c 70000 /dev/urandom >garbage
mkdir adir
for f in missing empty short garbage adir /dev/null; do
	timeout 20 "$SFTRACE" dump "$f" >bad.out 2>bad.err
	st=$?
	check_eq "dump $f: status 1" 1 "$st"
	check_eq "... one error line naming it" "1" "$(grep -c "^sftrace: error: .*'$f'" bad.err)"
done
"$SFTRACE" dump plain.log missing >two.out 2>two.err
check_eq "a good log and a missing one: status 1" 1 "$?"
check "... the good one is still printed" grep -q '^log: *plain.log' two.out

# --- --tid ----------------------------------------------------------------------------
tid=$(sed -n 's/^  \[1\] tid \([0-9]*\) .*/\1/p' thr.log.dump)
"$SFTRACE" dump --tid "$tid" thr.log >tid.dump
check_eq "--tid: only that thread's events" "$tid" \
	"$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ { print $2 }' tid.dump | LC_ALL=C sort -u | paste -sd,)"
for bad in -5 0 99999999999; do
	"$SFTRACE" dump --tid "$bad" thr.log >/dev/null 2>tid.err
	check_eq "--tid $bad: a usage error" 2 "$?"
done
"$SFTRACE" dump --tid 1 thr.log >/dev/null 2>tid.err
check "--tid of no thread of the log: a warning" grep -q "has no thread 1" tid.err

# --- --summary: the events of each thread, counted from the printed events --------
awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ { n[$2]++ } END { for (t in n) print "thread " t ": " n[t] " events, 0 lost" }' \
	tid.dump >sum.expect
"$SFTRACE" dump --summary --tid "$tid" thr.log | grep '^thread ' >sum.tid
check_cmp "--summary --tid: that thread's count" sum.expect sum.tid
"$SFTRACE" dump --summary --no-events --tid "$tid" thr.log | grep '^thread ' >sum.noev
check_cmp "--summary --no-events: counted all the same" sum.expect sum.noev
"$SFTRACE" dump thr.log | awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ { n[$2]++ }
	END { for (t in n) print "thread " t ": " n[t] " events, 0 lost" }' | LC_ALL=C sort >sum.all
"$SFTRACE" dump --summary --no-events thr.log | grep '^thread ' | LC_ALL=C sort >sum.allnoev
check_cmp "--summary --no-events: every thread" sum.all sum.allnoev
done_testing
