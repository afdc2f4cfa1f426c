#!/bin/sh
# Fault injection: every case of docs/runtime.md "What can go wrong" run
# once, briefly, with one line per case on the TAP output:
#   case | status untraced/traced | events recorded | lost (reason) | result
# A case passes when the traced status and output equal the untraced ones
# and recorded + lost is what the case expects (exact where the program's
# own count says how many events it made). The detailed checks are in the
# tests the table names; this one shows them side by side.
. "$(dirname "$0")/lib.sh"
need clang

for p in many-calls cancel sigjmp rawclone exit-hooks notsc closefds recurse seccomp; do
	cc_xray $p "$PROGS/$p.c" || { not_ok "build $p.c"; done_testing; exit 1; }
done
cat >nofalloc.c <<'EOS'
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
int fallocate(int fd, int mode, off_t off, off_t len) { errno = EOPNOTSUPP; return -1; }
int fallocate64(int fd, int mode, off_t off, off_t len) { errno = EOPNOTSUPP; return -1; }
EOS
clang -shared -fPIC -o nofalloc.so nofalloc.c || not_ok "build nofalloc.so"

# counts LOG...: "recorded lost" over the logs' threads
counts() {
	for l in "$@"; do "$SFTRACE" dump --no-events --summary "$l" 2>/dev/null; done |
		awk '/^thread [0-9]+: / { e += $3; l += $5 } END { printf "%d %d\n", e, l }'
}
# reason LOG: what report says was lost, or "-"
reason() {
	r=$("$SFTRACE" report "$@" 2>&1 >/dev/null | sed -n 's/.* lost in [0-9]* threads\{0,1\}: //p' | head -1)
	echo "${r:--}"
}
printf '# %-34s %-9s %-10s %-30s %s\n' case status recorded lost result

# case NAME EXPECTED_EVENTS(or -) LOGS -- CMD...: run untraced and traced, compare
case_run() {
	name=$1 want=$2 logs=$3; shift 4
	"$@" >u.out 2>u.err
	us=$?
	rm -f c.log c.log.*
	"$SFTRACE" record --solib "$SOLIB" -o c.log -- "$@" >t.out 2>t.err
	ts=$?
	grep -v '^nap_ns\|^completed\|^jumps\|^count leaf\|^count in_handler' u.out >u.cmp
	grep -v '^nap_ns\|^completed\|^jumps\|^count leaf\|^count in_handler' t.out >t.cmp
	set -- $(counts $logs)
	rec=$1 lost=$2
	why=$(reason $logs)
	res=ok
	[ "$us" = "$ts" ] || res="status differs"
	cmp -s u.cmp t.cmp || res="output differs"
	if [ "$want" != - ] && [ $((rec + lost)) -ne "$want" ]; then
		res="recorded+lost $((rec + lost)), expected $want"
	fi
	printf '# %-34s %-9s %-10s %-30s %s\n' "$name" "$us/$ts" "$rec" "$lost ($why)" "$res"
	if [ "$res" = ok ]; then ok "$name"; else not_ok "$name: $res"; fi
}

N=1000000
case_run "file size limit lowered by program" $((2 * N + 2)) "c.log" -- ./many-calls $N 300000
LD_PRELOAD="$T/nofalloc.so" case_run "no fallocate" $((2 * N + 2)) "c.log" -- ./many-calls $N
unset LD_PRELOAD # a prefix assignment to a function call may persist (POSIX)
case_run "pthread_cancel, 200 threads" - "c.log" -- ./cancel 200 2 1000 50
case_run "siglongjmp out of a handler" - "c.log" -- ./sigjmp $N 50
case_run "raw clone child" - "c.log c.log.*" -- ./rawclone
case_run "calls in key destructors" - "c.log" -- ./exit-hooks 16
case_run "PR_TSC_SIGSEGV mid-run" - "c.log" -- ./notsc
case_run "close_range of the log's fd" $((2 * N + 2)) "c.log" -- ./closefds $N close_range
case_run "dup2 over the log's fd" $((2 * N + 2)) "c.log" -- ./closefds $N dup2
case_run "seccomp: log's system calls fail" $((6 * N + 6)) "c.log" -- ./seccomp $((3 * N)) fallocate ftruncate pwrite64
case_run "nested sftrace record" - "c.log" -- sh -c "\"$SFTRACE\" record --solib \"$SOLIB\" -o \"$T/inner.log\" -- ./recurse 10 >/dev/null; ./recurse 5"
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
	mkdir -p mnt
	cat >full.sh <<EOS
mount -t tmpfs -o size=1m none "$T/mnt" || exit 99
"$SFTRACE" record --solib "$SOLIB" -o "$T/mnt/sf.log" -- ./many-calls $N >"$T/full.out" 2>/dev/null
echo \$? >"$T/full.status"
cp "$T/mnt/sf.log" "$T/full.log"
EOS
	unshare -m sh full.sh
	set -- $(counts full.log)
	res=ok
	[ "$(cat full.status)" = 0 ] || res="status $(cat full.status)"
	[ $(($1 + $2)) -eq $((2 * N + 2)) ] || res="recorded+lost $(($1 + $2))"
	printf '# %-34s %-9s %-10s %-30s %s\n' "disk full (1 MiB tmpfs)" "0/$(cat full.status)" "$1" \
		"$2 ($(reason full.log))" "$res"
	if [ "$res" = ok ]; then ok "disk full"; else not_ok "disk full: $res"; fi
else
	echo "# disk full case skipped: needs root and unshare -m"
fi
done_testing
