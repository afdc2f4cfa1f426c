#!/bin/sh
# Frames left by longjmp read at their real depth: tests/progs/jumps.c
# jumps out of a recursion to a plain setjmp, to the inner then the outer
# of two nested ones, to a catcher that returns at once, and from a signal
# handler with siglongjmp. Oracle: the program's own stack of names (cut
# back where each jump lands), printed as one "path" line per call;
# compared with every path and its calls of flamegraph --folded --calls and
# of tree --json (uftrace cannot be the oracle here: it loses track at the
# nested jumps).
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need clang python3

cc_xray jumps "$PROGS/jumps.c" || { not_ok "build jumps.c"; done_testing; exit 1; }
sf_record sf.log ./jumps 3 >jumps.out
check_eq "record exits 0" 0 $?
sed -n 's/^path //p' jumps.out | LC_ALL=C sort | uniq -c | awk '{ print $2, $1 }' >expect
check "the program saw a jump land under try_signal after the handler" \
	grep -q '^main;try_signal;descend;descend;descend;on_usr1;in_handler;leaf 3$' expect
check "and the outer catcher's next call" grep -q '^main;try_outer;after 3$' expect

"$SFTRACE" flamegraph --folded --calls --no-fold-recursion sf.log 2>/dev/null | LC_ALL=C sort >folded
check_cmp "flamegraph --folded --calls: the program's paths and calls" expect folded
"$SFTRACE" tree --json --no-fold-recursion sf.log >tree.json 2>/dev/null
tree_paths tree.json | LC_ALL=C sort >tree
check_cmp "tree --json: the program's paths and calls" expect tree
done_testing
