#!/bin/sh
# PIE and non-PIE executables: a PIE is mapped far (more than 2 GiB) from a
# preloaded library, a non-PIE executable at 0x400000; both must be traced
# completely. Oracles: the program's own counts and XRay basic mode.
. "$(dirname "$0")/lib.sh"
need clang llvm-xray perl c++filt readelf

for kind in pie nopie; do
	case $kind in
	pie) flags="-fPIE -pie" type=DYN ;;
	nopie) flags="-fno-pie -no-pie" type=EXEC ;;
	esac
	# shellcheck disable=SC2086
	if ! cc_xray $kind "$PROGS/recurse.c" $flags 2>build.err || ! xray_rt $kind.rt $kind.o $flags; then
		not_ok "$kind: build"
		continue
	fi
	check_eq "$kind: the executable's ELF type" "$type" \
		"$(readelf -h $kind | awk '/Type:/ { print $2 }')"
	sf_record $kind.log ./$kind 15 >$kind.out
	check_eq "$kind: record exits 0" 0 "$?"
	trace_counts $kind.log >$kind.trace
	short_names <$kind.trace >$kind.short
	prog_counts $kind.out >$kind.expect
	check_counts "$kind: calls per function equal the program's counts" $kind.expect $kind.short
	xray_counts $kind.xray ./$kind.rt 15 >/dev/null
	check_cmp "$kind: calls per function equal XRay basic mode's" $kind.xray $kind.trace
done
done_testing
