#!/bin/sh
# An addon mapped out of rel32 reach of libsftrace.so (NOTES.md, "rel32
# reach"): build.js first loads reserve.node, which fills the free address
# space within 4 GiB of libsftrace.so's mappings with PROT_NONE
# reservations, then loads a large addon (1 GiB of .bss) and the Rust
# addon, which the kernel must now place farther away. The test checks in
# /proc/self/maps (printed by build.js) that both landed more than 2 GiB
# from the runtime, and that every call is still recorded, the calls
# their constructors make inside dlopen included.
. "$(dirname "$0")/lib.sh"
need rustc clang node perl c++filt

ND="$PROGS/node"
if ! "$ND/build-addons.sh" "$T" rust_v0.node c_big.node reserve.node; then
	not_ok "build the addons"
	sed 's/^/#   /' build-addons.err | head -20
	done_testing
	exit 1
fi
stable() { grep -v '^pid \|^distance \|^reserved ' "$1"; }

node "$ND/build.js" --reserve reserve.node c_big.node rust_v0.node >ref.out 2>ref.err
check_eq "untraced: build.js with the reservation exits 0" 0 "$?"

sf_record sf.log node "$ND/build.js" --reserve reserve.node c_big.node rust_v0.node >far.out
rc=$?
check_eq "record exits 0" 0 "$rc"
[ "$rc" -ne 0 ] && sed 's/^/#   record: /' "$T/record.err" | head -10

reserved=$(sed -n 's/^reserved //p' far.out)
check "the helper reserved address space near libsftrace.so ($reserved bytes)" \
	test "${reserved:-0}" -gt 0
for a in c_big.node rust_v0.node; do
	d=$(sed -n "s/^distance $a //p" far.out)
	# 2 GiB = 2147483648; compared as strings of digits by awk, not sh,
	# whose integers may be 32-bit.
	check "$a landed more than 2 GiB from libsftrace.so (${d:-?} bytes)" \
		awk -v d="${d:-none}" 'BEGIN { exit !(d ~ /^[0-9]+$/ && d + 0 > 2147483648) }'
done
stable ref.out >ref.s; stable far.out >far.s
check_cmp "traced build.js prints what the untraced one did" ref.s far.s

check "the log exists" test -f sf.log
trace_counts sf.log | short_names >far.short
prog_counts far.out count >far.expect
check_counts "calls per function of both far addons equal build.js's counts" far.expect far.short
# Their constructors run inside dlopen, patched by the rtld-audit copy of
# the runtime before they run: its thunks must reach that far too.
prog_counts far.out ctor-count >far.ctor.expect
check_counts "calls made by the far addons' load-time constructors are traced" \
	far.ctor.expect far.short
done_testing
