#!/bin/sh
# A seccomp filter that makes the runtime's system calls fail with an
# error (SECCOMP_RET_ERRNO: sandboxes do this) must never show in the
# program: recording stops cleanly with the reason, and every call is
# recorded or counted as lost. tests/progs/seccomp.c installs the filter
# after a tenth of its calls. A sandbox that refuses process_vm_readv (with
# which the runtime copies a marked function's strings) leaves the strings
# readable: they go through a pipe instead (runtime/values.c).
. "$(dirname "$0")/lib.sh"
need clang

cc_xray seccomp "$PROGS/seccomp.c" || { not_ok "build seccomp.c"; done_testing; exit 1; }
N=3000000
for set in "fallocate ftruncate pwrite64" "openat fallocate ftruncate pwrite64 mmap mremap" \
	"rt_sigprocmask"; do
	./seccomp $N $set >u.out 2>u.err
	us=$?
	if ! grep -q '^filter on' u.out; then
		skip "seccomp filters: $(head -1 u.out)"
		break
	fi
	rm -f s.log s.log.*
	sf_record s.log ./seccomp $N $set >t.out
	ts=$?
	check_eq "[$set] exit status as untraced" "$us" "$ts"
	check "[$set] output as untraced" cmp -s u.out t.out
	set -- $("$SFTRACE" dump --no-events --summary s.log 2>/dev/null |
		awk '/^thread [0-9]+: / { e += $3; l += $5 } END { print e + 0, l + 0 }')
	check_eq "[$1 recorded, $2 lost] recorded + lost = the program's calls" $((2 * N + 6)) $(($1 + $2))
	if [ "$2" -gt 0 ]; then
		check "... the reason is named by report" \
			sh -c "'$SFTRACE' report s.log 2>&1 >/dev/null | grep -q 'lost in 1 thread: the log could not be written (Operation not permitted)'"
		check "... and by record" grep -q 'Operation not permitted' "$T/record.err"
	fi
done

# Strings with process_vm_readv refused: say("before") is copied with it,
# say("after") under the filter through the pipe.
if grep -q '^filter on' u.out; then
	"$SFTRACE" record --solib "$SOLIB" -A '^say$' -o v.log -- ./seccomp 1000 process_vm_readv \
		>v.out 2>v.err
	check_eq "process_vm_readv refused: exit status 0" 0 "$?"
	check_eq "... the program saw the filter on" "filter on" "$(grep '^filter' v.out)"
	"$SFTRACE" dump v.log >v.dump 2>/dev/null
	check_eq "... both strings copied, the second through the pipe" \
		"$(printf 'str rdi "before"\nstr rdi "after"')" \
		"$(sed -n 's/^ *\(str rdi .*\)/\1/p' v.dump)"
fi
done_testing
