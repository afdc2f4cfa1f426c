#!/bin/sh
# C++ exceptions thrown through instrumented frames, converted to Perfetto
# and Chrome JSON: the unwound frames never run an exit sled, yet every call
# is one balanced slice, closed when the catching frame returns. Oracles:
# the program's counts, c++filt for the demangled names, the call depth
# the program's structure implies, and the importer-rule checker.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang++ protoc node perl c++filt nm

ROUNDS=60 DEPTH=12
cxx_xray prog "$PROGS/exceptions.cpp" || { not_ok "build exceptions.cpp"; done_testing; exit 1; }
sf_record sf.log ./prog $ROUNDS $DEPTH >traced.out
check_eq "record exits 0" 0 "$?"
check_eq "every exception was caught" "caught $ROUNDS rethrown 20" "$(grep '^caught' traced.out)"

"$SFTRACE" convert sf.log -o sf.pb.gz 2>conv.err
check_eq "convert exits 0" 0 "$?"
check "repaired frames are reported" grep -q 'sf.log: repaired [1-9][0-9]* frames' conv.err
check "trace passes the importer's rules (balanced slices)" pf_check sf.pb.gz sf.norm

norm_counts sf.norm | short_names >slices
prog_counts traced.out >expect
check_counts "one slice per call, per function" expect slices

# Demangled names, as binutils' c++filt prints the symbols.
nm prog | awk '{ print $NF }' | c++filt |
	grep -E '(^|[ :])(thrower|descend|step<int>|middle|round)\(' | LC_ALL=C sort -u >names.expect
awk -F'\t' '$1 == "slice" { print $5 }' sf.norm |
	grep -E '(^|[ :])(thrower|descend|step<int>|middle|round)\(' | LC_ALL=C sort -u >names.got
check_cmp "slice names are the demangled C++ names" names.expect names.got
check "a method is named with its class" grep -qx 'Walker::descend(int, bool)' names.got

# round -> descend(D) -> [middle ->] (step -> descend(d-1)) ... -> descend(0)
# -> thrower: thrower always sits at depth 2*DEPTH + 3 (main is 0).
check_eq "thrower slices at depth $((2 * DEPTH + 3))" "$((2 * DEPTH + 3))" \
	"$(awk -F'\t' '$1 == "slice" && $5 ~ /thrower/ { print $4 }' sf.norm | sort -u)"
# Unwound frames end when the catching round() returns.
check_eq "every thrower slice ends when its round ends" "$ROUNDS" "$(awk -F'\t' '
	$1 == "slice" && $5 ~ /round/ { r[$8] = 1 }
	$1 == "slice" && $5 ~ /thrower/ { t[$8]++ }
	END { for (e in t) if (e in r) n += t[e]; print n + 0 }' sf.norm)"

check "convert --type chrome" "$SFTRACE" convert -t chrome sf.log -o sf.json 2>/dev/null
check "chrome JSON parses and nests" cj_check sf.json sf.cnorm
LC_ALL=C sort sf.norm >a
LC_ALL=C sort sf.cnorm >b
check_cmp "chrome JSON holds the same slices as the perfetto trace" a b
done_testing
