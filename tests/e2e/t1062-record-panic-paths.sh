#!/bin/sh
# Frames left by Rust panics caught with catch_unwind read at their real
# depth: tests/progs/panics.rs (opt-level 2) panics and catches one level
# up, four levels up, and through a catch that resumes the panic to an
# outer one, every catcher then making calls of its own. Oracle: the
# program's own stack of names (a guard per frame whose drop runs as the
# panic unwinds it), one "path" line per call, against flamegraph --folded
# --calls and tree --json: the paths between the program's own functions
# (the standard library's panic machinery left out) and their calls.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need rustc python3

rust_xray panics "$PROGS/panics.rs" 2>build.err || { not_ok "build panics.rs"; done_testing; exit 1; }
sf_record sf.log ./panics 3 >panics.out
check_eq "record exits 0" 0 $?
sed -n 's/^path //p' panics.out | LC_ALL=C sort | uniq -c | awk '{ print $2, $1 }' >expect
check "the program saw after() called by resumed() once the resumed panic was caught" \
	grep -q '^panics::main;panics::resumed;panics::after;panics::leaf 3$' expect

"$SFTRACE" flamegraph --folded --calls --no-fold-recursion sf.log 2>/dev/null | own_paths panics:: >folded
check_cmp "flamegraph --folded --calls: the program's paths and calls" expect folded
"$SFTRACE" tree --json --no-fold-recursion sf.log >tree.json 2>/dev/null
tree_paths tree.json | own_paths panics:: >tree
check_cmp "tree --json: the program's paths and calls" expect tree
done_testing
