#!/bin/sh
# The DWARF side of values (tools/read/values.c) without recording,
# through tests/unit/u-values (registers given on the command line):
# tests/progs/args-c.c built by clang -O2 (location lists that begin after
# the 11-byte entry sled, a _Bool as a masked register with DW_OP_convert,
# a struct in two DW_OP_pieces), by gcc -O2 (lists that begin at low_pc)
# and by clang -O0 (parameters on the stack: the x86-64 position rule for
# scalars, "?" for the struct); Rust &str, Option<&u32> (a niche: None is
# the null pointer) and char. values_plan()'s masks are checked against
# the calling convention. Oracle: the values we pass in, and the ABI.
. "$(dirname "$0")/lib.sh"
need clang gcc

U="$B/tests/u-values"
check "the u-values driver is built" test -x "$U"
addr() { nm "$1" | awk -v f="$2" '$3 == f { print "0x" $1; exit }'; }

clang -O2 -g $XRAY_CFLAGS -o c2 "$PROGS/args-c.c" &&
	gcc -O2 -g -o g2 "$PROGS/args-c.c" &&
	clang -O0 -g $XRAY_CFLAGS -o c0 "$PROGS/args-c.c" ||
	{ not_ok "build args-c.c three ways"; done_testing; exit 1; }

for bin in c2 g2 c0; do
	check_eq "$bin: integers of every width, sign-extended or not by type" \
		"a=-5, b=200, c=-1234, d=60000, e=-70000, f=4000000000" \
		"$("$U" ./$bin "$(addr $bin c_ints)" 0=fffffffb 1=c8 2=fb2e 3=ea60 4=fffeee90 5=ee6b2800)"
	check_eq "$bin: garbage in the upper bits of narrow registers is ignored" \
		"a=-5, b=200, c=-1234, d=60000, e=-70000, f=4000000000" \
		"$("$U" ./$bin "$(addr $bin c_ints)" 0=12345678fffffffb 1=ffffff00c8 2=7777fb2e 3=1ea60 4=abcdfffeee90 5=1ee6b2800)"
	check_eq "$bin: a C string, an enum and a bool" 's="ab\"c\\\n", c=BLUE, ok=true' \
		"$("$U" ./$bin "$(addr $bin c_str)" 0=1000 1=6 2=1 's:0:0:ab"c\
')"
	check_eq "$bin: a truncated string, an unknown enum value, false" 's="abc"…, c=9, ok=false' \
		"$("$U" ./$bin "$(addr $bin c_str)" 0=1000 1=9 2=100 's:0:1:abc')"
	check_eq "$bin: an unreadable string" "s=0xdead000 (unreadable), c=RED, ok=true" \
		"$("$U" ./$bin "$(addr $bin c_str)" 0=dead000 1=0 2=1 's:0:2:')"
	check_eq "$bin: a NULL char *" 's=NULL' "$("$U" ./$bin "$(addr $bin c_bad)" 0=0)"
	check_eq "$bin: bytes that are not UTF-8 escaped, UTF-8 kept" 's="a\xffbé\t", c=RED, ok=true' \
		"$("$U" ./$bin "$(addr $bin c_str)" 0=1000 1=0 2=1 "$(printf 's:0:0:a\377b\303\251\t')")"
	check_eq "$bin: doubles and floats from xmm, shortest round trip" "x=0.1, y=2.5" \
		"$("$U" ./$bin "$(addr $bin c_double)" 8=3fb999999999999a 9=40200000)"
	check_eq "$bin: a double return value" "0.30000000000000004" \
		"$("$U" ./$bin "$(addr $bin c_double)" --ret 8=3fd3333333333334)"
	check_eq "$bin: a struct returned in rax and rdx" "{x=6, y=-8}" \
		"$("$U" ./$bin "$(addr $bin c_mkpt)" --ret 0=6 1=fffffffffffffff8)"
	check_eq "$bin: an enum return value" "BLUE" "$("$U" ./$bin "$(addr $bin c_enum)" --ret 0=6)"
	check_eq "$bin: char arguments and results quoted" "ch='A' 'B'" \
		"$("$U" ./$bin "$(addr $bin c_char)" 0=41) $("$U" ./$bin "$(addr $bin c_char)" --ret 0=42)"
	check_eq "$bin: a register that was not recorded is ?" "a=-5, b=200, c=?, d=60000, e=-70000, f=4000000000" \
		"$("$U" ./$bin "$(addr $bin c_ints)" 0=fffffffb 1=c8 3=ea60 4=fffeee90 5=ee6b2800)"
done
check_eq "c2, g2: a struct passed in two registers" "p={x=3, y=-7} p={x=3, y=-7}" \
	"$("$U" ./c2 "$(addr c2 c_struct)" 0=3 1=fffffffffffffff9) $("$U" ./g2 "$(addr g2 c_struct)" 0=3 1=fffffffffffffff9)"
check_eq "c0: a struct on the stack at -O0 is ?" "p=?" \
	"$("$U" ./c0 "$(addr c0 c_struct)" 0=3 1=fffffffffffffff9)"
check_eq "without DWARF: the registers by position" "arg0=0x2a, arg1=0x7, xmm0=0x3ff0000000000000" \
	"$("$U" ./no-such-file 0x1000 0=2a 1=7 8=3ff0000000000000)"

# values_plan(): the registers the calling convention gives each signature.
check_eq "plan c_ints: six integer registers, rax" "args=3f ret=1 str= rc=0" "$("$U" --plan ./c2 "$(addr c2 c_ints)")"
check_eq "plan c_double: xmm0 and xmm1, result in xmm0" "args=300 ret=100 str= rc=0" "$("$U" --plan ./c2 "$(addr c2 c_double)")"
check_eq "plan c_mkpt: a struct result in rax and rdx" "args=3 ret=3 str= rc=0" "$("$U" --plan ./c2 "$(addr c2 c_mkpt)")"
check_eq "plan c_str: rdi is a C string" "args=7 ret=1 str=0/255 rc=0" "$("$U" --plan ./c2 "$(addr c2 c_str)")"
check_eq "plan without DWARF: every argument register" "args=3f ret=103 str= rc=1" \
	"$(cp c2 stripped && strip -g stripped && "$U" --plan ./stripped "$(addr c2 c_ints)")"
"$U" --plan ./no-such-file 0x1000 >/dev/null 2>plan.err
check "plan of a missing file is an error naming it" grep -q "cannot open './no-such-file'" plan.err

# Every function of the three builds with arbitrary registers and strings:
# the formatter always answers (a crash or a sanitizer report fails).
bad=0
for bin in c2 g2 c0; do
	for a in $(nm $bin | awk '$2 ~ /^[Tt]$/ { print "0x" $1 }'); do
		for m in "0=ffffffffffffffff 1=0 2=8000000000000000 3=1 4=7f 5=ff 8=7ff8000000000001 9=fff0000000000000" \
			"1=deadbeef 9=1"; do
			# shellcheck disable=SC2086
			"$U" ./$bin "$a" $m 's:0:1:x' 's:1:2:' >/dev/null 2>err || bad=$((bad + 1))
			# shellcheck disable=SC2086
			"$U" ./$bin "$a" --ret $m >/dev/null 2>>err || bad=$((bad + 1))
			grep -q "Sanitizer\|runtime error" err && bad=$((bad + 1))
		done
		"$U" --plan ./$bin "$a" >/dev/null 2>err || bad=$((bad + 1))
	done
done
check_eq "every function, arbitrary registers: no failure" 0 "$bad"

if command -v rustc >/dev/null; then
	cat >r.rs <<'RS'
use std::hint::black_box;
#[inline(never)]
pub fn niche(p: Option<&u32>, s: &str, c: char) -> usize {
    black_box(p.map(|x| *x as usize).unwrap_or(0) + s.bytes().map(|b| b as usize).sum::<usize>() + c as usize)
}
fn main() { let x = 5; println!("{}", niche(black_box(Some(&x)), black_box("hé"), black_box('z'))); }
RS
	# Every argument is used: the Rust ABI then keeps them in rdi, rsi:rdx, rcx.
	if rust_xray r r.rs 2>rust.err; then
		a=0x$(nm r | awk '$3 ~ /5niche$/ { print $1; exit }')
		check_eq "Rust: Option<&u32> None is the null pointer, &str from pointer and length, char" \
			"p=None, s=\"hé\", c='z'" "$("$U" ./r "$a" 0=0 1=5555 2=3 3=7a 's:1:0:hé')"
		check_eq "Rust: Some(pointer)" "p=Some(0x7ffc10), s=\"h\"…, c='é'" \
			"$("$U" ./r "$a" 0=7ffc10 1=5555 2=3 3=e9 's:1:0:h')"
		check_eq "Rust: a &str without its bytes shows pointer and length" \
			"p=None, s={data_ptr=0x5555, length=3}, c='z'" "$("$U" ./r "$a" 0=0 1=5555 2=3 3=7a)"
		check_eq "Rust: plan marks the &str as a slice (pointer and length registers)" \
			"args=f ret=1 str=1/2 rc=0" "$("$U" --plan ./r "$a")"
	else
		not_ok "build a Rust program"
	fi
fi
done_testing
