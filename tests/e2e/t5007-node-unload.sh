#!/bin/sh
# An addon loaded, unloaded and another loaded later in one node process.
# node dlcloses a .node that registers no module ("Module did not
# self-register"): bad.node, instrumented, with a constructor that runs
# inside each dlopen. The script requires bad.node (fails, unmapped), then
# the C addon (here it lands at the very addresses bad.node had, so its
# calls must not be taken for bad.node's), then bad.node
# again, then calls the C addon once more. Expected: every constructor
# call of both bad.node loads and every C addon call under its own name,
# bad.node twice in the log's module table, both times unloaded. Oracle:
# the counts the sources fix (4 bad_work calls per constructor run;
# hanoi(n) makes 2^(n+1) - 1 c_hanoi and 2^n - 1 c_move calls, fact(n) n
# c_fact calls, the C addon's constructor 5 c_ctor_work calls).
. "$(dirname "$0")/lib.sh"
need clang node perl c++filt

ND="$PROGS/node"
if ! "$ND/build-addons.sh" "$T" c_addon.node; then
	not_ok "build the addons"
	sed 's/^/#   /' build-addons.err | head -20
	done_testing
	exit 1
fi
cat >bad.c <<'EOF'
__attribute__((noinline)) int bad_work(int i)
{
	__asm__ volatile("" : "+r"(i));
	return i * 3 + 1;
}

__attribute__((constructor)) static void bad_ctor(void)
{
	volatile int s = 0;

	for (int i = 0; i < 4; i++)
		s += bad_work(i);
}
EOF
clang -O2 -g -fPIC $XRAY_CFLAGS -c -o bad.o bad.c && clang -shared -o bad.node bad.o
check_eq "build bad.node" 0 "$?"

cat >unload.js <<'EOF'
"use strict";
const fs = require("fs");
const mapped = (n) => fs.readFileSync("/proc/self/maps", "utf8").includes("/" + n);
const tryBad = () => {
	try { require("./bad.node"); console.log("bad registered"); }
	catch (e) { console.log(`bad failed: ${/did not self-register/.test(e.message)}`); }
	console.log(`bad mapped: ${mapped("bad.node")}`);
};
tryBad();
const c = require("./c_addon.node");
console.log(`hanoi ${c.hanoi(4)} fact ${c.fact(5)}`);
tryBad();
console.log(`fact ${c.fact(3)}`);
EOF
node unload.js >ref.out 2>ref.err
check_eq "untraced: unload.js exits 0" 0 "$?"
cat >expect.out <<'EOF'
bad failed: true
bad mapped: false
hanoi 15 fact 120
bad failed: true
bad mapped: false
fact 6
EOF
check_cmp "untraced: node unloads bad.node both times" expect.out ref.out

sf_record sf.log node unload.js >out
check_eq "record exits 0" 0 "$?"
check_cmp "traced: node.js prints what the untraced one did" expect.out out

cat >counts.expect <<'EOF'
bad_ctor 2
bad_work 8
c_addon_ctor 1
c_ctor_work 5
c_fact 8
c_hanoi 31
c_move 15
EOF
trace_counts sf.log | short_names >counts
check_counts "every call of both bad.node loads and of the C addon, each under its name" \
	counts.expect counts

"$SFTRACE" dump --no-events sf.log >dump 2>dump.err
awk '/^  \[[0-9]+\] / { m = $2; sub(/.*\//, "", m) }
     /functions .* loaded at/ { print m, (/unloaded at/ ? "unloaded" : "loaded") }' dump >mods
printf 'bad.node unloaded\nc_addon.node loaded\nbad.node unloaded\n' >mods.expect
check_cmp "the module table: bad.node, the C addon, bad.node again, each bad.node unloaded" \
	mods.expect mods
done_testing
