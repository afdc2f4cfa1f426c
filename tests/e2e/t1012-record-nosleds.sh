#!/bin/sh
# A program without sleds runs normally under `sftrace record`, which says
# that nothing was instrumented and how to compile for tracing; and record
# returns the traced command's status: its exit code, 128+N when it dies of
# signal N, 127 when the command is not found, 126 when it cannot run.
. "$(dirname "$0")/lib.sh"
need clang

clang -O2 -o plain "$PROGS/nosleds.c" || { not_ok "build nosleds.c"; done_testing; exit 1; }

sf_record sf.log ./plain 3 >out
check_eq "record exits with the program's status" 3 "$?"
check_eq "the program's output is unchanged" "no sleds here" "$(cat out)"
check "record says nothing was instrumented" grep -qi "instrument" "$T/record.err"
check "record says how to compile for tracing" grep -q -- "-fxray-instrument" "$T/record.err"
echo "# record said: $(head -3 "$T/record.err")"

sf_record sf.log sh -c 'kill -TERM $$'
check_eq "a command killed by SIGTERM: 128+15" 143 "$?"
sf_record sf.log ./no-such-command
check_eq "a command that does not exist: 127" 127 "$?"
check "... with a message naming it" grep -q "no-such-command" "$T/record.err"
printf 'not a program\n' >notexec
chmod -x notexec
sf_record sf.log ./notexec
check_eq "a file that cannot be executed: 126" 126 "$?"

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$T/missing.so" -o sf.log -- ./prog 5 >/dev/null 2>err
st=$?
check_eq "a missing --solib: 125 (sftrace could not start)" 125 "$st"
check "... and names the library" grep -q "missing\.so" err

# A mistyped command must not cost the previous log.
sf_record kept.log ./prog 5 >/dev/null
cp kept.log kept.copy
sf_record kept.log ./no-such-program
check_eq "a missing command after a recording: 127" 127 "$?"
check "... and the previous log is still there, unchanged" cmp -s kept.log kept.copy
done_testing
