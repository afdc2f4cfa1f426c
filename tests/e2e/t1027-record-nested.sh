#!/bin/sh
# `sftrace record` inside a recording (issue: the inner record put the
# runtime into LD_AUDIT a second time and the inner program died with
# "cannot allocate memory in static TLS block"). The inner command runs,
# is recorded exactly once, into the inner log; the outer log holds the
# rest of the tree; a runtime of another path in the outer lists is
# replaced, not added.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
./prog 12 | grep -v '^nap_ns' >expected.out
clang -O2 $XRAY_CFLAGS -o outer "$PROGS/recurse.c" -fnoxray-link-deps 2>/dev/null ||
	cc_xray outer "$PROGS/recurse.c"

"$SFTRACE" record --solib "$SOLIB" -o outer.log -- sh -c \
	"./outer 5 >/dev/null; \"$SFTRACE\" record --solib \"$SOLIB\" -o inner.log -- ./prog 12" \
	2>record.err | grep -v '^nap_ns' >nested.out
check_cmp "the inner program's output is unchanged" expected.out nested.out
check "the inner log exists" test -s inner.log
trace_counts inner.log >inner.counts
grep '^count ' expected.out | awk '{ print $2, $3 }' | LC_ALL=C sort >want.counts
check_counts "the inner program recorded once: counts = program" want.counts inner.counts
check "the outer log holds the outer program" test -s outer.log
check "... and not the inner one" sh -c '! ls outer.log.* 2>/dev/null | grep -q .'

# A runtime of another path already in LD_PRELOAD / LD_AUDIT is replaced.
mkdir other && cp "$SOLIB" other/libsftrace.so && printf '\0' >>other/libsftrace.so
LD_PRELOAD="$T/other/libsftrace.so" LD_AUDIT="$T/other/libsftrace.so" \
	"$SFTRACE" record --solib "$SOLIB" -o repl.log -- sh -c 'echo "$LD_PRELOAD|$LD_AUDIT"' \
	>env.out 2>env.err
check_eq "record replaces another runtime in LD_PRELOAD and LD_AUDIT" "$SOLIB|$SOLIB" "$(cat env.out)"
LD_PRELOAD="/lib/x86_64-linux-gnu/libm.so.6" \
	"$SFTRACE" record --solib "$SOLIB" -o keep.log -- sh -c 'echo "$LD_PRELOAD"' >keep.out 2>/dev/null
check_eq "... and keeps the user's own preloads" "$SOLIB:/lib/x86_64-linux-gnu/libm.so.6" "$(cat keep.out)"
done_testing
