#!/bin/sh
# Filters given badly: a filter file that is missing, a directory, empty,
# not a filter, or a FIFO, through `record -f` (refused before the program
# starts, exit 125) and through SFTRACE_FILTER with a manual LD_PRELOAD
# (the runtime says why once, does not trace, and the program runs to its
# end unharmed). Also bad limit values in the environment.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray calls "$PROGS/filter/calls.c" || { not_ok "build calls.c"; done_testing; exit 1; }
mkdir adir
: >empty
echo 'not a filter' >garbage
mkfifo fifo || not_ok "mkfifo"

# rec NAME FILTER: record -f FILTER; NAME.rc, NAME.err; the program's log NAME.log.
rec() {
	timeout 20 "$SFTRACE" record --solib "$SOLIB" -f "$2" -o "$1.sf" -- ./calls "$1.log" \
		>/dev/null 2>"$1.err"
	echo $? >"$1.rc"
}
rec missing nofile
check_eq "record -f with a missing file exits 125" 125 "$(cat missing.rc)"
check "naming the file and the reason" grep -q "error: cannot read filter file 'nofile': No such file or directory" missing.err
rec dir adir
check_eq "record -f with a directory exits 125" 125 "$(cat dir.rc)"
check "saying it is a directory" grep -q "error: filter 'adir' is a directory" dir.err
rec empty empty
check_eq "record -f with an empty file exits 125" 125 "$(cat empty.rc)"
check_eq "saying it is empty (no line number 0)" "sftrace: error: filter 'empty': empty file" "$(cat empty.err)"
rec garbage garbage
check_eq "record -f with a file that is not a filter exits 125" 125 "$(cat garbage.rc)"
check "naming the line" grep -q "error: filter 'garbage' line 1: not an sftrace filter file" garbage.err
rec fifo fifo
check_eq "record -f with a FIFO exits 125 at once (no wait for a writer)" 125 "$(cat fifo.rc)"
check "saying it must be a regular file" grep -q "error: filter 'fifo' is not a regular file" fifo.err
"$SFTRACE" filter -p calls -r '^leaf$' -o twice.filter >/dev/null 2>&1
sed -n '/^module/,$p' twice.filter >>twice.filter
rec twice twice.filter
check_eq "record -f with a module listed twice exits 125" 125 "$(cat twice.rc)"
check "naming the module" grep -q "error: filter 'twice.filter' lists the module '$T/calls' twice" twice.err
for n in missing dir empty garbage fifo twice; do
	[ -e "$n.log" ] && not_ok "$n: the program must not run when record refuses the filter"
done

# env NAME VAR=VALUE...: the program with the runtime preloaded by hand.
run_env() {
	name=$1; shift
	timeout 20 env LD_PRELOAD="$SOLIB" SFTRACE_OUTPUT_FILE="$T/$name.sf" "$@" \
		./calls "$name.log" >/dev/null 2>"$name.err"
	echo $? >"$name.rc"
}
# runs NAME: the program ran to its end (66 calls logged) and exited 0.
runs() {
	[ "$(cat "$1.rc")" = 0 ] && [ "$(wc -l <"$1.log")" -eq 66 ]
}
run_env emissing SFTRACE_FILTER="$T/nofile"
check "SFTRACE_FILTER missing: the program runs" runs emissing
check_eq "  the runtime says why, with the system's words" \
	"cannot read filter '$T/nofile': No such file or directory; not tracing" \
	"$(sed 's/^sftrace[^:]*: //' emissing.err)"
run_env edir SFTRACE_FILTER="$T/adir"
check "SFTRACE_FILTER a directory: the program runs" runs edir
check_eq "  the runtime says why" "cannot read filter '$T/adir': Is a directory; not tracing" \
	"$(sed 's/^sftrace[^:]*: //' edir.err)"
run_env eempty SFTRACE_FILTER="$T/empty"
check "SFTRACE_FILTER empty: the program runs" runs eempty
check_eq "  the runtime says why" "filter '$T/empty': empty file; not tracing" \
	"$(sed 's/^sftrace[^:]*: //' eempty.err)"
run_env egarbage SFTRACE_FILTER="$T/garbage"
check "SFTRACE_FILTER garbage: the program runs" runs egarbage
check_eq "  the runtime names the line" "filter '$T/garbage' line 1: not an sftrace filter file; not tracing" \
	"$(sed 's/^sftrace[^:]*: //' egarbage.err)"
run_env efifo SFTRACE_FILTER="$T/fifo"
check "SFTRACE_FILTER a FIFO: the program runs (is not blocked)" runs efifo
check_eq "  the runtime says why" "filter '$T/fifo' is not a regular file; not tracing" \
	"$(sed 's/^sftrace[^:]*: //' efifo.err)"
run_env etwice SFTRACE_FILTER="$T/twice.filter"
check "SFTRACE_FILTER listing a module twice: the program runs" runs etwice
check_eq "  the runtime says why" "filter '$T/twice.filter' lists a module twice; not tracing" \
	"$(sed 's/^sftrace[^:]*: //' etwice.err)"
for n in emissing edir eempty egarbage efifo etwice; do
	[ -e "$n.sf" ] && not_ok "$n: nothing may be traced with a filter that cannot be used"
done
run_env edepth SFTRACE_FILTER_MAX_DEPTH=deep
check "SFTRACE_FILTER_MAX_DEPTH garbage: the program runs" runs edepth
check "  the runtime says why" grep -q "SFTRACE_FILTER_MAX_DEPTH='deep' is not a decimal number; not tracing" edepth.err
run_env edur SFTRACE_FILTER_MIN_DURATION=-5
check "SFTRACE_FILTER_MIN_DURATION negative: the program runs" runs edur
check "  the runtime says why" grep -q "SFTRACE_FILTER_MIN_DURATION='-5' is not a decimal number; not tracing" edur.err
done_testing
