#!/bin/sh
# Recording overhead of sftrace next to its peers on one workload, in one
# run: compiler-rt XRay in FDR and basic modes, and uftrace. `make bench`
# runs it as bench/run.sh BUILD.
#
# The workload (bench/workload.c) is fib(30) plus 10 million calls of a
# small leaf, in 1 and then 2 threads (each thread does the whole
# workload). For each tracer, the same binary is timed untraced and
# traced; the overhead per call is (traced - untraced) / calls per thread,
# i.e. what each thread pays per traced call (entry + exit). Two times
# are given: "work" is measured by the program around the work itself,
# "wall" is the whole command (start-up, patching, final flush). Each
# figure is the best of N runs (BENCH_RUNS, default 5; the slow XRay basic
# mode uses BENCH_SLOW_RUNS, default 1), since this machine is noisy.
# Bytes per event = log size / (2 x calls).
#
# The sftrace-values rows record the same run with every call's values
# (fib and leaf are marked, docs/filter.md): "all" with record -A/-R (all
# fourteen argument and four return registers), "rdi,rax" with a filter
# file that asks for what the functions use; their ratio is the cost of a
# marked call next to an unmarked one. With BENCH_BEFORE=DIR (a build
# directory of another version), a sftrace-before row measures that
# build's unmarked calls in the same run.
#
# The floor under any tracer (bench/floor.c, built without XRay): two
# counter reads and two 8-byte stores around each call of the same leaf,
# best of 5 rounds of BENCH_LEAF_CALLS calls, measured once before the
# tracers (one thread); each tracer's overhead is also given as a multiple
# of it ("x floor"), and the goals of issue 17 are printed against it:
# recording at most 1.15 x the floor, at most 2.5 bytes per event.
#
# Knobs: BENCH_RUNS, BENCH_SLOW_RUNS, BENCH_THREADS ("1 2"),
# BENCH_LEAF_CALLS (10000000), BENCH_FIB (30), BENCH_SKIP (names of
# tracers to leave out: sftrace sftrace-values xray-fdr xray-basic
# uftrace), BENCH_BEFORE.
set -u
B=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "$B" && pwd) || exit 1
RUNS=${BENCH_RUNS:-5}
SLOW_RUNS=${BENCH_SLOW_RUNS:-1}
THREADS=${BENCH_THREADS:-1 2}
LEAF=${BENCH_LEAF_CALLS:-10000000}
FIB=${BENCH_FIB:-30}
SKIP=${BENCH_SKIP:-}
W=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-bench.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT

say() { printf '%s\n' "$*" >&2; }

command -v clang >/dev/null || { say "bench: clang is needed"; exit 1; }
XRAY="-fxray-instrument -fxray-instruction-threshold=1"
src="$top/bench/workload.c"
# One object with sleds: linked without compiler-rt's runtime for sftrace
# and with it for XRay. A separate -pg build of the same source for uftrace.
# With DWARF (-g), as a user would build: record -A plans its registers.
clang -O2 -g $XRAY -c -o "$W/wl.o" "$src" &&
	clang -fnoxray-link-deps -o "$W/wl-sled" "$W/wl.o" -lpthread &&
	clang -fxray-instrument -o "$W/wl-xray" "$W/wl.o" -lpthread ||
	{ say "bench: cannot build the workload"; exit 1; }
floor_ns='' rdtsc_ns=''
if clang -O2 -o "$W/floor" "$top/bench/floor.c" 2>"$W/err"; then
	say "bench: the floor (bench/floor.c: two counter reads and two stores per call)"
	"$W/floor" "$LEAF" >"$W/floor.out" 2>"$W/err" || say "bench: bench/floor.c failed"
	floor_ns=$(sed -n 's/^floor //p' "$W/floor.out")
	rdtsc_ns=$(sed -n 's/^rdtsc //p' "$W/floor.out")
else
	say "bench: cannot build bench/floor.c"
fi
have_pg=0
clang -O2 -pg -o "$W/wl-pg" "$src" -lpthread 2>/dev/null && have_pg=1

skipped() { case " $SKIP " in *" $1 "*) return 0;; esac; return 1; }

# now_ns: monotonic enough for whole-command timing.
now_ns() { date +%s%N; }

# run_best RUNS LOGPATH SETUP -- CMD...: runs CMD RUNS times (SETUP is a
# shell snippet run before each, e.g. to clear the log), sets best_work,
# best_wall (ns), calls and bytes (size of LOGPATH after the best run by
# work time; 0 if LOGPATH is empty). Returns 1 if any run failed.
run_best() {
	n=$1 log=$2 setup=$3; shift 4
	best_work='' best_wall='' bytes=0 calls=''
	i=0
	while [ "$i" -lt "$n" ]; do
		i=$((i + 1))
		eval "$setup"
		t0=$(now_ns)
		"$@" >"$W/out" 2>"$W/err" || { say "bench: failed: $*"; sed 's/^/  /' "$W/err" | tail -5 >&2; return 1; }
		t1=$(now_ns)
		work=$(sed -n 's/^ns //p' "$W/out")
		calls=$(sed -n 's/^calls //p' "$W/out")
		wall=$((t1 - t0))
		[ -n "$work" ] || { say "bench: no timing from: $*"; return 1; }
		if [ -z "$best_work" ] || [ "$work" -lt "$best_work" ]; then
			best_work=$work
			if [ -n "$log" ]; then
				bytes=$(du -sb "$log" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }')
			fi
		fi
		if [ -z "$best_wall" ] || [ "$wall" -lt "$best_wall" ]; then best_wall=$wall; fi
	done
	return 0
}

rows="$W/rows"
: >"$rows"

# measure NAME THREADS BASE_WORK BASE_WALL RUNS LOG SETUP -- CMD...
measure() {
	name=$1 th=$2 bw=$3 bl=$4 n=$5 log=$6 setup=$7; shift 8
	if ! run_best "$n" "$log" "$setup" -- "$@"; then
		echo "$name $th failed" >>"$rows"
		return
	fi
	# sftrace says how many events each log holds: a tracer that drops
	# events would look cheap, so the table shows what was recorded.
	events=-
	case $name in sftrace*)
		events=$(sed -n 's/.* \([0-9][0-9]*\) events,.*/\1/p' "$W/err" | awk '{ s += $1 } END { print s + 0 }')
	esac
	echo "$name $th ok $best_work $best_wall $bw $bl $calls $bytes $n $events" >>"$rows"
}

if [ -x "$B/sftrace" ] && [ -f "$B/libsftrace.so" ]; then
	have_sftrace=1
else
	have_sftrace=0
fi

for th in $THREADS; do
	say "bench: $th thread(s): untraced baselines ($RUNS runs each)"
	run_best "$RUNS" "" ":" -- "$W/wl-sled" "$th" "$LEAF" "$FIB" || exit 1
	sled_work=$best_work sled_wall=$best_wall
	run_best "$RUNS" "" ":" -- "$W/wl-xray" "$th" "$LEAF" "$FIB" || exit 1
	xray_work=$best_work xray_wall=$best_wall
	if [ "$have_pg" = 1 ]; then
		run_best "$RUNS" "" ":" -- "$W/wl-pg" "$th" "$LEAF" "$FIB" || exit 1
		pg_work=$best_work pg_wall=$best_wall
	fi

	if ! skipped sftrace; then
		if [ "$have_sftrace" = 1 ]; then
			say "bench: $th thread(s): sftrace"
			measure sftrace "$th" "$sled_work" "$sled_wall" "$RUNS" "$W/sf.log" \
				'rm -f "$W"/sf.log*' -- \
				"$B/sftrace" record --solib "$B/libsftrace.so" -o "$W/sf.log" -- \
				"$W/wl-sled" "$th" "$LEAF" "$FIB"
		else
			echo "sftrace $th missing" >>"$rows"
		fi
	fi
	if [ -n "${BENCH_BEFORE:-}" ] && [ -x "$BENCH_BEFORE/sftrace" ]; then
		say "bench: $th thread(s): sftrace of $BENCH_BEFORE"
		measure sftrace-before "$th" "$sled_work" "$sled_wall" "$RUNS" "$W/sf.log" \
			'rm -f "$W"/sf.log*' -- \
			"$BENCH_BEFORE/sftrace" record --solib "$BENCH_BEFORE/libsftrace.so" -o "$W/sf.log" -- \
			"$W/wl-sled" "$th" "$LEAF" "$FIB"
	fi
	if ! skipped sftrace-values && [ "$have_sftrace" = 1 ]; then
		say "bench: $th thread(s): sftrace, values of every call"
		measure sftrace-values-all "$th" "$sled_work" "$sled_wall" "$RUNS" "$W/sf.log" \
			'rm -f "$W"/sf.log*' -- \
			"$B/sftrace" record --solib "$B/libsftrace.so" -A '^(fib|leaf)$' -R '^(fib|leaf)$' \
			-o "$W/sf.log" -- "$W/wl-sled" "$th" "$LEAF" "$FIB"
		"$B/sftrace" filter -p "$W/wl-sled" --args '^(fib|leaf)$' --retval '^(fib|leaf)$' -o - 2>/dev/null |
			awk '{ print } $2 ~ /^iar$/ { printf "values %s args=rdi ret=rax\n", $1 }' >"$W/values.filter"
		measure sftrace-values-rdi,rax "$th" "$sled_work" "$sled_wall" "$RUNS" "$W/sf.log" \
			'rm -f "$W"/sf.log*' -- \
			"$B/sftrace" record --solib "$B/libsftrace.so" -f "$W/values.filter" \
			-o "$W/sf.log" -- "$W/wl-sled" "$th" "$LEAF" "$FIB"
	fi
	if ! skipped xray-fdr; then
		say "bench: $th thread(s): XRay FDR"
		# Buffers big enough for the whole run: FDR drops events once
		# its buffer queue is exhausted.
		measure xray-fdr "$th" "$xray_work" "$xray_wall" "$RUNS" "$W/xray" \
			'rm -rf "$W/xray"; mkdir "$W/xray"' -- \
			env BENCH_XRAY_FDR=1 \
			XRAY_OPTIONS="patch_premain=true xray_mode=xray-fdr verbosity=0 xray_logfile_base=$W/xray/" \
			XRAY_FDR_OPTIONS="func_duration_threshold_us=0 buffer_size=1048576 buffer_max=$((th * 400))" \
			"$W/wl-xray" "$th" "$LEAF" "$FIB"
	fi
	if ! skipped xray-basic; then
		say "bench: $th thread(s): XRay basic ($SLOW_RUNS runs, slow)"
		measure xray-basic "$th" "$xray_work" "$xray_wall" "$SLOW_RUNS" "$W/xray" \
			'rm -rf "$W/xray"; mkdir "$W/xray"' -- \
			env XRAY_OPTIONS="patch_premain=true xray_mode=xray-basic verbosity=0 xray_logfile_base=$W/xray/" \
			XRAY_BASIC_OPTIONS="func_duration_threshold_us=0" \
			"$W/wl-xray" "$th" "$LEAF" "$FIB"
	fi
	if ! skipped uftrace; then
		if [ "$have_pg" = 1 ] && command -v uftrace >/dev/null; then
			say "bench: $th thread(s): uftrace"
			measure uftrace "$th" "$pg_work" "$pg_wall" "$RUNS" "$W/uftrace.data" \
				'rm -rf "$W/uftrace.data"' -- \
				uftrace record -d "$W/uftrace.data" "$W/wl-pg" "$th" "$LEAF" "$FIB"
		else
			echo "uftrace $th missing" >>"$rows"
		fi
	fi
	rm -rf "$W/xray" "$W/uftrace.data" "$W"/sf.log*
done

# The table. Ratios compare each tracer's work overhead with sftrace's on
# the same number of threads.
awk -v leaf="$LEAF" -v fib="$FIB" -v floor="$floor_ns" -v rdtsc="$rdtsc_ns" '
function label(n) {
	if (n == "xray-fdr")
		return "XRay FDR"
	if (n == "xray-basic")
		return "XRay basic"
	return n
}
{
	key = $1 " " $2
	order[++nrows] = key
	status[key] = $3
	if ($3 == "ok") {
		ov_work[key] = ($4 - $6) / ($8 / $2)
		ov_wall[key] = ($5 - $7) / ($8 / $2)
		bpe[key] = $8 > 0 ? $9 / (2 * $8) : 0
		runs[key] = $10
		rec[key] = $11 == "-" ? "-" : sprintf("%.1f%%", 100 * $11 / (2 * $8))
	}
}
END {
	printf "\nWorkload: fib(%d) + %d leaf calls per thread. Overhead per traced call (entry+exit),\n", fib, leaf
	printf "per thread, best of N runs; ratio = overhead / sftrace overhead (same threads);\n"
	printf "recorded = events in the log / (2 x calls), where the tracer reports it.\n\n"
	printf "%-22s %3s %12s %12s %9s %8s %10s %9s %5s\n", "tracer", "thr", "work ns/call", "wall ns/call", "ratio", "x floor", "B/event", "recorded", "runs"
	if (floor != "") {
		printf "%-22s %3s %12.1f %12s %9s %8s %10s %9s %5d\n", "floor (2 reads+stores)", 1, floor, "-", "-", "1.00x", "-", "-", 5
		printf "%-22s %3s %12.1f %12s %9s %8s %10s %9s %5d\n", "two counter reads", 1, rdtsc, "-", "-", sprintf("%.2fx", rdtsc / floor), "-", "-", 5
	}
	for (i = 1; i <= nrows; i++) {
		key = order[i]
		split(key, k, " ")
		if (status[key] != "ok") {
			printf "%-22s %3s %s\n", label(k[1]), k[2], status[key] == "missing" ? "not available" : "FAILED (see above)"
			continue
		}
		ref = "sftrace " k[2]
		ratio = (status[ref] == "ok" && ov_work[ref] > 0) ? sprintf("%.1fx", ov_work[key] / ov_work[ref]) : "-"
		xf = floor > 0 ? sprintf("%.2fx", ov_work[key] / floor) : "-"
		printf "%-22s %3s %12.1f %12.1f %9s %8s %10.2f %9s %5d\n", label(k[1]), k[2], ov_work[key], ov_wall[key], ratio, xf, bpe[key], rec[key], runs[key]
	}
	if (floor > 0) {
		printf "\nGoals (issue 17), against the floor of this run (%.1f ns per call):\n", floor
		for (i = 1; i <= nrows; i++) {
			key = order[i]
			split(key, k, " ")
			if (k[1] != "sftrace" || status[key] != "ok")
				continue
			r = ov_work[key] / floor
			printf "  record, %d thread(s): %.1f ns = %.2f x floor (goal <= 1.15: %s); %.2f B/event (goal <= 2.5: %s)\n", k[2], ov_work[key], r, r <= 1.15 ? "met" : "not met", bpe[key], bpe[key] <= 2.5 ? "met" : "not met"
		}
	}
	printf "\nNot measured: the original Rust sftrace (needs crates from the network; not available offline).\n"
}' "$rows"
