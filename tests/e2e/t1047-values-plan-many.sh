#!/bin/sh
# Planning the values of many functions reads a module's DWARF once:
# each compile unit's subprograms are indexed by address on first use,
# not walked again for every function (8000 functions in one unit took
# seconds, growing with the square of their number). filter --args and
# record -A . plan all of them, in well under the time one walk per
# function took.
. "$(dirname "$0")/lib.sh"
need clang

awk 'BEGIN {
	for (i = 0; i < 8000; i++)
		printf "__attribute__((noinline)) long f%d(long a) { return a + %d; }\n", i, i
	print "int main(void) { volatile long one = 1; return (int)f7(one) - 8; }"
}' >many.c
cc_xray many many.c || { not_ok "build many.c"; done_testing; exit 1; }

ms() { echo $(($(date +%s%N) / 1000000)); }
t0=$(ms)
"$SFTRACE" filter -p ./many --args . --retval . -o many.filter >filter.out 2>&1
check_eq "filter --args of 8000 functions: exit status 0" 0 "$?"
t1=$(ms)
check_eq "a values line for every function but main" 8000 "$(grep -c '^values 0x[0-9a-f]* args=rdi ret=rax$' many.filter)"
check "... in under 2.5 s (took $((t1 - t0)) ms)" test $((t1 - t0)) -lt 2500

t0=$(ms)
"$SFTRACE" record --solib "$SOLIB" -A . -R . -o many.log -- ./many >/dev/null 2>record.err
check_eq "record -A . -R .: exit status 0" 0 "$?"
t1=$(ms)
check "... in under 2.5 s (took $((t1 - t0)) ms)" test $((t1 - t0)) -lt 2500
"$SFTRACE" dump many.log >many.dump
check "f7's argument: rdi alone, planned" grep -q '^ *args rdi=0x1$' many.dump

done_testing
