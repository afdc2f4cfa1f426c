#!/bin/sh
# Argument and return registers of marked functions (docs/format.md "Value
# records"), read back with `sftrace dump`, against what the program
# prints itself (tests/progs/values.c): integers of every width, a double
# and a float, pointers, a char * (copied), a bad pointer as char *
# (recorded as unreadable, the program unaffected), a string longer than
# the string size (truncated) and one that runs into an unmapped page.
#   - record -A/-R: every argument (rdi..r9, xmm0-7) and return register
#     (rax, rdx, xmm0, xmm1), no strings;
#   - filter --args/--retval: a version 2 filter file whose values lines
#     come from DWARF; recording with it keeps only those registers and
#     copies the strings; --string-size;
#   - functions not marked carry no values; a log without marks has no
#     VALUES flag and reads as before.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/regs-lib.sh"
need clang

cc_xray values "$PROGS/values.c" || { not_ok "build values.c"; done_testing; exit 1; }
./values >plain.out
check_eq "the program runs untraced" 0 "$?"

# --- record -A / -R: all registers --------------------------------------
regs_run "record -A -R (the bad pointer too)" a -A '^v_' -R '^v_' -- ./values
check "the header says values were recorded" grep -q '^values: .*x86-64' a.dump
values_expect a.out ' (args|ret) ' >a.want
values_got a.dump a.want >a.got
check_regs "record -A -R: every register as the program passed and returned it" a.want a.got
args=$(awk '$3 ~ /^entry/ && $NF == "v_ints" { getline; print; exit }' a.dump | sed 's/^ *//')
# record -A/-R plans from the program's DWARF, as filter --args does (t1045):
# the registers each function uses, and its strings.
check "record -A: v_ints's six integer registers, no vector register (it takes none)" \
	sh -c "echo '$args' | grep -Eq '^args rdi=[^ ]+ rsi=[^ ]+ rdx=[^ ]+ rcx=[^ ]+ r8=[^ ]+ r9=[^ ]+\$'"
check "record -R: v_double's result, xmm0 alone" \
	sh -c "awk '\$3 == \"exit\" && \$NF == \"v_double\" { getline; print; exit }' a.dump | grep -Eq '^ *ret xmm0=[^ ]+\$'"
check "record -A: the bytes of a const char * argument" grep -q '^ *str rdi "hello, \\"world\\""' a.dump
check "main is not marked: no values after its entry" \
	sh -c "awk '\$3 ~ /^entry/ && \$NF == \"main\" { getline; print; exit }' a.dump | grep -vq '^ *args'"
check "a tail call (v_long) has no return registers" \
	sh -c "! awk '\$3 == \"tail\" && \$NF == \"v_long\" { getline; print; exit }' a.dump | grep -q '^ *ret'"
check "record counts the events past the value records (main and six functions: 14)" grep -q "a.log: 14 events" a.err

# only -R: no ARGS anywhere, RETVAL at the exits
"$SFTRACE" record --solib "$SOLIB" -R '^v_ints$' -o r.log -- ./values >r.out 2>/dev/null
"$SFTRACE" dump r.log >r.dump
check_eq "record -R alone: one RETVAL, no ARGS" "0 1" \
	"$(grep -c '^ *args' r.dump) $(grep -c '^ *ret' r.dump)"

# --- filter --args/--retval: registers and strings from DWARF ------------
"$SFTRACE" filter -p ./values --args '^v_' --retval '^v_(ints|double|str|bad)$' -o v.filter \
	>filter.out 2>filter.err
check_eq "filter --args --retval: exit status 0" 0 "$?"
check "the file is version 2" sh -c 'head -1 v.filter | grep -qx "sftrace-filter 2"'
check "v_ints is marked for arguments and return value" grep -Eq '^0x[0-9a-f]+ iar v_ints$' v.filter
check "v_long for arguments only" grep -Eq '^0x[0-9a-f]+ ia v_long$' v.filter
check "v_ints: the six integer registers, rax" grep -Eq '^values 0x[0-9a-f]+ args=rdi,rsi,rdx,rcx,r8,r9 ret=rax$' v.filter
check "v_double: rdi, xmm0 and xmm1 in, xmm0 out" grep -Eq '^values 0x[0-9a-f]+ args=rdi,xmm0,xmm1 ret=xmm0$' v.filter
check "v_str: its char * is a string" grep -Eq '^values 0x[0-9a-f]+ args=rdi,rsi ret=rax str=rdi$' v.filter
check "main is selected, not marked" grep -Eq '^0x[0-9a-f]+ i main$' v.filter

regs_run "record -f (the bad pointer too)" f -f v.filter -- ./values
values_expect f.out >f.want
values_got f.dump f.want >f.got
check_regs "record -f: registers and strings as the program passed them" f.want f.got
check "record -f: v_ints records no vector register" \
	sh -c "awk '\$3 ~ /^entry/ && \$NF == \"v_ints\" { getline; print; exit }' f.dump | grep -vq xmm"

# a smaller string size: the C string is cut and marked so
sed 's/^string-size .*/string-size 5/' v.filter >s.filter
"$SFTRACE" record --solib "$SOLIB" -f s.filter -o s.log -- ./values >/dev/null 2>&1
"$SFTRACE" dump s.log >s.dump
check "string-size 5: 'hello' and truncated" grep -q '^ *str rdi "hello" truncated$' s.dump
"$SFTRACE" filter -p ./values --args '^v_str$' --string-size 3 -o - >s3.filter 2>/dev/null
check "filter --string-size writes the size" grep -qx 'string-size 3' s3.filter
"$SFTRACE" filter -p ./values --args x --string-size 5000 -o - >/dev/null 2>bad.err
check_eq "filter --string-size above 4096: a usage error" 2 "$?"
check "... that says the range" grep -q 'must be 1 to 4096' bad.err

# --- no marks: no VALUES flag, the log reads as before -------------------
sf_record n.log ./values >/dev/null
"$SFTRACE" dump n.log >n.dump
check "without marks the header has no values line" sh -c '! grep -q "^values:" n.dump'
check "without marks no value records" sh -c '! grep -Eq "^ *(args|ret|str) " n.dump'
check_eq "without marks every call is recorded (main and six functions)" 14 "$(grep -Ec ' (entry|exit|tail) ' n.dump)"

done_testing
