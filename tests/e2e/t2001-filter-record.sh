#!/bin/sh
# Recording with filters (filter files and name regexes): the calls in the
# trace equal exactly what docs/filter.md's rules keep, computed from the
# program's own call log by tests/progs/filter/expect.pl (not from sftrace).
# Also: a stale filter file is refused.
. "$(dirname "$0")/lib.sh"
need clang perl

cc_xray calls "$PROGS/filter/calls.c" || { not_ok "build calls.c"; done_testing; exit 1; }
EXPECT="$PROGS/filter/expect.pl"

# run NAME [ENV=VALUE...] [-- RECORD OPTIONS...]: record ./calls, leaving
# NAME.log (the program's call log), NAME.sf and NAME.counts.
run() {
	name=$1; shift
	envs=""
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs="$envs $1"; shift; done
	[ $# -gt 0 ] && shift
	# shellcheck disable=SC2086
	env $envs "$SFTRACE" record --solib "$SOLIB" "$@" -o "$name.sf" -- ./calls "$name.log" \
		2>"$name.err" >/dev/null
	trace_counts "$name.sf" >"$name.counts" 2>/dev/null
}

# case NAME FILTER-OPTIONS -- EXPECT-OPTIONS: make a filter file, record
# with it and compare with the oracle.
case_file() {
	name=$1; shift
	fopts=""
	while [ "$1" != "--" ]; do fopts="$fopts $1"; shift; done
	shift
	# shellcheck disable=SC2086
	"$SFTRACE" filter -p calls $fopts -o "$name.filter" >/dev/null 2>&1 ||
		{ not_ok "$name: sftrace filter$fopts"; return; }
	run "$name" -- -f "$name.filter"
	"$EXPECT" "$@" "$name.log" >"$name.expect"
	check_cmp "$name: filter$fopts keeps exactly the calls the rules keep" "$name.expect" "$name.counts"
}

# timed CASE-FUNCTION NAME ...: a case with a duration limit. The program
# measures each call itself, a few instructions away from the tracer's
# timestamps; on a loaded machine a preemption between the two can put one
# call on different sides of the limit. A real fault fails every attempt,
# so the case is tried up to 3 times and passes if one attempt matches.
timed() {
	_fn=$1; shift
	_name=$1
	for _try in 1 2 3; do
		_out=$("$_fn" "$@")
		case $_out in "ok "*) break ;; esac
	done
	case $_out in
	"ok "*)
		ok "${_out#ok [0-9]* - }"
		[ "$_try" -gt 1 ] && echo "# $_name: matched at attempt $_try" ;;
	*) not_ok "${_out#not ok [0-9]* - }"; echo "$_out" | sed -n '2,$p' ;;
	esac
}

case_file select -r '^work_' -- --select '^work_'
case_file select2 -r '^(leaf|slow)$' -- --select '^(leaf|slow)$'
case_file subtree -r '^noise$' --subtree -- --select '^noise$' --subtree
case_file subtree2 -r '^(work_b|helper)$' --subtree -- --select '^(work_b|helper)$' --subtree
case_file exclude -N '^(noise|work_b)$' -- --exclude '^(noise|work_b)$'
case_file subexcl -r '^run$' --subtree -N '^noise$' -- --select '^run$' --subtree --exclude '^noise$'
case_file selexcl -r '^(leaf|work_a)$' -N '^noise$' -- --select '^(leaf|work_a)$' --exclude '^noise$'
case_file depth --max-depth 3 -- --max-depth 3
case_file subdepth -r '^run$' --subtree --max-depth 2 -- --select '^run$' --subtree --max-depth 2
case_file seldepth -r '^work_b$' --max-depth 2 -- --select '^work_b$' --max-depth 2
# slow() takes 2 ms; every other call that does not contain it, microseconds.
timed case_file mindur --min-duration 1ms -- --min-duration 1000000
timed case_file submindur -r '^run$' --subtree --min-duration 500us -- --select '^run$' --subtree --min-duration 500000

"$SFTRACE" dump select.sf >select.dump 2>&1
check "the filtered log is marked filtered" grep -q "^state:.*filtered" select.dump

# The same rules from name regexes given to record (applied by the runtime).
case_opts() {
	name=$1; shift
	ropts=""
	while [ "$1" != "--" ]; do ropts="$ropts $1"; shift; done
	shift
	# shellcheck disable=SC2086
	run "$name" -- $ropts
	"$EXPECT" "$@" "$name.log" >"$name.expect"
	check_cmp "$name: record$ropts keeps exactly the calls the rules keep" "$name.expect" "$name.counts"
}
case_opts opt-select -F '^work_a$' -F '^leaf$' -- --select '^work_a$|^leaf$'
case_opts opt-subtree -F '^work_b$' --subtree -- --select '^work_b$' --subtree
case_opts opt-exclude -N '^(helper|slow)$' -- --exclude '^(helper|slow)$'
case_opts opt-selexcl -F '^(leaf|helper)$' -N '^noise$' -- --select '^(leaf|helper)$' --exclude '^noise$'
case_opts opt-depth --max-depth 2 -- --max-depth 2
timed case_opts opt-mindur --min-duration 1ms -- --min-duration 1000000
# Subtree mode follows calls, not threads: the thread main starts runs
# thread_main with no root open (docs/filter.md, rule 2).
case_opts opt-main-subtree -F '^main$' --subtree -- --select '^main$' --subtree
# Limits at their edges: 1, and values so large they change nothing.
case_opts opt-depth1 --max-depth 1 -- --max-depth 1
case_opts opt-depth-huge --max-depth 18446744073709551615 -- --max-depth 0
case_opts opt-mindur-1ns --min-duration 1ns -- --min-duration 1
case_opts opt-mindur-huge --min-duration 100000s -- --min-duration 100000000000000
run opt-depth0 -- --max-depth 0 --min-duration 0
check "--max-depth 0 --min-duration 0 mean no limit: the log is not filtered" \
	test "$(grep -c 'filtered' opt-depth0.err)" = 0 -a "$(wc -l <opt-depth0.log)" -gt 0
trace_counts opt-depth0.sf >opt-depth0.counts
"$EXPECT" opt-depth0.log >opt-depth0.expect
check_cmp "  and holds every call" opt-depth0.expect opt-depth0.counts

# The counts record prints: -F selects 2 functions, -N patches helper too
# (3 patched); every helper call is dropped (entry and exit), and the
# leaf calls inside helper are not patched at all (nothing to drop).
run opt-count -- -F '^work_' -N '^helper$'
helpers=$(awk '$2 ~ /(^|\/)helper$/' opt-count.log | wc -l)
check "record counts patched functions and dropped events ($helpers helper calls)" \
	grep -q "filtered: 3 of 9 functions patched, $((2 * helpers)) events dropped" opt-count.err
check "record reports patched functions and dropped events" \
	grep -q "filtered: 9 of 9 functions patched, [0-9]* events dropped" opt-mindur.err
"$SFTRACE" dump opt-mindur.sf >opt-mindur.dump 2>&1
total=$(awk '{ n++ } END { print n * 2 }' opt-mindur.log)
kept=$(awk '{ n += $2 } END { print n * 2 }' opt-mindur.counts)
check_eq "the log counts the events the filter dropped" "dropped:    $((total - kept)) events by filters" \
	"$(grep '^dropped:' opt-mindur.dump)"
check "record reports the same number" grep -q "patched, $((total - kept)) events dropped" opt-mindur.err

# Each -F is a regex of its own: inline options and group numbers of one
# do not leak into the next (an (?x) comment would swallow the rest of a
# joined alternation).
run opt-each -- -F '(?x) ^work_a$  # extended mode, with a comment' -F '^(h)elper$'
check "record -F: every regex applies on its own (2 functions patched)" \
	grep -q "filtered: 2 of 9 functions patched" opt-each.err
"$EXPECT" --select '^(work_a|helper)$' opt-each.log >opt-each.expect
check_cmp "  and the log holds exactly their calls" opt-each.expect opt-each.counts

# record's --subtree and --max-depth apply to a filter file's selection.
"$SFTRACE" filter -p calls -r '^(noise|work_b)$' -o plain.filter >/dev/null 2>&1
run fsub -- -f plain.filter --subtree --max-depth 3
"$EXPECT" --select '^(noise|work_b)$' --subtree --max-depth 3 fsub.log >fsub.expect
check_cmp "record -f with --subtree --max-depth keeps exactly the calls the rules keep" fsub.expect fsub.counts
# A file's limits yield to record's, even to 0 ("no limit").
"$SFTRACE" filter -p calls -r '^(noise|work_b)$' --subtree --max-depth 2 -o deep.filter >/dev/null 2>&1
run fnolimit -- -f deep.filter --max-depth 0
"$EXPECT" --select '^(noise|work_b)$' --subtree fnolimit.log >fnolimit.expect
check_cmp "record --max-depth 0 lifts the file's --max-depth 2" fnolimit.expect fnolimit.counts
run flimit -- -f deep.filter
"$EXPECT" --select '^(noise|work_b)$' --subtree --max-depth 2 flimit.log >flimit.expect
check_cmp "  and without it the file's limit holds" flimit.expect flimit.counts

# The runtime's environment interface, without record (a manual LD_PRELOAD).
LD_PRELOAD="$SOLIB" SFTRACE_OUTPUT_FILE="$T/env.sf" SFTRACE_FILTER_REGEX='^work_b$' \
	SFTRACE_FILTER_SUBTREE=1 SFTRACE_FILTER_MAX_DEPTH=3 ./calls env.log 2>env.err
trace_counts env.sf >env.counts 2>/dev/null
"$EXPECT" --select '^work_b$' --subtree --max-depth 3 env.log >env.expect
check_cmp "SFTRACE_FILTER_REGEX/SUBTREE/MAX_DEPTH keep exactly the calls the rules keep" env.expect env.counts
# Several regexes, one per line, each compiled on its own: group numbers
# restart in each, and a (?x) comment ends with its line.
LD_PRELOAD="$SOLIB" SFTRACE_OUTPUT_FILE="$T/lines.sf" \
	SFTRACE_FILTER_REGEX="$(printf '^(l)eaf\\1?$\n\n^(h)elper\\1?$\n(?x) ^work_a$  # a comment')" \
	SFTRACE_FILTER_EXCLUDE="$(printf 'nothing\n^noise$')" ./calls lines.log 2>lines.err
trace_counts lines.sf >lines.counts 2>/dev/null
"$EXPECT" --select '^(leaf|helper|work_a)$' --exclude '^noise$' lines.log >lines.expect
check_cmp "SFTRACE_FILTER_REGEX/EXCLUDE: one regex per line, each on its own" lines.expect lines.counts
LD_PRELOAD="$SOLIB" SFTRACE_OUTPUT_FILE="$T/badre.sf" SFTRACE_FILTER_REGEX='work_(' \
	./calls badre.log 2>badre.err
check "a bad regex in SFTRACE_FILTER_REGEX is reported with the PCRE2 message" \
	grep -q "bad regex 'work_(' in SFTRACE_FILTER_REGEX: missing closing parenthesis at offset 6" badre.err
check "and the program still runs" test -s badre.log
run opt-badre -- -F 'work_('
check "record -F with a bad regex names it before starting" \
	grep -q "error: bad regex 'work_(' for -F: missing closing parenthesis at offset 6" opt-badre.err

# A filter made for another build of the program is refused.
"$SFTRACE" filter -p calls -r '^work_' -o stale.filter >/dev/null 2>&1
cc_xray calls "$PROGS/filter/calls.c" -O1 || not_ok "rebuild calls.c"
run stale -- -f stale.filter
check_eq "record refuses a stale filter before starting (exit 125)" 125 "$(
	"$SFTRACE" record --solib "$SOLIB" -f stale.filter -o stale2.sf -- ./calls stale2.log 2>/dev/null
	echo $?)"
check "naming the filter and the module" \
	grep -q "error: filter 'stale.filter' was made for a different build of '$T/calls'" stale.err
check "the program did not run" test ! -e stale2.log
# The runtime refuses it too (a manual LD_PRELOAD, or a module that changed
# after record checked it): the module is not patched.
LD_PRELOAD="$SOLIB" SFTRACE_OUTPUT_FILE="$T/stale3.sf" SFTRACE_FILTER="$T/stale.filter" \
	./calls stale3.log 2>stale3.err
check "the runtime names the stale filter and the module" \
	grep -q "filter '$T/stale.filter' was made for a different build of '$T/calls'; not tracing it" stale3.err
check_eq "and records nothing of it" "" "$(trace_counts stale3.sf 2>/dev/null)"
done_testing
