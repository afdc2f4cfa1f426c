#!/bin/sh
# Tail calls of a real program read as the source wrote them: tailcalls.c
# built at -O2 with XRay (objdump shows the tail calls are jumps: a chain,
# a mutual tail recursion, one through a function pointer, one to free()
# through the PLT), recorded and read by tree --json and flamegraph
# --folded --calls. Oracle: uftrace recording the same source built with
# gcc -O0 -pg (no tail calls), its call paths and counts from `uftrace
# replay`. --no-tail-nesting gives the recorded view, which uftrace's
# paths do not match.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need clang gcc uftrace objdump python3

ROUNDS=3 DEPTH=5
cc_xray tc "$PROGS/tailcalls.c" || { not_ok "build tailcalls.c"; done_testing; exit 1; }

# The premise: these calls are jumps in the -O2 build.
objdump -d --no-show-raw-insn tc | awk '
	/^[0-9a-f]+ <[a-z_]+>:$/ { f = $2; gsub(/[<>:]/, "", f) }
	/\tjmp / && $NF ~ /^<[a-z_@]+>$/ { t = $NF; gsub(/[<>]/, "", t); print f, t }
	/\tjmp +\*%r/ { print f, "*" }' | LC_ALL=C sort -u >jumps
cat >jumps.expect <<'J'
dispatch *
parse_module parse_statements
parse_statements parse_expr
ping done
ping pong
pong done
pong ping
release free@plt
J
grep -v -e '^_' -e '^deregister' -e '^register' -e '^frame_dummy' jumps >jumps.ours
check_cmp "objdump: the tail calls are jumps (the premise)" jumps.expect jumps.ours

sf_record sf.log ./tc $ROUNDS $DEPTH >tc.out
check_eq "record exits 0" 0 $?

gcc -O0 -pg -g -o tc-pg "$PROGS/tailcalls.c" || { not_ok "build tailcalls.c with -pg"; done_testing; exit 1; }
uftrace record --no-libcall -d ut.data ./tc-pg $ROUNDS $DEPTH >ut.out 2>ut.err
check_eq "uftrace record exits 0" 0 $?
check "both builds print the same result" cmp -s tc.out ut.out

# uftrace replay: two spaces per level, "name() {" opens, "name();" is a
# leaf call, "}" closes.
uftrace replay -d ut.data -f none --no-pager 2>/dev/null | awk '
	{ match($0, /[^ ]/); d = (RSTART - 1) / 2; l = substr($0, RSTART) }
	l ~ /^}/ { next }
	{ name = l; sub(/\(.*/, "", name); path[d] = name; p = path[0]
	  for (i = 1; i <= d; i++) p = p ";" path[i]; n[p]++ }
	END { for (p in n) print p, n[p] }' | LC_ALL=C sort >uftrace.paths
check "uftrace gives paths under main" grep -q '^main;ping;pong;ping;pong;ping;pong;done;leaf ' uftrace.paths

"$SFTRACE" flamegraph --folded --calls --no-fold-recursion sf.log 2>/dev/null | LC_ALL=C sort >sf.paths
check_cmp "flamegraph --folded --calls: every path and its calls as uftrace has them" \
	uftrace.paths sf.paths

# tree --json (recursion unfolded): the same paths and calls.
"$SFTRACE" tree --json --no-fold-recursion sf.log >tree.json 2>/dev/null
tree_paths tree.json >tree.paths
LC_ALL=C sort tree.paths >tree.sorted
check_cmp "tree --json: every path and its calls as uftrace has them" uftrace.paths tree.sorted

# report: a tail caller's total covers its callee (parse_module's total is
# at least parse_statements' plus parse_expr's, which it contains).
"$SFTRACE" report --csv sf.log 2>/dev/null >report.csv
check "report: parse_module's total contains parse_statements'" awk -F, '
	$1 == "parse_module" { m = $2 } $1 == "parse_statements" { s = $2 } $1 == "parse_expr" { e = $2 }
	END { exit !(m > s && s > e && e > 0) }' report.csv

# --no-tail-nesting: the recorded view (each tail callee beside its
# caller) is not the source's.
"$SFTRACE" flamegraph --folded --calls --no-fold-recursion --no-tail-nesting sf.log 2>/dev/null |
	LC_ALL=C sort >flat.paths
check "--no-tail-nesting: parse_statements beside parse_module, as recorded" \
	grep -q '^main;parse_statements [0-9]' flat.paths
check "--no-tail-nesting: those paths are not uftrace's" sh -c '! cmp -s uftrace.paths flat.paths'
check_eq "--no-tail-nesting: the calls per function are the same" \
	"$(awk '{ sub(/.*;/, ""); n[$1] += $2 } END { for (f in n) print f, n[f] }' uftrace.paths | LC_ALL=C sort | tr '\n' ' ')" \
	"$(awk '{ sub(/.*;/, ""); n[$1] += $2 } END { for (f in n) print f, n[f] }' flat.paths | LC_ALL=C sort | tr '\n' ' ')"
done_testing
