#!/bin/sh
# A vfork child runs on its parent's memory, stack and thread state until
# exec or _exit: its calls were written into the parent's stream, as if the
# parent had made them. Wanted: they never reach the parent's log; they are
# counted as lost with their reason in the parent's thread, and the exec'd
# image is traced in a log of its own. posix_spawn children (libc code
# only until exec) are traced after their exec, the parent's log untouched.
# tests/progs/vfork.c prints what each process called.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray vfork "$PROGS/vfork.c" || { not_ok "build vfork.c"; done_testing; exit 1; }
K=1000
./vfork $K >u.out
us=$?
sf_record v.log ./vfork $K >t.out
check_eq "exit status as untraced" "$us" "$?"
check "output as untraced" cmp -s u.out t.out
check_eq "three logs: the parent, the exec'd vfork child, the posix_spawn child" 3 \
	"$(ls v.log* | wc -l)"
trace_counts v.log >parent.counts
check_eq "the parent's log: in_parent as the parent counted" \
	"$(sed -n 's/^parent in_parent //p' t.out)" "$(awk '$1 == "in_parent" { print $2 }' parent.counts)"
check "... and no call of the vfork children" sh -c '! grep -q "in_child\|^say" parent.counts'
# each vfork child called in_child K times and say() once: 2 (K + 1) events
lost=$("$SFTRACE" dump --no-events --summary v.log 2>/dev/null | awk '/^thread [0-9]+: / { l += $5 } END { print l + 0 }')
check_eq "the children's events are counted as lost in the parent" $((2 * 2 * (K + 1))) "$lost"
check "... with their reason, in report" sh -c "'$SFTRACE' report v.log 2>&1 >/dev/null | grep -q 'lost in 1 thread: made by vfork children before exec'"
check "... and in record's summary" grep -q 'not recorded (made by vfork children' "$T/record.err"
n=0
for f in v.log.*; do
	c=$(trace_counts "$f" | awk '$1 == "in_exec" { print $2 }')
	[ "$c" = "$K" ] && n=$((n + 1))
done
check_eq "both exec'd children traced in logs of their own, in_exec $K times each" 2 "$n"
done_testing
