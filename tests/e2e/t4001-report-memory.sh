#!/bin/sh
# sftrace report --memory on a log of tests/progs/mem-out-heap.c recorded
# with --memory, against what the program counted itself: bytes allocated
# per site (Self alloc), bytes and allocations while a function was on the
# stack (Alloc, Allocs: a recursive function's allocations once, a
# thread's own), the --from/--to window (allocations of chosen rounds,
# their sizes worked out here), --sort on the new keys; and without
# --memory the report is the same, byte for byte, as --memory's with its
# three columns taken out, in every format.
. "$(dirname "$0")/lib.sh"
need clang
[ -f "$B/libsftrace-malloc.so" ] || skip_all "$B/libsftrace-malloc.so not built"

cc_xray heap "$PROGS/mem-out-heap.c" || { not_ok "build mem-out-heap.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" -m -o m.log -- ./heap 30 >heap.out 2>record.err
check_eq "record -m exits 0" 0 "$?"
check "report --memory --csv" sh -c '"$1" report --memory --csv m.log >mem.csv 2>mem.err' sh "$SFTRACE"
check_eq "the CSV header gains alloc_bytes, self_alloc_bytes, allocs" \
	"function,total_ns,self_ns,calls,avg_ns,min_ns,max_ns,p50_ns,p90_ns,p99_ns,alloc_bytes,self_alloc_bytes,allocs" \
	"$(head -1 mem.csv)"

# "site NAME N BYTES": self bytes; a site calls no other allocating
# function, so its Alloc and Allocs are its own too.
awk '$1 == "site" { print $2, $4, $4, $3 }' heap.out | LC_ALL=C sort >want.site
awk '{ print $1 }' want.site >names
awk -F, 'NR == FNR { k[$1] = 1; next } FNR > 1 && ($1 in k) { print $1, $11, $12, $13 }' \
	names mem.csv | LC_ALL=C sort >got.site
check_cmp "per site: Alloc, Self alloc and Allocs as the program counted" want.site got.site
# "incl NAME N BYTES": Alloc and Allocs of callers (outer), of a recursion
# four deep (rec: each allocation once), of the worker thread's function.
awk '$1 == "incl" { print $2, $4, $3 }' heap.out | LC_ALL=C sort >want.incl
awk -F, 'FNR > 1 && ($1 == "outer" || $1 == "rec" || $1 == "worker_main") { print $1, $11, $13 }' \
	mem.csv | LC_ALL=C sort >got.incl
check_cmp "inclusive: callers, recursion counted once, the worker's thread" want.incl got.incl
check_eq "outer allocates nothing itself" "0" "$(awk -F, '$1 == "outer" { print $12 }' mem.csv)"
check_eq "free allocates nothing" "0 0 0" "$(awk -F, '$1 == "site_free" { print $11, $12, $13 }' mem.csv)"
check "main's Alloc holds every allocation of its thread (>= outer + rec + the others)" awk -F, '
	{ v[$1] = $11 } END { exit !(v["main"] >= v["outer"] + v["rec"] + v["site_aligned"] + v["site_grow"] && v["main"] > 0) }' mem.csv

# A window: from mark(10) to mark(20), rounds 5..9 (allocations happen
# between mark(2r) and mark(2r+1)). malloc 16 + r % 50, calloc 4 * (25 + r % 7).
"$SFTRACE" dump --raw m.log | awk '$3 == "entry" && $6 == "mark" { print $1 }' >marks
from=$(sed -n 11p marks) to=$(sed -n 21p marks)
"$SFTRACE" report --memory --csv --from "$from" --to "$to" m.log >win.csv 2>/dev/null
awk 'BEGIN { for (r = 5; r <= 9; r++) { m += 16 + r % 50; c += 4 * (25 + r % 7) }
	print "rec 20"; print "site_aligned 5"; print "site_calloc 5 " c; print "site_grow 5";
	print "site_malloc 5 " m; print "worker_alloc 5" }' >want.win
awk -F, '$1 == "site_malloc" || $1 == "site_calloc" { print $1, $13, $12 }
	$1 == "site_aligned" || $1 == "site_grow" || $1 == "rec" || $1 == "worker_alloc" { print $1, $13 }' \
	win.csv | LC_ALL=C sort >got.win
check_cmp "--from/--to: only the allocations inside the window" want.win got.win

check_eq "--sort alloc: main first" "main" \
	"$("$SFTRACE" report --memory --csv --sort alloc --top 1 m.log 2>/dev/null | sed -n '2s/,.*//p')"
check_eq "--sort self-alloc: the largest site first" \
	"$(sort -k3,3nr want.site | head -1 | cut -d' ' -f1)" \
	"$("$SFTRACE" report --memory --csv --sort self-alloc m.log 2>/dev/null | awk -F, 'NR == 2 && $1 == "main" { next } NR > 1 { print $1; exit }')"
"$SFTRACE" report --sort allocs m.log >/dev/null 2>sort.err
check_eq "--sort allocs without --memory is a usage error" 2 "$?"
check "... that says why" grep -q "needs --memory" sort.err

# Without --memory: the report of old, byte for byte.
"$SFTRACE" report --csv m.log >plain.csv 2>/dev/null
cut -d, -f1-10 mem.csv >mem10.csv
check_cmp "CSV without --memory = --memory's first ten columns" mem10.csv plain.csv
"$SFTRACE" report --json m.log >plain.json 2>/dev/null
"$SFTRACE" report --memory --json m.log 2>/dev/null |
	sed 's/,"alloc_bytes":[0-9]*,"self_alloc_bytes":[0-9]*,"allocs":[0-9]*}/}/' >mem.json
check_cmp "JSON without --memory = --memory's without its three keys" mem.json plain.json
check "JSON with --memory has the keys" sh -c \
	'"$1" report --memory --json m.log 2>/dev/null | grep -q "\"alloc_bytes\":[0-9]*,\"self_alloc_bytes\":[0-9]*,\"allocs\":[0-9]*}"' sh "$SFTRACE"
"$SFTRACE" report m.log >plain.txt 2>/dev/null
"$SFTRACE" report --memory m.log >mem.txt 2>/dev/null
# Cut the columns between p99 and Function out of the memory table.
awk 'NR == FNR { if (FNR == 1) p = index($0, "Function"); next }
	FNR == 1 { q = index($0, "Function") } { print substr($0, 1, p - 1) substr($0, q) }' \
	plain.txt mem.txt >mem-cut.txt
check_cmp "text without --memory = --memory's without Alloc, Self alloc, Allocs" mem-cut.txt plain.txt
check "text with --memory has the three heads" grep -q "Alloc  Self alloc  Allocs  Function" mem.txt

# A log without memory events: zeros and a warning.
sf_record plain.log ./heap 30 >/dev/null
"$SFTRACE" report --memory --csv plain.log >pm.csv 2>pm.err
check_eq "no memory events: the memory columns are 0" "0 0 0" \
	"$(awk -F, 'FNR > 1 { a += $11; b += $12; c += $13 } END { print a + 0, b + 0, c + 0 }' pm.csv)"
check "... and a warning says so" grep -q "no memory events" pm.err
done_testing
