#!/bin/sh
# What a log is missing is said by every command and carried by every
# output (tools/read/loss.h): a program that lowers its own file size
# limit (tests/progs/many-calls.c) stops the recording early with exact
# counts, and then
#   - report, tree, flamegraph, dump and convert (perfetto, pola, calls)
#     each print the one line "LOG: L events lost in 1 thread: file size
#     limit reached (T before the end)" on stderr;
#   - report prints it above its table, and --json has it in "loss";
#   - the Parquet files (table and symtab) carry it in their key-value
#     metadata, read by DuckDB;
#   - the Perfetto trace has instant events with the counts, read by
#     protoc and tests/oracles/trace-check.mjs;
#   - a filtered recording mentions the dropped events, separately.
# Oracles: the program's own count (2 events per call of leaf, plus main's
# two: every event is recorded or lost), the events dump lists, and the
# filter's rule (every call of the excluded leaf is dropped).
. "$(dirname "$0")/lib.sh"
need clang node oracles protoc
. "$TOP/tests/e2e/perfetto-lib.sh"

cc_xray many "$PROGS/many-calls.c" || { not_ok "build many-calls.c"; done_testing; exit 1; }
N=3000000
"$SFTRACE" record --solib "$SOLIB" -o lim.log -- ./many $N 1000000 >lim.out 2>lim.err
check_eq "the program ran to its end" "count leaf $N" "$(cat lim.out)"
check "record: file size limit reached" grep -q 'file size limit reached after' lim.err

# recorded: the events dump lists; lost: the rest of what the program made
recorded=$("$SFTRACE" dump lim.log 2>/dev/null | awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/' | wc -l)
lost=$((2 * N + 2 - recorded))
check "something was recorded, something lost" test "$recorded" -gt 1000 -a "$lost" -gt 1000
commas() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
L=$(commas $lost)
want="sftrace: lim.log: $L events lost in 1 thread: file size limit reached ([0-9.]* [mu]*s before the end)"
echo "# expecting: $want"

# one_line DESCRIPTION FILE: FILE has exactly one loss line, the right one
one_line() {
	check_eq "$1: one loss line" 1 "$(grep -c 'events lost' "$2")"
	check "$1: $L events lost, file size limit reached, when" grep -qx "$want" "$2"
}
"$SFTRACE" report lim.log >report.txt 2>report.err
one_line report report.err
"$SFTRACE" tree lim.log >/dev/null 2>tree.err
one_line tree tree.err
"$SFTRACE" flamegraph -o flame.svg lim.log 2>flame.err
one_line flamegraph flame.err
"$SFTRACE" dump --no-events lim.log >dump.txt 2>dump.err
one_line dump dump.err
check "dump: lost line with the reason" \
	grep -qx "lost: *$lost events the runtime could not record: file size limit reached ($lost)" dump.txt
for ty in perfetto pola calls; do
	"$SFTRACE" convert --no-progress -t $ty lim.log -o lim.$ty 2>conv.$ty.err
	one_line "convert --type $ty" conv.$ty.err
	check "convert --type $ty: no 'not closed' warning" sh -c "! grep -q 'not closed' conv.$ty.err"
done

# report above its table, and in JSON
check "report: the line above the table" \
	sh -c 'sed -n 1p report.txt | grep -qx "lim.log: $1 events lost in 1 thread: file size limit reached (.* before the end)" &&
		test -z "$(sed -n 2p report.txt)" && sed -n 3p report.txt | grep -q "Total"' sh "$L"
"$SFTRACE" report --json lim.log >report.json 2>/dev/null
python3 - report.json >json.txt <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
l = d["loss"]
lg = l["logs"][0]
print(l["lost_events"], l["filter_dropped"], l["damaged"], len(l["logs"]), lg["log"], lg["lost_threads"])
print(" ".join(f'{r["reason"]}:{r["events"]}:{r["text"]}' for r in lg["reasons"]))
print(lg["stopped"], lg["stop_reason"], lg["stopped_before_end_ns"] > 0, lg["damage_text"])
print(sum(r["calls"] for r in d["functions"] if r["function"] == "leaf") > 0)
PY
printf '%s\n' "$lost 0 False 1 lim.log 1" "no_space:$lost:file size limit reached" \
	"True no_space True None" True >json.expect
check_cmp "report --json: loss" json.expect json.txt

# Parquet: key-value metadata of the table and of the symbol table
kv() {
	node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT decode(key), decode(value) FROM
		parquet_kv_metadata('$1') WHERE decode(key) IN ('sftrace.lost_events',
		'sftrace.lost_reason', 'sftrace.filter_dropped', 'sftrace.damage') ORDER BY 1"
}
printf 'sftrace.damage\t\nsftrace.filter_dropped\t0\nsftrace.lost_events\t%s\nsftrace.lost_reason\tfile size limit reached\n' \
	"$lost" >kv.expect
for f in lim.pola lim.pola.symtab lim.calls lim.calls.symtab; do
	kv $f >kv.$f 2>kv.err
	check_cmp "DuckDB reads the loss in $f" kv.expect kv.$f
done
kv_loss=$(node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT decode(value) FROM
	parquet_kv_metadata('lim.pola') WHERE decode(key) = 'sftrace.loss'")
check "... and the line in sftrace.loss" \
	sh -c 'echo "$1" | grep -qx "lim.log: $2 events lost in 1 thread: file size limit reached (.*)"' \
	sh "$kv_loss" "$L"

# Perfetto: the checker replays the trace and prints the instant events
check "Perfetto trace: the oracle reads it" pf_check lim.perfetto lim.norm
awk -F'\t' '$1 == "instant" && $3 == "-"' lim.norm >pinst
awk -F'\t' '$1 == "instant" && $3 != "-"' lim.norm >tinst
check_eq "Perfetto: one instant on the process track" 1 "$(wc -l <pinst)"
check "... named as the line, with lost_events, lost_reason, stopped_before_end_ns" \
	awk -F'\t' -v n="sftrace: $L events lost in 1 thread: file size limit reached" -v l="$lost" '
		index($4, n) == 1 && $6 == "lost_events=" l && $7 == "lost_threads=1" &&
		$8 == "lost_reason=file size limit reached" && $9 ~ /^stopped_before_end_ns=[1-9]/ &&
		$10 == "filter_dropped=0" { ok = 1 } END { exit !ok }' pinst
check "Perfetto: the thread's instant has its count" \
	awk -F'\t' -v l="$lost" '$6 == "lost_events=" l && $7 == "lost_reason=file size limit reached" \
		{ ok = 1 } END { exit !ok }' tinst
check "... at its last event: no slice of the thread ends after it" \
	awk -F'\t' 'NR == FNR { t = $5; next } $1 == "slice" && $8 > t { bad = 1 } END { exit bad }' \
		tinst lim.norm
sed 's/^/# /' pinst

# A complete log says nothing; a filtered one mentions what it dropped.
"$SFTRACE" record --solib "$SOLIB" -o ok.log -- ./many 1000 >/dev/null 2>/dev/null
"$SFTRACE" report ok.log >ok.txt 2>ok.err
check_eq "complete log: report says nothing" "" "$(cat ok.err)"
check "complete log: no line above the table" sh -c 'sed -n 1p ok.txt | grep -q Total'
"$SFTRACE" report --json ok.log 2>/dev/null | python3 -c '
import json, sys
l = json.load(sys.stdin)["loss"]
sys.exit(not (l["lost_events"] == 0 and l["logs"] == [] and not l["damaged"]))'
check_eq "complete log: JSON loss is empty" 0 "$?"
"$SFTRACE" record --solib "$SOLIB" -F '^main$' -N '^leaf$' -o filt.log -- ./many 1000 \
	>/dev/null 2>/dev/null
for c in report tree; do
	"$SFTRACE" $c filt.log >/dev/null 2>filt.$c.err
	check_eq "filtered log, $c: the drops, not a loss" "sftrace: filt.log: 2,000 events dropped by filters" \
		"$(cat filt.$c.err)"
done
"$SFTRACE" convert --no-progress -t pola filt.log -o filt.pola 2>/dev/null
check_eq "filtered log: sftrace.filter_dropped in the Parquet file" 2000 \
	"$(node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT decode(value) FROM
		parquet_kv_metadata('filt.pola') WHERE decode(key) = 'sftrace.filter_dropped'")"
done_testing
