#!/bin/sh
# Many marked calls: 40000 calls of a function of three arguments fill
# more than one Parquet page of the args_regs list column (120000 register
# values), and report --by-arg groups 40000 calls by value. Oracles: the
# values the program passes (i, i*i, i%7 for i < 40000), summed by DuckDB
# and polars from the table, and the program's own count per i%7.
. "$(dirname "$0")/lib.sh"
need clang node
OR="$TOP/tests/oracles"

cat >many.c <<'C'
#include <stdio.h>
__attribute__((noinline)) long many(long i, long sq, int mod)
{
	return i + sq + mod;
}
int main(void)
{
	long s = 0, n[7] = { 0 };
	for (volatile long i = 0; i < 40000; i++) {
		s += many(i, i * i, (int)(i % 7));
		n[i % 7]++;
	}
	for (int k = 0; k < 7; k++)
		printf("calls many(mod=%d) %ld\n", k, n[k]);
	printf("result %ld\n", s);
	return 0;
}
C
cc_xray prog many.c || { not_ok "build many.c"; done_testing; exit 1; }
check "filter --args/--retval" "$SFTRACE" filter -p ./prog -r many --args many --retval many -o f.txt
"$SFTRACE" record --solib "$SOLIB" -f f.txt -o sf.log -- ./prog >traced.out 2>record.err
check_eq "record exits 0" 0 "$?"
check "convert --type calls" "$SFTRACE" convert -t calls sf.log -o sf.calls

# sum(i) = 799980000, sum(i*i) = 21332533340000, sum(i%7) = 119995, per call
# 3 registers; the results sum to all three.
want="40000	120000	21333333439995	21333333439995"
check_eq "DuckDB: every call's three registers, summed, and its result" "$want" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT count(*), sum(len(args_regs)), sum(list_sum(args_regs)), sum(ret_regs[1]) FROM read_parquet('sf.calls') WHERE args_regs IS NOT NULL")"
node "$OR/polars-dump.mjs" data sf.calls >dump 2>dump.err
check_eq "polars: the same sums" "40000 120000 21333333439995" \
	"$(awk '/^# column args_regs/ { on = 1; next } /^# column/ { on = 0 } on' dump | tr -d '[]' |
		perl -ne 'chomp; my @v = split /,/; $n++; $k += @v; $s += $_ for @v; END { print "$n $k $s\n" }')"

"$SFTRACE" report --by-arg mod --csv sf.log >byarg.csv 2>byarg.err
sed -n 's/^calls \(.*\) \([0-9]*\)$/\1 \2/p' traced.out | LC_ALL=C sort >expect
perl -ne 'next if $. == 1; /^"?([^",]*)"?,(\d+),(\d+),(\d+),/ or next; print "$1 $4\n"' byarg.csv |
	LC_ALL=C sort >got
check_cmp "report --by-arg: 40000 calls in seven groups, as the program counted" expect got
done_testing
