#!/bin/sh
# Tail calls under filters: a wrapper that ends by jumping to its callee
# (XRay: the wrapper's exit is a tail call, then the callee's entry). As a
# subtree root it must keep everything its callee does; excluded, it must
# hide it. Oracle: the calls the program counted inside each wrapper.
# C (clang) and Rust (rustc).
. "$(dirname "$0")/lib.sh"
need clang

cc_xray tail "$PROGS/filter/tail.c" || { not_ok "build tail.c"; done_testing; exit 1; }
./tail >tail.out || not_ok "run untraced"

"$SFTRACE" record --solib "$SOLIB" -o all.sf -- ./tail >/dev/null 2>&1
trace_kind_counts all.sf tail >tails
check_eq "root, hidden, root2 and after end in tail calls (the premise)" "after 2 hidden 2 root 2 root2 2" \
	"$(tr '\n' ' ' <tails | sed 's/ $//')"
trace_counts all.sf | grep -v '^main ' >actual
prog_counts tail.out >expect
check_cmp "unfiltered, every call is there" expect actual

# sub NAME RECORD-OPTIONS...: the calls a filtered recording holds.
rec() {
	name=$1; shift
	"$SFTRACE" record --solib "$SOLIB" "$@" -o "$name.sf" -- ./tail >/dev/null 2>"$name.err"
	trace_counts "$name.sf" >"$name.counts"
}
prog_counts tail.out under_root >expect.root
rec sub -F '^root$' --subtree
check_cmp "record -F root --subtree keeps what root's tail callee does" expect.root sub.counts
"$SFTRACE" filter -p tail -r '^root$' --subtree -o sub.filter >/dev/null 2>&1
rec fsub -f sub.filter
check_cmp "and so does a filter file with root as a subtree root" expect.root fsub.counts

# root2 tail-calls an uninstrumented function, returns, and main calls
# after(): that call is not under root2.
rec sub2 -F '^root2$' --subtree
check_eq "a tail call to an uninstrumented function hands nothing on" "root2 2" "$(cat sub2.counts)"

# Excluding hidden: every call but those counted inside hidden().
prog_counts tail.out >all
prog_counts tail.out under_hidden >under
awk 'NR == FNR { h[$1] = $2; next } { n = $2 - h[$1]; if (n > 0) print $1, n }' under all |
	LC_ALL=C sort >expect.excl
rec excl -N '^hidden$'
grep -v '^main ' excl.counts >actual
check_cmp "record -N hidden also hides what hidden's tail callee does" expect.excl actual
"$SFTRACE" filter -p tail -N '^hidden$' -o excl.filter >/dev/null 2>&1
rec fexcl -f excl.filter
grep -v '^main ' fexcl.counts >actual
check_cmp "and so does a filter file excluding hidden" expect.excl actual

# Rust: a wrapper whose last act is a call to its implementation.
if command -v rustc >/dev/null && command -v c++filt >/dev/null; then
	rust_xray rtail "$PROGS/filter/tail.rs" 2>rustc.err || not_ok "build tail.rs"
	./rtail >rtail.out
	"$SFTRACE" record --solib "$SOLIB" -o rall.sf -- ./rtail >/dev/null 2>&1
	trace_kind_counts rall.sf tail | short_names >rtails
	check "Rust: wrapper ends in a tail call (the premise)" grep -qx 'wrapper 3' rtails
	"$SFTRACE" record --solib "$SOLIB" -F '::wrapper$' --subtree -o rsub.sf -- ./rtail \
		>/dev/null 2>&1
	trace_counts rsub.sf | short_names >rsub.counts
	prog_counts rtail.out under_wrapper >rexpect
	check_counts "Rust: record -F wrapper --subtree keeps what its implementation does" \
		rexpect rsub.counts
else
	_n=$((_n + 1))
	echo "ok $_n - Rust tail calls # SKIP rustc or c++filt not installed"
fi

# The log stays balanced: every exit and tail closes the innermost open call.
"$SFTRACE" dump --raw sub.sf | awk '$1 ~ /^[0-9]+$/ && NF >= 6 {
	if ($3 ~ /^entry/) { st[++d] = $6; next }
	if (d > 0 && st[d] == $6) d--; else bad++ }
	END { print bad + 0, d + 0 }' >balance
check_eq "the subtree log is balanced" "0 0" "$(cat balance)"
done_testing
