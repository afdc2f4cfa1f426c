#!/bin/sh
# The Lua benchmark: the per-call cost of recording a real interpreter
# (every C function of Lua 5.2 traced, bench/lua/bench.lua) next to
# callbench's (bench/workload.c, one thread), in one run, and where the
# difference goes. `make bench-lua` runs it as bench/lua.sh BUILD.
#
# Lua's sources come from Debian's librust-lua52-sys-dev (the Lua 5.2 C
# sources a Rust crate builds; scripts/install-deps --bench installs it).
# Each figure is the best of BENCH_RUNS (default 5) runs. Per traced call
# (calls = events / 2, from record's own count):
#
#   callbench      (traced - untraced work time) / calls, in the program
#   lua, runtime   (traced - untraced wall time) / calls, the runtime
#                  preloaded by hand: what the program pays
#   lua, record    the same through `sftrace record` (its summary of the
#                  log, a walk over every record, included)
#   start-up       `lua -e ''` traced - untraced (patching, symbols, log)
#   kernel         system time traced - untraced (faulting in the log's
#                  pages, block switches), and the minor faults added
#
# and the goal of issue 17: the Lua benchmark within 1.2 x callbench.
# Knobs: BENCH_RUNS, BENCH_LUA_SCALE (1: about 39 million events),
# BENCH_LEAF_CALLS (callbench, 10000000), BENCH_FIB (30).
set -u
B=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "$B" && pwd) || exit 1
RUNS=${BENCH_RUNS:-5}
SCALE=${BENCH_LUA_SCALE:-1}
LEAF=${BENCH_LEAF_CALLS:-10000000}
FIB=${BENCH_FIB:-30}
W=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-bench-lua.XXXXXX") || exit 1
trap 'rm -rf "$W"' EXIT

say() { printf '%s\n' "$*" >&2; }

src=$(ls -d /usr/share/cargo/registry/lua52-sys-*/lua/src 2>/dev/null | tail -n 1)
[ -n "$src" ] && [ -f "$src/lvm.c" ] || {
	say "bench-lua: Lua's sources are missing: scripts/install-deps --bench (Debian librust-lua52-sys-dev)"
	exit 1
}
command -v clang >/dev/null || { say "bench-lua: clang is needed"; exit 1; }
command -v python3 >/dev/null || { say "bench-lua: python3 is needed (it times the runs)"; exit 1; }
[ -x "$B/sftrace" ] && [ -f "$B/libsftrace.so" ] || { say "bench-lua: build first (make)"; exit 1; }

XRAY="-fxray-instrument -fxray-instruction-threshold=1"
say "bench-lua: building Lua $(sed -n 's/^#define LUA_VERSION_MAJOR[^"]*"\([0-9]*\)"/\1/p' "$src/lua.h").$(sed -n 's/^#define LUA_VERSION_MINOR[^"]*"\([0-9]*\)"/\1/p' "$src/lua.h") with XRay sleds ($src)"
for f in "$src"/*.c; do
	case ${f##*/} in luac.c) continue ;; esac
	clang -O2 -g $XRAY -DLUA_COMPAT_ALL -DLUA_USE_POSIX -DLUA_USE_DLOPEN \
		-c -o "$W/$(basename "$f" .c).o" "$f" 2>>"$W/build.err" || {
		say "bench-lua: cannot compile $f"; sed 's/^/  /' "$W/build.err" | tail -5 >&2; exit 1; }
done
clang -o "$W/lua" "$W"/*.o -lm -ldl -Wl,-E || { say "bench-lua: cannot link lua"; exit 1; }
clang -O2 -g $XRAY -c -o "$W/wl.o" "$top/bench/workload.c" &&
	clang -fnoxray-link-deps -o "$W/wl" "$W/wl.o" -lpthread ||
	{ say "bench-lua: cannot build bench/workload.c"; exit 1; }

# run RUNS OUT LOG -- CMD...: best of RUNS runs (by wall time); prints
# "wall_ns user_ns sys_ns minflt" of that run to OUT, the command's
# stdout to OUT.stdout and its stderr to OUT.stderr. LOG (- for none) is
# removed before each run: every traced run writes a new log.
run() {
	n=$1 out=$2 log=$3; shift 4
	python3 - "$n" "$out" "$log" "$@" <<'EOF'
import os, sys, time
n, out, log, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
best = None
for _ in range(n):
    if log != "-" and os.path.exists(log):
        os.unlink(log)
    t0 = time.monotonic_ns()
    pid = os.fork()
    if pid == 0:
        fo = os.open(out + ".stdout.tmp", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        fe = os.open(out + ".stderr.tmp", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fo, 1); os.dup2(fe, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, st, ru = os.wait4(pid, 0)
    wall = time.monotonic_ns() - t0
    if st != 0:
        sys.stderr.write("bench-lua: failed (status %d): %s\n" % (st, " ".join(cmd)))
        sys.stderr.write(open(out + ".stderr.tmp").read()[-2000:])
        sys.exit(1)
    if best is None or wall < best[0]:
        best = (wall, int(ru.ru_utime * 1e9), int(ru.ru_stime * 1e9), ru.ru_minflt)
        os.replace(out + ".stdout.tmp", out + ".stdout")
        os.replace(out + ".stderr.tmp", out + ".stderr")
open(out, "w").write("%d %d %d %d\n" % best)
EOF
}

lua_cmd="$W/lua $top/bench/lua/bench.lua $SCALE"

say "bench-lua: callbench, untraced and traced ($RUNS runs each)"
run "$RUNS" "$W/cb0" - -- "$W/wl" 1 "$LEAF" "$FIB" || exit 1
run "$RUNS" "$W/cb1" "$W/cb.log" -- "$B/sftrace" record --solib "$B/libsftrace.so" -o "$W/cb.log" -- \
	"$W/wl" 1 "$LEAF" "$FIB" || exit 1
say "bench-lua: lua, untraced, runtime preloaded, through record ($RUNS runs each)"
run "$RUNS" "$W/l0" - -- $lua_cmd || exit 1
# shellcheck disable=SC2086
run "$RUNS" "$W/l1" "$W/pre.log" -- env SFTRACE_OUTPUT_FILE="$W/pre.log" LD_PRELOAD="$B/libsftrace.so" $lua_cmd || exit 1
# shellcheck disable=SC2086
run "$RUNS" "$W/l2" "$W/rec.log" -- "$B/sftrace" record --solib "$B/libsftrace.so" -o "$W/rec.log" -- $lua_cmd || exit 1
say "bench-lua: start-up, lua -e '' ($RUNS runs each)"
run "$RUNS" "$W/s0" - -- "$W/lua" -e "" || exit 1
run "$RUNS" "$W/s1" "$W/st.log" -- env SFTRACE_OUTPUT_FILE="$W/st.log" LD_PRELOAD="$B/libsftrace.so" "$W/lua" -e "" || exit 1

cmp -s "$W/l0.stdout" "$W/l2.stdout" || say "bench-lua: warning: the traced run printed something else"
cb_events=$(sed -n 's/.* \([0-9][0-9]*\) events,.*/\1/p' "$W/cb1.stderr")
lua_events=$(sed -n 's/.* \([0-9][0-9]*\) events,.*/\1/p' "$W/l2.stderr")
lua_bytes=$(stat -c %s "$W/rec.log")
cb_work0=$(sed -n 's/^ns //p' "$W/cb0.stdout")
cb_work1=$(sed -n 's/^ns //p' "$W/cb1.stdout")
cb_calls=$(sed -n 's/^calls //p' "$W/cb1.stdout")

awk -v cb0="$cb_work0" -v cb1="$cb_work1" -v cbc="$cb_calls" -v cbe="${cb_events:-0}" \
	-v ev="${lua_events:-0}" -v bytes="$lua_bytes" \
	-v l0="$(cat "$W/l0")" -v l1="$(cat "$W/l1")" -v l2="$(cat "$W/l2")" \
	-v s0="$(cat "$W/s0")" -v s1="$(cat "$W/s1")" 'BEGIN {
	split(l0, a); split(l1, b); split(l2, c); split(s0, d); split(s1, e)
	calls = ev / 2
	if (calls <= 0 || cbc <= 0) { print "bench-lua: no events counted"; exit 1 }
	cb = (cb1 - cb0) / cbc
	rt = (b[1] - a[1]) / calls
	rec = (c[1] - a[1]) / calls
	st = e[1] - d[1]
	sys = (b[3] - a[3]) / calls
	usr = (b[2] - a[2]) / calls
	printf "\nLua 5.2 benchmark: %.1f M events (%.1f M calls), %.2f bytes per event\n", ev / 1e6, calls / 1e6, bytes / ev
	printf "  %-34s %8s\n", "per traced call", "ns"
	printf "  %-34s %8.1f\n", "callbench (1 thread)", cb
	printf "  %-34s %8.1f   x callbench %.2f (goal <= 1.2)\n", "lua, runtime preloaded", rt, rt / cb
	printf "  %-34s %8.1f   record adds %.1f per call (its log summary)\n", "lua, through sftrace record", rec, rec - rt
	printf "  %-34s %8.1f   user time\n", "  of which, in the runtime:", usr
	printf "  %-34s %8.1f   system time, %d more minor faults (%.1f per MiB of log)\n", "", sys, b[4] - a[4], (b[4] - a[4]) / (bytes / 1048576)
	printf "  %-34s %8.1f   start-up (%.2f ms for lua -e \"\")\n", "", st / calls, st / 1e6
	printf "  untraced: lua %.3f s wall, traced %.3f s (runtime) / %.3f s (record)\n", a[1] / 1e9, b[1] / 1e9, c[1] / 1e9
}'
