#!/bin/sh
# Values passed by reference: DWARF says the parameter is in memory at the
# address a register holds (a C++ object with a copy constructor, a Rust
# struct too big for registers), or the result is returned in memory. The
# log holds the address, not the bytes: the readers print the address with
# the type ("0x7ffc1230 (Big in memory)"), not "?".
. "$(dirname "$0")/lib.sh"
need clang

cat >obj.cpp <<'EOF'
#include <cstdio>
struct Obj {
	long a, b;
	Obj(long x) : a(x), b(x + 1) {}
	Obj(const Obj &o) : a(o.a), b(o.b) { std::puts("copy"); }
};
__attribute__((noinline)) long x_obj(Obj o, int k) { return o.a + o.b + k; }
int main() { Obj o(3); std::printf("%ld\n", x_obj(o, 4)); return 0; }
EOF
cxx_xray obj obj.cpp || { not_ok "build obj.cpp"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" -A '^x_obj' -o c.log -- ./obj >c.out 2>c.err
check_eq "C++: record exits 0" 0 "$?"
"$SFTRACE" dump c.log >c.dump
rdi=$(awk '$3 ~ /^entry/ && / x_obj\(/ { getline; sub(/.*rdi=/, ""); sub(/ .*/, ""); print; exit }' c.dump)
check_eq "C++: an object passed by reference is its address and type" \
	"o=$rdi (Obj in memory), k=4" \
	"$(awk '$3 ~ /^entry/ && / x_obj\(/ { getline; getline; sub(/^ *= /, ""); print; exit }' c.dump)"
"$SFTRACE" convert -t chrome c.log -o c.json 2>/dev/null
check "... in the converted trace too" grep -q "(Obj in memory)" c.json

if rustc_ok; then
	cat >big.rs <<'EOF'
use std::hint::black_box;
#[derive(Clone, Copy)]
pub struct Big { a: u64, b: u64, c: u64, d: u64 }
#[inline(never)]
pub fn r_big(b: Big, k: u32) -> u64 { black_box(b.a + b.b + b.c + b.d + k as u64) }
#[inline(never)]
pub fn r_mkbig(x: u64) -> Big { black_box(Big { a: x, b: x + 1, c: x + 2, d: x + 3 }) }
fn main() {
    let b = Big { a: 1, b: 2, c: 3, d: 4 };
    println!("{}", r_big(black_box(b), 5) + r_mkbig(black_box(9)).c);
}
EOF
	rust_xray big big.rs 2>/dev/null || { not_ok "build big.rs"; done_testing; exit 1; }
	"$SFTRACE" record --solib "$SOLIB" -A 'r_big|r_mkbig' -R 'r_big|r_mkbig' -o r.log -- ./big >r.out 2>r.err
	check_eq "Rust: record exits 0" 0 "$?"
	"$SFTRACE" dump r.log >r.dump
	rdi=$(awk '$3 ~ /^entry/ && $NF == "big::r_big" { getline; sub(/.*rdi=/, ""); sub(/ .*/, ""); print; exit }' r.dump)
	check_eq "Rust: a struct passed by reference is its address and type" \
		"b=$rdi (Big in memory), k=5" \
		"$(awk '$3 ~ /^entry/ && $NF == "big::r_big" { getline; getline; sub(/^ *= /, ""); print; exit }' r.dump)"
	rax=$(awk '$3 == "exit" && $NF == "big::r_mkbig" { getline; sub(/.*rax=/, ""); sub(/ .*/, ""); print; exit }' r.dump)
	check_eq "Rust: a struct returned in memory is its address and type" \
		"$rax (Big in memory)" \
		"$(awk '$3 == "exit" && $NF == "big::r_mkbig" { getline; getline; sub(/^ *= /, ""); print; exit }' r.dump)"
else
	ok "# SKIP Rust: no rustc 1.71 or newer"
fi

done_testing
