#!/bin/sh
# Arguments and return values of C++ functions (a method's this, a
# reference, an enum class, a namespace, a double that needs 16 digits):
# Perfetto (protoc), Chrome JSON and the calls table (DuckDB) against what
# tests/progs/args-cxx.cpp prints for each call.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
. "$TOP/tests/e2e/values-lib.sh"
need clang protoc node

cxx_xray prog "$PROGS/args-cxx.cpp" || { not_ok "build args-cxx.cpp"; done_testing; exit 1; }
check "filter --args/--retval on the program" \
	"$SFTRACE" filter -p ./prog -r 'shapes::|^main$' --args 'shapes::' --retval 'shapes::' -o f.txt
"$SFTRACE" record --solib "$SOLIB" -f f.txt -o sf.log -- ./prog >traced.out 2>record.err
check_eq "record exits 0" 0 "$?"
sed -n 's/^value //p' traced.out | LC_ALL=C sort >expect
check_eq "the program printed its values" 10 "$(wc -l <expect)"
values_everywhere sf.log expect "C++"
done_testing
