#!/bin/sh
# Two static functions named `helper`, in two files, called 10 and 20 times
# (counts the program prints): report, tree and flamegraph keep them apart,
# named "helper (file:line)", while other names stay plain; the same
# functions in two processes of one recording still merge into one row each.
. "$(dirname "$0")/lib.sh"
need clang

cat >a.c <<'C'
#define NOINLINE __attribute__((noinline))
long n_a;
NOINLINE static int helper(int x) { n_a++; return x * 2; }
NOINLINE int run_a(int n) { int s = 0; for (int i = 0; i < n; i++) s += helper(i); return s; }
C
cat >b.c <<'C'
#include <stdio.h>
#define NOINLINE __attribute__((noinline))
extern long n_a;
long n_b;
NOINLINE static int helper(int x) { n_b++; return x * 3; }
NOINLINE int run_b(int n) { int s = 0; for (int i = 0; i < n; i++) s += helper(i); return s; }
int run_a(int);
int main(void)
{
	int s = run_a(10) + run_b(20);
	printf("a %ld b %ld sum %d\n", n_a, n_b, s);
	return 0;
}
C
clang -O1 -g $XRAY_CFLAGS -c a.c -o a.o && clang -O1 -g $XRAY_CFLAGS -c b.c -o b.o &&
	clang -o dup a.o b.o
check "build the program" test -x dup
check "record" sf_record one.log ./dup
./dup >counts
na=$(awk '{ print $2 }' counts) nb=$(awk '{ print $4 }' counts)
check_eq "the program counts its calls" "10 20" "$na $nb"

"$SFTRACE" report --csv one.log 2>/dev/null >one.csv
check_eq "report: helper of a.c, its own row" "$na" \
	"$(awk -F, '$1 ~ /^"?helper \(.*\/a\.c:3\)"?$/ { print $4 }' one.csv)"
check_eq "report: helper of b.c, its own row" "$nb" \
	"$(awk -F, '$1 ~ /^"?helper \(.*\/b\.c:5\)"?$/ { print $4 }' one.csv)"
check_eq "report: other names stay plain" "main run_a run_b" \
	"$(awk -F, 'NR > 1 && $1 !~ /helper/ { print $1 }' one.csv | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')"

"$SFTRACE" tree one.log 2>/dev/null >tree.txt
# callee_of FUNC PATTERN: the tree line matching PATTERN comes right after FUNC's
callee_of() {
	grep -B1 "$2" tree.txt | head -1 | grep -q "[-] $1\$"
}
check "tree: helper of a.c, $na calls" grep -q " $na  .*- helper (.*/a\.c:3)\$" tree.txt
check "tree: helper of b.c, $nb calls" grep -q " $nb  .*- helper (.*/b\.c:5)\$" tree.txt
check "tree: helper of a.c under run_a" callee_of run_a "helper (.*/a\.c:3)"
check "tree: helper of b.c under run_b" callee_of run_b "helper (.*/b\.c:5)"

check "flamegraph --folded" sh -c '"$1" flamegraph --folded --calls one.log -o folded.txt 2>/dev/null' sh "$SFTRACE"
check_eq "folded: two distinct helper stacks" \
	"main;run_a;helper (a.c:3) $na|main;run_b;helper (b.c:5) $nb" \
	"$(sed -n 's|(/.*/\([ab]\.c:[0-9]*\))|(\1)|p' folded.txt | grep helper | LC_ALL=C sort | tr '\n' '|' | sed 's/|$//')"

# Two processes of one recording: same functions, one row each.
check "record two processes" sf_record two.log sh -c './dup >/dev/null; ./dup >/dev/null'
set -- two.log two.log.*
"$SFTRACE" report --csv "$@" 2>/dev/null >two.csv
check_eq "two processes: helper of a.c merged" "$((2 * na))" \
	"$(awk -F, '$1 ~ /helper \(.*\/a\.c:3\)/ { print $4 }' two.csv)"
check_eq "two processes: helper of b.c merged" "$((2 * nb))" \
	"$(awk -F, '$1 ~ /helper \(.*\/b\.c:5\)/ { print $4 }' two.csv)"
check_eq "two processes: one row per function" 5 "$(($(wc -l <two.csv) - 1))"
done_testing
