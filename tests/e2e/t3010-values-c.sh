#!/bin/sh
# Arguments and return values of a C program's functions, marked with a
# filter file made by `filter --args/--retval`, in every output. Oracle:
# the program prints the text each call must show, made from the values it
# passes (tests/progs/args-c.c: integers of every width, a double and a
# float, a struct by value and one returned in two registers, a C string
# with quotes and a newline, an enum, a bool, a char, a pointer to an
# unmapped page). Perfetto is decoded by protoc, Chrome JSON by node, the
# Parquet tables are read by DuckDB and polars; report --by-arg and tree
# --args are checked against the calls the program counts.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
. "$TOP/tests/e2e/values-lib.sh"
need clang protoc node

cc_xray prog "$PROGS/args-c.c" || { not_ok "build args-c.c"; done_testing; exit 1; }
./prog >untraced.out
check "filter --args/--retval on the program" \
	"$SFTRACE" filter -p ./prog -r '^c_|^main$' --args '^c_' --retval '^c_' -o f.txt
"$SFTRACE" record --solib "$SOLIB" -f f.txt -o sf.log -- ./prog >traced.out 2>record.err
check_eq "record exits 0" 0 "$?"
# The pointer to the unmapped page differs between runs: compare the rest.
grep -v '^value c_bad\|^result' untraced.out >a
grep -v '^value c_bad\|^result' traced.out >b
check_cmp "output unchanged by tracing" a b

sed -n 's/^value //p' traced.out | LC_ALL=C sort >expect
check_eq "the program printed its values" 20 "$(wc -l <expect)"

check "convert to Perfetto" "$SFTRACE" convert sf.log -o sf.pb
check "trace passes the importer's rules" pf_check sf.pb sf.norm
values_of sf.norm expect >pf.values
check_cmp "Perfetto: args on the slice begin, return on its end, as the program printed" \
	expect pf.values
check_eq "Perfetto: main, not marked, has no annotations" "" \
	"$(awk -F'\t' '$1 == "values" && $4 == "main"' sf.norm)"
check_eq "Perfetto: six c_lookup slices with arguments" 6 \
	"$(awk -F'\t' '$1 == "values" && $4 == "c_lookup" && $5 ~ /^key="/' sf.norm | wc -l)"

check "convert to Chrome JSON" "$SFTRACE" convert -t chrome sf.log -o sf.json
check "Chrome JSON parses and nests" cj_check sf.json sf.cnorm
values_of sf.cnorm expect >cj.values
check_cmp "Chrome JSON: args and return, as the program printed" expect cj.values
check "Chrome JSON keeps the source location beside the arguments" \
	grep -q '"name":"c_ints","args":{"src":"[^"]*args-c.c:[0-9]*","args":"a=-5, ' sf.json

# dump: each value record's text after its registers, as the program printed.
"$SFTRACE" dump sf.log 2>/dev/null | awk '
	$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && ($3 ~ /^entry/ || $3 ~ /^exit/) {
		kind = $3 ~ /^entry/ ? "args" : "ret"; name = $NF; next }
	$1 == "=" { sub(/^ *= /, ""); print name " " kind " " $0 }' |
	awk 'NR == FNR { want[$1] = 1; next } $1 in want' expect - | LC_ALL=C sort -u >dump.values
check_cmp "dump: the argument and return texts, as the program printed" expect dump.values

# Parquet --type calls: args and ret columns, null for unmarked functions.
check "convert --type calls" "$SFTRACE" convert -t calls sf.log -o sf.calls
node "$OR/polars-dump.mjs" schema sf.calls >schema 2>&1
check_eq "polars: args and ret are string columns" "args str
ret str" "$(grep '^args \|^ret ' schema)"
node "$OR/duckdb-dump.mjs" sql "SELECT name, args, ret FROM read_parquet('sf.calls') JOIN read_parquet('sf.calls.symtab') USING (func_id) WHERE args IS NOT NULL" >calls.rows 2>&1
awk -F'\t' '{ print $1 " args " $2; print $1 " ret " $3 }' calls.rows |
	awk 'NR == FNR { want[$1] = 1; next } $1 in want' expect - | LC_ALL=C sort -u >calls.values
check_cmp "DuckDB: calls' args and ret as the program printed" expect calls.values
check_eq "DuckDB: main's args and ret are null" "main	NULL	NULL" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT name, coalesce(args, 'NULL'), coalesce(ret, 'NULL') FROM read_parquet('sf.calls') JOIN read_parquet('sf.calls.symtab') USING (func_id) WHERE name = 'main'")"

# The raw registers: a mask and a list of UInt64, in register bit order.
check_eq "polars: the register columns are u32 masks and lists of u64" "args_mask u32
args_regs list[u64]
ret_mask u32
ret_regs list[u64]" "$(grep '_mask\|_regs' schema)"
dbits=$(perl -e 'print unpack("Q<", pack("d<", 0.1)), ",", unpack("L<", pack("f<", 2.5)), "\n"')
rbits=$(perl -e 'print unpack("Q<", pack("d<", 0.1 * 2 + 2.5)), "\n"')
check_eq "DuckDB: c_double's xmm0 and xmm1 hold the IEEE bits of 0.1 and 2.5f, its result those of 2.7" \
	"768	[$dbits]	256	[$rbits]" \
	"$(node "$OR/duckdb-dump.mjs" sql "SELECT args_mask, replace(CAST(args_regs AS VARCHAR), ' ', ''), ret_mask, replace(CAST(ret_regs AS VARCHAR), ' ', '') FROM read_parquet('sf.calls') JOIN read_parquet('sf.calls.symtab') USING (func_id) WHERE name = 'c_double'")"
node "$OR/polars-dump.mjs" data sf.calls >calls.dump 2>&1
check_eq "polars: c_mkpt's registers (3, -7 as u64) and main's null list" \
	"[3,18446744073709551609] null" \
	"$(awk '/^# column args_regs/ { on = 1; next } /^# column/ { on = 0 } on' calls.dump | grep -x '\[3,18446744073709551609\]\|null' | sort -u | tr '\n' ' ' | sed 's/ $//')"

# Parquet --type pola: args on entry rows, ret on exit rows.
check "convert --type pola" "$SFTRACE" convert -t pola sf.log -o sf.pola
node "$OR/duckdb-dump.mjs" sql "SELECT name, kind, coalesce(args, '-'), coalesce(ret, '-') FROM read_parquet('sf.pola') JOIN read_parquet('sf.pola.symtab') USING (func_id) WHERE args IS NOT NULL OR ret IS NOT NULL" >pola.rows 2>&1
awk -F'\t' '$2 == 1 && $4 == "-" { print $1 " args " $3 } $2 == 2 && $3 == "-" { print $1 " ret " $4 }' pola.rows |
	awk 'NR == FNR { want[$1] = 1; next } $1 in want' expect - | LC_ALL=C sort -u >pola.values
check_cmp "DuckDB: pola's entry rows carry args, exit rows ret" expect pola.values
check_eq "pola: no row has both" "" "$(awk -F'\t' '$3 != "-" && $4 != "-"' pola.rows)"

# report --by-arg: the calls per key value the program counted.
"$SFTRACE" report --by-arg key --csv sf.log >byarg.csv 2>byarg.err
check_eq "report --by-arg exits 0" 0 "$?"
sed -n 's/^calls c_lookup \(.*\) \([0-9]*\)$/c_lookup(\1) \2/p' traced.out | LC_ALL=C sort >byarg.expect
perl -ne 'next if $. == 1; /^"((?:[^"]|"")*)",(\d+),(\d+),(\d+),/ or next; my ($n, $c) = ($1, $4); $n =~ s/""/"/g; print "$n $c\n"' byarg.csv |
	LC_ALL=C sort >byarg.got
check_cmp "report --by-arg: calls per value of key, as the program counted" byarg.expect byarg.got
check_eq "report --by-arg: sorted by total, alpha (most work) first" 'c_lookup(key="alpha")' \
	"$(sed -n '2s/^"\(.*\)",.*/\1/p' byarg.csv | sed 's/""/"/g')"
check_eq "report --by-arg: min <= p50 <= p90 <= max per value" "" \
	"$(awk -F, 'NR > 1 { n = NF; min = $(n-4); max = $(n-3); p50 = $(n-2); p90 = $(n-1); if (!(min <= p50 && p50 <= p90 && p90 <= max)) print }' byarg.csv)"
"$SFTRACE" report --by-arg nosuch sf.log >/dev/null 2>nosuch.err
check "report --by-arg with an unknown argument says so" \
	grep -q "no function with recorded arguments has an argument named 'nosuch'" nosuch.err

# tree --args: a node per argument text, under main.
"$SFTRACE" tree --args sf.log >tree.out 2>tree.err
check_eq "tree --args exits 0" 0 "$?"
sed -n 's/^\([^ ]*\) args \(.*\)$/\1(\2) 1/p' expect | LC_ALL=C sort >tree.expect
printf '%s\n' 'c_lookup(key="alpha", n=200000) 3' 'c_lookup(key="beta", n=20000) 2' \
	'c_lookup(key="gamma", n=2000) 1' >>tree.expect
LC_ALL=C sort -o tree.expect tree.expect
perl -ne 'print "$2 $1\n" if /^\s*\S+ \S+\s+\S+ \S+\s+(\d+)  (?:\+- |`- )(c_\S.*)$/' tree.out | LC_ALL=C sort >tree.got
check_cmp "tree --args: one node per argument text with its calls" tree.expect tree.got
"$SFTRACE" tree sf.log >plain.out 2>/dev/null
check_eq "tree without --args keeps one c_lookup node" 1 "$(grep -c ' c_lookup$' plain.out)"

# record -A/-R, no filter file: planned from DWARF at record time like a
# filter --args file (the registers used, the C string's bytes), so the
# texts are the same, the string included.
"$SFTRACE" record --solib "$SOLIB" -A '^c_' -R '^c_' -o a.log -- ./prog >a.out 2>a.err
check_eq "record -A/-R exits 0" 0 "$?"
"$SFTRACE" convert a.log -o a.pb 2>/dev/null
pf_check a.pb a.norm >/dev/null
sed -n 's/^value //p' a.out | grep -v '^c_bad' | LC_ALL=C sort >a.expect
values_of a.norm a.expect >a.values
check_cmp "record -A/-R: every text as the program printed, the C string's too" \
	a.expect a.values

# The program's DWARF moved to a separate file: found with -s (by build-id).
mkdir dbg && objcopy --only-keep-debug prog dbg/prog.debug && objcopy --strip-debug prog
"$SFTRACE" convert -t chrome sf.log -o nodbg.json 2>/dev/null
check "debug info stripped: c_double's registers by position" \
	grep -q '"args":"[^"]*xmm0=0x3fb999999999999a, xmm1=0x40200000' nodbg.json
"$SFTRACE" convert -t chrome -s dbg/prog.debug sf.log -o withdbg.json 2>/dev/null
check "-s with the separate debug file: the names and types again" \
	grep -q '"args":"x=0.1, y=2.5"' withdbg.json

# Without DWARF: the registers, named by position.
clang -O2 $XRAY_CFLAGS -o nodw "$PROGS/args-c.c" 2>/dev/null
if [ -x nodw ]; then
	"$SFTRACE" filter -p ./nodw -r '^c_' --args '^c_double$' --retval '^c_double$' -o nf.txt 2>/dev/null
	"$SFTRACE" record --solib "$SOLIB" -f nf.txt -o nd.log -- ./nodw >/dev/null 2>&1
	"$SFTRACE" convert -t chrome nd.log -o nd.json 2>/dev/null
	check "without DWARF, xmm0 holds the bits of 0.1 and xmm1 those of 2.5f" \
		grep -q '"args":"[^"]*xmm0=0x3fb999999999999a, xmm1=0x40200000' nd.json
else
	not_ok "build args-c.c without -g"
fi
done_testing
