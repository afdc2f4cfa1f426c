#!/bin/sh
# sftrace report on a log whose every timestamp the test chose
# (analysis-lib.sh): calls, total, self, average, min, max and percentiles
# against values worked out by hand, recursion counted once, repaired and
# truncated frames, --sort, --top, --tid, the --from/--to window (clipped
# durations), CSV/JSON/text agreement, several logs, and clean errors.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need cc python3 nm readelf

check "synthetic log written" an_synth a.log

# By hand. main: 10000 (thread 11) and 100 (thread 12, truncated at 600);
# self 10000 - (300+200+100) - 1000 - 600 = 7800, plus 100 - 40 - 0 = 60.
# rec: 1000, 700, 300; total counts the outermost activation only; self
# 300 + 400 + 200. beta: 100, 100 and 500 (repaired at 5600). alpha: 300,
# 200, 100, 40; self 200 + 200 + 100 + 40. gamma_: 600, self 100. delta:
# one call of 0 ns (truncated at its own entry). Percentiles by nearest
# rank; p50 of rec is 700 exactly (bucket 696..703, middle 700); the
# first and last ranks are the exact min and max.
cat >expect.csv <<'CSV'
function,total_ns,self_ns,calls,avg_ns,min_ns,max_ns,p50_ns,p90_ns,p99_ns
main,10100,7860,2,5050,100,10000,100,10000,10000
rec,1000,900,3,666,300,1000,700,1000,1000
beta,700,700,3,233,100,500,100,500,500
alpha,640,540,4,160,40,300,100,300,300
gamma_,600,100,1,600,600,600,600,600,600
delta,0,0,1,0,0,0,0,0,0
CSV
check "report --csv runs" sh -c '"$1" report --csv a.log >out.csv 2>err.txt' sh "$SFTRACE"
check_cmp "per-function statistics match the hand-computed table" expect.csv out.csv
check "repairs reported on stderr" grep -q "repaired" err.txt
check_eq "self times add up to the threads' time (10000 + 100)" 10100 \
	"$(awk -F, 'NR > 1 { s += $3 } END { print s }' out.csv)"

check "-j1 gives the same table" sh -c '"$1" report -j1 --csv a.log 2>/dev/null | cmp -s - expect.csv' sh "$SFTRACE"

"$SFTRACE" report --csv --sort calls --top 3 a.log >top.csv 2>/dev/null
check_eq "--sort calls --top 3 (ties by name)" "alpha beta rec" \
	"$(awk -F, 'NR > 1 { printf "%s%s", s, $1; s = " " }' top.csv)"
"$SFTRACE" report --csv --sort name a.log >name.csv 2>/dev/null
check_eq "--sort name" "alpha beta delta gamma_ main rec" \
	"$(awk -F, 'NR > 1 { printf "%s%s", s, $1; s = " " }' name.csv)"
"$SFTRACE" report --csv --sort self a.log >self.csv 2>/dev/null
check_eq "--sort self" "main rec beta alpha gamma_ delta" \
	"$(awk -F, 'NR > 1 { printf "%s%s", s, $1; s = " " }' self.csv)"

cat >expect-tid.csv <<'CSV'
function,total_ns,self_ns,calls,avg_ns,min_ns,max_ns,p50_ns,p90_ns,p99_ns
main,100,60,1,100,100,100,100,100,100
alpha,40,40,1,40,40,40,40,40,40
delta,0,0,1,0,0,0,0,0,0
CSV
"$SFTRACE" report --csv --tid 12 a.log >tid.csv 2>/dev/null
check_cmp "--tid 12: only the worker thread" expect-tid.csv tid.csv
"$SFTRACE" report --csv --tid 11 a.log >expect-tid11.csv 2>/dev/null
"$SFTRACE" report --csv --tid 11,12 a.log >tid2.csv 2>/dev/null
check_cmp "--tid 11,12 is everything" expect.csv tid2.csv

# Window [3050, 5300): every frame clipped. main 2250, self 2250 - 950 -
# 300; rec 950 (outer), 700, 300, self 250 + 400 + 200; beta 100 + 200;
# gamma_ 300, self 100. Thread 12 ends before the window.
cat >expect-win.csv <<'CSV'
function,total_ns,self_ns,calls,avg_ns,min_ns,max_ns,p50_ns,p90_ns,p99_ns
main,2250,1000,1,2250,2250,2250,2250,2250,2250
rec,950,850,3,650,300,950,700,950,950
beta,300,300,2,150,100,200,100,200,200
gamma_,300,100,1,300,300,300,300,300,300
CSV
"$SFTRACE" report --csv --from 3050 --to 5.3us a.log >win.csv 2>/dev/null
check_cmp "--from/--to clip frames to the window" expect-win.csv win.csv

# One thread's events with -j 2: the statistics on a second thread
# (tools/analysis/relay.c) must give what one thread gives, and the
# hand-computed tables.
"$SFTRACE" report --csv -j2 --tid 12 a.log >tid-j2.csv 2>/dev/null
check_cmp "--tid 12 -j2 (statistics on their own thread)" expect-tid.csv tid-j2.csv
"$SFTRACE" report --csv -j1 --tid 11 a.log >tid11-j1.csv 2>/dev/null
"$SFTRACE" report --csv -j2 --tid 11 a.log >tid11-j2.csv 2>/dev/null
check_cmp "--tid 11: -j2 gives what -j1 gives" tid11-j1.csv tid11-j2.csv
"$SFTRACE" report --csv -j2 --tid 11 --from 3050 --to 5.3us a.log >win-j2.csv 2>/dev/null
check_cmp "--tid 11 -j2 --from/--to (thread 12 ends before the window)" expect-win.csv win-j2.csv

# JSON and text carry the same numbers.
check "report --json runs" sh -c '"$1" report --json a.log >out.json 2>/dev/null' sh "$SFTRACE"
python3 - out.json >json.csv <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["functions"]
cols = ["total_ns", "self_ns", "calls", "avg_ns", "min_ns", "max_ns", "p50_ns", "p90_ns", "p99_ns"]
print(",".join(["function"] + cols))
for r in rows:
    print(",".join([r["function"]] + [str(r[c]) for c in cols]))
PY
check_cmp "JSON matches the table" expect.csv json.csv
"$SFTRACE" report a.log >out.txt 2>/dev/null
check "text: header" grep -q '^ *Total *Self *Calls *Avg *Min *Max *p50 *p90 *p99 *Function$' out.txt
check_eq "text: main's row" "10.100 us 7.860 us 2 5.050 us 100 ns 10.000 us 100 ns 10.000 us 10.000 us main" \
	"$(grep ' main$' out.txt | tr -s ' ' | sed 's/^ //')"
check_eq "text: one row per function" 6 "$(tail -n +3 out.txt | wc -l)"

# Two processes of a tree: rows merge by name, every number adds.
an_synth b.log 1001 >/dev/null
"$SFTRACE" report --csv a.log b.log >two.csv 2>/dev/null
awk -F, 'NR == 1 { print $1 "," $2 "," $3 "," $4 "," $5 "," $6 "," $7; next } { print $1 "," 2*$2 "," 2*$3 "," 2*$4 "," $5 "," $6 "," $7 }' expect.csv >expect-two.csv
cut -d, -f1-7 two.csv >two7.csv
check_cmp "two logs: totals, self and calls double" expect-two.csv two7.csv

# Windows count from the start of the earliest log: c.log starts 5000 ns
# after a.log. In [5000, 5100): a's main (self 0: gamma_ runs) and gamma_,
# c's main (its first 100 ns, no child yet); beta enters at 5100: out.
an_synth c.log 1002 1000005000 >/dev/null
cat >expect-shift.csv <<'CSV'
function,total_ns,self_ns,calls
main,200,100,2
gamma_,100,100,1
CSV
"$SFTRACE" report --csv --from 5000 --to 5100 a.log c.log 2>/dev/null | cut -d, -f1-4 >shift.csv
check_cmp "window on the shared time line of two logs" expect-shift.csv shift.csv

# Errors: usage (2) and failures (1), with the file named.
"$SFTRACE" report --sort bogus a.log >/dev/null 2>err1; check_eq "bad --sort exits 2" 2 $?
check "bad --sort is named" grep -q "unknown sort key 'bogus'" err1
"$SFTRACE" report >/dev/null 2>err2; check_eq "no log exits 2" 2 $?
"$SFTRACE" report missing.log >/dev/null 2>err3; check_eq "missing log exits 1" 1 $?
check "missing log is named" grep -q "cannot open 'missing.log'" err3
printf 'not a log' >bad.log
"$SFTRACE" report bad.log >/dev/null 2>err4; check_eq "not a log exits 1" 1 $?
"$SFTRACE" report --tid x a.log >/dev/null 2>err5; check_eq "bad --tid is a usage error (2)" 2 $?
check "bad --tid is named" grep -q "bad thread id" err5
for bad in "" "12," " 12" "-12" "11,,12"; do
	"$SFTRACE" report --tid "$bad" a.log >/dev/null 2>/dev/null
	check_eq "--tid '$bad' is refused" 2 $?
done
for bad in nan inf -1us 1e30s 5parsecs; do
	"$SFTRACE" report --from "$bad" a.log >/dev/null 2>/dev/null
	check_eq "--from '$bad' is refused" 2 $?
done
"$SFTRACE" report --from 2ms --to 1ms a.log >/dev/null 2>err6; check_eq "empty window is a usage error (2)" 2 $?
"$SFTRACE" report --csv --tid 11,99999 a.log >some.csv 2>err10
check_cmp "--tid 11,99999 selects thread 11" expect-tid11.csv some.csv
check "--tid of a missing thread is named in a warning" grep -q "warning: --tid 99999: no thread" err10
"$SFTRACE" report --help >help.txt; check_eq "--help exits 0" 0 $?
check "--help lists --sort" grep -q -- '--sort' help.txt
check "-o to a missing directory fails" sh -c '! "$1" report a.log -o nodir/x.txt 2>/dev/null' sh "$SFTRACE"
# A failed write never removes what the user named when it is not a
# regular file (a device like /dev/full; needs root to make one here).
if mknod -m 666 full c 1 7 2>/dev/null; then
	"$SFTRACE" report a.log -o full >/dev/null 2>errf; check_eq "writing to a full device fails" 1 $?
	check "the device is still there" test -c full
fi

# Nothing selected: an empty table, and a warning saying why.
"$SFTRACE" report --csv --tid 99999 a.log >none.csv 2>err7; check_eq "--tid of no thread exits 0" 0 $?
check_eq "--tid of no thread: header only" 1 "$(wc -l <none.csv)"
check "--tid of no thread: warned" grep -q "warning: no calls in the selected threads and time window" err7
"$SFTRACE" report --from 1s a.log >/dev/null 2>err8
check "a window after the end: warned" grep -q "warning: no calls in the selected" err8
"$SFTRACE" report a.log >/dev/null 2>err9
check "no warning when there are calls" sh -c '! grep -q "no calls" err9'

done_testing
