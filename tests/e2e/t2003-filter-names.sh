#!/bin/sh
# Name filters on mangled languages: Rust (v0 mangling) through a filter
# file, C++ through the runtime's own regexes. The names written in the
# regexes are the demangled ones; the oracle is the programs' own call
# counts.
. "$(dirname "$0")/lib.sh"
need clang rustc perl c++filt

rust_xray names "$PROGS/filter/names.rs" 2>rustc.err || { not_ok "build names.rs"; cat rustc.err; done_testing; exit 1; }
./names >names.out
own() {
	for n in "$@"; do awk -v n="$n" '$1 == "count" && $2 == n { print $2, $3 }' names.out; done |
		LC_ALL=C sort
}

"$SFTRACE" filter -p names -r 'names::(work|helper)|<names::Walker>::step' -o rust.filter >/dev/null 2>&1
check_eq "demangled Rust names select three functions" 3 "$(grep -c '^0x' rust.filter)"
"$SFTRACE" record --solib "$SOLIB" -f rust.filter -o rust.sf -- ./names >/dev/null 2>&1
trace_counts rust.sf | short_names >actual
own work helper step >expect
check_cmp "the filtered Rust trace holds exactly their calls" expect actual

"$SFTRACE" filter -p names -r '^names::work$' --subtree -N 'Walker' -o rsub.filter >/dev/null 2>&1
"$SFTRACE" record --solib "$SOLIB" -f rsub.filter -o rsub.sf -- ./names >/dev/null 2>&1
trace_counts rsub.sf | short_names >actual
own work helper >expect
check_cmp "subtree of names::work without Walker's methods" expect actual

cat >shapes.cpp <<'CPP'
#include <cstdio>
namespace shapes {
static unsigned long n_area, n_twice;
struct Square {
	int side;
	__attribute__((noinline)) int area(int scale) const { n_area++; return side * side * scale; }
};
__attribute__((noinline)) int twice(int x) { n_twice++; return 2 * x; }
}
int main(int argc, char **argv)
{
	int s = 0;
	for (int i = 0; i < 25; i++)
		s += shapes::twice(shapes::Square{argc + i}.area(i % 3));
	std::printf("result %d\ncount area %lu\ncount twice %lu\n", s, shapes::n_area, shapes::n_twice);
	return 0;
}
CPP
cxx_xray shapes shapes.cpp || not_ok "build shapes.cpp"
./shapes >shapes.out

"$SFTRACE" record --solib "$SOLIB" -F '^_ZN6shapes5twiceEi$' -o raw.sf -- ./shapes >/dev/null 2>&1
trace_counts raw.sf | short_names >actual
awk '$1 == "count" && $2 == "twice" { print $2, $3 }' shapes.out >expect
check_cmp "the runtime matches raw C++ symbols" expect actual

if nm "$SOLIB" | grep -q ' [tT] cplus_demangle$'; then
	"$SFTRACE" record --solib "$SOLIB" -F 'shapes::Square::area\(int\) const' \
		-o dem.sf -- ./shapes >/dev/null 2>&1
	trace_counts dem.sf | short_names >actual
	awk '$1 == "count" && $2 == "area" { print $2, $3 }' shapes.out >expect
	check_cmp "the runtime matches demangled C++ names" expect actual
else
	_n=$((_n + 1))
	echo "ok $_n - the runtime matches demangled C++ names # SKIP libsftrace.so was linked without libiberty (RT_LIBS)"
fi
done_testing
