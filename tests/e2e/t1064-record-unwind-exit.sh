#!/bin/sh
# The frame that catches a longjmp (or an exception) and returns without
# calling anything (tests/progs/unwind-ret.c: a jump from depth 1000 back
# to depth 500, then every frame returns, calling nothing traced): the
# runtime compares the exit's stack pointer with the innermost open
# frame's and writes UNWIND before the exit, so the exits close their own
# frames. Before, only entries were compared: the 500 exits on the way
# back each closed the innermost open rec frame (1000, 999, ... 501, matched
# by function id), and the real frames 1..500 all ended together at
# main's next call. Oracle: the calls table read by DuckDB: the frames
# at depths 2..500 end at 499 different times (each frame spins 2 us
# before it returns), the 500 unwound ones (501..1000) at one.
. "$(dirname "$0")/lib.sh"
need clang node oracles

clang -O1 -g $XRAY_CFLAGS -c -o ur.o "$PROGS/unwind-ret.c" && clang -o ur ur.o ||
	{ not_ok "build unwind-ret.c"; done_testing; exit 1; }
sf_record ur.log ./ur 1 >out
check_eq "exit status 0" 0 "$?"
trace_counts ur.log >got.counts
grep '^count ' out | awk '{ print $2, $3 }' | LC_ALL=C sort >want.counts
check_counts "counts exact" want.counts got.counts
check "convert -t calls" "$SFTRACE" convert -t calls -o ur.calls ur.log
q() { node "$TOP/tests/oracles/duckdb-dump.mjs" sql "$1"; }
f="read_parquet('$T/ur.calls')"
check_eq "the frames 2..500 end one after another (their own exits)" 499 \
	"$(q "SELECT count(DISTINCT \"end\") FROM $f WHERE depth BETWEEN 2 AND 500")"
check_eq "the 500 frames the jump left end together (one UNWIND)" 1 \
	"$(q "SELECT count(DISTINCT \"end\") FROM $f WHERE depth BETWEEN 501 AND 1000")"
check_eq "each frame ends after the one it called (depth 2..500)" 0 \
	"$(q "SELECT count(*) FROM $f c JOIN $f p ON c.parent = p.frame_id WHERE c.depth BETWEEN 3 AND 500 AND p.\"end\" <= c.\"end\"")"
"$SFTRACE" dump ur.log >d.txt
check_eq "one UNWIND of the 500 frames" 1 "$(grep -c ' unwind  *500 frames' d.txt)"
done_testing
