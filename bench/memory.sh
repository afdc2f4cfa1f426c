#!/bin/sh
# Cost of memory events, in one run: bench/alloc.c (a malloc and a free of
# a small block per round, inside a traced function) timed untraced, under
# `sftrace record` (calls only: what a program pays when memory is not
# recorded), under `record --memory` (the interposed allocator), with the
# sftrace-setup ABI (sftrace_alloc_event) and with both (each allocation
# written once). The cost per allocation event is (traced - calls only) /
# (2 x rounds); bytes per memory event are the log's growth over the
# calls-only log per memory event. Best of BENCH_RUNS (5). `make bench`
# runs it after bench/run.sh. Knob: BENCH_ALLOC_ROUNDS (5000000).
set -u
B=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "$B" && pwd) || exit 1
RUNS=${BENCH_RUNS:-5}
N=${BENCH_ALLOC_ROUNDS:-5000000}
W=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-bench-mem.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT
S="$B/sftrace"

clang -O2 -fxray-instrument -fxray-instruction-threshold=1 -I"$top/include" -c \
	-o "$W/alloc.o" "$top/bench/alloc.c" &&
	clang -o "$W/alloc" "$W/alloc.o" -L"$B" -lsftrace "-Wl,-rpath,$B" ||
	{ echo "bench: cannot build bench/alloc.c" >&2; exit 1; }

# best MODE HOW: best work_ns of RUNS runs into $best, log size into $size.
# HOW: none (untraced), calls (record), or a record option (-m).
best() {
	mode=$1 how=$2
	best='' size=0
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		rm -f "$W/sf.log"*
		case $how in
		none) out=$("$W/alloc" "$N" "$mode") || return 1 ;;
		calls) out=$("$S" record -o "$W/sf.log" -- "$W/alloc" "$N" "$mode" 2>/dev/null) ||
			return 1 ;;
		*) out=$("$S" record -o "$W/sf.log" "$how" -- "$W/alloc" "$N" "$mode" 2>/dev/null) ||
			return 1 ;;
		esac
		ns=$(printf '%s\n' "$out" | awk '$1 == "work_ns" { print $2 }')
		if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then
			best=$ns
			size=$(stat -c %s "$W/sf.log" 2>/dev/null || echo 0)
		fi
		i=$((i + 1))
	done
}

best plain none || exit 1; untraced=$best
best plain calls || exit 1; calls=$best; calls_size=$size
best plain -m || exit 1; malloc=$best; malloc_size=$size
best abi calls || exit 1; abi=$best; abi_size=$size
best abi -m || exit 1; both=$best; both_size=$size

awk -v n="$N" -v u="$untraced" -v c="$calls" -v m="$malloc" -v a="$abi" -v b="$both" \
    -v cs="$calls_size" -v ms="$malloc_size" -v as="$abi_size" -v bs="$both_size" 'BEGIN {
	ev = 2 * n
	printf "memory events: %d rounds of malloc+free in a traced function, best of runs\n", n
	printf "%-28s %10s %14s %14s\n", "mode", "ns/round", "ns/mem event", "bytes/mem event"
	printf "%-28s %10.1f %14s %14s\n", "untraced", u / n, "-", "-"
	printf "%-28s %10.1f %14s %14s\n", "record (calls only)", c / n, "-", "-"
	printf "%-28s %10.1f %14.1f %14.2f\n", "record --memory", m / n, (m - c) / ev, (ms - cs) / ev
	printf "%-28s %10.1f %14.1f %14.2f\n", "sftrace_alloc_event (crate)", a / n, (a - c) / ev, (as - cs) / ev
	printf "%-28s %10.1f %14.1f %14.2f\n", "both (written once)", b / n, (b - c) / ev, (bs - cs) / ev
}'
