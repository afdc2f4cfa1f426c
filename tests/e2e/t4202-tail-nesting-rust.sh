#!/bin/sh
# Tail calls of an optimized Rust program read as the source wrote them:
# tests/progs/tails.rs at opt-level 2 makes tail calls (a chain, a mutual
# recursion, a call through a trait object; the log's tail events show
# them). Oracle: the same source at opt-level 0, which makes none, recorded
# the same way: its call paths between the program's own functions (the
# standard library's calls left out of both, as opt-level 2 inlines them)
# and their calls equal the optimized build's, read by flamegraph --folded
# --calls; with --no-tail-nesting they do not.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need rustc python3

for o in 0 2; do
	RUSTC_BOOTSTRAP=1 rustc -C opt-level=$o -g -Zinstrument-xray=always -o tails$o \
		"$PROGS/tails.rs" 2>build.err || { not_ok "build tails.rs at opt-level $o"; done_testing; exit 1; }
	sf_record o$o.log ./tails$o 4 >o$o.out
	check_eq "record opt-level $o exits 0" 0 $?
done
check "both builds print the same sum" cmp -s o0.out o2.out
"$SFTRACE" dump --raw o2.log | awk '$3 == "tail" { print $6 }' | LC_ALL=C sort -u >tail-events
check "opt-level 2: parse_module, parse_items, even, odd and walk leave by tail calls (the premise)" \
	sh -c 'for f in 12parse_module 11parse_items 4even 3odd 4walk; do grep -q "5tails$f\$" tail-events || exit 1; done'
"$SFTRACE" dump --raw o0.log | awk '$3 == "tail" { print $6 }' | grep '5tails' >own-tails0
check "opt-level 0: no tail call of the program's own functions" test ! -s own-tails0

"$SFTRACE" flamegraph --folded --calls --no-fold-recursion o0.log 2>/dev/null | own_paths '<?tails::' >expect
check "opt-level 0: walk calls visit through the trait object" \
	grep -q '^tails::main;tails::walk;<tails::Counter as tails::Visit>::visit 4$' expect
"$SFTRACE" flamegraph --folded --calls --no-fold-recursion o2.log 2>/dev/null | own_paths '<?tails::' >out
check_cmp "opt-level 2: the same paths and calls as without tail calls" expect out
"$SFTRACE" flamegraph --folded --calls --no-fold-recursion --no-tail-nesting o2.log 2>/dev/null |
	own_paths '<?tails::' >flat
check "--no-tail-nesting: not the source's paths" sh -c '! cmp -s expect flat'
check "--no-tail-nesting: parse_items beside parse_module, as recorded" \
	grep -q '^tails::main;tails::parse_items 4$' flat
done_testing
