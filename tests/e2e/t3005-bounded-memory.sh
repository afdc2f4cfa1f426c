#!/bin/sh
# Every reading command streams: its peak resident size must not grow with
# the length of the log. tests/progs/repeat.c makes the same calls (fib(20):
# 21891 calls, the same 20 call paths) 160 times and then 800 times; each
# command reads both logs, and the two peaks may differ by a few MB of
# noise, not by the 60 MB the longer log adds. (The aggregating commands keep one
# node per distinct call path, so those must be the same in both logs.)
. "$(dirname "$0")/lib.sh"
need clang
TOOL="$B/sftrace-test-tool"
[ -x "$TOOL" ] || skip_all "$TOOL not built (make check builds it)"
# ASan's quarantine keeps freed memory resident: not the program's own size
ldd "$SFTRACE" 2>/dev/null | grep -q libasan && skip_all "sftrace is built with AddressSanitizer"

check "build the program" cc_xray rep "$PROGS/repeat.c"
# The short run already fills more than one Parquet row group (2^20 rows),
# so that both runs have the converters' buffers at their bounded size
# (pages in flight, a row group's column chunks) and the difference is
# what grows with the log; from a run that fills none, a loaded machine
# (more pages waiting for the compressing workers) made that 8 MB.
check "record the short run" sf_record small.log ./rep 160
check "record the long run" sf_record large.log ./rep 800
grow=$(( ($(wc -c <large.log) - $(wc -c <small.log)) / 1024 ))
check "the long log is larger by at least 40 MB ($grow KB)" test "$grow" -gt 40960

peak() { # LOG CMD... : peak resident KB of `sftrace CMD... LOG`
	log=$1
	shift
	"$TOOL" maxrss "$SFTRACE" "$@" "$log" 2>peak.err >/dev/null ||
		{ cat peak.err >&2; echo 0; return; }
	awk '$1 == "maxrss" { print $2 }' peak.err
}

for cmd in "convert -o out.pb.gz" "convert -t pola -o out.pola" "convert -t calls -o out.calls" \
	"convert -t chrome -o out.json" "report" "tree" "flamegraph -o out.svg" "dump"; do
	# shellcheck disable=SC2086
	s=$(peak small.log $cmd)
	# shellcheck disable=SC2086
	l=$(peak large.log $cmd)
	check "$cmd: ran on both logs ($s KB, $l KB)" test "$s" -gt 0 -a "$l" -gt 0
	check "$cmd: peak grows by $((l - s)) KB for $grow KB more log (limit 8192)" \
		test $((l - s)) -lt 8192
done

# record itself: its summary walks every record of the log, and held the
# whole log resident while it did (a 2 GB log, 1.9 GB of RSS)
rpeak() { # N: peak resident KB of `sftrace record -- ./rep N` (record and the program)
	"$TOOL" maxrss "$SFTRACE" record --solib "$SOLIB" -o r.log -- ./rep "$1" 2>peak.err >/dev/null ||
		{ cat peak.err >&2; echo 0; return; }
	awk '$1 == "maxrss" { print $2 }' peak.err
}
s=$(rpeak 160)
l=$(rpeak 800)
check "record: ran both ($s KB, $l KB)" test "$s" -gt 0 -a "$l" -gt 0
check "record: peak grows by $((l - s)) KB for $grow KB more log (limit 8192)" \
	test $((l - s)) -lt 8192
done_testing
