#!/bin/sh
# sftrace filter: which functions a filter file lists, against independent
# oracles (nm for the symbol addresses, llvm-xray extract for the set of
# instrumented functions, c++filt for demangled names), and its errors.
. "$(dirname "$0")/lib.sh"
need clang clang++ llvm-xray nm c++filt

cc_xray calls "$PROGS/filter/calls.c" || { not_ok "build calls.c"; done_testing; exit 1; }

# funcs FILTER FLAG: "0xADDR" lines of the functions with FLAG, sorted.
funcs() { awk -v f="$2" '$1 ~ /^0x/ && $2 == f { print $1 }' "$1" | LC_ALL=C sort; }
# nm_addrs PROG REGEX: "0xADDR" of the function symbols whose name matches.
nm_addrs() {
	nm --defined-only "$1" | RE="$2" perl -ne '
		my ($a, $t, $n) = split; print sprintf("0x%x\n", hex $a) if $t =~ /^[tT]$/ && $n =~ /$ENV{RE}/' |
		LC_ALL=C sort -u
}
# xray_funcs PROG: "0xADDR" of every function with sleds.
xray_funcs() {
	llvm-xray extract "$1" 2>/dev/null |
		perl -ne 'print sprintf("0x%x\n", hex $1) if /\bfunction: 0x([0-9A-Fa-f]+)/' | LC_ALL=C sort -u
}
xray_funcs calls >all.funcs
check "llvm-xray lists the program's functions" test -s all.funcs
total=$(wc -l <all.funcs)

"$SFTRACE" filter -p calls -r '^work_' -o f1 >f1.out 2>f1.err
check_eq "filter -r exits 0" 0 "$?"
nm_addrs calls '^work_' >expect
funcs f1 i >actual
check_cmp "-r '^work_' selects exactly the functions nm names work_*" expect actual
check_eq "it prints how many functions matched" "calls: 2 of $total functions selected, 0 excluded" "$(cat f1.out)"
check_eq "first line is the format header" "sftrace-filter 1" "$(head -n 1 f1)"
bid=$(readelf -n calls | awk '/Build ID/ { print $3 }')
check_eq "the module line carries build-id and absolute path" "module $bid $T/calls" "$(grep '^module' f1)"

"$SFTRACE" filter -p calls -r 'leaf' -r 'helper|slow' -N 'slow' -o f2 >/dev/null 2>&1
nm_addrs calls '^(leaf|helper)$' >expect
funcs f2 i >actual
check_cmp "several -r regexes combine; -N wins over -r" expect actual
nm_addrs calls '^slow$' >expect
funcs f2 x >actual
check_cmp "-N functions are listed as excluded" expect actual

printf '# a comment\n\n  ^noise$  \nwork_b\n' >list
"$SFTRACE" filter -p calls --list list --subtree -o f3 >/dev/null 2>&1
nm_addrs calls '^(noise|work_b)$' >expect
funcs f3 s >actual
check_cmp "--list reads one regex per line, skips comments and blanks; --subtree marks roots" expect actual

"$SFTRACE" filter -p calls -N '^leaf$' --max-depth 3 --min-duration 10us -o f4 >f4.out 2>&1
grep -v '^0x[0-9a-f]* i ' f4 | grep '^0x' | awk '{ print $1 }' >actual
nm_addrs calls '^leaf$' >expect
check_cmp "with only -N, everything else is selected" expect actual
check_eq "every instrumented function is listed" "$total" "$(grep -c '^0x' f4)"
check_eq "settings are written" "max-depth 3 min-duration 10000" "$(grep -E '^(max-depth|min-duration)' f4 | tr '\n' ' ' | sed 's/ $//')"

# The comment line is the command, quoted so that it can be run again.
"$SFTRACE" filter -p calls -r "it's (a|b)" -r '^work_(a|b)$' -o - >q1 2>/dev/null
line=$(sed -n 's/^# sftrace //p' q1)
eval "set -- $line"
"$SFTRACE" "$@" >q2 2>/dev/null
check_cmp "the file's comment line runs again to the same file" q1 q2

# Demangled C++ names match, as do the raw ones.
cat >names.cpp <<'CPP'
namespace shapes {
struct Square {
	int side;
	__attribute__((noinline)) int area(int scale) const { return side * side * scale; }
};
__attribute__((noinline)) int twice(int x) { return 2 * x; }
}
int main(int argc, char **argv) { shapes::Square s{argc}; return shapes::twice(s.area(1)) == 99; }
CPP
cxx_xray names names.cpp || not_ok "build names.cpp"
"$SFTRACE" filter -p names -r 'shapes::Square::area\(int\) const' -o f5 >/dev/null 2>&1
nm -C --defined-only names | perl -ne 'print sprintf("0x%x\n", hex $1) if /^(\S+) . shapes::Square::area\(int\) const$/' >expect
funcs f5 i >actual
check_cmp "a regex matches the demangled C++ name" expect actual
"$SFTRACE" filter -p names -r '^_ZN6shapes5twiceEi$' -o f6 >/dev/null 2>&1
nm_addrs names '^_ZN6shapes5twiceEi$' >expect
funcs f6 i >actual
check_cmp "a regex matches the raw (mangled) name" expect actual

"$SFTRACE" filter -p calls -p names -r 'work_a|twice' -o f7 >f7.out 2>&1
check_eq "one filter file covers several modules" 2 "$(grep -c '^module' f7)"
check_eq "and reports each object" 2 "$(grep -c 'functions selected' f7.out)"

# Errors.
"$SFTRACE" filter -p calls -r 'work_(' -o bad 2>err
check_eq "a bad regex exits 1" 1 "$?"
check "it names the regex, the PCRE2 message and the offset" \
	grep -q "error: bad regex 'work_(' for -r: missing closing parenthesis at offset 6" err
"$SFTRACE" filter -p nonexistent -r x -o bad 2>err
check_eq "a missing object exits 1" 1 "$?"
check_eq "with a clear message" "sftrace: error: cannot open 'nonexistent': No such file or directory" "$(cat err)"
clang -O2 -o plain "$PROGS/nosleds.c" 2>/dev/null || cp "$(command -v true)" plain
"$SFTRACE" filter -p plain -r x -o bad 2>err
check_eq "an object without sleds exits 1" 1 "$?"
check "with a message saying so" grep -q "'plain' has no XRay sleds" err
head -c 4096 calls >truncated
"$SFTRACE" filter -p truncated -r x -o bad 2>err
check "a truncated object is refused as such" grep -q "'truncated' is truncated or damaged" err
echo hello >text
"$SFTRACE" filter -p text -r x -o bad 2>err
check "a non-ELF file is refused" grep -q "'text' is not a 64-bit ELF object" err
"$SFTRACE" filter -p calls -r 'no_such_function' -o f8 >/dev/null 2>err
check_eq "no match still succeeds" 0 "$?"
check "but warns" grep -q "warning: no function of 'calls' matched" err
"$SFTRACE" filter -p calls -r '^work_a$' -N '^work_' -o f9 >/dev/null 2>err
check "a match taken back by -N is said so" \
	grep -q "warning: no function of 'calls' is selected ([1-9][0-9]* excluded by -N)" err
"$SFTRACE" filter -p calls -r x 2>err
check_eq "a missing -o is a usage error (exit 2)" 2 "$?"
"$SFTRACE" filter -p calls --list missing.list -o bad 2>err
check_eq "a missing --list file exits 1" 1 "$?"
check "naming it" grep -q "cannot open 'missing.list'" err
"$SFTRACE" filter -p calls.o -r x -o bad 2>err
check_eq "an object file (not linked) is refused" \
	"sftrace: error: 'calls.o' is an object file, not linked: give the executable or shared object built from it" \
	"$(cat err)"
mkdir adir
"$SFTRACE" filter -p adir -r x -o bad 2>err
check_eq "a directory exits 1" 1 "$?"
check_eq "saying it is a directory" \
	"sftrace: error: 'adir' is a directory, not an executable or shared object" "$(cat err)"
: >empty
"$SFTRACE" filter -p empty -r x -o bad 2>err
check_eq "an empty file is refused as such" "sftrace: error: 'empty' is empty" "$(cat err)"
mkfifo fifo && {
	timeout 10 "$SFTRACE" filter -p fifo -r x -o bad 2>err
	check_eq "a FIFO is refused without waiting for a writer" \
		"sftrace: error: 'fifo' is not a regular file" "$(cat err)"
}
check "no output file is left by these errors" test ! -e bad

# --list files: CRLF, a byte order mark, and a bad regex named by its line.
printf '\357\273\277^leaf$\r\n# c\r\n\r\n  ^helper$ \r\n' >win.list
"$SFTRACE" filter -p calls --list win.list -o f9 >/dev/null 2>&1
nm_addrs calls '^(leaf|helper)$' >expect
funcs f9 i >actual
check_cmp "--list: CRLF line ends and a UTF-8 byte order mark are not part of the regexes" expect actual
printf '^leaf$\n^helper$\n' | "$SFTRACE" filter -p calls --list - -o f10 >/dev/null 2>&1
funcs f10 i >actual
check_cmp "--list - reads standard input" expect actual
printf '^leaf$\n# fine\n\nwork_(\nhelper\n' >bad.list
"$SFTRACE" filter -p calls --list bad.list -o bad 2>err
check_eq "a bad regex in a --list file exits 1" 1 "$?"
check_eq "naming the file and the line" \
	"sftrace: error: bad regex 'work_(' in 'bad.list' line 4: missing closing parenthesis at offset 6" \
	"$(cat err)"
printf 'leaf\nwo\000rk\n' >nul.list
"$SFTRACE" filter -p calls --list nul.list -o bad 2>err
check_eq "a NUL byte in a --list line is refused, not cut" \
	"sftrace: error: 'nul.list' line 2: a NUL byte in a regex" "$(cat err)"

# The output never overwrites an input; a write error leaves no cut file.
cp calls calls2
"$SFTRACE" filter -p calls2 -r leaf -o calls2 >/dev/null 2>err
check_eq "-o naming the object exits 1" 1 "$?"
check "and leaves the object alone" cmp -s calls calls2
check "saying why" grep -q "the output 'calls2' is the object 'calls2'" err
"$SFTRACE" filter -p calls --list win.list -o win.list >/dev/null 2>err
check "-o naming the --list file is refused" grep -q "the output 'win.list' is the --list file 'win.list'" err
for i in $(seq 1 400); do echo "int f$i(int x) { return x + $i; }"; done >many.c
echo 'int main(void) { return 0; }' >>many.c
cc_xray many many.c || not_ok "build many.c"
(trap '' XFSZ; ulimit -f 4; "$SFTRACE" filter -p many -o cut.filter >/dev/null 2>err)
check_eq "a write error exits 1" 1 "$?"
check "naming the file" grep -q "error: cannot write 'cut.filter'" err
check "and leaves no file" test ! -e cut.filter
cp f1 keep.filter
(trap '' XFSZ; ulimit -f 4; "$SFTRACE" filter -p many -o keep.filter >/dev/null 2>err)
check "a failed write keeps the previous filter file" cmp -s f1 keep.filter
check "and leaves no temporary file" test "$(ls -a | grep -c 'keep.filter.')" = 0
"$SFTRACE" filter -p calls -o - >/dev/full 2>err
check_eq "a write error on stdout exits 1" 1 "$?"
check_eq "said once" 1 "$(grep -c 'error: cannot write to standard output: No space left on device' err)"

"$SFTRACE" filter --help >help
check_eq "--help exits 0" 0 "$?"
check "--help lists --subtree" grep -q -- "--subtree" help
done_testing
