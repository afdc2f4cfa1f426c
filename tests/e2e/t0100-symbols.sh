#!/bin/sh
# Symbolizer end to end: C, C++ and Rust (v0 and legacy mangling) programs
# built with XRay sleds, named through the u-symbols driver (a hand-built
# struct trace over tools/read/symbols.c). Oracles, none of them ours:
#  - function addresses and names: llvm-xray extract --symbolize (LLVM's
#    symbolizer and demangler; the Rust legacy names are written by hand,
#    LLVM 14 leaves their hash in);
#  - declaration lines: grep -n of the source;
#  - source files: addr2line (binutils);
#  - stripped modules: nm -D for the exported names.
. "$(dirname "$0")/lib.sh"
need clang clang++ rustc llvm-xray addr2line objcopy strip nm

U="$B/tests/u-symbols"
P="$PROGS/symbols"
[ -x "$U" ] || { echo "Bail out! $U not built (make units)"; exit 1; }

# xray_funcs PROG: "addr name" per instrumented function (lowercase hex).
xray_funcs() {
	llvm-xray extract --symbolize "$1" | grep 'kind: function-enter' |
		sed -n "s/.*function: 0x\([0-9A-Fa-f]*\),.*function-name: \(.*\), version: [0-9]* }$/\1 \2/p" |
		sed "s/ '\(.*\)'$/ \1/" | awk '{ $1 = tolower($1); print }' | sort -u
}

# names PROG [DRIVER OPTIONS]: "addr name" from the symbolizer for PROG.addrs.
names() {
	np=$1; shift
	"$U" "$@" "$np" - <"$np.addrs" | cut -f1,2 | tr '\t' ' ' | sort -u
}

# loc PROG ADDR_OF_NAME: the location the symbolizer gives the function
# llvm-xray calls NAME.
loc_of() {
	a=$(awk -v n="$2" 'substr($0, index($0, " ") + 1) == n { print $1; exit }' "$1.xray")
	[ -n "$a" ] && "$U" "$1" "$a" | cut -f4
}

# decl_line FILE REGEX: the line of the one source line matching REGEX.
decl_line() {
	grep -n -E "$2" "$1" | head -1 | cut -d: -f1
}

prepare() {
	xray_funcs "$1" >"$1.xray"
	cut -d' ' -f1 "$1.xray" >"$1.addrs"
	[ -s "$1.addrs" ] || { not_ok "llvm-xray found no functions in $1"; return 1; }
}

# ---- C: two compile units ----
clang -O2 -g $XRAY_CFLAGS -c -o c1.o "$P/sym-c.c" &&
	clang -O2 -g $XRAY_CFLAGS -c -o c2.o "$P/sym-c-util.c" &&
	clang -o symc c1.o c2.o || { not_ok "build sym-c"; done_testing; exit 1; }
prepare symc
names symc >symc.names
check_cmp "C: names match llvm-xray" symc.xray symc.names
for f in middle_sum leaf_add main; do
	l=$(decl_line "$P/sym-c.c" "^(int |static .*int )?$f\(")
	check_eq "C: $f at its declaration line" "$P/sym-c.c:$l" "$(loc_of symc $f)"
done
l=$(decl_line "$P/sym-c-util.c" "^util_twice\(")
check_eq "C: function of the second compile unit" "$P/sym-c-util.c:$l" "$(loc_of symc util_twice)"

# Files agree with addr2line (line of the entry address differs by design).
"$U" symc - <symc.addrs | cut -f1,4 | sed 's/:[0-9]*$//' | sort >symc.files
while read -r a; do
	printf '%s %s\n' "$a" "$(addr2line -e symc "0x$a" | sed 's/:.*//')"
done <symc.addrs | tr ' ' '\t' | sort >symc.a2l
check_cmp "C: source files match addr2line" symc.a2l symc.files

# Split DWARF: the DIEs live in .dwo files next to the objects.
mkdir -p split && (cd split &&
	clang -O2 -g -gsplit-dwarf $XRAY_CFLAGS -c -o c1.o "$P/sym-c.c" &&
	clang -O2 -g -gsplit-dwarf $XRAY_CFLAGS -c -o c2.o "$P/sym-c-util.c" &&
	clang -o symc c1.o c2.o) || not_ok "build split-DWARF sym-c"
check_eq "split DWARF: declaration line" "$P/sym-c.c:$(decl_line "$P/sym-c.c" '^middle_sum\(')" \
	"$("$U" split/symc "$(llvm-xray extract --symbolize split/symc | grep 'function-name: middle_sum' |
		sed -n 's/.*function: 0x\([0-9A-Fa-f]*\),.*/\1/p' | head -1)" | cut -f4)"

# ---- C++ ----
clang++ -O2 -g $XRAY_CFLAGS -c -o cxx.o "$P/sym-cxx.cpp" && clang++ -o symcxx cxx.o ||
	{ not_ok "build sym-cxx"; done_testing; exit 1; }
prepare symcxx
names symcxx >symcxx.names
check_cmp "C++: demangled names match llvm-xray" symcxx.xray symcxx.names
check_eq "C++: method defined outside its class: line of the definition" \
	"$P/sym-cxx.cpp:$(decl_line "$P/sym-cxx.cpp" 'int Square::area\(')" \
	"$(loc_of symcxx 'shapes::Square::area(int) const')"
check_eq "C++: method defined in its class" \
	"$P/sym-cxx.cpp:$(decl_line "$P/sym-cxx.cpp" 'int perimeter\(')" \
	"$(loc_of symcxx 'shapes::Square::perimeter() const')"
check_eq "C++: lambda" "$P/sym-cxx.cpp:$(decl_line "$P/sym-cxx.cpp" 'auto twice =')" \
	"$(loc_of symcxx 'main::$_0::operator()(int) const')"
a=$(grep ' int shapes::total<int>' symcxx.xray | cut -d' ' -f1)
check_eq "C++: template instance" "$P/sym-cxx.cpp:$(decl_line "$P/sym-cxx.cpp" ' T total\(')" \
	"$("$U" symcxx "$a" | cut -f4)"

# ---- Rust, v0 mangling (rustc's default) ----
rust_xray symrs "$P/sym-rust.rs" || { not_ok "build sym-rust"; done_testing; exit 1; }
prepare symrs
names symrs >symrs.names
check_cmp "Rust v0: demangled names match llvm-xray" symrs.xray symrs.names
for f in fib walk generic_sum; do
	l=$(decl_line "$P/sym-rust.rs" "fn $f[<(]")
	case $f in
	walk) n='<sym_rust::Walker>::walk' ;;
	generic_sum) n='sym_rust::generic_sum::<u64>' ;;
	*) n="sym_rust::$f" ;;
	esac
	check_eq "Rust v0: $f at its declaration line" "$P/sym-rust.rs:$l" "$(loc_of symrs "$n")"
done

# ---- Rust, legacy mangling: hash dropped ----
rust_xray symrsl "$P/sym-rust.rs" -Zunstable-options -C symbol-mangling-version=legacy ||
	{ not_ok "build sym-rust legacy"; done_testing; exit 1; }
prepare symrsl
names symrsl | cut -d' ' -f2- >symrsl.names
for n in sym_rust::fib sym_rust::main sym_rust::Walker::walk sym_rust::generic_sum; do
	check "Rust legacy: $n" grep -qx "$n" symrsl.names
done
check "Rust legacy: no hash left in any name" sh -c '! grep -E "::h[0-9a-f]{16}" symrsl.names'
check "Rust legacy: raw names are the mangled ones" \
	sh -c "\"$U\" symrsl - <symrsl.addrs | cut -f3 | grep -q '^_ZN8sym_rust3fib17h[0-9a-f]*E$'"

# ---- no symbol table, DWARF kept: names from DW_AT_linkage_name / DW_AT_name ----
for prog in symc symcxx; do
	objcopy --remove-section=.symtab --remove-section=.strtab $prog $prog.nosym &&
		cp $prog.addrs $prog.nosym.addrs
	names $prog.nosym >$prog.nosym.names
	check_cmp "no .symtab ($prog): names from DWARF" $prog.xray $prog.nosym.names
done

# ---- names only ----
"$U" --no-dwarf symcxx - <symcxx.addrs | cut -f1,2 | tr '\t' ' ' | sort -u >symcxx.nodw
check_cmp "no_dwarf: same names" symcxx.xray symcxx.nodw
check_eq "no_dwarf: no locations" "" "$("$U" --no-dwarf symcxx - <symcxx.addrs | cut -f4 | sort -u)"

# ---- stripped executable, separate debug file ----
objcopy --only-keep-debug symc symc.debug && strip -o symc.stripped symc &&
	cp symc.addrs symc.stripped.addrs || not_ok "strip symc"
awk '{ print $1 " symc.stripped+0x" $1 }' symc.xray | sort >symc.fallback
names symc.stripped 2>stripped.err >symc.stripped.names
check_cmp "stripped, no debug file: basename+0xaddr" symc.fallback symc.stripped.names
names symc.stripped -s symc.debug >symc.s.names
check_cmp "stripped with -s debug file: names" symc.xray symc.s.names
"$U" -s symc.debug symc.stripped - <symc.addrs | cut -f1,4 | sed 's/:[0-9]*$//' | sort >symc.s.files
check_cmp "stripped with -s debug file: files" symc.a2l symc.s.files
check_eq "-s: declaration line" "$P/sym-c.c:$(decl_line "$P/sym-c.c" '^middle_sum\(')" \
	"$("$U" -s symc.debug symc.stripped "$(awk '$2 == "middle_sum" { print $1 }' symc.xray)" | cut -f4)"

objcopy --only-keep-debug symcxx symcxx.debug
"$U" -s symcxx.debug -s nosuch.debug symc.stripped - <symc.addrs >/dev/null 2>s.err
check "-s file of another program: a warning" grep -q \
	"warning: symbol file 'symcxx.debug' (build-id [0-9a-f]*) matches no module" s.err
check "-s file that does not exist: a warning" grep -q \
	"warning: cannot read symbol file 'nosuch.debug': No such file or directory" s.err

mkdir -p dl && cp symc.stripped dl/symc.dl && cp symc.debug dl/ &&
	(cd dl && objcopy --add-gnu-debuglink=symc.debug symc.dl) && cp symc.addrs dl/symc.dl.addrs
names dl/symc.dl >symc.dl.names
check_cmp "stripped with .gnu_debuglink: names" symc.xray symc.dl.names

# Module gone, but -s names a file with the recorded build-id.
id=$(readelf -n symc | sed -n 's/.*Build ID: *//p')
"$U" --build-id "$id" -s symc.debug /nonexistent/symc - <symc.addrs 2>gone.err |
	cut -f1,2 | tr '\t' ' ' | sort -u >gone.names
check_cmp "missing module, -s debug file with its build-id: names" symc.xray gone.names
check_eq "... and no warning" "" "$(cat gone.err)"

# ---- stripped shared library: exported names survive ----
clang -O2 -g -fPIC -shared $XRAY_CFLAGS -o libsym.so "$P/sym-c-util.c" "$P/sym-c.c" -Dmain=exported_main &&
	strip -o libsym.stripped.so libsym.so || not_ok "build libsym.so"
prepare libsym.so
cp libsym.so.addrs libsym.stripped.so.addrs
nm -D --defined-only libsym.stripped.so | awk '$2 == "T" { print $3 }' | sort >dyn.expected
names libsym.stripped.so >libsym.names
cut -d' ' -f2 libsym.names | grep -v '+0x' | sort >dyn.actual
check_cmp "stripped library: exported names from .dynsym" dyn.expected dyn.actual
a=$(awk '$2 == "leaf_add" { print $1 }' libsym.so.xray)
check_eq "stripped library: static function falls back to basename+0xaddr" \
	"$a libsym.stripped.so+0x$a" "$(grep "^$a " libsym.names)"

# ---- build-id checks ----
"$U" --build-id 00112233445566778899aabbccddeeff00112233 symc - <symc.addrs >bad.out 2>bad.err
check_eq "changed build-id: exit status 1" 1 $?
check "changed build-id: error names the file and both ids" grep -q \
	"error: module 'symc' has changed since recording (build-id $id, log has 00112233445566778899aabbccddeeff00112233)" bad.err
"$U" --force --build-id 00112233445566778899aabbccddeeff00112233 symc - <symc.addrs 2>force.err |
	cut -f1,2 | tr '\t' ' ' | sort -u >force.names
check_cmp "changed build-id with --force: names" symc.xray force.names
check "changed build-id with --force: a warning" grep -q "warning: module 'symc' has changed" force.err

# ---- missing module ----
"$U" --no-build-id /nonexistent/libgone.so 1000 2abc >gone2.out 2>gone2.err
check_eq "missing module: names" "$(printf 'libgone.so+0x1000\nlibgone.so+0x2abc')" "$(cut -f2 gone2.out)"
check_eq "missing module: one warning" 1 "$(grep -c "warning: cannot open module '/nonexistent/libgone.so': No such file or directory" gone2.err)"
echo garbage >notelf.so
"$U" --no-build-id notelf.so 1000 >notelf.out 2>notelf.err
check_eq "not an ELF file: fallback name" "notelf.so+0x1000" "$(cut -f2 notelf.out)"
check "not an ELF file: a warning" grep -q "warning: cannot open module 'notelf.so'" notelf.err

done_testing
