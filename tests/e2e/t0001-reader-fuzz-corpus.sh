#!/bin/sh
# Damaged and hostile logs through every command that reads logs (dump,
# report, tree, flamegraph, convert of every type): never a crash, a
# sanitizer report or a hang (exit status 0 or 1, never >= 124), and what
# can be read is read (every command succeeds on a case `dump` reads).
#
# Inputs: hand-made cases written by tests/fuzz/mkcases.py, which also
# states for each the `dump` status, the number of events and a word of
# the message (derived from how the case is built, not from sftrace);
# the committed tests/fuzz/corpus (real logs recorded and compacted, and
# inputs the fuzzer found; tests/fuzz/run.sh runs the fuzzer); and a real log cut at every 2 KiB, whose
# event count may only drop as the cut moves back and whose readable part
# must still be converted (one Chrome "B" event per entry `dump` lists).
# On each, the event count `sftrace record` prints (tools/record-summary.c,
# a walk of its own over the records) must be what `dump` reads.
. "$(dirname "$0")/lib.sh"
need python3

CORPUS="$TOP/tests/fuzz/corpus"
# a module path that is a FIFO: opening it would block for ever
mkfifo fifo || not_ok "mkfifo"
python3 "$TOP/tests/fuzz/mkcases.py" --module "$T/fifo" cases >expect ||
	not_ok "mkcases.py wrote the cases"

# run_one LABEL CMD...: the command's status must be 0 or 1 (0 when
# $must_read is 1: a log whose readable part must be read), with no
# sanitizer report and within 30 s; prints nothing on success.
bad=0
must_read=0
run_one() {
	label=$1; shift
	timeout 30 "$@" >"$T/out" 2>"$T/err" </dev/null
	st=$?
	if [ "$st" -gt 1 ] || [ "$st" -gt 0 -a "$must_read" = 1 ]; then
		echo "#   $label: status $st: $*"
		sed 's/^/#     /' "$T/err" | tail -5
		bad=$((bad + 1))
	elif grep -qE 'runtime error|AddressSanitizer|LeakSanitizer|UndefinedBehavior' "$T/err"; then
		echo "#   $label: sanitizer report: $*"
		grep -m3 -E 'runtime error|Sanitizer' "$T/err" | sed 's/^/#     /'
		bad=$((bad + 1))
	fi
}

# every_command LOG: the log through each reading command.
every_command() {
	n=$(basename "$1")
	run_one "$n dump" "$SFTRACE" dump --summary "$1"
	run_one "$n report" "$SFTRACE" report -j 1 "$1"
	run_one "$n tree" "$SFTRACE" tree -j 1 "$1"
	run_one "$n flamegraph" "$SFTRACE" flamegraph -j 1 -o "$T/flame.svg" "$1"
	for ty in perfetto chrome pola calls; do
		run_one "$n convert $ty" "$SFTRACE" convert --no-progress -t "$ty" -o "$T/conv.out" "$1"
	done
}

# dump_events LOG: sets nev to the events `dump --summary` counts and st
# to its status.
dump_events() {
	timeout 30 "$SFTRACE" dump --summary "$1" >"$T/dump" 2>"$T/dump.err" </dev/null
	st=$?
	nev=$(awk '/^thread [0-9]+: [0-9]+ events/ { s += $3 } END { print s + 0 }' "$T/dump")
}

# summary_differs LOG: 0 when record's summary counts $nev events in LOG
# (the test tool runs the summary's code on the log; no tool: no check)
TOOL="$B/sftrace-test-tool"
summary_differs() {
	[ -x "$TOOL" ] || return 1
	[ "$("$TOOL" summary "$1" 2>/dev/null | sed -n 's/^events //p')" != "$nev" ]
}
sdiff=0

# --- the hand-made cases, with their expectations --------------------------
ncases=0
while read -r name status events word; do
	ncases=$((ncases + 1))
	dump_events "cases/$name.log"
	got=$nev
	[ "$events" = - ] && got=-
	check_eq "$name: dump status and events" "$status $events" "$st $got"
	if [ "$word" != - ]; then
		check "$name: message says '$word'" grep -q -- "$word" "$T/dump.err"
	fi
	summary_differs "cases/$name.log" && { sdiff=$((sdiff + 1)); echo "#   $name: record's summary differs"; }
	[ "$status" = 0 ] && must_read=1
	every_command "cases/$name.log"
	must_read=0
done <expect
check "mkcases.py wrote cases" test "$ncases" -gt 20

# --- the committed corpus ------------------------------------------------
nc=0
for f in "$CORPUS"/*; do
	[ -f "$f" ] || continue
	nc=$((nc + 1))
	dump_events "$f"
	summary_differs "$f" && { sdiff=$((sdiff + 1)); echo "#   $(basename "$f"): record's summary differs"; }
	every_command "$f"
done
check "corpus is not empty" test "$nc" -gt 0
check "corpus is small (< 200 KB)" test "$(du -sk "$CORPUS" | cut -f1)" -lt 200

# --- usage and things that are not logs ---------------------------------
for c in dump report tree flamegraph convert; do
	"$SFTRACE" $c >/dev/null 2>"$T/err"
	check_eq "$c without a log: usage error" 2 "$?"
	check "$c without a log: says so" grep -q "no log given" "$T/err"
	"$SFTRACE" $c --help >"$T/out" 2>"$T/err"
	check_eq "$c --help: status 0" 0 "$?"
	check "$c --help: usage on stdout, nothing on stderr" \
		sh -c "grep -q '^usage: sftrace $c' '$T/out' && ! test -s '$T/err'"
done
mkdir adir
: >empty
for f in adir empty /dev/null missing.log; do
	for c in dump report tree; do
		"$SFTRACE" $c "$f" >/dev/null 2>"$T/err"
		st=$?
		check_eq "$c '$f' fails with status 1" 1 "$st"
		check "$c '$f' says why" grep -qE "sftrace: error: .*'$f'" "$T/err"
	done
done

# --- a real log cut at every 2 KiB -----------------------------------------
LOG="$CORPUS/rec-recurse.log"
size=$(wc -c <"$LOG")
dump_events "$LOG"
full=$nev
check "the full log has events" test "$full" -gt 1000
prev=0 cut=0 drops=0 unconverted=0
while [ "$cut" -le "$size" ]; do
	head -c "$cut" "$LOG" >cut.log
	dump_events cut.log
	n=$nev
	summary_differs cut.log && { sdiff=$((sdiff + 1)); echo "#   cut at $cut: record's summary differs"; }
	[ "$n" -ge "$prev" ] || { drops=$((drops + 1)); echo "#   cut at $cut: $n events, $prev before"; }
	prev=$n
	if [ "$n" -gt 0 ]; then
		entries=$("$SFTRACE" dump --raw cut.log 2>/dev/null | awk '$3 ~ /^entry/' | wc -l)
		"$SFTRACE" convert --no-progress -t chrome -o cut.json cut.log 2>/dev/null
		b=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(sum(1 for e in d["traceEvents"] if e["ph"] == "B"))' cut.json 2>/dev/null)
		[ "$b" = "$entries" ] || { unconverted=$((unconverted + 1)); echo "#   cut at $cut: $entries entries, ${b:-no} slices"; }
	fi
	run_one "cut at $cut" "$SFTRACE" convert --no-progress -t pola -o cut.pola cut.log
	cut=$((cut + 2048))
done
check_eq "cut logs: events only drop as the cut moves back" 0 "$drops"
check_eq "cut logs: every entry read is converted" 0 "$unconverted"
check_eq "cut logs: the whole log read at full size" "$full" "$prev"

check_eq "record's summary counts what dump reads, on every case, corpus log and cut" 0 "$sdiff"
check_eq "no command crashed, hung or reported a sanitizer error" 0 "$bad"
done_testing
