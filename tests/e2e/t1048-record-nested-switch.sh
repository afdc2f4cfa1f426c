#!/bin/sh
# Signal handlers that record exactly where an event found its block
# full (the runtime's fault injection SFTRACE_TEST_NEST, runtime/record.c
# rt_test_nest_raise(), docs/runtime.md "Block switches under signals"),
# over tests/progs/nestsig.c:
# - while the event still holds its reservation: the handlers' records
#   go after it, and giving the reservation back must not move the write
#   pointer before them (they were overwritten by the next records and
#   the block read as ending early: calls missing, no loss reported);
# - after it gave it back, so many that the room kept for nested records
#   runs out (a signal storm holding the writer in that window): the
#   handler replaces the block itself instead of losing events.
# Oracle: the program's own counts (every call it made, every handler
# run); no event lost, no damage reported.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray ns "$PROGS/nestsig.c" || { not_ok "build nestsig.c"; done_testing; exit 1; }

# SIGUSR1 is 10 on both architectures Linux names here.
for spec in 10:3:1 10:0:1500 10:4:1500; do
	SFTRACE_TEST_NEST=$spec sf_record ns.log ./ns 300000 >ns.out
	check_eq "$spec: record exits 0" 0 "$?"
	calls=$(sed -n 's/^calls //p' ns.out)
	handlers=$(sed -n 's/^handler //p' ns.out)
	check "$spec: the handler ran at the block switches" test "${handlers:-0}" -gt 0
	"$SFTRACE" dump --summary ns.log >ns.dump 2>ns.err
	check_eq "$spec: dump exits 0" 0 "$?"
	check_eq "$spec: dump reports no damage" "" "$(cat ns.err)"
	check_eq "$spec: one entry per call the program made" "${calls:-none}" \
		"$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $3 ~ /^entry/ && $6 != "main"' ns.dump | wc -l)"
	check_eq "$spec: two events per call" "$((2 * ${calls:-0}))" \
		"$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $3 ~ /^(entry|exit)/ && $NF != "main"' ns.dump | wc -l)"
	check_eq "$spec: every handler run is there" "${handlers:-none}" \
		"$(awk '$3 ~ /^entry/ && $6 == "on_usr1"' ns.dump | wc -l)"
	check_eq "$spec: nothing lost" "0" \
		"$(sed -n 's/^thread [0-9]*: [0-9]* events, \([0-9]*\) lost$/\1/p' ns.dump)"
	# record's own count (tools/record-summary.c: a tag walk, blocks
	# counted in parallel) is what the readers decode
	check_eq "$spec: record's summary counts the events the readers read" \
		"$(sed -n 's/^thread [0-9]*: \([0-9]*\) events.*/\1/p' ns.dump)" \
		"$(sed -n 's/.*: \([0-9]*\) events, .*/\1/p' "$T/record.err")"
	echo "# $spec: $calls calls, $handlers handler runs"
done
done_testing
