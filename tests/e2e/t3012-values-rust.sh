#!/bin/sh
# Arguments and return values of Rust functions (integers of every width,
# &str and &[u8] from their pointer and length registers, a fieldless enum,
# bool, char, f64, a struct split over two registers, Option<u32> returned
# as a scalar pair, Result<u32, i8> returned in one register): Perfetto
# (protoc), Chrome JSON and the calls table (DuckDB) against what
# tests/progs/args-rust.rs prints for each call; report --by-arg on a &str.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
. "$TOP/tests/e2e/values-lib.sh"
need_rustc
need protoc node

rust_xray prog "$PROGS/args-rust.rs" 2>build.err || {
	not_ok "build args-rust.rs"; sed 's/^/#   /' build.err | head; done_testing; exit 1
}
check "filter --args/--retval on the program" \
	"$SFTRACE" filter -p ./prog -r 'args_rust::' --args 'args_rust::r_' --retval 'args_rust::r_' -o f.txt
"$SFTRACE" record --solib "$SOLIB" -f f.txt -o sf.log -- ./prog >traced.out 2>record.err
check_eq "record exits 0" 0 "$?"
sed -n 's/^value /args_rust::/p' traced.out | LC_ALL=C sort >expect
check_eq "the program printed its values" 16 "$(wc -l <expect)"
values_everywhere sf.log expect "Rust"

"$SFTRACE" report --by-arg key --csv sf.log >byarg.csv 2>byarg.err
sed -n 's/^calls r_lookup \(.*\) \([0-9]*\)$/args_rust::r_lookup(\1) \2/p' traced.out | LC_ALL=C sort >byarg.expect
perl -ne 'next if $. == 1; /^"((?:[^"]|"")*)",(\d+),(\d+),(\d+),/ or next; my ($n, $c) = ($1, $4); $n =~ s/""/"/g; print "$n $c\n"' byarg.csv |
	LC_ALL=C sort >byarg.got
check_cmp "report --by-arg key: calls per &str value, as the program counted" byarg.expect byarg.got
done_testing
