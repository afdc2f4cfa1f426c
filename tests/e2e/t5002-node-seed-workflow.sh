#!/bin/sh
# The seed's rspack workflow, steps 4 to 6, on the test addons, run the way
# the seed writes them: inside an example directory, a timestamped
# TRACE_DIR, `sftrace record -o "$TRACE_DIR/sf.log" -- <package manager>`
# (sh starting node three times, as in t5000), then `convert --type pola`
# with the seed's two polars queries, and `convert` to Perfetto .pb.gz.
# The seed converts "$TRACE_DIR/sf.log": that is the log of the first node
# process that loaded an addon (the shell, like pnpm, has no sleds); the
# second writes sf.log.<pid>, and "$TRACE_DIR"/sf.log* puts every process
# of the tree in one trace. Both are checked. Oracles: the counts
# build.js computed in JS, the line numbers of the definitions in the
# sources (grep), protoc + tests/oracles/trace-check.mjs for the Perfetto
# trace, nodejs-polars for the Parquet files, and `sftrace dump --raw`
# event counts for the ranking of the top-functions query.
. "$(dirname "$0")/lib.sh"
need rustc clang node perl c++filt oracles protoc
. "$TOP/tests/e2e/perfetto-lib.sh"

ND="$PROGS/node"
mkdir -p crates/node_binding examples/react
if ! "$ND/build-addons.sh" crates/node_binding rust_v0.node rust_legacy.node c_addon.node; then
	not_ok "build the addons"
	sed 's/^/#   /' crates/node_binding/build-addons.err | head -20
	done_testing
	exit 1
fi
cd examples/react || exit 1
B_DIR=$(realpath ../../crates/node_binding)

# --- step 4: record the "pnpm build" -----------------------------------------
TRACE_DIR="sftrace-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$TRACE_DIR"
ND="$ND" B_DIR="$B_DIR" "$SFTRACE" record --solib "$SOLIB" -o "$TRACE_DIR/sf.log" -- sh -c '
	node "$ND/build.js" "$B_DIR/rust_v0.node" "$B_DIR/c_addon.node" >p1.out &&
	node "$ND/build.js" "$B_DIR/rust_legacy.node" >p2.out && node "$ND/other.js" >p3.out' \
	2>record.err
check_eq "step 4: sftrace record -o \$TRACE_DIR/sf.log -- sh -c ... exits 0" 0 "$?"
pid1=$(sed -n 's/^pid //p' p1.out)
pid2=$(sed -n 's/^pid //p' p2.out)
printf '%s/sf.log %s\n%s/sf.log.%s %s\n' "$TRACE_DIR" "$pid1" "$TRACE_DIR" "$pid2" "$pid2" |
	LC_ALL=C sort >logs.expect
tree_logs "$TRACE_DIR/sf.log" >logs.actual
check_cmp "step 4: sf.log is the first node process's log, sf.log.<pid> the second's" \
	logs.expect logs.actual
check_eq "step 4: nothing else in the trace directory (no log for sh or other.js)" 2 \
	"$(ls "$TRACE_DIR" | wc -l | tr -d ' ')"

sum_names() {
	awk '{ n = $NF; k = $0; sub(/ [0-9]+$/, "", k); s[k] += n }
	     END { for (k in s) print k, s[k] }' | LC_ALL=C sort
}
# Expected calls per demangled name: per process ("PID NAME N") and overall.
{
	for k in v0 c; do sed -n "s/^$k /$pid1 /p" p1.out; done
	sed -n "s/^legacy /$pid2 /p" p2.out
} | sum_names >proc.expect
sed 's/^[0-9]* //' proc.expect | sum_names >all.expect
# The first process alone ("NAME N"): what sf.log holds.
sed -n "s/^$pid1 //p" proc.expect >first.expect

# --- step 5: polars -----------------------------------------------------------
OR="$TOP/tests/oracles"
# As the seed writes it: sf.log, the first node process.
"$SFTRACE" convert --type pola "$TRACE_DIR/sf.log" -o "$TRACE_DIR/sf.pola" >/dev/null 2>seed.err
check_eq "step 5 as written: convert --type pola \$TRACE_DIR/sf.log exits 0" 0 "$?"
sed 's/^/#   /' seed.err | head -5
(cd "$TRACE_DIR" && node "$OR/pola-query.mjs" counts ./sf.pola ./sf.pola.symtab) >seed.counts 2>seed.qerr
check_counts "step 5 as written: entries per demangled name in sf.pola equal the first node process's counts" \
	first.expect seed.counts
(cd "$TRACE_DIR" && node "$OR/pola-query.mjs" top-funcs ./sf.pola ./sf.pola.symtab) >seed.top 2>>seed.qerr
fib1=$(awk '$1 == "rust_addon::math::fib" { print $2 }' first.expect)
check_eq "step 5 as written: seed query 1 puts math::fib first, with the first process's calls" \
	"rust_addon::math::fib	$fib1" "$(head -1 seed.top)"
rm -f "$TRACE_DIR/sf.pola" "$TRACE_DIR/sf.pola.symtab"

# The whole tree: every log of the recording.
"$SFTRACE" convert --type pola "$TRACE_DIR"/sf.log* -o "$TRACE_DIR/sf.pola" >/dev/null 2>convert.err
check_eq "step 5: convert --type pola \"\$TRACE_DIR\"/sf.log* (every log) exits 0" 0 "$?"
node "$OR/polars-dump.mjs" schema "$TRACE_DIR/sf.pola" >schema.actual 2>&1
node "$OR/polars-dump.mjs" schema "$TRACE_DIR/sf.pola.symtab" >>schema.actual 2>&1
cat >schema.expect <<'EOT'
frame_id u64
parent u64
tid u32
func_id u64
time duration[ns]
kind u32
func_id u64
name str
path str
EOT
check_cmp "step 5: sf.pola and sf.pola.symtab have the seed's schema" schema.expect schema.actual

(cd "$TRACE_DIR" && node "$OR/pola-query.mjs" counts ./sf.pola ./sf.pola.symtab) >pola.counts 2>pola.err
check_counts "step 5: entries per demangled name in sf.pola equal build.js's counts (both processes)" \
	all.expect pola.counts

# Seed query 1, the ten functions with the most entries, per func_id. Its
# counts must be the ten largest per-function entry counts in the raw
# events (ties make the names of the last rows ambiguous, not the counts),
# and the names it shows for our functions must carry the expected counts.
(cd "$TRACE_DIR" && node "$OR/pola-query.mjs" top-funcs ./sf.pola ./sf.pola.symtab) >top.tsv 2>top.err
check_eq "step 5: seed query 1 returns 10 rows" 10 "$(wc -l <top.tsv | tr -d ' ')"
for f in "$TRACE_DIR"/sf.log*; do trace_counts "$f"; done | awk '{ print $NF }' |
	sort -rn | head -10 >top.counts.expect
cut -f2 top.tsv >top.counts.actual
check_cmp "step 5: seed query 1's counts are the 10 largest raw entry counts" \
	top.counts.expect top.counts.actual
check_eq "step 5: seed query 1 puts math::fib of both processes first" \
	"rust_addon::math::fib	23865
rust_addon::math::fib	23865" "$(head -2 top.tsv)"

# The README's query over all processes: join the symbol table, then
# group by name (func_ids are per log): fib's calls of both processes add up.
(cd "$TRACE_DIR" && node -e '
	const pl = require(process.argv[1] + "/node_modules/nodejs-polars");
	const sf = pl.scanParquet("./sf.pola"), symtab = pl.scanParquet("./sf.pola.symtab");
	const df = sf.filter(pl.col("kind").eq(1)).join(symtab, { on: "func_id" })
		.groupBy("name").agg(pl.len().alias("func_count"))
		.sort({ by: "func_count", descending: true }).head(10).collectSync();
	for (const [n, c] of df.select("name", "func_count").rows()) console.log(`${n}\t${c}`);' \
	"$OR") >byname.tsv 2>byname.err
fiball=$(awk '$1 == "rust_addon::math::fib" { print $2 }' all.expect)
check_eq "step 5: the README's by-name query puts math::fib first with both processes' calls" \
	"rust_addon::math::fib	$fiball" "$(head -1 byname.tsv)"

# Seed query 2, the longest leaf frames: durations positive and sorted,
# and never a function that always calls another one.
(cd "$TRACE_DIR" && node "$OR/pola-query.mjs" leaf-frames ./sf.pola ./sf.pola.symtab) >leaf.tsv 2>leaf.err
check_eq "step 5: seed query 2 returns 10 rows" 10 "$(wc -l <leaf.tsv | tr -d ' ')"
check "step 5: seed query 2's durations are positive, longest first" awk -F'\t' '
	$2 <= 0 || (NR > 1 && $2 > prev) { exit 1 } { prev = $2 }' leaf.tsv
check "step 5: seed query 2 lists no function that always has callees" awk -F'\t' '
	$1 ~ /^rust_addon::(js_fib|js_walk|js_pool|js_areas|pool::run)$/ || $1 == "js_hanoi" ||
	$1 == "js_fact" { print "#   " $1; bad = 1 } END { exit bad }' leaf.tsv

# file:line in the symbol table, against the definitions in the sources.
line_of() { grep -n "$2" "$1" | head -1 | cut -d: -f1; }
node -e '
	const pl = require(process.argv[1] + "/node_modules/nodejs-polars");
	const df = pl.readParquet(require("fs").readFileSync(process.argv[2]));
	for (const [n, p] of df.select("name", "path").rows()) console.log(`${n}\t${p}`);' \
	"$OR" "$TRACE_DIR/sf.pola.symtab" | LC_ALL=C sort -u >symtab.tsv
{
	printf 'rust_addon::math::fib\tmath.rs:%s\n' "$(line_of "$ND/rust-addon/math.rs" 'pub fn fib(')"
	printf '<rust_addon::shapes::Walker>::walk\tshapes.rs:%s\n' "$(line_of "$ND/rust-addon/shapes.rs" 'pub fn walk(')"
	printf 'rust_addon::shapes::Walker::walk\tshapes.rs:%s\n' "$(line_of "$ND/rust-addon/shapes.rs" 'pub fn walk(')"
	printf 'rust_addon::pool::job\tpool.rs:%s\n' "$(line_of "$ND/rust-addon/pool.rs" 'pub fn job(')"
	printf 'c_fact\tc-addon.c:%s\n' "$(line_of "$ND/c-addon.c" 'c_fact(uint64_t n)$')"
} >loc.expect
awk -F'\t' 'NR == FNR { want[$1] = $2; next }
	($1 in want) { p = $2; sub(/^.*\//, "", p); print $1 "\t" p }' loc.expect symtab.tsv |
	LC_ALL=C sort -u >loc.actual
LC_ALL=C sort loc.expect >loc.expect.sorted
check_cmp "step 5: symtab paths give each function's file:line (v0 and legacy names)" \
	loc.expect.sorted loc.actual

# --- step 6: Perfetto ----------------------------------------------------------
# As the seed writes it: sf.log, the first node process.
"$SFTRACE" convert "$TRACE_DIR/sf.log" -o "$TRACE_DIR/sf.pb.gz" >/dev/null 2>seed.err
check_eq "step 6 as written: convert \$TRACE_DIR/sf.log -o \$TRACE_DIR/sf.pb.gz exits 0" 0 "$?"
sed 's/^/#   /' seed.err | head -5
check "step 6 as written: the trace passes the Perfetto importer's rules" \
	pf_check "$TRACE_DIR/sf.pb.gz" seed.norm
check_eq "step 6 as written: one process, the first node process" \
	"$pid1" "$(awk -F'\t' '$1 == "process" { print $2 }' seed.norm)"
norm_counts seed.norm >seed.slices
check_counts "step 6 as written: slices per demangled name equal the first node process's counts" \
	first.expect seed.slices

# The whole tree in one trace.
"$SFTRACE" convert "$TRACE_DIR"/sf.log* -o "$TRACE_DIR/sf.tree.pb.gz" >/dev/null 2>convert.err
check_eq "step 6: convert \"\$TRACE_DIR\"/sf.log* (every log) exits 0" 0 "$?"
check "step 6: sf.tree.pb.gz is gzip" sh -c "gzip -t '$TRACE_DIR/sf.tree.pb.gz'"
check "step 6: the trace passes the Perfetto importer's rules" pf_check "$TRACE_DIR/sf.tree.pb.gz" norm
awk -F'\t' '$1 == "process" { print $2 }' norm | LC_ALL=C sort >procs.actual
printf '%s\n' "$pid1" "$pid2" | LC_ALL=C sort >procs.expect
check_cmp "step 6: one trace with both node processes" procs.expect procs.actual
awk -F'\t' '$1 == "slice" { n[$2 " " $5]++ } END { for (k in n) print k, n[k] }' norm |
	LC_ALL=C sort >slices.actual
check_counts "step 6: slices per process and demangled name equal build.js's counts" \
	proc.expect slices.actual
done_testing
