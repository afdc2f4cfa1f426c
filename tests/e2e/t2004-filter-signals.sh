#!/bin/sh
# The minimum-duration filter erases short calls by moving the write
# pointer back; a timer signal whose handler runs instrumented code keeps
# landing in the middle of entries, exits and erasures. The log must stay
# well-formed (every exit closes the call the program returned from) and
# keep exactly the long calls.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray ss "$PROGS/filter/sigstress.c" || { not_ok "build sigstress.c"; done_testing; exit 1; }

for run in 1 2 3; do
	"$SFTRACE" record --solib "$SOLIB" --min-duration 100us -o ss.sf -- \
		./ss 300000 50 >ss.out 2>ss.err
	check_eq "run $run: record exits 0" 0 "$?"
	"$SFTRACE" dump --raw ss.sf >ss.dump 2>dump.err
	check_eq "run $run: the log decodes" 0 "$?"
	# Replay the calls: nested (signal-time) records on their own stack.
	awk '$1 ~ /^[0-9]+$/ && NF >= 6 {
		nest = ($4 == "*" || $3 ~ /\*$/); f = ($4 == "*") ? $7 : $6
		if ($3 ~ /^entry/) { if (nest) ns[++nd] = f; else st[++d] = f; next }
		if (nest) { if (nd > 0 && ns[nd] == f) nd--; next }
		if (d > 0 && st[d] == f) d--; else { bad++; if (!first) first = NR ": " $0 }
	}
	END { print bad + 0, d + 0, first }' ss.dump >replay
	check_eq "run $run: every exit closes the innermost open call; none left open" "0 0" \
		"$(cut -d' ' -f1,2 replay)"
	check_eq "run $run: every long call is kept" "$(awk '$2 == "long_call" { print $3 }' ss.out)" \
		"$(awk '$3 ~ /^entry/ && $6 == "long_call"' ss.dump | wc -l)"
	short=$(awk '$3 ~ /^entry/ && ($6 == "short_call" || $6 == "inner")' ss.dump | wc -l)
	# A short call is kept only when a handler recorded something inside
	# it; one tick lands in at most one short_call and one inner.
	ticks=$(awk '$2 == "on_tick" { print $3 }' ss.out)
	check "run $run: short calls kept ($short) <= 2 x signals ($ticks), of 900000" \
		test "$short" -le $((2 * ticks)) -a "$short" -lt 90000
done
check "signals did interrupt recording (nested records exist)" grep -q 'entry\*' ss.dump
done_testing
