#!/bin/sh
# Names no writer may break, and outputs that must not destroy anything.
# A recorded C++ program whose function names hold commas, quotes,
# semicolons, spaces, non-ASCII letters, a control byte and a byte that is
# not UTF-8, and a Rust one (v0 names: `<[u8; 4] as r::Go>::go`): report --csv/--json, tree --json, the SVG and the folded
# stacks must each stay readable by a strict parser (Python's csv, json,
# XML), with the names written as expected by hand. Text columns stay
# aligned for durations from 1 ns to years (hand-made log). An output
# file that is one of the logs read is refused, and the log kept; a log
# given twice is refused.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need clang++ rustc python3 cc nm readelf

cat >names.cpp <<'PROG'
#include <cstdio>
struct P { int a; };
template <typename A, typename B> __attribute__((noinline)) int pair_sum(A a, B b)
{ return (int)a + (int)b; }
__attribute__((noinline)) P operator,(P x, P y) { return P{ x.a + y.a }; }
__attribute__((noinline)) unsigned long long operator"" _km(unsigned long long v)
{ return v * 1000; }
extern "C" int odd(int x) __asm__("we\xff" "ird\x1b" "name");
extern "C" __attribute__((noinline)) int odd(int x) { return x + 1; }
extern "C" int semi(int x) __asm__("a;b c");
extern "C" __attribute__((noinline)) int semi(int x) { return odd(x) * 2; }
extern "C" int greek(int x) __asm__("\xce\xb1\xce\xb2\xce\xb3");
extern "C" __attribute__((noinline)) int greek(int x) { return x - 1; }
int main()
{
	volatile int s = 0;
	for (int i = 0; i < 3; i++)
		s += pair_sum<int, char>(i, 'a') + semi(i) + greek(i);
	P p = (P{ 1 }, P{ 2 });
	s += p.a + (int)(5_km);
	std::printf("%d\n", (int)s);
	return 0;
}
PROG
check "C++ program built" cxx_xray names names.cpp
sf_record n.log ./names >/dev/null
check_eq "recorded" 0 $?

# The names as a reader should get them: U+FFFD for the 0xff byte; the ESC
# byte kept in JSON (escaped) and CSV, a space in XML.
cat >expect-names.txt <<'EOF2'
a;b c|3
int pair_sum<int, char>(int, char)|3
main|1
operator"" _km(unsigned long long)|1
operator,(P, P)|1
we�ird\x1bname|3
αβγ|3
EOF2
"$SFTRACE" report --csv n.log >n.csv 2>/dev/null
check "report --csv: a strict CSV reader gets every name" sh -c 'python3 - n.csv >csv-names.txt <<'"'"'PY'"'"'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", errors="strict", newline=""), strict=True))
assert rows[0][0] == "function" and all(len(r) == 10 for r in rows), rows
for r in sorted(rows[1:]):
    print(r[0].replace("\x1b", "\\x1b") + "|" + r[3])
PY'
check_cmp "CSV names and calls" expect-names.txt csv-names.txt
"$SFTRACE" report --json n.log >n.json 2>/dev/null
check "report --json: strict UTF-8 JSON" sh -c 'python3 - n.json >json-names.txt <<'"'"'PY'"'"'
import json, sys
rows = json.loads(open(sys.argv[1], "rb").read().decode("utf-8", "strict"))["functions"]
for r in sorted(rows, key=lambda r: r["function"]):
    print(r["function"].replace("\x1b", "\\x1b") + "|" + str(r["calls"]))
PY'
check_cmp "JSON names and calls" expect-names.txt json-names.txt
"$SFTRACE" tree --json n.log >t.json 2>/dev/null
check "tree --json: strict UTF-8 JSON" python3 -c '
import json, sys
json.loads(open(sys.argv[1], "rb").read().decode("utf-8", "strict"))' t.json

"$SFTRACE" flamegraph n.log -o n.svg 2>/dev/null
check "flamegraph: the SVG is well-formed XML" sh -c 'python3 - n.svg >svg-names.txt <<'"'"'PY'"'"'
import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
root = ET.parse(sys.argv[1]).getroot()
names = {g.find(ns + "title").text.split("\n")[0] for g in root.iter(ns + "g") if g.find(ns + "title") is not None}
print("\n".join(sorted(names)))
PY'
printf '%s\n' 'a;b c' all 'int pair_sum<int, char>(int, char)' main \
	'operator"" _km(unsigned long long)' 'operator,(P, P)' 'we�ird name' 'αβγ' >expect-svg.txt
check_cmp "SVG frame names (control byte as a space)" expect-svg.txt svg-names.txt

"$SFTRACE" flamegraph --folded --calls n.log >n.folded 2>/dev/null
check "folded: UTF-8, one 'frames COUNT' line per path, no empty frame" python3 -c '
import re, sys
for line in open(sys.argv[1], "rb").read().decode("utf-8", "strict").splitlines():
    stack, count = line.rsplit(" ", 1)
    assert count.isdigit() and all(stack.split(";")), line' n.folded
check_eq "folded: ';' inside a name becomes ':'" "main;a:b c 3|main;a:b c;we�ird name 3" \
	"$(grep '^main;a:b c' n.folded | tr '\n' '|' | sed 's/|$//')"

"$SFTRACE" report n.log >n.txt 2>/dev/null
check "text: no control bytes reach the terminal" sh -c '! LC_ALL=C grep -q "$(printf "\033")" n.txt'
check "text: the escape shows as '?'" grep -q 'we�ird?name$' n.txt

cat >r.rs <<'PROG'
use std::hint::black_box;
trait Go { fn go(&self) -> u32; }
impl Go for [u8; 4] {
    #[inline(never)]
    fn go(&self) -> u32 { black_box(self[0] as u32 + 1) }
}
#[inline(never)]
fn größe(x: u32) -> u32 { black_box(x * 2) }
#[inline(never)]
fn pick<T: Copy>(v: &[T]) -> T { black_box(v[0]) }
fn main() {
    let a = [1u8, 2, 3, 4];
    let mut s = 0u32;
    for _ in 0..3 { s += black_box(&a).go(); }
    s += größe(s);
    s += pick(&[(1u32, 2u8)]).0;
    println!("{}", s);
}
PROG
check "Rust program built" rust_xray r r.rs
sf_record r.log ./r >/dev/null
check_eq "Rust program recorded" 0 $?
"$SFTRACE" report --csv r.log 2>/dev/null | python3 -c '
import csv, sys
for r in csv.DictReader(sys.stdin):
    if r["function"].startswith(("<[", "r::")) and r["function"] != "r::main":
        print(r["function"] + "|" + r["calls"])' | LC_ALL=C sort >rust-names.txt
printf '%s\n' '<[u8; 4] as r::Go>::go|3' 'r::größe|1' 'r::pick::<(u32, u8)>|1' >expect-rust.txt
check_cmp "Rust names and calls through CSV" expect-rust.txt rust-names.txt
"$SFTRACE" flamegraph --folded --calls r.log >r.folded 2>/dev/null
check "folded: the Rust array type's ';' is a ':'" grep -q ';r::main;<\[u8: 4\] as r::Go>::go 3$' r.folded
"$SFTRACE" flamegraph r.log -o r.svg 2>/dev/null
check "SVG title keeps the Rust name whole" grep -q '<title>&lt;\[u8; 4\] as r::Go&gt;::go' r.svg

# Text columns with durations from 1 ns to 3 years (hand-made log): the
# Function column starts at the same place on every line.
an_prog
cat >huge.txt <<'SCRIPT'
thread 1 main
E main 0
E alpha 10
X 999999999
E beta 1000000000
X 5000000000000
E gamma_ 5000000000001
X 5000000000002
X 99999999999999999
SCRIPT
python3 "$TOP/tests/oracles/mklog.py" --exe "$T/prog" -o h.log huge.txt
"$SFTRACE" report h.log >h.txt 2>/dev/null
check_eq "report: Function column aligned for 1 ns .. 1e8 s" "1" \
	"$(awk 'NR == 1 { c = index($0, "Function") } NR > 2 { print index($0, $NF) == c }' h.txt | sort -u | tr '\n' ' ' | sed 's/ $//')"
check_eq "report: 999999989 ns is 1.000 s, 4999 s keeps the width" \
	"1.0e+08 s|4999.00 s|1.000 s|1 ns" "$(awk 'NR > 2 { print $1, $2 }' h.txt | tr '\n' '|' | sed 's/|$//')"
"$SFTRACE" tree h.log >ht.txt 2>/dev/null
check_eq "tree: Function column aligned" "1" \
	"$(awk 'NR == 1 { c = index($0, "Function") }
		NR > 2 { print substr($0, c - 2, 2) == "  " && substr($0, c - 3, 1) ~ /[0-9]/ }' ht.txt |
		sort -u | tr '\n' ' ' | sed 's/ $//')"

# An output that is one of the logs (by inode: another name for it too),
# and a log given twice: usage errors, as in sftrace-convert(1), the log
# intact.
cp n.log keep.log
ln n.log same.log
for cmd in report tree flamegraph; do
	"$SFTRACE" $cmd n.log -o ./same.log >/dev/null 2>err.txt
	check_eq "$cmd -o LOG exits 2" 2 $?
	check "$cmd -o LOG says why" grep -q "output './same.log' is also an input" err.txt
	check "$cmd -o LOG leaves the log intact" cmp -s n.log keep.log
	"$SFTRACE" $cmd n.log ./same.log >/dev/null 2>err.txt
	check_eq "$cmd LOG LOG exits 2" 2 $?
	check "$cmd LOG LOG says why" grep -q "log './same.log' is given twice" err.txt
done
"$SFTRACE" flamegraph --min-width nan n.log >/dev/null 2>&1
check_eq "--min-width nan is a usage error" 2 $?

done_testing
