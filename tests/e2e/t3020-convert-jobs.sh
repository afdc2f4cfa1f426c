#!/bin/sh
# convert -j: the outputs compressed by worker threads. A .gz output is a
# series of gzip members (one per 1 MiB buffer) that is one valid file:
# gzip -t passes, gzip and Python's gzip read it whole, its bytes are the
# same at -j 1 and -j 4, and what it holds is, byte for byte, the
# uncompressed output; the Perfetto oracle (protoc, trace-check.mjs)
# accepts it. A plain output larger than the page-cache window (Chrome
# JSON, about 40 MB) is the same written to a file and to a pipe. Parquet
# tables are byte-identical at -j 1 and -j 3 and read by polars and DuckDB.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang protoc node oracles python3 gzip

cc_xray prog "$TOP/bench/workload.c" || { not_ok "build workload.c"; done_testing; exit 1; }
# 1 thread, 300000 leaf calls, fib(12): about 600000 events
sf_record sf.log ./prog 1 300000 12 >/dev/null
check_eq "record exits 0" 0 "$?"

"$SFTRACE" convert -j 1 sf.log -o j1.pb.gz 2>err.txt
check_eq "convert -j 1 exits 0" 0 "$?"
"$SFTRACE" convert -j 4 sf.log -o j4.pb.gz 2>err.txt
check_eq "convert -j 4 exits 0" 0 "$?"
"$SFTRACE" convert sf.log -o plain.pb 2>err.txt
check_eq "convert to a plain .pb exits 0" 0 "$?"
check "gzip -t accepts the -j 4 output" gzip -t j4.pb.gz
check "-j 1 and -j 4 write the same bytes" cmp j1.pb.gz j4.pb.gz
gzip -dc j4.pb.gz >unz.pb
check "gzip -dc gives the plain output, byte for byte" cmp unz.pb plain.pb

cat >members.py <<'EOF'
import gzip, sys, zlib
data = open(sys.argv[1], "rb").read()
members, rest = 0, data
while rest:
    d = zlib.decompressobj(31)
    d.decompress(rest)
    if not d.eof:
        sys.exit("a member is cut short")
    members += 1
    rest = d.unused_data
whole = gzip.decompress(data)
print(members, len(whole))
EOF
python3 members.py j4.pb.gz >members.txt 2>&1
read -r nmem nbytes <members.txt
check "several gzip members (got: $(cat members.txt))" test "${nmem:-0}" -gt 2
check_eq "Python's gzip reads every member" "$(wc -c <plain.pb | tr -d ' ')" "$nbytes"

pf_check j4.pb.gz norm4 && pf_check plain.pb normp
check_eq "the Perfetto oracle accepts the -j 4 trace" 0 "$?"
check "... and reads the same slices as from the plain trace" cmp norm4 normp
check "... all of them" test "$(grep -c '^slice' norm4)" -gt 300000

# Chrome JSON: compressed, and plain past the page-cache window.
"$SFTRACE" convert -t chrome -j 3 sf.log -o c.json.gz 2>err.txt
check_eq "convert -t chrome to .json.gz exits 0" 0 "$?"
"$SFTRACE" convert -t chrome sf.log -o c.json 2>err.txt
check_eq "convert -t chrome to .json exits 0" 0 "$?"
"$SFTRACE" convert -t chrome sf.log -o - 2>err.txt | cat >c-pipe.json
check "a plain output over 32 MiB" test "$(wc -c <c.json)" -gt 33554432
check "the same written to a file and to a pipe" cmp c.json c-pipe.json
check "gzip -t accepts the .json.gz" gzip -t c.json.gz
gzip -dc c.json.gz | cmp - c.json
check_eq "the .json.gz holds the plain JSON" 0 "$?"
cj_check c.json cnorm
check_eq "the Chrome JSON oracle accepts it" 0 "$?"

# Parquet: the same file whatever the threads.
for j in 1 3; do
	"$SFTRACE" convert -t pola -j $j sf.log -o p$j.pola 2>err.txt &&
		"$SFTRACE" convert -t calls -j $j sf.log -o c$j.calls 2>err.txt
	check_eq "convert -t pola and calls -j $j exit 0" 0 "$?"
done
check "pola: -j 1 and -j 3 write the same bytes" cmp p1.pola p3.pola
check "calls: -j 1 and -j 3 write the same bytes" cmp c1.calls c3.calls
node "$OR/polars-dump.mjs" data p3.pola >p3.pl 2>&1
check "polars reads every row of the -j 3 pola table" \
	grep -q "^# rows $(grep -c '^slice' norm4 | awk '{ print $1 * 2 }')\$" p3.pl
node "$OR/duckdb-dump.mjs" sql "select count(*) from read_parquet('c3.calls')" >c3.duck 2>&1
check "DuckDB reads every call of the -j 3 calls table" grep -q "$(grep -c '^slice' norm4)" c3.duck

"$SFTRACE" convert -j -1 sf.log -o bad.pb.gz 2>err.txt
check_eq "-j -1: a usage error" 2 "$?"
done_testing
