#!/bin/sh
# The Parquet writer alone: tests/unit/u-parquet writes sample files and
# the values it put in them; polars and DuckDB must read back exactly those
# values, with the declared types, and the footer statistics must be right
# (DuckDB prunes row groups with them).
. "$(dirname "$0")/lib.sh"
need node oracles
[ -x "$B/tests/u-parquet" ] || skip_all "$B/tests/u-parquet not built (make units)"
OR="$TOP/tests/oracles"

check "unit program writes the sample files" sh -c '"$1" "$2" >"$2.tap"' sh "$B/tests/u-parquet" "$T/pq"

cat >pl.schema <<'EOS'
u32 u32
u64 u64
i64 i64
dur duration[ns]
name str
EOS
cat >duck.schema <<'EOS'
u32 UINTEGER
u64 UBIGINT
i64 BIGINT
dur BIGINT
name VARCHAR
EOS
node "$OR/polars-dump.mjs" schema pq/mixed.parquet >out.pl.schema 2>&1
check_cmp "polars: column types" pl.schema out.pl.schema
node "$OR/duckdb-dump.mjs" schema pq/mixed.parquet >out.duck.schema 2>&1
check_cmp "duckdb: column types" duck.schema out.duck.schema

for f in mixed plain one two block empty; do
	node "$OR/polars-dump.mjs" data "pq/$f.parquet" >"$f.pl" 2>&1
	check_cmp "polars reads $f.parquet" "pq/$f.expect" "$f.pl"
	node "$OR/duckdb-dump.mjs" data "pq/$f.parquet" >"$f.duck" 2>&1
	check_cmp "duckdb reads $f.parquet" "pq/$f.expect" "$f.duck"
done

node "$OR/duckdb-dump.mjs" sql \
	"SELECT count(*), min(v), max(v), sum(v) FROM read_parquet('pq/big.parquet')" >big.duck 2>&1
check_cmp "duckdb: 2.5M rows in 3 row groups, count/min/max/sum" pq/big.expect big.duck
check_eq "duckdb: row groups of 2^20 rows" "3" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT count(DISTINCT row_group_id) FROM parquet_metadata('pq/big.parquet')")"

# Filters that row-group statistics decide: a wrong min/max drops rows.
want=$(awk '/^# column u64/{on=1;next} /^#/{on=0} on && (length($0)==20 || (length($0)==19 && $0 >= "9223372036854775808"))' pq/mixed.expect | wc -l)
check_eq "duckdb: u64 >= 2^63 (unsigned statistics)" "$want" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT count(*) FROM read_parquet('pq/mixed.parquet') WHERE u64 >= 9223372036854775808")"
want=$(awk '/^# column u32/{on=1;next} /^#/{on=0} on && $0 == 4294967295' pq/mixed.expect | wc -l)
check_eq "duckdb: u32 = 2^32-1 (unsigned statistics)" "$want" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT count(*) FROM read_parquet('pq/mixed.parquet') WHERE u32 = 4294967295")"
check_eq "duckdb: encodings and codec" "DELTA_BINARY_PACKED, RLE	ZSTD" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT DISTINCT encodings, compression FROM parquet_metadata('pq/mixed.parquet') WHERE path_in_schema = 'u64'")"
done_testing
