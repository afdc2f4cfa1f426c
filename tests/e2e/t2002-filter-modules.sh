#!/bin/sh
# Filters and modules: a library loaded later with dlopen is filtered by
# name regexes too; a filter file applies per module (by build-id), a
# module it does not mention is not traced (said once), except under
# subtree roots. Oracle: the counts the program and the library keep.
. "$(dirname "$0")/lib.sh"
need clang perl

clang -O2 -g $XRAY_CFLAGS -fPIC -shared -o libplugin.so "$PROGS/plugin.c" &&
	cc_xray prog "$PROGS/dlopen.c" || { not_ok "build dlopen.c and plugin.c"; done_testing; exit 1; }

./prog "$T/libplugin.so" 120 >counts.out || not_ok "run untraced"
# own NAME...: "NAME N" of the program's own counts, sorted.
own() {
	for n in "$@"; do awk -v n="$n" '$1 == "count" && $2 == n { print $2, $3 }' counts.out; done |
		LC_ALL=C sort
}
rec() {
	name=$1
	# shellcheck disable=SC2086
	"$SFTRACE" record --solib "$SOLIB" $REC_OPTS -o "$name.sf" -- ./prog "$T/libplugin.so" 120 \
		>/dev/null 2>"$name.err"
	trace_counts "$name.sf" >"$name.counts" 2>/dev/null
}

REC_OPTS="-F ^plugin_leaf$ -F ^use_plugin$"
rec re
own plugin_leaf use_plugin >expect
check_cmp "name regexes select functions of a module loaded later with dlopen" expect re.counts

REC_OPTS="-N ^plugin_work$"
rec reexcl
own plugin_counts use_plugin main >expect
grep -v '^main ' expect >expect2
grep -v '^main ' reexcl.counts >actual
check_cmp "an exclusion in a dlopen'ed module hides it and its callees" expect2 actual

"$SFTRACE" filter -p prog -r '^use_plugin$' -o only-prog.filter >/dev/null 2>&1
REC_OPTS="-f only-prog.filter"
rec unlisted
own use_plugin >expect
check_cmp "a module the filter does not mention is not traced" expect unlisted.counts
check_eq "and that is said once on stderr" 1 "$(grep -c "does not mention '$T/libplugin.so': not tracing it" unlisted.err)"

"$SFTRACE" filter -p prog -r '^use_plugin$' --subtree -o sub.filter >/dev/null 2>&1
REC_OPTS="-f sub.filter"
rec sub
own use_plugin plugin_work plugin_leaf plugin_counts >expect
check_cmp "under a subtree root, an unmentioned module's calls are recorded" expect sub.counts
check "saying so" grep -q "does not mention '$T/libplugin.so': recording it only under subtree roots" sub.err

"$SFTRACE" filter -p prog -p libplugin.so -r '^plugin_work$' -o both.filter >/dev/null 2>&1
REC_OPTS="-f both.filter"
rec both
own plugin_work >expect
check_cmp "one filter file selects in two modules" expect both.counts

# A process whose modules the filter leaves out writes no log: in a tree,
# the log named OUT belongs to the process that recorded something.
cc_xray other "$PROGS/recurse.c" || not_ok "build recurse.c"
mkdir tree
"$SFTRACE" record --solib "$SOLIB" -f only-prog.filter -o tree/sf.log -- \
	sh -c './other 5 >/dev/null; ./prog "$1" 120 >/dev/null' sh "$T/libplugin.so" 2>tree.err
check_eq "filtered tree: one log, sf.log" "sf.log" "$(ls tree | tr '\n' ' ' | sed 's/ $//')"
trace_counts tree/sf.log >tree.counts 2>/dev/null
own use_plugin >expect
check_cmp "  holding the selected program's calls" expect tree.counts
"$SFTRACE" record --solib "$SOLIB" -f only-prog.filter -o none.sf -- ./other 5 >/dev/null 2>none.err
check "a run the filter leaves out entirely: no log" test ! -e none.sf
check "  and record says the filters selected nothing" grep -q "the filters selected no function" none.err
done_testing
