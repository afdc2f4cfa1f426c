#!/bin/sh
# A Rust program (v0 and legacy symbol mangling, panics unwinding through
# instrumented frames) converted to Perfetto: demangled Rust names as
# rustc-demangle prints them (written here by hand), one slice per call
# (the program's own counts), balanced slices after caught panics.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need rustc protoc node perl c++filt

for mangling in v0 legacy; do
	if [ $mangling = v0 ]; then
		rust_xray rusty "$PROGS/rusty.rs" || { not_ok "build rusty.rs"; continue; }
		cat >names.expect <<'EON'
<rusty::Square as rusty::Shape>::area
<rusty::Walker>::walk
rusty::fib
rusty::generic_sum::<u32>
rusty::generic_sum::<u8>
rusty::may_panic
EON
	else
		rust_xray rusty "$PROGS/rusty.rs" -Zunstable-options -C symbol-mangling-version=legacy ||
			{ not_ok "build rusty.rs (legacy mangling)"; continue; }
		cat >names.expect <<'EON'
<rusty::Square as rusty::Shape>::area
rusty::Walker::walk
rusty::fib
rusty::generic_sum
rusty::may_panic
EON
	fi
	rm -f sf.log
	sf_record sf.log ./rusty 15 >traced.out
	check_eq "$mangling: record exits 0" 0 "$?"
	check "$mangling: convert" "$SFTRACE" convert sf.log -o sf.pb.gz
	check "$mangling: trace passes the importer's rules" pf_check sf.pb.gz sf.norm
	awk -F'\t' '$1 == "slice" { print $5 }' sf.norm |
		grep -E '(fib|generic_sum|walk|area|may_panic)' | LC_ALL=C sort -u >names.got
	check_cmp "$mangling: demangled Rust names" names.expect names.got
	norm_counts sf.norm | short_names >slices
	prog_counts traced.out >expect
	check_counts "$mangling: one slice per call, per function" expect slices
	fibloc=$(awk -F'\t' '$1 == "slice" && $5 == "rusty::fib" { print $6; exit }' sf.norm)
	line=$(grep -n '^fn fib(' "$PROGS/rusty.rs" | cut -d: -f1)
	case $fibloc in
	*rusty.rs:$line) ok "$mangling: rusty::fib located at rusty.rs:$line" ;;
	*) not_ok "$mangling: rusty::fib located at rusty.rs:$line"; echo "#   got '$fibloc'" ;;
	esac
done
done_testing
