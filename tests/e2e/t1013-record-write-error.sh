#!/bin/sh
# The log cannot grow (a file size limit stands in for a full disk): the
# program keeps running to the end with its output unchanged, tracing
# stops, record says why and how much was not recorded (the runtime
# itself says nothing: the program's stderr stays its own), and the log
# stays readable up to that point:
# what it holds is a prefix of the run. Oracle: the program's own counts
# (upper bounds here) and an untraced run.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }

./prog 26 | grep -v '^nap_ns' >untraced.out
# SIGXFSZ ignored (inherited through exec), so going past the limit is an
# EFBIG error for the writer, as ENOSPC would be.
sh -c 'trap "" XFSZ; ulimit -f 1024; exec "$@"' sh \
	"$SFTRACE" record --solib "$SOLIB" -o sf.log -- ./prog 26 >traced.full 2>record.err
check_eq "record exits 0: the program ran to the end" 0 "$?"
grep -v '^nap_ns' traced.full >traced.out
check_cmp "the program's output is unchanged" untraced.out traced.out
sed 's/^/# /' record.err
check_eq "record says once why recording stopped and what was lost" 1 \
	"$(grep -c '^sftrace: sf.log: file size limit reached after [0-9]* events; [0-9]* events not recorded$' record.err)"
check_eq "nothing else on stderr (the runtime is silent under record)" "" \
	"$(grep -v '^sftrace: sf.log: ' record.err)"
check "the log is not bigger than the limit (512 KiB)" test "$(wc -c <sf.log)" -le 524288
check "dump reads the log" sh -c "'$SFTRACE' dump sf.log >dump"
check "the header says recording stopped early" grep -q '^state:.*stopped early' dump
trace_counts sf.log | short_names >trace.short
prog_counts traced.out >expect
over=$(awk 'NR == FNR { want[$1] = $2; next } ($1 in want) && $2 > want[$1]' expect trace.short)
check_eq "no function has more calls in the log than the program made" "" "$over"
check "the log holds the start of the run (fib calls)" test "$(sed -n 's/^fib //p' trace.short)" -gt 1000
done_testing
