#!/bin/sh
# Messages that tell the truth when no log is written or something is off:
# a program killed by a signal, or that exits 127 (what the loader returns
# when it cannot start a program) before running instrumented code, is not
# "nothing was instrumented"; a set-user-id program (the loader ignores
# LD_PRELOAD) says so before and after; an output directory removed
# during the run is named; a runtime library of another build gets a
# warning that names both.
. "$(dirname "$0")/lib.sh"
need clang

cat >die.c <<'EOS'
#include <signal.h>
#include <string.h>
int main(int c, char **v) { if (c > 1 && !strcmp(v[1], "seg")) raise(SIGSEGV); return 127; }
EOS
clang -O2 -o die die.c || { not_ok "build die.c"; done_testing; exit 1; }
sf_record d.log ./die seg
check_eq "killed by a signal: status 139" 139 "$?"
check "... record says it was killed by signal 11" grep -q "killed by signal 11" "$T/record.err"
check "... not 'nothing was instrumented'" sh -c "! grep -q 'nothing was instrumented' '$T/record.err'"
sf_record d.log ./die
check_eq "exit 127: status 127" 127 "$?"
check "... record names status 127 and the loader" grep -q "exited with status 127 before it ran any" "$T/record.err"
mkdir gone
sf_record gone/d.log sh -c 'rmdir gone'
check "output directory removed during the run: named" grep -q "output directory of 'gone/d.log' was removed" "$T/record.err"

if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	cp die suid && chown nobody suid && chmod u+s suid
	sf_record s.log ./suid
	check "set-user-id program: a warning before it runs" grep -q "warning: './suid' is set-user-id" "$T/record.err"
	check "... and why no log was written" grep -q "ignores LD_PRELOAD for such programs" "$T/record.err"
else
	echo "# SKIP set-user-id case: needs root and the user nobody"
fi

cc_xray many "$PROGS/many-calls.c" || { not_ok "build many-calls.c"; done_testing; exit 1; }
cp "$SOLIB" other.so
# another build: the same library with another stamp
python3 - other.so <<'EOS'
import sys
p = sys.argv[1]
d = bytearray(open(p, 'rb').read())
i = d.find(b'SFTRACE-BUILD:')
assert i >= 0
j = i + len(b'SFTRACE-BUILD:')
d[j] = ord('0') if d[j] != ord('0') else ord('1')
open(p, 'wb').write(d)
EOS
"$SFTRACE" record --solib "$T/other.so" -o o.log -- ./many 10 >/dev/null 2>o.err
check "a runtime of another build: a warning naming it" grep -q "warning: the runtime library '$T/other.so' is not from the same build" o.err
"$SFTRACE" record --solib "$SOLIB" -o o.log -- ./many 10 >/dev/null 2>o2.err
check "... and none for this build's" sh -c '! grep -q "same build" o2.err'
done_testing
