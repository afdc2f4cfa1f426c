#!/bin/sh
# convert --type pola / calls on hand-built logs (tests/unit/u-pola.c: two
# processes, two threads, a tail call, unwound and unfinished frames):
# polars and DuckDB read exactly the hand-written tables, with the seed's
# types, and the seed's queries give the expected answers.
. "$(dirname "$0")/lib.sh"
need node oracles
[ -x "$B/tests/u-pola" ] || skip_all "$B/tests/u-pola not built (make units)"
OR="$TOP/tests/oracles"

check "unit program converts the synthetic logs" sh -c '"$1" "$2" >"$2.tap" 2>"$2.err"' sh "$B/tests/u-pola" "$T/s"
check "repairs are reported on stderr" grep -q "repaired 3 frames (2 unwound by an outer exit, 1 still open" s.err

cat >pola.schema <<'EOS'
frame_id u64
parent u64
tid u32
func_id u64
time duration[ns]
kind u32
EOS
cat >calls.schema <<'EOS'
frame_id u64
parent u64
depth u32
tid u32
func_id u64
start duration[ns]
end duration[ns]
duration duration[ns]
self duration[ns]
EOS
cat >symtab.schema <<'EOS'
func_id u64
name str
path str
EOS
cat >pola.duck <<'EOS'
frame_id UBIGINT
parent UBIGINT
tid UINTEGER
func_id UBIGINT
time BIGINT
kind UINTEGER
EOS
cat >symtab.duck <<'EOS'
func_id UBIGINT
name VARCHAR
path VARCHAR
EOS

node "$OR/polars-dump.mjs" schema s/sf.pola >out 2>&1
check_cmp "polars: sf.pola types" pola.schema out
node "$OR/polars-dump.mjs" schema s/sf.calls >out 2>&1
check_cmp "polars: calls types" calls.schema out
node "$OR/polars-dump.mjs" schema s/sf.pola.symtab >out 2>&1
check_cmp "polars: symtab types" symtab.schema out
node "$OR/duckdb-dump.mjs" schema s/sf.pola >out 2>&1
check_cmp "duckdb: sf.pola types" pola.duck out
node "$OR/duckdb-dump.mjs" schema s/sf.pola.symtab >out 2>&1
check_cmp "duckdb: symtab types" symtab.duck out

node "$OR/polars-dump.mjs" data s/sf.pola >out 2>&1
check_cmp "polars: sf.pola rows" s/sf.pola.expect out
node "$OR/duckdb-dump.mjs" data s/sf.pola >out 2>&1
check_cmp "duckdb: sf.pola rows" s/sf.pola.expect out
node "$OR/polars-dump.mjs" data s/sf.calls >out 2>&1
check_cmp "polars: calls rows" s/sf.calls.expect out
node "$OR/duckdb-dump.mjs" data s/sf.calls >out 2>&1
check_cmp "duckdb: calls rows" s/sf.calls.expect out

node "$OR/duckdb-dump.mjs" sql "SELECT func_id, name, regexp_replace(path, '^.*/', '') FROM read_parquet('s/sf.pola.symtab') ORDER BY func_id" >out 2>&1
check_cmp "symtab: names and source lines of the functions that occur" s/symtab.expect out
check "calls has the same symtab" cmp s/sf.pola.symtab s/sf.calls.symtab

cat >top.expect <<'EOS'
pola_fn_emit	3
pola_fn_parse	3
pola_fn_main	2
pola_fn_leaf	1
pola_fn_main	1
EOS
node "$OR/pola-query.mjs" top-funcs s/sf.pola s/sf.pola.symtab >out 2>&1
check_cmp "seed query 1: most frequent functions" top.expect out
cat >leaf.expect <<'EOS'
pola_fn_emit	10
pola_fn_emit	10
pola_fn_emit	10
pola_fn_parse	10
pola_fn_parse	10
pola_fn_main	3
pola_fn_leaf	0
EOS
node "$OR/pola-query.mjs" leaf-frames s/sf.pola s/sf.pola.symtab >out 2>&1
check_cmp "seed query 2: longest leaf frames" leaf.expect out
cat >cc.expect <<'EOS'
# pola
1	2	90	40
2	3	40	30
3	3	30	30
4	1	0	0
4294967297	1	3	3
# calls
1	2	90	40
2	3	40	30
3	3	30	30
4	1	0	0
4294967297	1	3	3
EOS
node "$OR/pola-query.mjs" calls-check s/sf.pola s/sf.calls >out 2>&1
check_cmp "calls: counts, durations and self times agree with the event table" cc.expect out

# The same through the command line, and its errors.
"$SFTRACE" convert --type pola s/a.log s/b.log -o cli.pola 2>cli.err
check "sftrace convert --type pola: exit status 0" test $? -eq 0
node "$OR/polars-dump.mjs" data cli.pola >out 2>&1
check_cmp "sftrace convert --type pola: rows" s/sf.pola.expect out
"$SFTRACE" convert --type calls --no-tail-nesting s/a.log s/b.log -o cli.calls 2>cli.err
node "$OR/polars-dump.mjs" data cli.calls >out 2>&1
check_cmp "sftrace convert --type calls: rows" s/sf.calls.expect out
"$SFTRACE" convert --type pola missing.log -o m.pola 2>err.txt
check_eq "a missing log: exit status 1" 1 $?
check_eq "a missing log: the message" "sftrace: error: cannot open 'missing.log': No such file or directory" "$(cat err.txt)"
check "a missing log: no output left" test ! -e m.pola
"$SFTRACE" convert --type pola s/a.log -o nodir/x.pola 2>err.txt
check_eq "an unwritable output: exit status 1" 1 $?
check_eq "an unwritable output: the message" "sftrace: error: cannot create 'nodir/x.pola': No such file or directory" "$(cat err.txt)"
printf 'not a log' >bad.log
"$SFTRACE" convert --type pola bad.log -o b.pola 2>err.txt
check_eq "not a log: exit status 1" 1 $?
check "not a log: no output left" test ! -e b.pola
done_testing
