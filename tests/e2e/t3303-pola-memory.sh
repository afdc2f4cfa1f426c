#!/bin/sh
# Memory events in Parquet, read with polars and DuckDB, against what
# tests/progs/mem-out-heap.c counted itself:
#  - --type pola: rows of kind 4-7 with size, align, ptr (UInt64, null in
#    call rows), at the innermost open frame, func_id the site; per-site
#    counts and bytes, frees per function, null counts; the seed's six
#    columns and queries unchanged; a log without memory events keeps
#    exactly the seed's schema;
#  - --type memory: one row per allocation, freed_time / freed_by matched
#    across threads, blocks never freed null;
#  - the writer's optional columns alone (tests/unit/u-parquet's sample).
. "$(dirname "$0")/lib.sh"
need clang node oracles
[ -f "$B/libsftrace-malloc.so" ] || skip_all "$B/libsftrace-malloc.so not built"
OR="$TOP/tests/oracles"
duck() { node "$OR/duckdb-dump.mjs" sql "$1" 2>&1; }

cc_xray heap "$PROGS/mem-out-heap.c" || { not_ok "build mem-out-heap.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" -m -o m.log -- ./heap 40 >heap.out 2>record.err
check_eq "record -m exits 0" 0 "$?"
check "convert --type pola" "$SFTRACE" convert --type pola m.log -o m.pola
check "convert --type memory" "$SFTRACE" convert --type memory m.log -o m.mem
check "convert --type calls" "$SFTRACE" convert --type calls m.log -o m.calls
sites="'site_malloc','site_calloc','site_aligned','site_grow','rec','worker_alloc'"
frees="'site_free','site_grow','rec','worker_free'"
P="read_parquet('m.pola')"
S="read_parquet('m.pola.symtab')"
M="read_parquet('m.mem')"
MS="read_parquet('m.mem.symtab')"

# --- pola ---
printf '%s\n' "frame_id u64" "parent u64" "tid u32" "func_id u64" "time duration[ns]" \
	"kind u32" "size u64" "align u64" "ptr u64" >pola.schema
node "$OR/polars-dump.mjs" schema m.pola >out 2>&1
check_cmp "polars: the seed's six columns, then size, align, ptr (UInt64)" pola.schema out
printf '%s\n' "frame_id UBIGINT" "parent UBIGINT" "tid UINTEGER" "func_id UBIGINT" "time BIGINT" \
	"kind UINTEGER" "size UBIGINT" "align UBIGINT" "ptr UBIGINT" >pola.duck
node "$OR/duckdb-dump.mjs" schema m.pola >out 2>&1
check_cmp "duckdb: the same types" pola.duck out
check_eq "the memory columns are optional, the seed's required" \
	"$(printf 'REQUIRED 6\nOPTIONAL 3')" \
	"$(duck "SELECT repetition_type, count(*) FROM parquet_schema('m.pola') WHERE name <> 'schema' GROUP BY ALL ORDER BY 2 DESC" | tr '\t' ' ')"

grep '^site ' heap.out | LC_ALL=C sort >want.site
duck "SELECT 'site', name, count(*), sum(size) FROM $P JOIN $S USING (func_id) WHERE kind IN (4, 6) AND name IN ($sites) GROUP BY name" |
	tr '\t' ' ' | LC_ALL=C sort >got.site
check_cmp "pola: allocations and bytes per site (kinds 4 and 6)" want.site got.site
grep '^freedby ' heap.out | LC_ALL=C sort >want.free
duck "SELECT 'freedby', name, count(*) FROM $P JOIN $S USING (func_id) WHERE kind IN (5, 7) AND name IN ($frees) GROUP BY name" |
	tr '\t' ' ' | LC_ALL=C sort >got.free
check_cmp "pola: frees per function (kinds 5 and 7)" want.free got.free
check_eq "pola: realloc rows in pairs, old then new" \
	"$(awk '$2 == "site_grow" { print $3, $3 }' want.site)" \
	"$(duck "SELECT count(*) FILTER (kind = 7), count(*) FILTER (kind = 6) FROM $P" | tr '\t' ' ')"
check_eq "pola: size and ptr null exactly in the call rows" "0	0	0	0" \
	"$(duck "SELECT count(*) FILTER (kind <= 3 AND size IS NOT NULL), count(*) FILTER (kind <= 3 AND ptr IS NOT NULL), count(*) FILTER (kind >= 4 AND size IS NULL), count(*) FILTER (kind >= 4 AND ptr IS NULL) FROM $P")"
n_al=$(sed -n 's/^aligned //p' heap.out)
check_eq "pola: align 64 on the aligned_alloc rows, null on the others of ours" "$n_al	$n_al	0" \
	"$(duck "SELECT count(*) FILTER (name = 'site_aligned'), count(*) FILTER (align = 64 AND name = 'site_aligned'), count(align) FILTER (name <> 'site_aligned') FROM $P JOIN $S USING (func_id) WHERE kind >= 4 AND name IN ($sites, $frees)")"
check_eq "pola: a memory row's frame_id, parent, tid and func_id are those of the frame open around it" 0 \
	"$(duck "SELECT count(*) FROM $P m WHERE m.kind >= 4 AND m.frame_id > 0 AND NOT EXISTS (SELECT 1 FROM $P e JOIN $P x USING (frame_id) WHERE e.frame_id = m.frame_id AND e.kind = 1 AND x.kind IN (2, 3) AND e.time <= m.time AND m.time <= x.time AND e.parent = m.parent AND e.tid = m.tid AND e.func_id = m.func_id)")"
check "pola: ... and most of them are inside a frame" test \
	"$(duck "SELECT count(*) FROM $P WHERE kind >= 4 AND frame_id > 0")" -gt 400
check_eq "pola: frame ids still count the calls 1..N (after the walk started over)" \
	"$(duck "SELECT 1, count(*), count(*) FROM read_parquet('m.calls')")" \
	"$(duck "SELECT min(frame_id), max(frame_id), count(*) FROM $P WHERE kind = 1")"
check_eq "pola: every entry has one exit row" 0 \
	"$(duck "SELECT count(*) FROM (SELECT frame_id FROM $P WHERE kind <= 3 GROUP BY frame_id HAVING count(*) <> 2 OR min(kind) <> 1)")"

# The seed's queries on a table with memory rows, against the calls table.
prog_counts heap.out >counts.expect
node "$OR/pola-query.mjs" counts m.pola m.pola.symtab >out 2>&1
check_counts "seed: calls per function equal the program's counts" counts.expect out
duck "SELECT name, count(*) FROM read_parquet('m.calls') JOIN read_parquet('m.calls.symtab') USING (func_id) GROUP BY name ORDER BY name" |
	tr '\t' ' ' >calls.counts
check_cmp "seed: calls per function equal the calls table's" calls.counts out
node "$OR/pola-query.mjs" top-funcs m.pola m.pola.symtab >top.out 2>&1
check "seed query 1: the most frequent functions, their counts as in the calls table" awk '
	NR == FNR { n[$1] = $2; next } { split($0, f, "\t"); if (n[f[1]] != f[2]) exit 1; k++ }
	END { exit k != 10 }' calls.counts top.out
node "$OR/pola-query.mjs" leaf-frames m.pola m.pola.symtab >leaf.out 2>&1
# pola's rows put a tail call's callee beside its caller: so does
# --no-tail-nesting (a function left by a tail call is then a leaf)
"$SFTRACE" convert --type calls --no-tail-nesting m.log -o flat.calls 2>/dev/null
duck "SELECT name, duration FROM read_parquet('flat.calls') c JOIN read_parquet('flat.calls.symtab') USING (func_id) WHERE frame_id NOT IN (SELECT parent FROM read_parquet('flat.calls')) ORDER BY duration DESC, name LIMIT 10" >leaf.want
check_eq "seed query 2: ten leaf frames" 10 "$(wc -l <leaf.out)"
check_cmp "seed query 2: the longest leaf frames, as in the calls table" leaf.want leaf.out

# --- memory ---
printf '%s\n' "time duration[ns]" "tid u32" "func_id u64" "frame_id u64" "size u64" "align u64" \
	"ptr u64" "freed_time duration[ns]" "freed_by u64" "kind u32" >mem.schema
node "$OR/polars-dump.mjs" schema m.mem >out 2>&1
check_cmp "memory: columns and types" mem.schema out
check_eq "memory: align, freed_time and freed_by are the optional columns" \
	"align freed_time freed_by" \
	"$(duck "SELECT name FROM parquet_schema('m.mem') WHERE repetition_type = 'OPTIONAL'" | tr '\n' ' ' | sed 's/ $//')"
duck "SELECT 'site', name, count(*), sum(size) FROM $M JOIN $MS USING (func_id) WHERE name IN ($sites) GROUP BY name" |
	tr '\t' ' ' | LC_ALL=C sort >got.msite
check_cmp "memory: one row per allocation, bytes per site" want.site got.msite
duck "SELECT 'freedby', s.name, count(*) FROM $M m JOIN $MS s ON s.func_id = m.freed_by JOIN $MS a ON a.func_id = m.func_id WHERE a.name IN ($sites) GROUP BY s.name" |
	tr '\t' ' ' | LC_ALL=C sort >got.mfree
check_cmp "memory: freed_by names the function that freed each block" want.free got.mfree
check_eq "memory: blocks never freed (freed_time and freed_by null)" \
	"$(sed -n 's/^left //p' heap.out)" \
	"$(duck "SELECT count(*), sum(size) FROM $M JOIN $MS USING (func_id) WHERE name IN ($sites) AND freed_time IS NULL AND freed_by IS NULL" | tr '\t' ' ')"
pid=$(log_pid m.log)
check_eq "memory: blocks of main's thread freed by the worker" "$(sed -n 's/^xthread //p' heap.out)" \
	"$(duck "SELECT count(*) FROM $M m JOIN $MS s ON s.func_id = m.freed_by WHERE s.name = 'worker_free' AND m.tid = $pid")"
check_eq "memory: worker_alloc's blocks are the worker's" "0" \
	"$(duck "SELECT count(*) FROM $M JOIN $MS USING (func_id) WHERE name = 'worker_alloc' AND tid = $pid")"
check_eq "memory: freed after allocated; kinds 4 and 6 only" "0	0" \
	"$(duck "SELECT count(*) FILTER (freed_time < time), count(*) FILTER (kind NOT IN (4, 6)) FROM $M")"
check_eq "memory: align as in pola" "$n_al	$n_al" \
	"$(duck "SELECT count(*), count(*) FILTER (align = 64) FROM $M JOIN $MS USING (func_id) WHERE name = 'site_aligned'")"
check_eq "memory: each row is an allocation row of pola (frame_id, time, ptr, size)" 0 \
	"$(duck "SELECT count(*) FROM $M m WHERE NOT EXISTS (SELECT 1 FROM $P p WHERE p.kind = m.kind AND p.frame_id = m.frame_id AND p.time = m.time AND p.ptr = m.ptr AND p.size = m.size AND p.func_id = m.func_id)")"

# Six threads at once, freeing each other's blocks; thousands live together.
cc_xray threads "$PROGS/mem-out-threads.c" || not_ok "build mem-out-threads.c"
"$SFTRACE" record --solib "$SOLIB" -m -o t.log -- ./threads 6 1500 >threads.out 2>record.err
check "convert mem-out-threads --type memory" "$SFTRACE" convert --type memory t.log -o t.mem
TM="read_parquet('t.mem')"
TS="read_parquet('t.mem.symtab')"
grep '^site ' threads.out | LC_ALL=C sort >t.want
duck "SELECT 'site', name, count(*), sum(size) FROM $TM JOIN $TS USING (func_id) WHERE name IN ('alloc_own', 'grow_own') GROUP BY name" |
	tr '\t' ' ' | LC_ALL=C sort >t.got
check_cmp "threads: allocations and bytes per site" t.want t.got
grep '^freedby ' threads.out | LC_ALL=C sort >t.want
duck "SELECT 'freedby', s.name, count(*) FROM $TM m JOIN $TS s ON s.func_id = m.freed_by JOIN $TS a ON a.func_id = m.func_id WHERE a.name IN ('alloc_own', 'grow_own') GROUP BY s.name" |
	tr '\t' ' ' | LC_ALL=C sort >t.got
check_cmp "threads: each block freed where the program freed it" t.want t.got
check_eq "threads: blocks never freed" "$(sed -n 's/^left //p' threads.out)" \
	"$(duck "SELECT count(*), sum(size) FROM $TM JOIN $TS USING (func_id) WHERE name IN ('alloc_own', 'grow_own') AND freed_time IS NULL" | tr '\t' ' ')"
check "convert mem-out-threads --type pola" "$SFTRACE" convert --type pola t.log -o t.pola
check_eq "threads: free_other's blocks come from another thread (its free row in pola)" \
	"0 $(sed -n 's/^freedby free_other //p' threads.out)" \
	"$(duck "SELECT count(*) FILTER (f.tid = m.tid), count(*) FROM $TM m JOIN $TS s ON s.func_id = m.freed_by JOIN read_parquet('t.pola') f ON f.kind = 5 AND f.ptr = m.ptr AND f.time = m.freed_time WHERE s.name = 'free_other'" | tr '\t' ' ')"

# Events chosen one by one (tests/progs/mem-out-abi.c): the memory table
# by hand. A free matches the block of its address, whatever size it
# reports; a free of an unknown block makes no row; an address allocated
# again ends the block it held (freed_* null); rows come as blocks end.
if clang -O2 -g $XRAY_CFLAGS -I"$TOP/include" -c -o abi.o "$PROGS/mem-out-abi.c" &&
	clang -o abi abi.o -L"$B" -lsftrace "-Wl,-rpath,$B"; then
	sf_record abi.log ./abi
	check "convert mem-out-abi --type memory" "$SFTRACE" convert --type memory abi.log -o abi.mem
	check "convert mem-out-abi --type pola" "$SFTRACE" convert --type pola abi.log -o abi.pola
	cat >abi.want <<'EOS'
rep_alloc 1000 8 65536 rep_free 4
rep_alloc 300 16 196608 rep_free 4
rep_alloc 200 16 262144 null 4
rep_alloc 50 8 327680 rep_grow 4
rep_grow 4000 8 393216 rep_free 6
rep_alloc 64 8 262144 rep_free 4
EOS
	duck "SELECT s.name, size, align, ptr, coalesce(f.name, 'null'), kind FROM read_parquet('abi.mem') m JOIN read_parquet('abi.mem.symtab') s USING (func_id) LEFT JOIN read_parquet('abi.mem.symtab') f ON f.func_id = m.freed_by ORDER BY time" |
		tr '\t' ' ' >abi.got
	check_cmp "abi: the memory table, by hand" abi.want abi.got
	node "$OR/polars-dump.mjs" data abi.mem | awk '/^# column ptr/ { on = 1; next } /^#/ { on = 0 } on' |
		tr '\n' ' ' >abi.order
	check_eq "abi: rows in the order the blocks ended" "65536 327680 196608 262144 262144 393216 " \
		"$(cat abi.order)"
	check_eq "abi: freed_time is the time of the free row in pola" 5 \
		"$(duck "SELECT count(*) FROM read_parquet('abi.mem') m JOIN read_parquet('abi.pola') p ON p.kind IN (5, 7) AND p.ptr = m.ptr AND p.time = m.freed_time")"
	check_eq "abi: pola's align as reported" "8 8 16 16 8 8 8 8 8 8 8 8" \
		"$(duck "SELECT string_agg(align::VARCHAR, ' ' ORDER BY time) FROM read_parquet('abi.pola') WHERE kind >= 4")"
else
	not_ok "build mem-out-abi.c"
fi

# --- without memory events ---
sf_record plain.log ./heap 40 >/dev/null
check "convert a log without memory events" "$SFTRACE" convert --type pola plain.log -o plain.pola
head -6 pola.schema >seed.schema
node "$OR/polars-dump.mjs" schema plain.pola >out 2>&1
check_cmp "no memory events: exactly the seed's columns" seed.schema out
check_eq "no memory events: every column required" "REQUIRED 6" \
	"$(duck "SELECT repetition_type, count(*) FROM parquet_schema('plain.pola') WHERE name <> 'schema' GROUP BY ALL" | tr '\t' ' ')"
"$SFTRACE" convert --type memory plain.log -o plain.mem 2>plain.err
check_eq "--type memory without memory events: an empty table" 0 \
	"$(duck "SELECT count(*) FROM read_parquet('plain.mem')")"
check "... and a warning" grep -q "no memory events" plain.err

# --- optional columns in the writer alone ---
if [ -x "$B/tests/u-parquet" ] && "$B/tests/u-parquet" "$T/pq" >pq.tap 2>&1; then
	node "$OR/polars-dump.mjs" data pq/nulls.parquet >nulls.pl 2>&1
	check_cmp "writer: polars reads nulls where they were written" pq/nulls.expect nulls.pl
	node "$OR/duckdb-dump.mjs" data pq/nulls.parquet >nulls.duck 2>&1
	check_cmp "writer: duckdb reads nulls where they were written" pq/nulls.expect nulls.duck
	duck "SELECT count(*) - count(id), count(*) - count(a), count(*) - count(b), count(*) - count(d), count(*) - count(s), count(*) - count(\"full\") FROM read_parquet('pq/nulls.parquet')" >nulls.count
	check_cmp "writer: null counts per column" pq/nulls.nulls nulls.count
	check_eq "writer: footer null counts add up (row-group statistics)" "$(cat pq/nulls.nulls)" \
		"$(duck "SELECT string_agg(n::VARCHAR, '	' ORDER BY c) FROM (SELECT column_id c, sum(stats_null_count) n FROM parquet_metadata('pq/nulls.parquet') GROUP BY c)")"
	want=$(awk '/^# column a/{on=1;next} /^#/{on=0} on && $0 != "" && $0 + 0 >= 1000000' pq/nulls.expect | wc -l)
	check_eq "writer: a filter decided by min/max statistics (a >= 10^6)" "$want" \
		"$(duck "SELECT count(*) FROM read_parquet('pq/nulls.parquet') WHERE a >= 1000000")"
else
	not_ok "writer: tests/u-parquet writes its samples"
fi
done_testing
