#!/bin/sh
# Coroutines on ucontext (swapcontext, makecontext, uc_link, getcontext +
# setcontext; tests/progs/coroutine.c): the frames of a context that
# swaps away are suspended, not left, and the calls made meanwhile by the
# context swapped to are not theirs. Before CONTEXT records the consumer's
# calls nested under the producer's suspended frames (use_item under
# produce, after_producer under finish). Oracle: the call paths the
# program's source fixes (listed in coroutine.c) and its own counts.
. "$(dirname "$0")/lib.sh"
need clang python3

cc_xray co "$PROGS/coroutine.c" || { not_ok "build coroutine.c"; done_testing; exit 1; }
./co >untraced.out
sf_record co.log ./co >co.out
check_eq "record exits 0" 0 "$?"
check_cmp "output unchanged by tracing" untraced.out co.out
trace_counts co.log | short_names >counts.got
prog_counts co.out >counts.want
check_counts "calls per function = the program's counts" counts.want counts.got

"$SFTRACE" tree --no-fold-recursion --json -o tree.json co.log 2>tree.err
check_eq "tree exits 0" 0 "$?"
python3 "$TOP/tests/oracles/tree-paths.py" tree.json "" >paths.got
cat >paths.want <<'EOT'
main	1
main > consumer	1
main > consumer > after_producer	1
main > consumer > use_item	5
main > jumper	1
main > jumper > again	2
producer	1
producer > finish	1
producer > produce	5
producer > produce > make_item	5
EOT
LC_ALL=C sort paths.want >paths.want.s
LC_ALL=C sort paths.got >paths.got.s
check_cmp "call paths as the source has them" paths.want.s paths.got.s
check "the log has the switches" sh -c "'$SFTRACE' dump co.log | grep -q 'context switch: frames saved in'"
check_eq "nothing repaired: every frame exits" "" "$(grep -i 'repaired' tree.err)"
# report and tree -j2 on this one-thread log run the analysis on a second
# thread (tools/analysis/relay.c), which is handed the context switches
# too: the same results as -j1
"$SFTRACE" report --csv -j1 co.log >r1.csv 2>/dev/null
"$SFTRACE" report --csv -j2 co.log >r2.csv 2>/dev/null
check "report: a table of the program's functions" grep -q '^use_item,' r1.csv
check_cmp "report -j2 gives what -j1 gives" r1.csv r2.csv
"$SFTRACE" tree --json --no-fold-recursion -j1 co.log >t1.json 2>/dev/null
"$SFTRACE" tree --json --no-fold-recursion -j2 co.log >t2.json 2>/dev/null
check_cmp "tree -j2 gives what -j1 gives" t1.json t2.json
done_testing
