#!/bin/sh
# record -A/-R without a filter file plans from DWARF what `sftrace filter
# --args/--retval` writes (docs/filter.md "Values"), for the modules known
# before the program runs: the executable and the libraries the dynamic
# loader finds for it. A module loaded later with dlopen keeps the
# name-matched default (every register, no string).
#   - record -A/-R and a filter file of the same regexes record the same
#     registers and strings, function by function (tests/progs/values.c);
#   - the const char * of v_str is copied, the bad pointer is unreadable,
#     --string-size on record cuts the copy;
#   - with -F (and with -f) the marked functions still get their plans;
#   - tests/progs/values-mods.c: the linked library planned, the plugin
#     with every register;
#   - the file handed to the runtime is gone after the run.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/regs-lib.sh"
need clang

cc_xray values "$PROGS/values.c" || { not_ok "build values.c"; done_testing; exit 1; }
./values >plain.out

# shape LOG: "FUNC args|ret REG..." and "FUNC str REG FLAGS..." for each
# value record, in log order: which registers, not their values.
shape() {
	"$SFTRACE" dump "$1" | awk '
	$3 ~ /^(entry|exit|tail)\*?$/ { fn = $NF; next }
	$1 == "args" || $1 == "ret" {
		s = fn " " $1
		for (i = 2; i <= NF; i++) { sub(/=.*/, "", $i); s = s " " $i }
		print s
		next
	}
	$1 == "str" { s = fn " str " $2; for (i = NF; i > 3 && $i ~ /^(truncated|unreadable)$/; i--) s = s " " $i; print s }'
}

regs_run "record -A -R" a -A '^v_' -R '^v_' -- ./values
"$SFTRACE" filter -p ./values --args '^v_' --retval '^v_' -o v.filter >/dev/null 2>&1
regs_run "record -f of filter --args --retval" f -f v.filter -- ./values
shape a.log >a.shape
shape f.log >f.shape
check "record -A -R: some value records" test -s a.shape
check_cmp "record -A -R records the registers and strings the filter file asks for" f.shape a.shape
check "v_ints: the six integer registers, no vector register" grep -qx 'v_ints args rdi rsi rdx rcx r8 r9' a.shape
check "v_double: rdi, xmm0 and xmm1 in, xmm0 out" \
	sh -c 'grep -qx "v_double args rdi xmm0 xmm1" a.shape && grep -qx "v_double ret xmm0" a.shape'
check "the const char * of v_str is copied" grep -q '^ *str rdi "hello, \\"world\\""$' a.dump
check "the bad pointer of v_bad is recorded as unreadable" grep -qx 'v_bad str rdi unreadable' a.shape
values_expect a.out >a.want
values_got a.dump a.want >a.got
check_regs "record -A -R: registers and strings as the program passed them" a.want a.got
check "no file is left beside the log" sh -c '! ls -A | grep -q "^\.a\.log"'

"$SFTRACE" record --solib "$SOLIB" -A '^v_str$' --string-size 5 -o s.log -- ./values >/dev/null 2>&1
"$SFTRACE" dump s.log >s.dump
check "record --string-size 5: 'hello' and truncated" grep -q '^ *str rdi "hello" truncated$' s.dump
"$SFTRACE" record --solib "$SOLIB" -A x --string-size 0 -o z.log -- ./values >/dev/null 2>z.err
check_eq "record --string-size 0: a usage error" 2 "$?"
check "... that says the range" grep -q 'must be 1 to 4096' z.err

# with name filters and with a filter file
regs_run "record -F main -A v_ints -R v_double" F -F '^main$' -A '^v_ints$' -R '^v_double$' -- ./values
shape F.log >F.shape
check_eq "record -F -A -R: the planned registers" \
	"v_ints args rdi rsi rdx rcx r8 r9|v_double ret xmm0" "$(paste -sd'|' F.shape)"
"$SFTRACE" filter -p ./values -r '^main$' -o main.filter >/dev/null 2>&1
regs_run "record -f (main) -A v_str" m -f main.filter -A '^v_str$' -- ./values
shape m.log >m.shape
check_eq "record -f -A: v_str's two registers and its string" \
	"v_str args rdi rsi|v_str str rdi" "$(paste -sd'|' m.shape)"

# a linked library is planned, a plugin loaded with dlopen is not
# (the program of t1041: libvlib.so linked, vplugin.so loaded with dlopen)
for m in LIB:libvlib.so PLUGIN:vplugin.so MAIN:vmods; do
	case $m in
	MAIN:*) set -- -L. -lvlib -ldl "-Wl,-rpath,$T" ;;
	*) set -- -fPIC -shared "-DVALUES_${m%%:*}" ;;
	esac
	clang -O2 -g $XRAY_CFLAGS -o "${m#*:}" "$PROGS/values-mods.c" "$@" ||
		{ not_ok "build values-mods.c ($m)"; done_testing; exit 1; }
done
./vmods "$T/vplugin.so" >plain.out
regs_run "record -A -R, three modules" d -A '^(lv_|plug_)' -R '^(lv_|plug_)' -- ./vmods "$T/vplugin.so"
shape d.log >d.shape
check "the library's lv_add: its two registers (planned from its DWARF)" grep -qx 'lv_add args rdi rsi' d.shape
check "the plugin's plug_mul: every argument register (loaded later)" \
	grep -qx 'plug_mul args rdi rsi rdx rcx r8 r9 xmm0 xmm1 xmm2 xmm3 xmm4 xmm5 xmm6 xmm7' d.shape
check "the plugin's char * is not copied" sh -c '! grep -q "^plug_len str" d.shape'
values_expect d.out ' (lv_|plug_)[a-z_]* (args|ret) ' >d.want
values_got d.dump d.want >d.got
check_regs "record -A -R: registers in the program, the library and the plugin" d.want d.got

done_testing
