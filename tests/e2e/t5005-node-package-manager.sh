#!/bin/sh
# The package manager is itself node: `sftrace record -- node pm.js run
# build`, where pm.js (like pnpm) runs package.json's script with sh -c
# through child_process. Neither pm.js's node nor sh has instrumented code;
# the script's node processes load the addons. Expected: no log for the
# process record started, one per node that loaded an addon (the first
# writes sf.log, the others sf.log.<pid>; in any order when they run at
# the same time), every call recorded; a script that fails makes record
# exit with the script's status and the logs written before the failure
# are complete, also the log of a node process killed by SIGKILL.
. "$(dirname "$0")/lib.sh"
need rustc clang node perl c++filt

ND="$PROGS/node"
if ! "$ND/build-addons.sh" "$T" rust_v0.node c_addon.node; then
	not_ok "build the addons"
	sed 's/^/#   /' build-addons.err | head -20
	done_testing
	exit 1
fi
cat >package.json <<EOT
{
  "scripts": {
    "build": "node '$ND/build.js' rust_v0.node >p1.out && node '$ND/build.js' c_addon.node >p2.out",
    "broken": "node '$ND/build.js' rust_v0.node >p3.out && exit 3",
    "killed": "node '$ND/build.js' --kill rust_v0.node >p4.out",
    "parallel": "node '$ND/build.js' rust_v0.node >p5.out & node '$ND/build.js' c_addon.node >p6.out & node '$ND/build.js' rust_v0.node c_addon.node >p7.out; wait"
  }
}
EOT
mkdir trace
sf_record trace/sf.log node "$ND/pm.js" run build
check_eq "record -- node pm.js run build exits 0" 0 "$?"
pid1=$(sed -n 's/^pid //p' p1.out)
pid2=$(sed -n 's/^pid //p' p2.out)
printf 'trace/sf.log %s\ntrace/sf.log.%s %s\n' "$pid1" "$pid2" "$pid2" | LC_ALL=C sort >logs.expect
tree_logs trace/sf.log >logs.actual
check_cmp "logs only for the two node processes that loaded an addon: sf.log the first, sf.log.<pid> the second" \
	logs.expect logs.actual
check_eq "nothing else in the output directory" 2 "$(ls trace | wc -l | tr -d ' ')"
for p in 1 2; do
	if [ $p = 1 ]; then pid=$pid1; else pid=$pid2; fi
	trace_counts "$(log_of_pid trace/sf.log "$pid")" | short_names >$p.short
	prog_counts p$p.out count >$p.expect
	check_counts "script node $p: calls per function equal build.js's counts" $p.expect $p.short
done

rm -rf trace && mkdir trace
sf_record trace/sf.log node "$ND/pm.js" run broken
check_eq "record exits with the failing script's status" 3 "$?"
pid3=$(sed -n 's/^pid //p' p3.out)
check_eq "the node process before the failure wrote sf.log, the only log" \
	"trace/sf.log $pid3" "$(tree_logs trace/sf.log)"
trace_counts trace/sf.log | short_names >3.short
prog_counts p3.out count >3.expect
check_counts "its calls per function equal build.js's counts" 3.expect 3.short

rm -rf trace && mkdir trace
sf_record trace/sf.log node "$ND/pm.js" run killed
check_eq "record exits 137 when the script's node was killed by SIGKILL" 137 "$?"
pid4=$(sed -n 's/^pid //p' p4.out)
check_eq "the killed node process left sf.log, the only log" \
	"trace/sf.log $pid4" "$(tree_logs trace/sf.log)"
trace_counts trace/sf.log | short_names >4.short
prog_counts p4.out count >4.expect
check_counts "the killed process's log holds every call" 4.expect 4.short

# Three node processes with addons at the same time: which one takes
# sf.log is a race; exactly one does, the others write sf.log.<pid>.
rm -rf trace && mkdir trace
sf_record trace/sf.log node "$ND/pm.js" run parallel
check_eq "record -- node pm.js run parallel exits 0" 0 "$?"
pid5=$(sed -n 's/^pid //p' p5.out)
pid6=$(sed -n 's/^pid //p' p6.out)
pid7=$(sed -n 's/^pid //p' p7.out)
check "three concurrent node processes ran" test -n "$pid5" -a -n "$pid6" -a -n "$pid7"
check_tree_logs "one log per concurrent node process, one of them sf.log, the others sf.log.<pid>" \
	trace/sf.log "$pid5" "$pid6" "$pid7"
check_eq "nothing else in the output directory" 3 "$(ls trace | wc -l | tr -d ' ')"
for p in 5 6 7; do
	eval pid=\$pid$p
	log=$(log_of_pid trace/sf.log "$pid")
	trace_counts "${log:-trace/none}" 2>/dev/null | short_names >$p.short
	prog_counts p$p.out count >$p.expect
	check_counts "concurrent node $p: calls per function equal build.js's counts" $p.expect $p.short
done
done_testing
