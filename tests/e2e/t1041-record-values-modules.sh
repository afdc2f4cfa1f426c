#!/bin/sh
# Marked functions in three modules: the program, a library it links and a
# plugin it loads with dlopen (tests/progs/values-mods.c). With record
# -A/-R (names matched in each module as it is found, the plugin inside
# dlopen) and with a filter file made from the three objects (registers
# and strings from each one's DWARF), the recorded registers and the
# plugin's string are what the program printed.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/regs-lib.sh"
need clang

src="$PROGS/values-mods.c"
clang -O2 -g $XRAY_CFLAGS -fPIC -DVALUES_LIB -shared -o libvlib.so "$src" &&
	clang -O2 -g $XRAY_CFLAGS -fPIC -DVALUES_PLUGIN -shared -o vplugin.so "$src" &&
	clang -O2 -g $XRAY_CFLAGS -o vmods "$src" -L. -lvlib -ldl "-Wl,-rpath,$T" ||
	{ not_ok "build values-mods.c"; done_testing; exit 1; }
./vmods "$T/vplugin.so" >plain.out
check_eq "the program runs untraced" 0 "$?"

regs_run "record -A -R" a -A '^(main_twice|lv_|plug_)' -R '^(main_twice|lv_|plug_)' \
	-- ./vmods "$T/vplugin.so"
check_eq "three modules in the log" 3 "$(awk '/^modules:/ { print $2 }' a.dump)"
values_expect a.out ' (args|ret) ' >a.want
values_got a.dump a.want >a.got
check_regs "record -A -R: registers in the program, the library and the plugin" a.want a.got

"$SFTRACE" filter -p ./vmods -p libvlib.so -p vplugin.so --args '^(main_twice|lv_|plug_)' \
	--retval '^(main_twice|lv_|plug_)' -o v.filter >filter.out 2>&1
check_eq "filter of three objects: exit status 0" 0 "$?"
check_eq "a values line for each marked function" 4 "$(grep -c '^values ' v.filter)"
check "the plugin's char * is a string" grep -Eq '^values 0x[0-9a-f]+ args=rdi,rsi ret=rax str=rdi$' v.filter
# (a dump without a warning: nothing copied past a string is left in the log)
regs_run "record -f" f -f v.filter -- ./vmods "$T/vplugin.so"
values_expect f.out >f.want
values_got f.dump f.want >f.got
check_regs "record -f: registers and the dlopen'ed module's string" f.want f.got

done_testing
