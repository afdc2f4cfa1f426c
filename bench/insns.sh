#!/bin/sh
# The hot path in instructions, x86-64 and AArch64 side by side: what one
# traced call (entry and exit: sled, thunk, trampoline, handlers) executes,
# counted by qemu-user, which logs every instruction it runs with
# -singlestep -d exec,nochain (so both architectures are counted the same
# way, on this machine, whatever it is). bench/leaf.c is run with 1000 and
# 3000 calls, untraced and traced: the overhead per call is the traced
# difference less the untraced one, over 2000. Timing under qemu means
# nothing; instruction counts do. With valgrind, the x86-64 count is
# checked natively too (callgrind's Ir).
# Usage: bench/insns.sh BUILD (make bench-insns); needs clang, qemu-user
# and, for AArch64, BUILD/aarch64 (make aarch64-runtime) and Debian's
# aarch64 cross tools.
set -u
B=$(cd "${1:-build}" && pwd) || exit 1
top=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-insns.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT
XRAY="-O2 -fxray-instrument -fxray-instruction-threshold=1"
SYSROOT=/usr/aarch64-linux-gnu

# count QEMU LIB PROG N: instructions qemu ran (LIB empty: untraced)
count() {
	_q=$1 _lib=$2 _prog=$3 _n=$4
	rm -f "$W/qlog"
	set --
	# the cross sysroot, unless Debian's arm64 libc is there (t7000 says why)
	[ "$_q" = qemu-aarch64 ] && [ ! -e /lib/ld-linux-aarch64.so.1 ] && set -- -L "$SYSROOT"
	[ -n "$_lib" ] && set -- "$@" -E "LD_PRELOAD=$_lib" -E "SFTRACE_OUTPUT_FILE=$W/q.log"
	"$_q" "$@" -singlestep -d exec,nochain -D "$W/qlog" "$_prog" "$_n" || return 1
	grep -c '^Trace' "$W/qlog"
}

# per_call QEMU LIB PROG: "untraced traced overhead" instructions per call
per_call() {
	u1=$(count "$1" "" "$3" 1000) && u3=$(count "$1" "" "$3" 3000) &&
		t1=$(count "$1" "$2" "$3" 1000) && t3=$(count "$1" "$2" "$3" 3000) || return 1
	echo "$(((u3 - u1) / 2000)) $(((t3 - t1) / 2000)) $((((t3 - t1) - (u3 - u1)) / 2000))"
}

printf '%-9s %9s %9s %9s  %s\n' arch untraced traced overhead "(instructions per call, entry + exit)"
if command -v qemu-x86_64 >/dev/null && clang $XRAY -o "$W/leaf-x86" "$top/bench/leaf.c"; then
	r=$(per_call qemu-x86_64 "$B/libsftrace.so" "$W/leaf-x86") &&
		printf '%-9s %9s %9s %9s\n' x86-64 $r
	if command -v valgrind >/dev/null; then
		ir() { valgrind --tool=callgrind --smc-check=all --trace-children=yes --callgrind-out-file="$W/cg.%p" "$@" 2>&1 |
			sed -n 's/.*I *refs: *//p' | tail -1 | tr -d ,; }
		u1=$(ir "$W/leaf-x86" 10000) u3=$(ir "$W/leaf-x86" 30000)
		t1=$(ir env LD_PRELOAD="$B/libsftrace.so" SFTRACE_OUTPUT_FILE="$W/v.log" "$W/leaf-x86" 10000)
		t3=$(ir env LD_PRELOAD="$B/libsftrace.so" SFTRACE_OUTPUT_FILE="$W/v.log" "$W/leaf-x86" 30000)
		printf '%-9s %9s %9s %9s  (callgrind, native)\n' x86-64 $(((u3 - u1) / 20000)) \
			$(((t3 - t1) / 20000)) $((((t3 - t1) - (u3 - u1)) / 20000))
	fi
else
	echo "x86-64: qemu-x86_64 or clang missing"
fi
if command -v qemu-aarch64 >/dev/null && [ -f "$B/aarch64/libsftrace.so" ] &&
	clang --target=aarch64-linux-gnu --sysroot=$SYSROOT $XRAY -c -o "$W/leaf-a64.o" "$top/bench/leaf.c" &&
	aarch64-linux-gnu-gcc -o "$W/leaf-a64" "$W/leaf-a64.o"; then
	r=$(per_call qemu-aarch64 "$B/aarch64/libsftrace.so" "$W/leaf-a64") &&
		printf '%-9s %9s %9s %9s\n' aarch64 $r
else
	echo "aarch64: qemu-aarch64, the cross tools or $B/aarch64 (make aarch64-runtime) missing"
fi
