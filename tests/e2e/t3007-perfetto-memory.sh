#!/bin/sh
# The Perfetto heap counter of a log recorded with --memory: a "heap"
# counter track under the process, in bytes, whose values (checked by
# protoc and tests/oracles/trace-check.mjs: a counter track under a
# process, TYPE_COUNTER values in time order) change between two calls
# of mark(I) by exactly what tests/progs/mem-out-heap.c says its own
# blocks changed; blocks freed by another thread than the one that
# allocated them included, and with six threads allocating and freeing
# each other's blocks at once; and every value of a log whose events were
# chosen one by one. The calls are the same slices as in Chrome
# JSON, and a log without memory events gets no counter.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang protoc node
[ -f "$B/libsftrace-malloc.so" ] || skip_all "$B/libsftrace-malloc.so not built"

cc_xray heap "$PROGS/mem-out-heap.c" || { not_ok "build mem-out-heap.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" -m -o m.log -- ./heap 30 >heap.out 2>record.err
check_eq "record -m exits 0" 0 "$?"
check "convert to .pb.gz" "$SFTRACE" convert m.log -o m.pb.gz
check "trace passes the importer's rules" pf_check m.pb.gz m.norm

pid=$(log_pid m.log)
check_eq "one heap counter track, in bytes, under the process" \
	"counter_track	$pid	heap	UNIT_SIZE_BYTES" "$(grep '^counter_track' m.norm)"
nmem=$("$SFTRACE" dump --raw m.log | awk '$3 ~ /^(alloc|free|realloc)/ { n++ } END { print n + 0 }')
ncount=$(grep -c '^counter	' m.norm)
check "one counter value per memory event at most ($ncount for $nmem events)" \
	test "$ncount" -gt 0 -a "$ncount" -le "$nmem"

# The counter at each mark(I), less the counter at mark(0): the value in
# effect at the mark's begin (the last one at or before it).
awk -F'\t' '$1 == "counter" { print $4, "c", $5 } $1 == "slice" && $5 == "mark" { print $7, "m" }' m.norm |
	sort -k1,1n -k2,2 >events
awk '$2 == "c" { v = $3 } $2 == "m" { if (n == 0) v0 = v; print "mark", n++, v - v0 }' events >got
grep '^mark ' heap.out >want
check "the program printed its live bytes at $(wc -l <want) marks" test "$(wc -l <want)" -gt 50
check_cmp "heap counter between marks = the program's live bytes" want got
check "the counter never goes below 0" awk -F'\t' '$1 == "counter" && $5 < 0 { exit 1 }' m.norm

check "convert --type chrome" "$SFTRACE" convert -t chrome m.log -o m.json
check "chrome JSON parses and nests" cj_check m.json m.cnorm
grep -v '^counter' m.norm | LC_ALL=C sort >a
LC_ALL=C sort m.cnorm >b
check_cmp "memory events leave the slices as they are (chrome = perfetto)" a b

# Events chosen one by one (tests/progs/mem-out-abi.c, through the
# sftrace-setup ABI; nothing else allocates): every value by hand. A free
# counts its allocation's size, not its own; a free of an unknown block
# and one larger than what is live stop at 0; a realloc is its two steps;
# an address allocated again ends the block it held.
if clang -O2 -g $XRAY_CFLAGS -I"$TOP/include" -c -o abi.o "$PROGS/mem-out-abi.c" &&
	clang -o abi abi.o -L"$B" -lsftrace "-Wl,-rpath,$B"; then
	sf_record abi.log ./abi
	check "convert mem-out-abi" "$SFTRACE" convert abi.log -o abi.pb
	check "... passes the importer's rules" pf_check abi.pb abi.norm
	check_eq "... every counter value, by hand" "1000 0 300 500 0 50 0 4000 3700 3564 3500 0" \
		"$(awk -F'\t' '$1 == "counter" { printf "%s%s", s, $5; s = " " }' abi.norm)"
	awk -F'\t' '$1 == "counter" { print $4, "c", $5 } $1 == "slice" && $5 == "mark" { print $7, "m" }' abi.norm |
		sort -k1,1n -k2,2 | awk '$2 == "c" { v = $3 } $2 == "m" { printf "%s%d", s, v; s = " " }' >abi.marks
	check_eq "... the counter at each mark" "0 1000 0 500 0 4000 3700 3564 0" "$(cat abi.marks)"
else
	not_ok "build mem-out-abi.c"
fi

# Six threads allocating at once, freeing each other's blocks: thousands
# of blocks live together, every value merged from seven threads.
cc_xray threads "$PROGS/mem-out-threads.c" || not_ok "build mem-out-threads.c"
"$SFTRACE" record --solib "$SOLIB" -m -o t.log -- ./threads 6 1500 >threads.out 2>record.err
check_eq "record -m of mem-out-threads exits 0" 0 "$?"
check "convert it" "$SFTRACE" convert t.log -o t.pb
check "... passes the importer's rules (counter values in time order)" pf_check t.pb t.norm
check_eq "... seven thread tracks, one counter track" "7 1" \
	"$(grep -c '^thread' t.norm) $(grep -c '^counter_track' t.norm)"
awk -F'\t' '$1 == "counter" { print $4, "c", $5 } $1 == "slice" && $5 == "mark" { print $7, "m" }' t.norm |
	sort -k1,1n -k2,2 >t.events
awk '$2 == "c" { v = $3 } $2 == "m" { if (n == 0) v0 = v; print "mark", n++, v - v0 }' t.events >t.got
grep '^mark ' threads.out >t.want
check_cmp "heap counter at each phase = the program's live bytes" t.want t.got

# Without memory events: no counter, and two logs together give the
# memory log's process its own counter only.
sf_record plain.log ./heap 30 >/dev/null
check "convert a log without memory events" "$SFTRACE" convert plain.log -o plain.pb
check "... passes the importer's rules" pf_check plain.pb plain.norm
check_eq "... and has no counter track" 0 "$(grep -c '^counter' plain.norm)"
check "convert both logs" "$SFTRACE" convert m.log plain.log -o both.pb
check "... passes the importer's rules" pf_check both.pb both.norm
check_eq "... one counter track, the memory log's" "counter_track	$pid	heap	UNIT_SIZE_BYTES" \
	"$(grep '^counter_track' both.norm)"
grep '^counter	' m.norm >c1
grep '^counter	' both.norm >c2
check_cmp "... with the same values" c1 c2
done_testing
