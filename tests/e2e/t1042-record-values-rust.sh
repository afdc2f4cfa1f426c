#!/bin/sh
# Values of Rust functions (tests/progs/values.rs, the Rust ABI): integers
# of every width, a double, a &str and a &[u8] (a pointer and a length
# register: slices), a C string and a bad pointer, against what the
# program prints itself.
#   - record -A/-R: the registers;
#   - filter --args/--retval: the &str and the &[u8] are slices (DWARF);
#   - a filter file whose values lines ask for the &str as a slice and
#     the C strings as strings: the bytes, the bad pointer unreadable,
#     the program unaffected.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/regs-lib.sh"
need rustc

rust_xray rv "$PROGS/values.rs" 2>build.err || {
	not_ok "build values.rs"
	sed 's/^/#   /' build.err | head -20
	done_testing
	exit 1
}
./rv >plain.out
check_eq "the program runs untraced" 0 "$?"

regs_run "record -A -R" a -A '^r_' -R '^r_' -- ./rv
values_expect a.out ' (args|ret) ' >a.want
values_got a.dump a.want >a.got
check_regs "record -A -R: registers as the Rust code passed and returned them" a.want a.got

"$SFTRACE" filter -p ./rv --args '^r_' --retval '^r_' -o v.filter >filter.out 2>&1
check_eq "filter --args --retval: exit status 0" 0 "$?"
addr_of() { awk -v f="$1" '$1 ~ /^0x/ && $NF == f { print $1 }' v.filter; }
check "r_bytes: the &[u8] is a slice of rdi and rsi (DWARF)" \
	grep -q "^values $(addr_of r_bytes) .*slice=rdi:rsi" v.filter
check "r_str: the &str too" grep -q "^values $(addr_of r_str) .*slice=rdi:rsi" v.filter
check "r_ints: the six integer registers (DWARF)" \
	grep -q "^values $(addr_of r_ints) args=rdi,rsi,rdx,rcx,r8,r9 ret=rax\$" v.filter

# The strings asked for by hand: what the runtime does with slices and
# C strings, whatever the DWARF analysis says.
grep -v '^values ' v.filter >s.filter
cat >>s.filter <<EOF
values $(addr_of r_str) args=rdi,rsi ret=rax slice=rdi:rsi
values $(addr_of r_bytes) args=rdi,rsi ret=rax slice=rdi:rsi
values $(addr_of r_empty) args=rdi,rsi ret=rax slice=rdi:rsi
values $(addr_of r_cstr) args=rdi ret=rax str=rdi
values $(addr_of r_bad) args=rdi ret=rax str=rdi
values $(addr_of r_ints) args=rdi,rsi,rdx,rcx,r8,r9 ret=rax
values $(addr_of r_float) args=rdi,xmm0 ret=xmm0
EOF
regs_run "record -f (the bad pointer too)" s -f s.filter -- ./rv
values_expect s.out >s.want
values_got s.dump s.want >s.got
check_regs "record -f: the &str, an empty &str, the &[u8], the C string and the bad pointer" s.want s.got

done_testing
