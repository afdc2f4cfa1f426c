#!/bin/sh
# The rspack scenario's process tree: `sftrace record -- sh -c '...'`, the
# shell standing in for a package manager. It starts node three times:
# build.js with the Rust addon (v0 mangling) and the C addon, build.js with
# the Rust addon in legacy mangling, and other.js, which loads no addon.
# Expected: one log per node process that loaded an addon, none for the
# shell or for other.js: sf.log for the first (the shell runs them one
# after the other), sf.log.<pid> for the second; per-function calls equal
# to the counts build.js computed in JS from the calls it made; demangled
# Rust names in both manglings (constructor calls included); pool workers
# on their own threads. Then the shell itself becomes the second node by
# exec: the first keeps sf.log.
. "$(dirname "$0")/lib.sh"
need rustc clang node perl c++filt

ND="$PROGS/node"
if ! "$ND/build-addons.sh" "$T" rust_v0.node rust_legacy.node c_addon.node; then
	not_ok "build the addons"
	sed 's/^/#   /' build-addons.err | head -20
	done_testing
	exit 1
fi

# The lines of a build.js output that do not depend on the process.
stable() { grep -v '^pid \|^distance ' "$1"; }

node "$ND/build.js" rust_v0.node c_addon.node >ref1.out 2>ref1.err
check_eq "untraced: build.js with the v0 and C addons exits 0" 0 "$?"
node "$ND/build.js" rust_legacy.node >ref2.out 2>ref2.err
check_eq "untraced: build.js with the legacy addon exits 0" 0 "$?"

mkdir out
ND="$ND" sf_record out/sf.log sh -c 'node "$ND/build.js" rust_v0.node c_addon.node >p1.out &&
	node "$ND/build.js" rust_legacy.node >p2.out && node "$ND/other.js" >p3.out'
rc=$?
check_eq "record of the process tree exits 0" 0 "$rc"
[ "$rc" -ne 0 ] && sed 's/^/#   record: /' "$T/record.err" | head -10

pid1=$(sed -n 's/^pid //p' p1.out)
pid2=$(sed -n 's/^pid //p' p2.out)
pid3=$(sed -n 's/^pid //p' p3.out)
check "three node processes ran" test -n "$pid1" -a -n "$pid2" -a -n "$pid3"
stable ref1.out >ref1.s; stable p1.out >p1.s
check_cmp "traced build.js (v0 + C) prints what the untraced one did" ref1.s p1.s
stable ref2.out >ref2.s; stable p2.out >p2.s
check_cmp "traced build.js (legacy) prints what the untraced one did" ref2.s p2.s

printf 'out/sf.log %s\nout/sf.log.%s %s\n' "$pid1" "$pid2" "$pid2" | LC_ALL=C sort >logs.expect
tree_logs out/sf.log >logs.actual
check_cmp "one log per node process with an addon, none for sh or other.js: sf.log for the first, sf.log.<pid> for the second" \
	logs.expect logs.actual
check_eq "no other files in the output directory" 2 "$(ls out | wc -l | tr -d ' ')"

# sum_names: "NAME N" lines with names repeated, summed per name, sorted.
sum_names() {
	awk '{ n = $NF; k = $0; sub(/ [0-9]+$/, "", k); s[k] += n }
	     END { for (k in s) print k, s[k] }' | LC_ALL=C sort
}

# report_calls LOG: "NAME CALLS" from `sftrace report --json`, parsed by
# node's JSON parser. Both addons define napi_register_module_v1: report
# keeps them apart as "NAME (where)"; build.js counts per name, so the
# rows of one name are summed here.
report_calls() {
	"$SFTRACE" report --json "$1" 2>report.err | node -e '
		let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
			const n = new Map();
			for (const r of JSON.parse(s).functions) {
				const k = r.function.replace(/ \([^()]*\)$/, "");
				n.set(k, (n.get(k) || 0) + r.calls);
			}
			for (const [k, c] of n) console.log(`${k} ${c}`);
		});' | LC_ALL=C sort
}

for p in 1 2; do
	case $p in
	1) pid=$pid1 kinds="v0 c" what="v0 + C" mangled='^_RNvNtCs[0-9A-Za-z_]*_10rust_addon4math3fib ' ;;
	2) pid=$pid2 kinds="legacy" what="legacy" mangled='^_ZN10rust_addon4math3fib17h[0-9a-f]{16}E ' ;;
	esac
	log=$(log_of_pid out/sf.log "$pid")
	if [ -z "$log" ]; then
		not_ok "$what: a log of pid $pid exists"
		continue
	fi
	trace_counts "$log" >$p.raw
	check "$what: the log names math::fib with its mangled symbol" grep -Eq "$mangled" $p.raw
	short_names <$p.raw >$p.short
	prog_counts p$p.out count >$p.expect
	check_counts "$what: calls per function (bare names) equal build.js's counts" \
		$p.expect $p.short

	for k in $kinds; do sed -n "s/^$k //p" p$p.out; done | sum_names >$p.full.expect
	report_calls "$log" >$p.full
	check_counts "$what: calls per demangled name (sftrace report) equal build.js's counts" \
		$p.full.expect $p.full

	# record loads the runtime as an rtld-audit module too, which patches
	# an addon before its constructors run inside dlopen.
	prog_counts p$p.out ctor-count >$p.ctor.expect
	check_counts "$what: calls made by the addons' load-time constructors are traced" \
		$p.ctor.expect $p.short
done

# The pool's workers run on threads of their own: worker_loop on 5
# distinct threads (pool(4, ...) and pool(1, ...)), never on node's main
# thread, whose tid is the pid.
trace_tid_counts out/sf.log | short_names | awk '$2 == "worker_loop"' >tids
check_eq "v0: worker_loop ran once on each of 5 threads" 5 "$(awk '$3 == 1' tids | wc -l | tr -d ' ')"
check "v0: no worker_loop on the main thread" awk -v p="$pid1" '$1 == p { exit 1 }' tids

# The process record started may itself become an instrumented program
# by exec after an earlier process of the tree took sf.log: `sh -c 'node A
# && exec node B'`, and what bash -c does implicitly for `node A && node B`.
# B must leave A's sf.log alone and write sf.log.<pid>.
rm -rf out2 && mkdir out2
ND="$ND" sf_record out2/sf.log sh -c 'echo $$ >sh.pid; node "$ND/build.js" rust_v0.node >p4.out &&
	exec node "$ND/build.js" c_addon.node >p5.out'
check_eq "sh -c 'node A && exec node B': record exits 0" 0 "$?"
pid4=$(sed -n 's/^pid //p' p4.out)
pid5=$(sed -n 's/^pid //p' p5.out)
check_eq "node B is the process record started (the shell's \$\$)" "$(cat sh.pid)" "$pid5"
printf 'out2/sf.log %s\nout2/sf.log.%s %s\n' "$pid4" "$pid5" "$pid5" | LC_ALL=C sort >logs2.expect
tree_logs out2/sf.log >logs2.actual
check_cmp "sh -c 'node A && exec node B': sf.log is A's, sf.log.<pid> B's" logs2.expect logs2.actual
done_testing
