#!/bin/sh
# A timer signal every 20 us whose handler runs instrumented code, over
# short calls (tests/progs/filter/sigstress.c), recorded without filters:
# handlers land inside entries, exits and block switches, and nothing may
# be lost. Oracle: the program's own counts (every call it made, and the
# handler's), so entries = calls, events = 2 x calls, and no thread
# reports a lost event. docs/runtime.md "What signals cost" explains the
# run time.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray ss "$PROGS/filter/sigstress.c" || { not_ok "build sigstress.c"; done_testing; exit 1; }

for run in 1 2; do
	sf_record ss.log ./ss 300000 20 >ss.out
	check_eq "run $run: record exits 0" 0 "$?"
	calls=$(sed -n 's/^calls //p' ss.out)
	ticks=$(sed -n 's/^count on_tick //p' ss.out)
	"$SFTRACE" dump --summary ss.log >ss.dump
	check_eq "run $run: dump exits 0" 0 "$?"
	# main is traced too, and not among the calls the program counts.
	entries=$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $3 ~ /^entry/ && $6 != "main"' ss.dump | wc -l)
	check_eq "run $run: one entry per call the program made" "${calls:-none}" "$entries"
	check_eq "run $run: two events per call" "$((2 * ${calls:-0}))" \
		"$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $6 != "main"' ss.dump | wc -l)"
	check_eq "run $run: every handler call is there" "${ticks:-none}" \
		"$(awk '$3 ~ /^entry/ && $6 == "on_tick"' ss.dump | wc -l)"
	check_eq "run $run: nothing lost" "0" \
		"$(sed -n 's/^thread [0-9]*: [0-9]* events, \([0-9]*\) lost$/\1/p' ss.dump)"
	check "run $run: signals did interrupt recording (nested records)" grep -q ' entry\*' ss.dump
	echo "# run $run: $calls calls, $ticks signals"
done
done_testing
