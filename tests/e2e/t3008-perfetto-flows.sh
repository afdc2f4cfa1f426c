#!/bin/sh
# Perfetto flow arrows for work items handed between threads
# (docs/sftrace-convert.md "Flows"): a flow starts at the slice of the call
# that made the item and ends at the slice that executed it on another
# thread. Oracles: protoc decodes flow_ids / terminating_flow_ids
# (perfetto_subset.proto) and trace-check.mjs pairs them, failing on a flow
# that starts or ends twice or never; the programs' own counts of items.
#   flow-queue.c: 6 items on the stack of stack_spawner, 5 heap items
#     handed over by submit (user rules), all run by one worker thread;
#   rquicksort (rayon, built-in rules): as many flows as the log has
#     executed items with a known cause, each ending at a job's execute on
#     another thread than its start.
# The way back: a flow from each executed item's slice to the slice of the
# spawning thread that waited for it, checked by flow-back.py against the
# slices themselves (the forward source or a slice around it, open when
# the item ended): stack_spawner waits for its own items (the same slice),
# a rayon join for its stolen half (the same slice, every one).
# Chrome JSON: the same arrows out as flow events ("s", "f" bound to the
# enclosing slice), paired by trace-check.mjs: its flow lines equal the
# Perfetto trace's.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need protoc node clang python3

cc_xray fq "$PROGS/flow-queue.c" || { not_ok "build flow-queue.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" --flow '^run_item$@arg0' --flow-source '^submit$@arg0' \
	-o q.log -- ./fq >q.out 2>q.rec.err
check_eq "flow-queue: record exits 0" 0 "$?"
"$SFTRACE" convert -o q.pb.gz q.log 2>q.err
check_eq "flow-queue: convert exits 0" 0 "$?"
if pf_check q.pb.gz q.norm; then
	ok "flow-queue: the trace is valid and every flow starts and ends once"
else
	not_ok "flow-queue: the trace is valid and every flow starts and ends once"
fi
grep '^flow' q.norm | awk -F'\t' '{ print $4, "->", $9, ($3 == $8) ? "same-thread" : "other-thread" }' |
	sort | uniq -c | sed "s/^ *//" | LC_ALL=C sort >q.flows
printf "%s\n" "5 submit -> run_item other-thread" "6 stack_spawner -> run_item other-thread" | LC_ALL=C sort >q.want
check_cmp "flow-queue: 6 flows from stack_spawner and 5 from submit to run_item" q.want q.flows
python3 "$OR/flow-back.py" q.norm >q.back
check_eq "flow-queue: every way back ends at the frame that waited" 0 "$?"
check_eq "flow-queue: the 6 stack items back to their own stack_spawner" 6 \
	"$(grep -c '^back run_item -> stack_spawner same$' q.back)"
check_eq "flow-queue: 11 ways back in all" 11 "$(wc -l <q.back)"
"$SFTRACE" convert -t chrome -o q.json q.log 2>q.cj.err
check "flow-queue: Chrome JSON parses, nests and pairs its flows" cj_check q.json q.cnorm
grep '^flow' q.norm >q.pf.flows
grep '^flow' q.cnorm >q.cj.flows
check_cmp "flow-queue: Chrome JSON's flows are the Perfetto trace's" q.pf.flows q.cj.flows

# The same with no rules: no flows (the check can fail).
sf_record n.log ./fq >n.out
"$SFTRACE" convert -o n.pb n.log 2>n.err
pf_check n.pb n.norm >/dev/null
check_eq "flow-queue without --flow: no flows" 0 "$(grep -c '^flow' n.norm)"

if command -v cargo >/dev/null && rayon_progs "$T/bin" 2>build.err; then
	RAYON_NUM_THREADS=4 sf_record r.log bin/rquicksort >r.out
	"$SFTRACE" convert -o r.pb r.log 2>r.err
	pf_check r.pb r.norm >/dev/null || not_ok "rquicksort: a valid trace"
	nflow=$(grep -c '^flow' r.norm)
	nitem=$("$SFTRACE" dump r.log | grep -c '~ executes item')
	check "rquicksort: flows drawn ($nflow)" test "$nflow" -gt 0
	check_eq "rquicksort: one flow per executed item" "$nitem" "$nflow"
	check_eq "rquicksort: every flow ends at a job's execute" 0 \
		"$(grep '^flow' r.norm | awk -F'\t' '$9 !~ /as rayon_core::job::Job>::execute$/' | wc -l)"
	check_eq "rquicksort: every flow crosses threads" 0 \
		"$(grep '^flow' r.norm | awk -F'\t' '$3 == $8' | wc -l)"
	python3 "$OR/flow-back.py" r.norm >r.back
	check_eq "rquicksort: every way back ends at the frame that waited" 0 "$?"
	"$SFTRACE" convert -t chrome -o r.json r.log 2>/dev/null
	cj_check r.json r.cnorm >/dev/null || not_ok "rquicksort: a valid Chrome JSON file"
	grep '^flow' r.norm >r.pf.flows
	grep '^flow' r.cnorm >r.cj.flows
	check_cmp "rquicksort: Chrome JSON's flows are the Perfetto trace's" r.pf.flows r.cj.flows
	check_eq "rquicksort: each stolen job back to the join that spawned it" "$nflow" \
		"$(grep -c ' same$' r.back)"
else
	skip "rquicksort flows: the rayon programs cannot be built here"
fi
done_testing
