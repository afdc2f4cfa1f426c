#!/bin/sh
# The seed's step 3 and the filtered recording of step 4 on the Rust
# addon: `sftrace filter -p BINDING -r REGEX -o sftrace.filter` (and the
# --list form), then `sftrace record -f sftrace.filter` of a process tree
# whose node loads that addon and the C addon, which the filter does not
# mention. Oracles: llvm-xray's own demangled view of the addon's
# xray_instr_map for the functions the regex selects, and build.js's call
# counts for what the filtered trace must hold: the selected functions
# with all their calls, nothing else.
. "$(dirname "$0")/lib.sh"
need rustc clang node perl c++filt llvm-xray

ND="$PROGS/node"
if ! "$ND/build-addons.sh" "$T" rust_v0.node c_addon.node; then
	not_ok "build the addons"
	sed 's/^/#   /' build-addons.err | head -20
	done_testing
	exit 1
fi
BINDING_NODE=$(realpath rust_v0.node)
REGEX='math::fib|pool::job'

# --- step 3 -------------------------------------------------------------------
"$SFTRACE" filter -p "$BINDING_NODE" -r "$REGEX" -o sftrace.filter >filter.out 2>&1
check_eq "step 3: sftrace filter -p BINDING -r REGEX exits 0" 0 "$?"
check "step 3: the filter file was written" test -s sftrace.filter

# llvm-xray lists every sled with its function id and demangled name.
llvm-xray extract --symbolize "$BINDING_NODE" 2>xray.err |
	sed -n "s/.*{ id: \([0-9]*\),.*function-name: '\{0,1\}\([^']*\)'\{0,1\}, version.*/\1 \2/p" |
	sort -u -k1,1n >xray.funcs
nall=$(wc -l <xray.funcs | tr -d ' ')
nsel=$(cut -d' ' -f2- xray.funcs | grep -Ec "$REGEX")
check "step 3: llvm-xray sees the addon's functions ($nall)" test "$nall" -gt 100
check_eq "step 3: the filter reports the selection llvm-xray's names give" \
	"$nsel of $nall" "$(sed -n 's/.*: \([0-9]* of [0-9]*\) functions selected.*/\1/p' filter.out)"

printf '# one regex per line\nmath::fib\n\npool::job\n' >symbols.list
"$SFTRACE" filter -p "$BINDING_NODE" --list symbols.list -o list.filter >list.out 2>&1
check_eq "step 3: sftrace filter --list exits 0" 0 "$?"
check_eq "step 3: --list selects what the regex selects" \
	"$(sed -n 's/.*: \([0-9]* of [0-9]*\) functions selected.*/\1/p' filter.out)" \
	"$(sed -n 's/.*: \([0-9]* of [0-9]*\) functions selected.*/\1/p' list.out)"

# --- step 4, filtered ------------------------------------------------------------
sum_names() {
	awk '{ n = $NF; k = $0; sub(/ [0-9]+$/, "", k); s[k] += n }
	     END { for (k in s) print k, s[k] }' | LC_ALL=C sort
}
for f in sftrace.filter list.filter; do
	rm -rf tr && mkdir tr
	ND="$ND" "$SFTRACE" record --solib "$SOLIB" -f $f -o tr/sf.filtered.log -- sh -c '
		node "$ND/build.js" rust_v0.node c_addon.node >p1.out && node "$ND/other.js" >/dev/null' \
		2>record.err
	check_eq "$f: sftrace record -f exits 0" 0 "$?"
	pid=$(sed -n 's/^pid //p' p1.out)
	# The only process with an instrumented module writes OUT itself.
	log=tr/sf.filtered.log
	check_eq "$f: node, the only process with an addon, wrote the log; nothing else did" \
		"$log $pid" "$(tree_logs "$log")"
	if [ ! -f "$log" ]; then
		sed 's/^/#   /' record.err | head -10
		continue
	fi
	check "$f: the runtime says the C addon is not in the filter" \
		grep -q "does not mention '.*c_addon.node'" record.err
	# Expected: the selected functions with every call, nothing else.
	{ sed -n 's/^v0 //p' p1.out; sed -n 's/^c //p' p1.out; } | sum_names |
		grep -E "^[^ ]*($REGEX) " >f.expect
	"$SFTRACE" report --json "$log" 2>/dev/null | node -e '
		let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
			for (const r of JSON.parse(s).functions) console.log(`${r.function} ${r.calls}`);
		});' | LC_ALL=C sort >f.actual
	check_cmp "$f: the trace holds exactly the selected functions, every call" f.expect f.actual
done
done_testing
