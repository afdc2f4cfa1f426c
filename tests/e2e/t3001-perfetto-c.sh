#!/bin/sh
# Record real C programs and convert them to Perfetto and Chrome JSON.
# Oracles: the programs' own call counts (per thread for threads.c), the
# source for declaration lines, the recursion depth fib(N) must reach, and
# the tail-call structure of hop_a/hop_b (nested as in the source, and
# beside each other with --no-tail-nesting); the trace itself is checked by
# protoc and tests/oracles/trace-check.mjs (importer rules, nesting).
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang protoc node perl c++filt

N=16
cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
sf_record sf.log ./prog $N >traced.out
check_eq "record exits 0" 0 "$?"
check "convert to .pb.gz" "$SFTRACE" convert sf.log -o sf.pb.gz
check "trace passes the importer's rules" pf_check sf.pb.gz sf.norm

norm_counts sf.norm | short_names >slices
prog_counts traced.out >expect
check_counts "one slice per call, per function" expect slices

pid=$("$SFTRACE" dump sf.log | awk '$1 == "pid:" { print $2 }')
check_eq "process track has the pid and program name" "process	$pid	prog" "$(grep '^process' sf.norm)"
check_eq "one thread track, tid = pid" "thread	$pid	$pid" "$(grep '^thread' sf.norm | cut -f1-3)"

# Declaration lines, from the source itself.
for f in fib is_even hop_a leaf; do
	line=$(grep -n "^NOINLINE.* $f(" "$PROGS/recurse.c" | head -1 | cut -d: -f1)
	got=$(awk -F'\t' -v f="$f" '$1 == "slice" && $5 == f { print $6; exit }' sf.norm)
	case $got in
	*/recurse.c:$line) ok "location of $f is recurse.c:$line" ;;
	*) not_ok "location of $f is recurse.c:$line"; echo "#   got '$got'" ;;
	esac
done

# main is depth 0; fib(N) recursion spans depths 1..N.
check_eq "fib slices span depths 1..$N" "1 $N" "$(awk -F'\t' '$1 == "slice" && $5 == "fib" {
	if (min == "" || $4 < min) min = $4; if ($4 > max) max = $4 } END { print min, max }' sf.norm)"
check_eq "main is the outermost slice" "main 0" \
	"$(awk -F'\t' '$1 == "slice" && $4 == 0 { print $5, $4 }' sf.norm | sort -u)"
# hop_a/hop_b leave by tail calls, main calls hop_a(d) for d = 0..29: each
# chain of d + 1 hops nests as in the source (depths 1..d+1), and its
# slices all end together, when the last hop's leaf returns: 30 ends.
check_eq "tail-calling hop_a/hop_b nest down to depth 30" "1 30 465" \
	"$(awk -F'\t' '$1 == "slice" && $5 ~ /^hop_/ { n++
	if (min == "" || $4 < min) min = $4; if ($4 > max) max = $4 } END { print min, max, n }' sf.norm)"
check_eq "a chain of hop slices ends at one time" 30 \
	"$(awk -F'\t' '$1 == "slice" && $5 ~ /^hop_/ { print $8 }' sf.norm | sort -u | wc -l | tr -d ' ')"
# --no-tail-nesting: the caller's slice ends at the jump and the callee's
# begins beside it, so they never nest.
"$SFTRACE" convert --no-tail-nesting sf.log -o flat.pb 2>/dev/null
check "convert --no-tail-nesting passes the importer's rules" pf_check flat.pb flat.norm
check_eq "--no-tail-nesting: tail-calling hop_a/hop_b all sit at depth 1" "1" \
	"$(awk -F'\t' '$1 == "slice" && $5 ~ /^hop_/ { print $4 }' flat.norm | sort -u)"

check "convert --type chrome" "$SFTRACE" convert -t chrome sf.log -o sf.json
check "chrome JSON parses and nests" cj_check sf.json sf.cnorm
LC_ALL=C sort sf.norm >a
LC_ALL=C sort sf.cnorm >b
check_cmp "chrome JSON holds the same slices as the perfetto trace" a b

# Threads: per-thread counts and names.
cc_xray threads "$PROGS/threads.c" || { not_ok "build threads.c"; done_testing; exit 1; }
sf_record th.log ./threads 4 3000 >threads.out
check_eq "record threads exits 0" 0 "$?"
check "convert threads" "$SFTRACE" convert th.log -o th.pb
check "threads trace passes the importer's rules" pf_check th.pb th.norm
norm_tid_counts th.norm | short_names >th.slices
prog_counts threads.out tcount >th.expect
check_counts "slices per thread and function equal each thread's counts" th.expect th.slices
check_eq "five thread tracks (main and 4 workers)" 5 "$(grep -c '^thread' th.norm)"
check_eq "worker threads named worker-0..3" "worker-0 worker-1 worker-2 worker-3" \
	"$(awk -F'\t' '$1 == "thread" && $4 ~ /^worker-/ { print $4 }' th.norm | sort | tr '\n' ' ' | sed 's/ $//')"
done_testing
