#!/bin/sh
# A log that cannot grow never breaks the traced program, and every event
# is recorded or counted as lost with its reason:
#   - a 1 MiB tmpfs, empty: recording stops when it is full (blocks retried
#     smaller, down to one page), the program runs to its end, and
#     recorded + lost = the events the program made (2 per call, plus main);
#   - the same tmpfs already full: no SIGBUS (there was: the header page was
#     left sparse), no log, and record says the file system is full;
#   - a program that lowers its own RLIMIT_FSIZE (SIGXFSZ at its default):
#     no SIGXFSZ from the runtime, exact counts;
#   - a file system without fallocate (emulated: fallocate fails with
#     EOPNOTSUPP): the log is written, complete.
# The tmpfs cases need root and unshare (CI runs as root).
. "$(dirname "$0")/lib.sh"
need clang

cc_xray many "$PROGS/many-calls.c" || { not_ok "build many-calls.c"; done_testing; exit 1; }
N=10000000
./many $N >untraced.out 2>untraced.err
check_eq "untraced run" "count leaf $N" "$(cat untraced.out)"

# events recorded (dump --summary) + lost (dump --summary) of every log
recorded_plus_lost() {
	for l in "$@"; do "$SFTRACE" dump --no-events --summary "$l"; done |
		awk '/^thread [0-9]+: / { e += $3; l += $5 } END { printf "%d %d\n", e, l }'
}

if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -m true 2>/dev/null; then
	mkdir mnt
	cat >fs.sh <<EOS
mount -t tmpfs -o size=1m none "$T/mnt" || exit 99
"$SFTRACE" record --solib "$SOLIB" -o "$T/mnt/sf.log" -- ./many $N >"$T/empty.out" 2>"$T/empty.err"
echo \$? >"$T/empty.status"
cp "$T/mnt/sf.log" "$T/empty.log" 2>/dev/null
rm -f "$T/mnt/sf.log"*
dd if=/dev/zero of="$T/mnt/fill" bs=4k 2>/dev/null
"$SFTRACE" record --solib "$SOLIB" -o "$T/mnt/sf.log" -- ./many 1000 >"$T/full.out" 2>"$T/full.err"
echo \$? >"$T/full.status"
ls "$T/mnt" >"$T/full.ls"
EOS
	unshare -m sh fs.sh
	check_eq "disk fills during the run: exit status 0" 0 "$(cat empty.status)"
	check_cmp "... the program's stdout is intact" untraced.out empty.out
	check_eq "... its stderr is its own, then record's lines" "done" "$(grep -v '^sftrace: ' empty.err)"
	check "... record says: disk full after N events; M events not recorded" \
		grep -q 'sf.log: disk full after [0-9]* events; [0-9]* events not recorded$' empty.err
	sed 's/^/# /' empty.err
	set -- $(recorded_plus_lost empty.log)
	check_eq "... recorded + lost = the events the program made" $((2 * N + 2)) $(($1 + $2))
	check "... something was recorded before the disk filled" test "$1" -gt 100000
	check "... the log fills the file system (smaller blocks were tried)" \
		test "$(wc -c <empty.log)" -gt 900000
	"$SFTRACE" dump --no-events empty.log >empty.dump
	check "... dump: stopped early" grep -q 'stopped early' empty.dump
	check_eq "disk already full: exit status 0, no SIGBUS" 0 "$(cat full.status)"
	check_eq "... the program's output" "count leaf 1000" "$(cat full.out)"
	check_eq "... no log (not even an empty file)" "fill" "$(cat full.ls)"
	check "... record says the file system is full" grep -q 'no log was written: .* is full' full.err
	sed 's/^/# /' full.err
else
	echo "# SKIP tmpfs cases: need root and unshare -m"
fi

# The program lowers its own file size limit to 1 MB.
"$SFTRACE" record --solib "$SOLIB" -o lim.log -- ./many $N 1000000 >lim.out 2>lim.err
check_eq "RLIMIT_FSIZE lowered by the program: exit status 0 (no SIGXFSZ)" 0 "$?"
check_cmp "... output intact" untraced.out lim.out
check "... record: file size limit reached after N events" \
	grep -q 'lim.log: file size limit reached after [0-9]* events; [0-9]* events not recorded$' lim.err
set -- $(recorded_plus_lost lim.log)
check_eq "... recorded + lost = the events the program made" $((2 * N + 2)) $(($1 + $2))
check "... the log stays under the limit" test "$(wc -c <lim.log)" -le 1000000

# No fallocate: the runtime writes zeros instead, the log is complete.
cat >nofalloc.c <<'EOS'
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
int fallocate(int fd, int mode, off_t off, off_t len) { errno = EOPNOTSUPP; return -1; }
int fallocate64(int fd, int mode, off_t off, off_t len) { errno = EOPNOTSUPP; return -1; }
EOS
clang -shared -fPIC -o nofalloc.so nofalloc.c || not_ok "build nofalloc.so"
LD_PRELOAD="$T/nofalloc.so" "$SFTRACE" record --solib "$SOLIB" -o nf.log -- ./many 1000000 \
	>nf.out 2>nf.err
check_eq "no fallocate: exit status 0" 0 "$?"
set -- $(recorded_plus_lost nf.log)
check_eq "... every event recorded, none lost" "2000002 0" "$1 $2"
check "... record reports no loss" sh -c '! grep -q "not recorded" nf.err'
done_testing
