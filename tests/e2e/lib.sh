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
T=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-e2e.XXXXXX") && [ -n "$T" ] && [ -d "$T" ] || {
	# never run in the current directory (the checkout) instead
	echo "not ok 1 - cannot create a temporary directory (is ${TMPDIR:-/tmp} full?)"
	exit 1
}
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

# rustc 1.71 or newer: the first with -Zinstrument-xray (Debian 12's own is
# 1.63). scripts/install-deps --test makes the same check.
rustc_ok() {
	command -v rustc >/dev/null || return 1
	_v=$(rustc --version 2>/dev/null | sed -n 's/^rustc \([0-9]*\.[0-9]*\).*/\1/p')
	[ -n "$_v" ] && [ "$(printf '1.71\n%s\n' "$_v" | sort -V | head -n1)" = 1.71 ]
}
need_rustc() {
	command -v rustc >/dev/null || skip_all "rustc not installed (the Rust tests need 1.71 or newer)"
	rustc_ok || skip_all "rustc ${_v:-of unknown version} is older than 1.71 (no -Zinstrument-xray)"
}

need() {
	for p in "$@"; do
		case $p in
		clang) command -v clang >/dev/null || skip_all "clang not installed" ;;
		rustc) need_rustc ;;
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

# --- record tests (1xxx) ---------------------------------------------------

# xray_rt OUT OBJ [LIBS...]: link an object built by cc_xray/cxx_xray again,
# this time with compiler-rt's XRay runtime, for tests/oracles/xray-counts:
# the oracle then runs exactly the machine code sftrace traced.
xray_rt() {
	out=$1; obj=$2; shift 2
	clang++ -fxray-instrument -o "$out" "$obj" -lpthread -ldl -lm "$@"
}

# sf_record LOG CMD...: `sftrace record` with this build's runtime; the
# command's stdout is ours, sftrace's and the command's stderr go to
# $T/record.err. Returns the recorder's status.
sf_record() {
	log=$1; shift
	"$SFTRACE" record --solib "$SOLIB" -o "$log" -- "$@" 2>"$T/record.err"
}

# trace_counts LOG: "NAME COUNT" lines, sorted: calls (entry events) per
# function in the log, NAME as the ELF symbol (mangled), from `sftrace dump`.
trace_counts() {
	"$SFTRACE" dump --raw "$1" | awk '
		$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $3 ~ /^entry/ { n[$6]++ }
		END { for (f in n) print f, n[f] }' | LC_ALL=C sort
}

# trace_tid_counts LOG: "TID NAME COUNT" lines, sorted.
trace_tid_counts() {
	"$SFTRACE" dump --raw "$1" | awk '
		$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $3 ~ /^entry/ { n[$2 " " $6]++ }
		END { for (f in n) print f, n[f] }' | LC_ALL=C sort
}

# trace_kind_counts LOG KIND: "NAME COUNT" of events of one kind (entry,
# exit, tail), nested ones included.
trace_kind_counts() {
	"$SFTRACE" dump --raw "$1" | awk -v k="$2" '
		$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && ($3 == k || $3 == k "*") { n[$6]++ }
		END { for (f in n) print f, n[f] }' | LC_ALL=C sort
}

# short_names: "[TID] NAME COUNT" lines on stdin, NAME mangled (C, C++,
# Rust v0 or legacy); prints them with NAME reduced to the bare function
# name (demangled, no namespace, type, template arguments, parameters or
# Rust hash) and counts of equal names summed, sorted. Needs c++filt.
short_names() {
	perl -ne '
		chomp; my @f = split / /; my $c = pop @f; my $n = pop @f;
		print join(" ", @f, $n, $c), "\n"' |
	c++filt | perl -ne '
		chomp;
		/^(?:(\d+) )?(.*) (\d+)$/ or next;
		my ($tid, $n, $c) = ($1, $2, $3);
		$n =~ s/\[[0-9a-f]+\]//g;          # v0 crate disambiguator
		$n =~ s/::h[0-9a-f]{16}$//;         # legacy hash
		1 while $n =~ s/<[^<>]*>//g;        # template and impl paths
		$n =~ s/ const$//;
		1 while $n =~ s/\([^()]*\)$//;      # parameters
		$n =~ s/::$//;
		$n =~ s/^.* //;                     # return type
		$n =~ s/^.*:://;
		$s{defined $tid ? "$tid $n" : $n} += $c;
		END { print "$_ $s{$_}\n" for sort keys %s }'
}

# prog_counts FILE [PREFIX]: the "PREFIX NAME N" lines a test program
# printed (PREFIX defaults to "count"), as "NAME N", sorted.
prog_counts() {
	sed -n "s/^${2:-count} //p" "$1" | LC_ALL=C sort
}

# only_names EXPECTED ACTUAL: the lines of ACTUAL ("[TID] NAME COUNT") whose
# key also appears in EXPECTED, with "KEY 0" for keys missing from ACTUAL,
# sorted; so that a check compares just the functions a program counts.
only_names() {
	awk 'NR == FNR { k = $0; sub(/ [0-9]+$/, "", k); want[k] = 1; next }
	     { k = $0; sub(/ [0-9]+$/, "", k); if (k in want) { print; seen[k] = 1 } }
	     END { for (k in want) if (!(k in seen)) print k, 0 }' "$1" "$2" | LC_ALL=C sort
}

# check_counts DESCRIPTION EXPECTED_FILE ACTUAL_FILE: every count in
# EXPECTED equals ACTUAL's count for the same key (ACTUAL may hold more);
# an empty EXPECTED fails.
check_counts() {
	if [ ! -s "$2" ]; then
		not_ok "$1"
		echo "#   no expected counts in $2 (did the program run?)"
		return
	fi
	only_names "$2" "$3" >"$3.only"
	LC_ALL=C sort "$2" >"$2.sorted"
	check_cmp "$1" "$2.sorted" "$3.only"
}

# xray_counts COUNTS PROG [ARGS...]: tests/oracles/xray-counts (basic mode,
# entries counted from the log); its stderr goes to $T/xray.err.
xray_counts() {
	"$TOP/tests/oracles/xray-counts" "$@" 2>"$T/xray.err"
}

# --- the logs of a process tree ------------------------------------------
# With `record -o OUT`, the first process of the recording that finds an
# instrumented module writes OUT, every other one OUT.<pid>, a further
# image of a pid (exec) the next free name of OUT.<pid>, OUT.<pid>.<n>
# (docs/format.md "Files of a process tree"). Which process is first is
# fixed only when the tree runs them one after the other (`a && b`).

# log_pid LOG: the pid in LOG's header (`sftrace dump --no-events`); empty
# if LOG is not a readable log.
log_pid() {
	"$SFTRACE" dump --no-events "$1" 2>/dev/null | sed -n 's/^pid: *\([0-9][0-9]*\).*/\1/p'
}

# tree_logs OUT: "FILE PID" for every log of the recording `record -o OUT`
# made (OUT and OUT.*), PID from the file's header, sorted.
tree_logs() {
	for _f in "$1" "$1".*; do
		[ -f "$_f" ] && echo "$_f $(log_pid "$_f")"
	done | LC_ALL=C sort
}

# log_of_pid OUT PID: the log(s) of that recording whose header names PID,
# one per line (exec'd images of one pid write several); fails if none.
log_of_pid() {
	tree_logs "$1" | awk -v p="$2" '$2 == p { print $1; n++ } END { exit !n }'
}

# check_tree_logs DESCRIPTION OUT PID...: for a tree whose processes may
# run in any order: the recording's logs are exactly one per PID, each
# named OUT or OUT.<the pid in its header>, and one of them is OUT.
check_tree_logs() {
	_d=$1 _out=$2; shift 2
	{ printf '%s\n' "$@"; echo "$_out: written"; } | LC_ALL=C sort >"$T/.tree.expect"
	tree_logs "$_out" | awk -v o="$_out" '
		$1 == o { taken = 1 }
		{ print ($1 == o || $1 == o "." $2) ? $2 : $2 " named " $1 }
		END { print o ": " (taken ? "written" : "missing") }' |
		LC_ALL=C sort >"$T/.tree.actual"
	check_cmp "$_d" "$T/.tree.expect" "$T/.tree.actual"
}

# --- rayon programs (cross-thread tests) -----------------------------------

RAYON_BINS="rquicksort rpariter rscope rcold rthreads"

# rayon_progs OUTDIR: the programs of tests/progs/rayon ($RAYON_BINS) in
# OUTDIR, built with cargo offline against Debian's rayon crates (the
# project's .cargo/config.toml), every crate instrumented
# (-Zinstrument-xray=always, frame pointers), in an environment of its own
# (none of the caller's CARGO_*, RUSTFLAGS or RUSTC* settings). One build
# serves every test: it is kept in $B/rayon-progs/KEY, KEY a checksum of the
# project's files, rustc's version and the crates present, made under a
# lock by the first caller (CARGO_HOME and the target directory inside it,
# removed after), which then removes the finished builds of other keys.
# Where $B is not writable it builds in $T. Returns non-zero, with cargo's
# log on stderr, when the build fails.
rayon_progs() {
	_out=$1
	_src="$TOP/tests/progs/rayon"
	_reg=$(sed -n 's/^directory *= *"\(.*\)"/\1/p' "$_src/.cargo/config.toml")
	_key=$({
		(cd "$_src" && find . -type f | LC_ALL=C sort | while read -r _f; do
			echo "$_f"; cat "$_f"
		done)
		rustc -vV
		ls "$_reg"
	} 2>&1 | sha256sum | cut -c1-16)
	_root="$B/rayon-progs"
	mkdir -p "$_root" 2>/dev/null && [ -w "$_root" ] || _root="$T/rayon-progs"
	_c="$_root/$_key"
	mkdir -p "$_c" "$_out" || return 1
	(
		if command -v flock >/dev/null; then
			exec 9>"$_c.lock" && flock 9
		fi
		[ -f "$_c/ok" ] && exit 0
		rm -rf "${_c:?}/src" "${_c:?}/bin" && cp -Rp "$_src" "$_c/src" && mkdir "$_c/bin" || exit 1
		# cargo gets an environment of its own: PATH, HOME, rustup's choice
		set -- PATH="$PATH" HOME="${HOME:-/}"
		[ -z "${RUSTUP_HOME-}" ] || set -- "$@" RUSTUP_HOME="$RUSTUP_HOME"
		[ -z "${RUSTUP_TOOLCHAIN-}" ] || set -- "$@" RUSTUP_TOOLCHAIN="$RUSTUP_TOOLCHAIN"
		(cd "$_c/src" && env -i "$@" CARGO_HOME="$_c/cargo-home" CARGO_TARGET_DIR="$_c/target" \
			CARGO_NET_OFFLINE=true RUSTC_BOOTSTRAP=1 \
			RUSTFLAGS="-Zinstrument-xray=always -C force-frame-pointers=yes" \
			cargo build --offline --release --bins) >"$_c/build.log" 2>&1 || {
			echo "rayon_progs: cargo build failed" >>"$_c/build.log"
			exit 1
		}
		for _p in $RAYON_BINS; do
			cp "$_c/target/release/$_p" "$_c/bin/" || exit 1
		done
		rm -rf "$_c/target" "$_c/cargo-home" "$_c/src"
		for _d in "$_root"/*/ok; do
			_d=${_d%/ok}
			[ "$_d" = "$_c" ] || rm -rf "$_d" "$_d.lock"
		done
		: >"$_c/ok"
	) || {
		cat "$_c/build.log" >&2 2>/dev/null
		return 1
	}
	for _p in $RAYON_BINS; do
		cp "$_c/bin/$_p" "$_out/" || return 1
	done
}
