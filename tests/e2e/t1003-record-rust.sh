#!/bin/sh
# A Rust program (recursion, generics, an inherent and a trait method, a
# closure, panics caught with catch_unwind), built with the default v0
# symbol mangling and with legacy mangling. Oracles: the program's own
# counts, and XRay basic mode on a second build of the same source linked
# (by hand, as clang would) with compiler-rt's XRay runtime.
. "$(dirname "$0")/lib.sh"
need rustc clang llvm-xray perl c++filt

rt=$(clang --print-runtime-dir)

for mangling in v0 legacy; do
	case $mangling in
	v0) flags="" ;;
	legacy) flags="-Zunstable-options -C symbol-mangling-version=legacy" ;;
	esac
	# shellcheck disable=SC2086
	if ! rust_xray $mangling "$PROGS/rusty.rs" $flags 2>build.err; then
		not_ok "$mangling: build rusty.rs"
		sed 's/^/#   /' build.err | head -20
		continue
	fi
	# shellcheck disable=SC2086
	rust_xray $mangling.rt "$PROGS/rusty.rs" $flags -C link-arg=-Wl,--whole-archive \
		-C link-arg="$rt/libclang_rt.xray-x86_64.a" -C link-arg="$rt/libclang_rt.xray-basic-x86_64.a" \
		-C link-arg=-Wl,--no-whole-archive -C link-arg=-lstdc++ -C link-arg=-lrt 2>>build.err ||
		not_ok "$mangling: build rusty.rs with compiler-rt's XRay runtime"
	./$mangling >$mangling.untraced
	sf_record $mangling.log ./$mangling >$mangling.out
	check_eq "$mangling: record exits 0" 0 "$?"
	check_cmp "$mangling: output unchanged by tracing" $mangling.untraced $mangling.out
	trace_counts $mangling.log >$mangling.raw
	case $mangling in
	v0) pat='^_RNvCs[0-9A-Za-z_]*_5rusty3fib ' ;;
	legacy) pat='^_ZN5rusty3fib17h[0-9a-f]*E ' ;;
	esac
	check "$mangling: the log names fib with $mangling mangling" grep -q "$pat" $mangling.raw
	short_names <$mangling.raw >$mangling.short
	prog_counts $mangling.out >$mangling.expect
	check_counts "$mangling: calls per function equal the program's own counts" \
		$mangling.expect $mangling.short
	xray_counts $mangling.xray ./$mangling.rt >/dev/null
	check_cmp "$mangling: calls per function equal XRay basic mode's (every function)" \
		$mangling.xray $mangling.raw
done
done_testing
