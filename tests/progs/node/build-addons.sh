#!/bin/sh
# Build the test addons into DIR: build-addons.sh DIR [ADDON...]
#   rust_v0.node      rust-addon/ with the default (v0) symbol mangling
#   rust_legacy.node  the same with legacy mangling
#   c_addon.node      c-addon.c
#   c_big.node        c-addon.c with a 1 GiB .bss (a large mapping)
#   reserve.node      reserve.c, not instrumented
# (default: all). Compiler output goes to DIR/build-addons.err; the exit
# status is non-zero when any build failed.
set -u
dir=$1; shift
src=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- rust_v0.node rust_legacy.node c_addon.node c_big.node reserve.node
NODE_INC=${NODE_INC:-/usr/include/node}
XRAY="-fxray-instrument -fxray-instruction-threshold=1"
err="$dir/build-addons.err"
: >"$err"

rust_addon() {
	# shellcheck disable=SC2086
	RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type cdylib --crate-name rust_addon \
		-C opt-level=2 -g -Zinstrument-xray=always "$@" "$src/rust-addon/lib.rs" 2>>"$err"
}

c_addon() {
	out=$1; shift
	# shellcheck disable=SC2086
	clang -O2 -g -fPIC $XRAY -I"$NODE_INC" "$@" -c -o "$out.o" "$src/c-addon.c" 2>>"$err" &&
		clang -shared -o "$out" "$out.o" 2>>"$err"
}

rc=0
for a in "$@"; do
	case $a in
	rust_v0.node) rust_addon -o "$dir/$a" ;;
	rust_legacy.node)
		rust_addon -Zunstable-options -C symbol-mangling-version=legacy -o "$dir/$a" ;;
	c_addon.node) c_addon "$dir/$a" ;;
	c_big.node) c_addon "$dir/$a" -DC_ADDON_BIG=1024 ;;
	reserve.node)
		clang -O2 -g -fPIC -shared -I"$NODE_INC" -o "$dir/$a" "$src/reserve.c" 2>>"$err" ;;
	*) echo "build-addons.sh: unknown addon '$a'" >>"$err"; false ;;
	esac || { echo "build-addons.sh: building $a failed" >>"$err"; rc=1; }
done
exit $rc
