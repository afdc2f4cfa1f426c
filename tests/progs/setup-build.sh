#!/bin/sh
# Build the programs that link the sftrace-setup crate (setup-crate/) into
# DIR:  setup-build.sh DIR [prog] [addon]   (default: both)
#   DIR/setup-prog          setup-prog/, a program
#   DIR/setup-addon.node    setup-addon/, a Node-API addon (cdylib)
# One cargo workspace (a copy of the three packages in DIR/src; profile
# release, opt-level 1, symbols and line tables kept), built offline with
# RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Zinstrument-xray=always, CARGO_HOME and the
# target directory under DIR, and none of the caller's CARGO_*, RUSTFLAGS
# or RUSTC* variables. The crate's build script finds libsftrace.so with
# `sftrace record --print-solib`, so put the sftrace to link against first
# on PATH, or set SFTRACE_DYLIB_DIR to the directory holding it:
#   PATH=$PWD/build:$PATH tests/progs/setup-build.sh /tmp/setup
# cargo's output goes to DIR/setup-build.err; the exit status is non-zero
# when the build failed. Building again in the same DIR reuses the build.
set -u
dir=$1; shift
[ $# -gt 0 ] || set -- prog addon
src=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir" && dir=$(cd "$dir" && pwd) || exit 1
err="$dir/setup-build.err"
: >"$err"

pkgs=""
for w in "$@"; do
	case $w in
	prog) pkgs="$pkgs -p setup-prog" ;;
	addon) pkgs="$pkgs -p setup-addon" ;;
	*) echo "setup-build.sh: unknown target '$w' (prog, addon)" >>"$err"; exit 2 ;;
	esac
done

ws="$dir/src"
mkdir -p "$ws" || exit 1
for p in setup-crate setup-prog setup-addon; do
	rm -rf "${ws:?}/$p" && cp -Rp "$src/$p" "$ws/$p" || exit 1
done
cat >"$ws/Cargo.toml" <<'TOML'
[workspace]
members = ["setup-crate", "setup-prog", "setup-addon"]
resolver = "2"

[profile.release]
opt-level = 1
debug = "limited"
strip = false
TOML

# The caller's cargo and rustc settings stay out of the build.
for v in $(env | sed -n 's/^\(CARGO_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$v"
done
unset RUSTFLAGS RUSTDOCFLAGS RUSTC RUSTC_WRAPPER RUSTC_WORKSPACE_WRAPPER RUSTDOC
export CARGO_HOME="$dir/cargo-home" CARGO_TARGET_DIR="$dir/target" CARGO_NET_OFFLINE=true
export RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zinstrument-xray=always"

# shellcheck disable=SC2086
(cd "$ws" && cargo build --offline --release $pkgs) >>"$err" 2>&1 || {
	echo "setup-build.sh: cargo build failed" >>"$err"
	exit 1
}
rc=0
for w in "$@"; do
	case $w in
	prog) cp "$dir/target/release/setup-prog" "$dir/setup-prog" ;;
	addon) cp "$dir/target/release/libsetup_addon.so" "$dir/setup-addon.node" ;;
	esac || rc=1
done
exit $rc
