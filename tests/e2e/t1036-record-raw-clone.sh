#!/bin/sh
# A child made by a raw clone (tests/progs/rawclone.c; no pthread_atfork
# handler runs) kept writing into its parent's shared blocks: its calls
# appeared in the parent's log and the parent's frames went wrong. Wanted:
# the child notices at its first event (its block limits live in memory
# marked MADV_WIPEONFORK, which reads as zeros in a child) and writes a log
# of its own, like a fork() child; the parent's log holds only the
# parent's calls.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray rawclone "$PROGS/rawclone.c" || { not_ok "build rawclone.c"; done_testing; exit 1; }
sf_record r.log ./rawclone >out
check_eq "exit status 0" 0 "$?"
check_eq "two logs: the parent's and the child's" 2 "$(ls r.log* | wc -l)"
trace_counts r.log >parent.counts
check_eq "the parent's log: in_parent as the program counted" \
	"$(sed -n 's/^count in_parent //p' out)" "$(awk '$1 == "in_parent" { print $2 }' parent.counts)"
check "... and no call of the child" sh -c '! grep -q in_child parent.counts'
child=$(ls r.log.* 2>/dev/null | head -1)
trace_counts "${child:-r.log.none}" >child.counts 2>/dev/null
check_eq "the child's log: in_child as the child counted" \
	"$(sed -n 's/^child count in_child //p' out)" "$(awk '$1 == "in_child" { print $2 }' child.counts)"
check "... and no call of the parent" sh -c '! grep -q in_parent child.counts'
done_testing
