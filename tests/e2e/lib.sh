# Shared helpers for the end-to-end tests (sourced by tests/e2e/t*.sh).
#
# Each test runs in its own temporary directory ($T), prints TAP, and exits
# non-zero if any check failed. Prerequisites are checked per test:
# `need clang` etc. skip the whole test with the reason (CI installs them
# all, so a skip there is a CI bug, and tests/run.sh counts skips).
set -u
TOP=${SFTRACE_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
B=${SFTRACE_BUILD:-$TOP/build}
SFTRACE="$B/sftrace"
SOLIB="$B/libsftrace.so"
PROGS="$TOP/tests/progs"
T=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-e2e.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
_n=0
_failed=0

ok() { _n=$((_n + 1)); echo "ok $_n - $*"; }
not_ok() { _n=$((_n + 1)); _failed=$((_failed + 1)); echo "not ok $_n - $*"; }

# check DESCRIPTION COMMAND...: the command's status decides.
check() {
	d=$1; shift
	if "$@"; then ok "$d"; else not_ok "$d"; echo "#   failed: $*"; fi
}

# check_eq DESCRIPTION EXPECTED ACTUAL
check_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; echo "#   expected: '$2'"; echo "#   actual:   '$3'"; fi
}

# check_cmp DESCRIPTION EXPECTED_FILE ACTUAL_FILE
check_cmp() {
	if diff -u "$2" "$3" >"$T/.diff"; then ok "$1"; else not_ok "$1"; sed 's/^/#   /' "$T/.diff" | head -40; fi
}

skip_all() { echo "1..0 # SKIP $*"; exit 0; }

need() {
	for p in "$@"; do
		case $p in
		clang) command -v clang >/dev/null || skip_all "clang not installed" ;;
		rustc) command -v rustc >/dev/null || skip_all "rustc not installed" ;;
		node) command -v node >/dev/null || skip_all "node not installed" ;;
		llvm-xray) command -v llvm-xray >/dev/null || skip_all "llvm-xray not installed" ;;
		protoc) command -v protoc >/dev/null || skip_all "protoc not installed" ;;
		oracles) [ -d "$TOP/tests/oracles/node_modules" ] || skip_all "tests/oracles/node_modules missing (run npm ci there)" ;;
		*) command -v "$p" >/dev/null || skip_all "$p not installed" ;;
		esac
	done
}

XRAY_CFLAGS="-fxray-instrument -fxray-instruction-threshold=1"

# cc_xray OUT SRC [FLAGS...]: an instrumented C program without the
# compiler-rt runtime (what sftrace traces).
cc_xray() {
	out=$1; src=$2; shift 2
	clang -O2 -g $XRAY_CFLAGS -c -o "$out.o" "$src" "$@" && clang -o "$out" "$out.o" -lpthread -ldl -lm "$@"
}

# cxx_xray OUT SRC [FLAGS...]
cxx_xray() {
	out=$1; src=$2; shift 2
	clang++ -O2 -g $XRAY_CFLAGS -c -o "$out.o" "$src" "$@" && clang++ -o "$out" "$out.o" -lpthread "$@"
}

# cc_xray_rt OUT SRC: the same program linked with compiler-rt's XRay
# runtime, for the llvm-xray oracle.
cc_xray_rt() {
	out=$1; src=$2; shift 2
	clang -O2 -g $XRAY_CFLAGS -o "$out" "$src" -lpthread -ldl -lm "$@"
}

# rust_xray OUT SRC [FLAGS...]
rust_xray() {
	out=$1; src=$2; shift 2
	RUSTC_BOOTSTRAP=1 rustc -C opt-level=2 -g -Zinstrument-xray=always -o "$out" "$src" "$@"
}

done_testing() {
	echo "1..$_n"
	[ "$_failed" -eq 0 ]
}
