#!/bin/sh
# sftrace at 10^9 events: `make bench-scale` runs it as bench/scale.sh
# BUILD. It records one run of bench/workload.c (one thread, fib(20) and
# as many leaf calls as make BENCH_SCALE_EVENTS events, default 10^9: a
# log of about 2.2 GB), then runs every converter and report, tree and
# flamegraph on that log, one after the other, and prints for each its
# wall time, its throughput (M events/s: the log's events / wall time)
# and its peak RSS (getrusage of the child), which must stay under
# BENCH_SCALE_RSS_MB (200). Every output is checked by the readers the
# tests use, at this size:
#   perfetto .pb.gz  gzip -t; a prefix of the trace, cut at a packet, by
#                    protoc and tests/oracles/trace-check.mjs (the slices
#                    still open where it is cut are the only complaint
#                    allowed)
#   chrome .json.gz  gzip -dc: one line per event, the closing line last
#   chrome .json     the same without gzip; written only when the disk has
#                    room for it (about 65 bytes per event)
#   pola, calls      nodejs-polars scans the table lazily: its rows (one
#                    per event, one per call) and time range
#   memory           (no memory events here) an empty table
#   report, tree,    the workload's functions are named; the SVG is whole
#   flamegraph
# perfetto-max is the Perfetto conversion with --max-size
# BENCH_SCALE_MAX_SIZE (default 1G): its check adds the decompressed size,
# which must be within the budget.
# With BENCH_SCALE_BEFORE=DIR (a build directory of another version) each
# command also runs with that build on the same log, right after ours, and
# the table gives its time and the ratio (before / ours). With
# BENCH_SCALE_RUNS=N (1) each command runs N times, the two builds taking
# turns, and the best wall time of each counts (this machine is noisy).
# The recording's RSS is the traced program's, its log mapping included:
# the 200 MB bound is the readers'. Outputs go to a
# temporary directory under BENCH_SCALE_DIR (default TMPDIR or /tmp) and
# are removed once checked. Knobs: BENCH_SCALE_EVENTS, BENCH_SCALE_RSS_MB, BENCH_SCALE_MAX_SIZE,
# BENCH_SCALE_BEFORE, BENCH_SCALE_RUNS, BENCH_SCALE_DIR, BENCH_SCALE_SKIP (names of rows to
# leave out, e.g. "chrome-json tree").
set -u
B=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "$B" && pwd) || exit 1
EVENTS=${BENCH_SCALE_EVENTS:-1000000000}
RSS_MAX=${BENCH_SCALE_RSS_MB:-200}
BEFORE=${BENCH_SCALE_BEFORE:-}
SKIP=${BENCH_SCALE_SKIP:-}
RUNS=${BENCH_SCALE_RUNS:-1}
MAX_SIZE=${BENCH_SCALE_MAX_SIZE:-1G}
FIB=20
W=$(mktemp -d "${BENCH_SCALE_DIR:-${TMPDIR:-/tmp}}/sftrace-scale.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT
S="$B/sftrace"
OR="$top/tests/oracles"

say() { printf '%s\n' "$*" >&2; }
# fmin A B: the smaller of two times, "-" being none.
fmin() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "-" || b + 0 < a + 0) ? b : a }'; }
skipped() { case " $SKIP " in *" $1 "*) return 0;; esac; return 1; }

for c in clang python3 gzip; do
	command -v $c >/dev/null || { say "bench-scale: $c is needed"; exit 1; }
done
[ -x "$S" ] || { say "bench-scale: no $S (make O=$B first)"; exit 1; }
if [ -n "$BEFORE" ]; then
	BEFORE=$(cd "$BEFORE" && pwd) && [ -x "$BEFORE/sftrace" ] ||
		{ say "bench-scale: BENCH_SCALE_BEFORE has no sftrace"; exit 1; }
fi
have_node=0
command -v node >/dev/null && [ -d "$OR/node_modules/nodejs-polars" ] && have_node=1

# timed OUT -- CMD...: run CMD (stdout to OUT), "wall_s maxrss_kb status
# cpu_s" into $W/timed: the wall clock and getrusage(RUSAGE_CHILDREN) of
# the child (peak RSS, user + system time of all its threads).
cat >"$W/timed.py" <<'EOF'
import os, resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
t = time.monotonic()
rc = subprocess.call(sys.argv[2:], stdout=out)
wall = time.monotonic() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f %d %d %.2f" % (wall, ru.ru_maxrss, rc, ru.ru_utime + ru.ru_stime))
EOF
timed() {
	t_out=$1; shift 2
	python3 "$W/timed.py" "$t_out" "$@" >"$W/timed" 2>"$W/err"
	read -r t_wall t_rss t_rc t_cpu <"$W/timed"
}

# cut_trace: a Perfetto trace on stdin, its whole packets up to 16 MB on stdout.
cat >"$W/cut.py" <<'EOF'
import sys
data, i, last = sys.stdin.buffer.read(16 << 20), 0, 0
def varint(b, i):
    v = s = 0
    while True:
        c = b[i]; i += 1; v |= (c & 0x7f) << s; s += 7
        if c < 0x80:
            return v, i
while i < len(data):
    if data[i] != 0x0a:
        sys.exit("not a Trace.packet at offset %d" % i)
    try:
        n, j = varint(data, i + 1)
    except IndexError:
        break
    if j + n > len(data):
        break
    i = last = j + n
sys.stdout.buffer.write(data[:last])
EOF

# ---- the log -----------------------------------------------------------------
clang -O2 -fxray-instrument -fxray-instruction-threshold=1 -c -o "$W/wl.o" "$top/bench/workload.c" &&
	clang -fnoxray-link-deps -o "$W/wl" "$W/wl.o" -lpthread ||
	{ say "bench-scale: cannot build the workload"; exit 1; }
# fib(20) makes 21891 calls; main, the thread and the loop a handful more.
LEAF=$((EVENTS / 2 - 21891 - 4))
[ "$LEAF" -gt 0 ] || { say "bench-scale: BENCH_SCALE_EVENTS is too small"; exit 1; }
say "bench-scale: recording about $EVENTS events into $W/sf.log"
timed /dev/null -- "$S" record --solib "$B/libsftrace.so" -o "$W/sf.log" -- "$W/wl" 1 "$LEAF" "$FIB"
[ "$t_rc" = 0 ] || { say "bench-scale: record failed"; sed 's/^/  /' "$W/err" >&2; exit 1; }
events=$(sed -n 's/.* \([0-9][0-9]*\) events,.*/\1/p' "$W/err" | head -1)
[ -n "$events" ] || { say "bench-scale: record did not say how many events"; exit 1; }
logsize=$(wc -c <"$W/sf.log" | tr -d ' ')
rows="$W/rows"
printf 'record %s %s - - %s %s\n' "$t_wall" "$t_rss" "$t_cpu" "bytes/event $(awk -v s="$logsize" -v e="$events" 'BEGIN { printf "%.2f", s / e }')" >"$rows"

# ---- the checks ---------------------------------------------------------------
check_perfetto() {
	gzip -t "$1" 2>"$W/cerr" || { echo "gzip -t failed"; return; }
	command -v protoc >/dev/null && command -v node >/dev/null ||
		{ echo "gzip -t ok (no protoc/node for the prefix)"; return; }
	gzip -dc "$1" 2>/dev/null | python3 "$W/cut.py" >"$W/prefix.pb" &&
		protoc --proto_path="$OR" --decode=perfetto.protos.Trace perfetto_subset.proto \
			<"$W/prefix.pb" >"$W/prefix.txt" 2>"$W/cerr" ||
		{ echo "protoc cannot decode the first 16 MB"; return; }
	node "$OR/trace-check.mjs" perfetto "$W/prefix.txt" >"$W/prefix.norm" 2>"$W/cerr"
	if grep -qv 'slices never ended' "$W/cerr"; then
		echo "trace-check: $(grep -v 'slices never ended' "$W/cerr" | head -1)"
	else
		echo "ok: gzip -t, $(grep -c 'TYPE_SLICE_BEGIN' "$W/prefix.txt") slices begun in the first 16 MB"
	fi
	rm -f "$W"/prefix.*
}

# check_json_lines: JSON text on stdin.
check_json_lines() {
	awk -v want="$events" '
		NR == 1 && $0 != "{\"traceEvents\":[" { bad = "first line " $0 }
		/^(,)?\{"ph":"[BE]"/ { n++ }
		{ last = $0 }
		END {
			if (bad != "") print bad
			else if (last != "],\"displayTimeUnit\":\"ns\"}") print "last line " last
			else if (n != want) print n " B/E events, not " want
			else print "ok: " n " B/E events, closed"
		}'
}

check_table() { # FILE COLUMN ROWS
	[ "$have_node" = 1 ] || { echo "not checked (no nodejs-polars)"; return; }
	got=$(node "$top/bench/scale-check.mjs" "$top" "$1" "$2" 2>&1 | tail -1)
	case $got in
	"rows $3 "*) echo "ok: polars (lazy) $got" ;;
	*) echo "polars: $got (expected rows $3)" ;;
	esac
}

check_output() { # NAME OUT
	case $1 in
	perfetto) check_perfetto "$2" ;;
	perfetto-max)
		v=$(check_perfetto "$2")
		n=$(gzip -dc "$2" | wc -c)
		lim=$(echo "$MAX_SIZE" | awk '{ v = $0 + 0; u = substr($0, length($0)); m = 1
			if (u == "K") m = 1024; if (u == "M") m = 1048576; if (u == "G") m = 1073741824
			printf "%.0f", v * m }')
		case $v in
		ok*) [ "$n" -le "$lim" ] && echo "$v; $n bytes <= $MAX_SIZE" || echo "$n bytes > $MAX_SIZE" ;;
		*) echo "$v" ;;
		esac ;;
	chrome-json.gz) gzip -dc "$2" | check_json_lines ;;
	chrome-json) check_json_lines <"$2" ;;
	pola) check_table "$2" time "$events" ;;
	calls) check_table "$2" duration $((events / 2)) ;;
	memory) check_table "$2" time 0 ;;
	report|tree) grep -q leaf "$2" && echo "ok: names leaf" || echo "leaf not named" ;;
	flamegraph) grep -q '<svg' "$2" && tail -c 100 "$2" | grep -q '</svg>' && grep -q leaf "$2" &&
		echo "ok: a whole SVG naming leaf" || echo "not a whole SVG" ;;
	esac
}

# ---- the commands -------------------------------------------------------------
# bench NAME OUT -- ARGS...: sftrace ARGS (OUT substituted for @OUT@).
bench() {
	name=$1 b_out=$2; shift 3
	skipped "$name" && return
	say "bench-scale: $name"
	stdout=/dev/null
	case " $* " in *" @OUT@ "*) ;; *) stdout=$b_out ;; esac
	args=$(printf '%s\n' "$@" | sed "s|@OUT@|$b_out|")
	# shellcheck disable=SC2086
	IFS='
' ; set -- $args; unset IFS
	best=- best_b=- b_failed=0 rss=0 r=0
	while [ "$r" -lt "$RUNS" ]; do
		r=$((r + 1))
		timed "$stdout" -- "$S" "$@"
		if [ "$t_rc" != 0 ]; then
			printf '%s %s %s FAILED - - %s\n' "$name" "$t_wall" "$t_rss" "$(tail -1 "$W/err")" >>"$rows"
			rm -f "$b_out"*
			return
		fi
		[ "$best" != - ] && [ "$(fmin "$best" "$t_wall")" = "$best" ] || cpu=$t_cpu
		best=$(fmin "$best" "$t_wall")
		[ "$t_rss" -gt "$rss" ] && rss=$t_rss
		[ "$r" = 1 ] && verdict=$(check_output "$name" "$b_out")
		rm -f "$b_out"*
		if [ -n "$BEFORE" ]; then
			timed "$stdout" -- "$BEFORE/sftrace" "$@"
			if [ "$t_rc" = 0 ]; then best_b=$(fmin "$best_b" "$t_wall"); else b_failed=1; fi
			rm -f "$b_out"*
		fi
	done
	[ "$b_failed" = 1 ] && best_b=failed
	ours_wall=$best ours_rss=$rss b_wall=$best_b
	status=ok
	[ "$ours_rss" -le $((RSS_MAX * 1024)) ] || status=RSS-OVER
	case $verdict in ok*) ;; *) status=BAD-OUTPUT ;; esac
	printf '%s %s %s %s %s %s %s\n' "$name" "$ours_wall" "$ours_rss" "$status" "$b_wall" "$cpu" "$verdict" >>"$rows"
}

log="$W/sf.log"
bench perfetto "$W/o.pb.gz" -- convert --no-progress "$log" -o @OUT@
bench perfetto-max "$W/o.max.pb.gz" -- convert --no-progress --max-size "$MAX_SIZE" "$log" -o @OUT@
bench chrome-json.gz "$W/o.json.gz" -- convert --no-progress -t chrome "$log" -o @OUT@
free_kb=$(df -Pk "$W" | awk 'NR == 2 { print $4 }')
if [ $((free_kb / 1024)) -gt $((events / 1024 * 80 / 1024)) ]; then
	bench chrome-json "$W/o.json" -- convert --no-progress -t chrome "$log" -o @OUT@
elif ! skipped chrome-json; then
	printf 'chrome-json - - skipped - - needs %s MB free\n' $((events / 1024 * 80 / 1024)) >>"$rows"
fi
bench pola "$W/o.pola" -- convert --no-progress -t pola "$log" -o @OUT@
bench calls "$W/o.calls" -- convert --no-progress -t calls "$log" -o @OUT@
bench memory "$W/o.mem" -- convert --no-progress -t memory "$log" -o @OUT@
bench report "$W/report.txt" -- report "$log"
bench tree "$W/tree.txt" -- tree "$log"
bench flamegraph "$W/flame.svg" -- flamegraph "$log" -o @OUT@

# ---- the table ----------------------------------------------------------------
awk -v events="$events" -v rssmax="$RSS_MAX" -v before="$BEFORE" -v logsize="$logsize" '
BEGIN {
	printf "\n%d events (log %.2f GB). Each command alone on the log; RSS must stay under %d MB;\n", events, logsize / 1e9, rssmax
	printf "cpu s = user + system time of all its threads (of the best run).\n"
	printf "%-15s %9s %10s %7s %8s %-10s", "command", "wall s", "M events/s", "cpu s", "RSS MB", "status"
	if (before != "")
		printf " %9s %7s", "before s", "ratio"
	printf "  check\n"
}
{
	check = ""
	for (i = 7; i <= NF; i++)
		check = check (i > 7 ? " " : "") $i
	if ($4 == "skipped") {
		printf "%-15s %9s %10s %7s %8s %-10s", $1, "-", "-", "-", "-", "skipped"
		if (before != "")
			printf " %9s %7s", "-", "-"
		printf "  %s\n", check
		next
	}
	rate = $2 > 0 ? events / $2 / 1e6 : 0
	printf "%-15s %9.2f %10.1f %7s %8.1f %-10s", $1, $2, rate, $6, $3 / 1024, $4
	if (before != "")
		printf " %9s %7s", $5, ($5 ~ /^[0-9.]+$/ && $2 > 0) ? sprintf("%.2fx", $5 / $2) : "-"
	printf "  %s\n", check
	if ($4 != "ok" && $4 != "-")
		failed++
}
END { exit failed ? 1 : 0 }' "$rows"
