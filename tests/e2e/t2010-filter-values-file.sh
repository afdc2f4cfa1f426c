#!/bin/sh
# Filter files of version 2 (docs/filter.md "The filter file"): the marks
# a and r, values lines and string-size, written by hand.
#   - a version 1 file still works (and is what filter writes without
#     marks); version 3 is refused;
#   - values lines choose the registers and strings recorded: a mask of
#     one register, "-" for none, str= and slice=;
#   - mistakes are refused before the program runs (record -f: exit 125,
#     naming the line), and by the runtime with a manual LD_PRELOAD (the
#     program runs untraced, unharmed);
#   - a marked function is recorded even when no i flag selects it; an x
#     flag wins over the marks.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/regs-lib.sh"
need clang

cc_xray values "$PROGS/values.c" || { not_ok "build values.c"; done_testing; exit 1; }
./values >plain.out
"$SFTRACE" filter -p ./values -o v1.filter >/dev/null 2>&1
check "filter without marks writes version 1" sh -c 'head -1 v1.filter | grep -qx "sftrace-filter 1"'
check "... and no string-size line" sh -c '! grep -q "^string-size" v1.filter'
"$SFTRACE" record --solib "$SOLIB" -f v1.filter -o v1.log -- ./values >/dev/null 2>v1.err
check_eq "record -f with a version 1 file: exit status 0" 0 "$?"
"$SFTRACE" dump v1.log >v1.dump
check "... no values in its log" sh -c '! grep -q "^values:" v1.dump'

addr_of() { awk -v f="$1" '$1 ~ /^0x/ && $NF == f { print $1 }' v1.filter; }
module=$(grep '^module ' v1.filter)
{
	echo "sftrace-filter 2"
	echo "string-size 8"
	echo "$module"
	echo "$(addr_of v_ints) ar v_ints"
	echo "values $(addr_of v_ints) args=rsi ret=-"
	echo "$(addr_of v_str) a v_str"
	echo "values $(addr_of v_str) args=- str=rdi"
	echo "$(addr_of v_edge) a v_edge"
	echo "values $(addr_of v_edge) args=rsi slice=rdi:rsi"
	echo "$(addr_of v_double) xar v_double"
} >h.filter
"$SFTRACE" record --solib "$SOLIB" -f h.filter -o h.log -- ./values >h.out 2>h.err
check_eq "record -f with a hand-written version 2 file: exit status 0" 0 "$?"
"$SFTRACE" dump h.log >h.dump 2>h.dump.err
check "dump reads it without damage (it notes the excluded v_double's dropped events)" \
	sh -c '! grep -qi "damage\|unreadable\|cannot" h.dump.err && grep -q "2 events dropped by filters" h.dump.err'
check_eq "only the marked functions are recorded (no i flag needed; x wins)" \
	"v_edge v_ints v_str" "$(awk '$3 == "entry" { print $NF }' h.dump | sort | tr '\n' ' ' | sed 's/ $//')"
after() { awk -v f="$1" -v k="$2" '$3 == k && $NF == f { getline; sub(/^ */, ""); print; exit }' h.dump; }
want=$(sed -n 's/^expect v_ints args rsi 8 //p' h.out)
check_eq "args=rsi: rsi only" "args rsi=0x$want" "$(after v_ints entry)"
check_eq "ret=-: an empty RETVAL" "ret" "$(after v_ints exit)"
check_eq "args=- str=rdi: no register, the string cut at string-size 8" \
	'args|str rdi "hello, \"" truncated' \
	"$(awk '$3 == "entry" && $NF == "v_str" { getline; a = $0; getline; sub(/^ */, "", a); sub(/^ */, ""); print a "|" $0; exit }' h.dump)"
check "slice=rdi:rsi: the 10 bytes before the hole, readable" grep -q '^ *str rdi "eeeeeeee" truncated$' h.dump

# mistakes, each refused by record (exit 125, the line named) and by the runtime
bad() {
	name=$1 line=$2 msg=$3
	{ echo "sftrace-filter 2"; echo "$module"; echo "$line"; } >"$name.filter"
	"$SFTRACE" record --solib "$SOLIB" -f "$name.filter" -o "$name.log" -- ./values >"$name.out" 2>"$name.err"
	check_eq "$name: record -f exits 125" 125 "$?"
	check "$name: the message names line 3: $msg" grep -q "line 3: $msg" "$name.err"
	SFTRACE_OUTPUT_FILE="$T/$name.rt.log" SFTRACE_FILTER="$T/$name.filter" LD_PRELOAD="$SOLIB" \
		./values >"$name.rt.out" 2>"$name.rt.err"
	check_eq "$name: preloaded by hand the program still exits 0" 0 "$?"
	check "$name: ... runs unharmed and says why" sh -c \
		"grep -v ' addr\$' $name.rt.out | cmp -s - plain.fixed && grep -q 'line 3: $msg' $name.rt.err"
}
grep -v ' addr$' plain.out >plain.fixed
bad badreg "values $(addr_of v_ints) args=rdi,rzz" "bad register in args="
bad badret "values $(addr_of v_ints) ret=rdi" "bad register in ret="
bad badstr "values $(addr_of v_ints) str=xmm0" "bad string register"
bad badfield "values $(addr_of v_ints) nope=1" "bad values field"
bad badsize "string-size 5000" "bad string-size"
bad badflag "$(addr_of v_ints) iq v_ints" "bad function flags"
{ echo "sftrace-filter 2"; echo "values 0x1000 args=rdi"; } >early.filter
"$SFTRACE" record --solib "$SOLIB" -f early.filter -o e.log -- ./values >/dev/null 2>early.err
check_eq "a values line before any module: exit 125" 125 "$?"
check "... saying so" grep -q "line 2: values line before any module line" early.err
# -A/-R with a filter file, and with -F: the marked functions are recorded too
"$SFTRACE" filter -p ./values -r '^main$' -o m.filter >/dev/null 2>&1
"$SFTRACE" record --solib "$SOLIB" -f m.filter -A '^v_ints$' -R '^v_double$' -o fa.log -- ./values >/dev/null 2>&1
"$SFTRACE" dump fa.log >fa.dump
check_eq "record -f (main) -A v_ints -R v_double: those three recorded" "main v_double v_ints" \
	"$(awk '$3 == "entry" { print $NF }' fa.dump | sort | tr '\n' ' ' | sed 's/ $//')"
check_eq "... args after v_ints' entry, ret after v_double's exit, nothing after main's" \
	"v_ints args|v_double ret|" \
	"$(awk '$1 == "args" || $1 == "ret" { if (e == "entry v_ints") a = $1; else if (e == "exit v_double") r = $1; else m = m $1 " after " e }
		$3 ~ /^(entry|exit)$/ { e = $3 " " $NF }
		END { print "v_ints " a "|v_double " r "|" m }' fa.dump)"
"$SFTRACE" record --solib "$SOLIB" -F '^main$' -A '^v_ints$' -o fb.log -- ./values >/dev/null 2>&1
"$SFTRACE" dump fb.log >fb.dump
check_eq "record -F main -A v_ints: both recorded" "main v_ints" \
	"$(awk '$3 == "entry" { print $NF }' fb.dump | sort | tr '\n' ' ' | sed 's/ $//')"

sed '1s/.*/sftrace-filter 3/' v1.filter >v3.filter
"$SFTRACE" record --solib "$SOLIB" -f v3.filter -o v3.log -- ./values >/dev/null 2>v3.err
check_eq "version 3 is refused" 125 "$?"
check "... naming the versions read" grep -q "reads versions 1 and 2" v3.err

done_testing
