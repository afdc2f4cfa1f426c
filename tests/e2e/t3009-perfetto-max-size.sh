#!/bin/sh
# convert --max-size SIZE (docs/sftrace-convert.md "Size budget"): the
# shortest calls are left out, whole, until the uncompressed Perfetto trace
# fits in SIZE bytes. Oracles, at several budgets, in .pb and .pb.gz:
#   - protoc and tests/oracles/trace-check.mjs: the trace is valid, its
#     slices nest, every flow id starts and ends once;
#   - the decompressed size (wc -c) against SIZE and the estimate said;
#   - the conversion without --max-size of the same log: the slices kept
#     (with their argument and return values) are exactly its slices that
#     last at least the threshold, the flows kept exactly its flows whose
#     two slices are kept, its heap counter values all there;
#   - the threshold in the trace's own mark (an instant event with
#     threshold_ns, calls_kept, calls_left_out) is the one said on stderr
#     and agrees with the slices counted.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang protoc node

# size FILE: the bytes of the uncompressed trace.
size() {
	case $1 in
	*.gz) gzip -dc "$1" | wc -c | tr -d ' ' ;;
	*) wc -c <"$1" | tr -d ' ' ;;
	esac
}

# joined NORM [MIN_NS]: each slice of a normal form, its values line (if
# any) joined to it, that lasts at least MIN_NS (default 0); sorted.
joined() {
	awk -F'\t' -v min="${2:-0}" '
		function put() { if (s != "" && d >= min) print s (v == "" ? "" : "\t" v); s = ""; v = "" }
		$1 == "slice" { put(); s = $0; d = $8 - $7; next }
		$1 == "values" { v = $0; next }
		{ put() }
		END { put() }' "$1" | LC_ALL=C sort
}

# flows_between NORM MIN_NS: the flow and back lines of NORM whose two
# slices (PID TID NAME BEGIN) last at least MIN_NS; sorted.
flows_between() {
	awk -F'\t' -v min="$2" '
		$1 == "slice" { d[$2 "\t" $3 "\t" $5 "\t" $7] = $8 - $7; next }
		$1 == "flow" || $1 == "back" {
			a = $2 "\t" $3 "\t" $4 "\t" $5; b = $7 "\t" $8 "\t" $9 "\t" $10
			if ((a in d) && (b in d) && d[a] >= min && d[b] >= min) print
		}' "$1" | LC_ALL=C sort
}

# mark NORM KEY: the value of KEY in the --max-size mark of NORM.
mark() {
	awk -F'\t' -v k="$2" '$1 == "instant" && $4 ~ /^sftrace: --max-size / {
		for (i = 6; i <= NF; i++) if (index($i, k "=") == 1) print substr($i, length(k) + 2) }' "$1"
}

# said ERR: the threshold in ns from the line on stderr ("-" when none).
said() {
	sed -n 's/.*--max-size [^:]*: threshold \([0-9]*\) ns.*/\1/p' "$1" | grep . || echo -
}

# budget_ok NAME LOG FULL_NORM BUDGET OUTPUT: convert LOG with --max-size
# BUDGET to OUTPUT and check it against FULL_NORM; sets th (threshold).
budget_ok() {
	n=$1 log=$2 full=$3 b=$4 out=$5
	"$SFTRACE" convert --no-progress --max-size "$b" -o "$out" "$log" 2>"$out.err"
	check_eq "$n $b: convert exits 0" 0 "$?"
	if pf_check "$out" "$out.norm"; then ok "$n $b: a valid trace"; else not_ok "$n $b: a valid trace"; fi
	sz=$(size "$out")
	check "$n $b: $sz bytes uncompressed, within the budget" test "$sz" -le "$b"
	est=$(sed -n 's/.*at most \([0-9]*\) bytes.*/\1/p; s/.*whole trace fits (\([0-9]*\) bytes.*/\1/p' "$out.err")
	check "$n $b: the estimate said ($est) is at least the size" test -n "$est" -a "$sz" -le "${est:-0}"
	th=$(mark "$out.norm" threshold_ns)
	check_eq "$n $b: the mark's threshold is the one said" "$(said "$out.err")" \
		"$([ "$th" = 0 ] && echo - || echo "$th")"
	th=${th:-0}
	check_eq "$n $b: every slice kept lasts at least $th ns" 0 \
		"$(awk -F'\t' -v t="$th" '$1 == "slice" && $8 - $7 < t' "$out.norm" | wc -l | tr -d ' ')"
	joined "$full" "$th" >"$out.want"
	joined "$out.norm" >"$out.got"
	check_cmp "$n $b: the slices kept, values and all, are the full trace's of $th ns or more" \
		"$out.want" "$out.got"
	check_eq "$n $b: calls_kept in the mark counts the slices" "$(wc -l <"$out.got" | tr -d ' ')" \
		"$(mark "$out.norm" calls_kept)"
	check_eq "$n $b: calls_left_out in the mark counts the others" \
		"$(($(grep -c '^slice' "$full") - $(wc -l <"$out.got")))" "$(mark "$out.norm" calls_left_out)"
	flows_between "$full" "$th" >"$out.fwant"
	grep '^flow\|^back' "$out.norm" | LC_ALL=C sort >"$out.fgot"
	check_cmp "$n $b: the flows kept are the full trace's between slices kept" "$out.fwant" "$out.fgot"
}

# --- recurse.c: fib's recursion and tail-calling hops, one thread ---------
cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
sf_record sf.log ./prog 18 >/dev/null
check_eq "record recurse exits 0" 0 "$?"
"$SFTRACE" convert --no-progress -o full.pb sf.log 2>full.err
check "the full trace is valid" pf_check full.pb full.norm
nfull=$(grep -c '^slice' full.norm)
check "the full trace has calls ($nfull)" test "$nfull" -gt 1000

# A budget above the whole trace: nothing left out; the size said is exact.
"$SFTRACE" convert --no-progress --max-size 1G -o big.pb sf.log 2>big.err
check_eq "--max-size 1G exits 0" 0 "$?"
check "--max-size 1G: the whole trace fits, said once" grep -q 'the whole trace fits (.*): no call left out' big.err
whole=$(sed -n 's/.*whole trace fits (\([0-9]*\) bytes.*/\1/p' big.err)
check_eq "--max-size 1G: the size said is the size written" "$whole" "$(size big.pb)"
pf_check big.pb big.norm >/dev/null
check_eq "--max-size 1G: the mark says threshold 0, nothing left out" "0 0 $nfull" \
	"$(mark big.norm threshold_ns) $(mark big.norm calls_left_out) $(mark big.norm calls_kept)"
joined full.norm >a
joined big.norm >b
check_cmp "--max-size 1G: the slices of the full trace" a b
# The mark holds the budget: its own size at a budget of that size.
"$SFTRACE" convert --no-progress --max-size "$whole" -o w.pb sf.log 2>w.err
grep -q 'no call left out' w.err && ok "--max-size of the whole size: no call left out" ||
	not_ok "--max-size of the whole size: no call left out"
exact=$(size w.pb)
"$SFTRACE" convert --no-progress --max-size "$exact" -o e.pb sf.log 2>e.err
grep -q 'no call left out' e.err && ok "--max-size $exact, the size exactly: no call left out" ||
	not_ok "--max-size $exact, the size exactly: no call left out"
check_eq "--max-size $exact: the trace is that size" "$exact" "$(size e.pb)"
budget_ok "one byte less: --max-size" sf.log full.norm "$((exact - 1))" less.pb
check "one byte less: some call left out" test "$th" -gt 0

# Smaller and smaller budgets: the threshold never goes down.
prev=0
for frac in 2 4 10 40; do
	b=$((exact / frac))
	case $frac in 2 | 10) o=b$frac.pb.gz ;; *) o=b$frac.pb ;; esac
	budget_ok "recurse, --max-size" sf.log full.norm "$b" "$o"
	check "recurse, --max-size $b: threshold $th ns >= $prev ns of the larger budget" test "$th" -ge "$prev"
	prev=$th
done

# Units: powers of 1024, the same trace as in bytes.
"$SFTRACE" convert --no-progress --max-size 64K -o k1.pb sf.log 2>/dev/null &&
	"$SFTRACE" convert --no-progress --max-size 65536 -o k2.pb sf.log 2>/dev/null
check "--max-size 64K is --max-size 65536" cmp -s k1.pb k2.pb
"$SFTRACE" convert --no-progress --max-size 0.0625MiB -o k3.pb sf.log 2>/dev/null
check "--max-size 0.0625MiB is too" cmp -s k1.pb k3.pb
"$SFTRACE" convert --no-progress --max-size 64kB -o k4.pb sf.log 2>/dev/null
check_eq "--max-size 64kB is 64000 bytes" 64000 "$(pf_check k4.pb k4.norm && mark k4.norm max_size)"

# Errors: clear, before any work, and no output left.
"$SFTRACE" convert --max-size 12X -o x.pb sf.log 2>x.err
check_eq "--max-size 12X: a usage error" 2 "$?"
check "--max-size 12X: says the unit is unknown" grep -q "max-size '12X': an unknown unit" x.err
"$SFTRACE" convert --max-size 0 -o x.pb sf.log 2>x.err
check_eq "--max-size 0: a usage error" 2 "$?"
"$SFTRACE" convert --max-size 1.5 -o x.pb sf.log 2>x.err
check "--max-size 1.5: no fraction of a byte" grep -q "a fraction of a byte" x.err
"$SFTRACE" convert -t chrome --max-size 1M -o x.json sf.log 2>x.err
check_eq "--max-size with -t chrome: a usage error" 2 "$?"
check "--max-size with -t chrome: says it is for perfetto" grep -q "max-size is for --type perfetto" x.err
"$SFTRACE" convert -t calls --max-size 1M -o x.pola sf.log 2>x.err
check_eq "--max-size with -t calls: a usage error" 2 "$?"
"$SFTRACE" convert --no-progress --max-size 100 -o x.pb sf.log 2>x.err
check_eq "--max-size 100: too small, exit 1" 1 "$?"
check "--max-size 100: says what the trace needs without calls" grep -q "too small: the trace needs .* without any call" x.err
check "--max-size 100: no output" test ! -e x.pb
check_eq "--max-size 100: no temporary file left" "" "$(ls -A | grep '^\.x\.pb')"

# --- threads, a work queue's flows (flow-queue.c) --------------------------
cc_xray fq "$PROGS/flow-queue.c" || not_ok "build flow-queue.c"
"$SFTRACE" record --solib "$SOLIB" --flow '^run_item$@arg0' --flow-source '^submit$@arg0' \
	-o q.log -- ./fq >/dev/null 2>q.rec.err
check_eq "record flow-queue exits 0" 0 "$?"
"$SFTRACE" convert --no-progress -o qfull.pb q.log 2>/dev/null
check "flow-queue: the full trace is valid" pf_check qfull.pb qfull.norm
nflows=$(grep -c '^flow\|^back' qfull.norm)
check_eq "flow-queue: 11 flows and 11 ways back" 22 "$nflows"
qsize=$(size qfull.pb)
some=0
for pct in 90 70 55 45 38 32 27 22; do
	budget_ok "flow-queue, --max-size" q.log qfull.norm "$((qsize * pct / 100))" "q$pct.pb"
	k=$(wc -l <"q$pct.pb.fgot")
	[ "$k" -gt 0 ] && [ "$k" -lt "$nflows" ] && some=1
done
check "flow-queue: some budget kept some flows and left others out" test "$some" = 1

# --- memory counters: kept whole (mem-out-threads.c) -----------------------
cc_xray mt "$PROGS/mem-out-threads.c" || not_ok "build mem-out-threads.c"
"$SFTRACE" record --solib "$SOLIB" -m -o m.log -- ./mt 4 300 >/dev/null 2>m.rec.err
check_eq "record -m exits 0" 0 "$?"
"$SFTRACE" convert --no-progress -o mfull.pb m.log 2>/dev/null
check "memory: the full trace is valid" pf_check mfull.pb mfull.norm
msize=$(size mfull.pb)
grep '^counter' mfull.norm >m.counters
check "memory: a heap counter" test -s m.counters
budget_ok "memory, --max-size" m.log mfull.norm "$((msize * 3 / 4))" m75.pb.gz
grep '^counter' m75.pb.gz.norm >m75.counters
check_cmp "memory: every heap counter value is still there" m.counters m75.counters

# --- ucontext switches (coroutine.c): frames put away are kept -------------
cc_xray co "$PROGS/coroutine.c" || not_ok "build coroutine.c"
sf_record co.log ./co >/dev/null
"$SFTRACE" convert --no-progress -o cofull.pb co.log 2>/dev/null
check "coroutine: the full trace is valid" pf_check cofull.pb cofull.norm
cosize=$(size cofull.pb)
for pct in 80 60; do
	b=$((cosize * pct / 100))
	"$SFTRACE" convert --no-progress --max-size "$b" -o co$pct.pb co.log 2>co$pct.err
	check_eq "coroutine, --max-size $b: exits 0" 0 "$?"
	check "coroutine, --max-size $b: a valid trace" pf_check co$pct.pb co$pct.norm
	check "coroutine, --max-size $b: within the budget" test "$(size co$pct.pb)" -le "$b"
	th=$(mark co$pct.norm threshold_ns)
	# Kept: every call of the threshold or more, and the frames open at a
	# switch whatever their length; nothing that is not in the full trace.
	joined cofull.norm "${th:-0}" >co.want
	joined co$pct.norm >co.got
	check_eq "coroutine, --max-size $b: every call of $th ns or more is kept" "" \
		"$(LC_ALL=C comm -23 co.want co.got)"
	check_eq "coroutine, --max-size $b: every slice kept is one of the full trace" "" \
		"$(joined cofull.norm | LC_ALL=C comm -13 - co.got)"
done

# --- a process tree: several logs, the mark on the first process -----------
cc_xray fork "$PROGS/fork.c" || not_ok "build fork.c"
rm -f tree.log*
sf_record tree.log ./fork 300 >/dev/null
set -- tree.log*
check "fork: three logs" test $# -eq 3
"$SFTRACE" convert --no-progress -o tfull.pb "$@" 2>/dev/null
check "fork: the full trace is valid" pf_check tfull.pb tfull.norm
tsize=$(size tfull.pb)
b=$((tsize / 3))
"$SFTRACE" convert --no-progress --max-size "$b" -o t3.pb "$@" 2>t3.err
check_eq "fork, --max-size $b: exits 0" 0 "$?"
check "fork, --max-size $b: a valid trace" pf_check t3.pb t3.norm
check "fork, --max-size $b: within the budget" test "$(size t3.pb)" -le "$b"
th=$(mark t3.norm threshold_ns)
joined tfull.norm "${th:-0}" >t3.want
joined t3.norm >t3.got
check_cmp "fork, --max-size $b: the slices of $th ns or more of the three processes" t3.want t3.got
first=$(awk -F'\t' '$1 == "process" { print $2; exit }' tfull.norm)
check_eq "fork: the mark is on the first process's track, once" "$first" \
	"$(awk -F'\t' '$1 == "instant" && $4 ~ /^sftrace: --max-size/ { print $2 }' t3.norm)"
done_testing
