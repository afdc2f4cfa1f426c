#!/bin/sh
# `make demo` (examples/demo.sh), the README's first command: it builds the
# bundled example, records, converts and reports, and every file it
# announces exists. The call counts of the report are checked against the
# example's source (examples/minibundle.c: NMODULES modules parsed, each
# source hashed 50 times over two threads, resolve() once per module plus
# once per dependency edge). A libsftrace.so that is not sftrace's, left in
# the install directory of a new user's home, must not change what the demo
# records with: the demo uses the runtime it just built.
. "$(dirname "$0")/lib.sh"
need clang

mkdir -p home/.local/share/sftrace
printf 'int not_sftrace(void) { return 1; }\n' >other.c
clang -shared -fPIC -o home/.local/share/sftrace/libsftrace.so other.c ||
	{ not_ok "build a foreign libsftrace.so"; done_testing; exit 1; }

HOME="$T/home" XDG_DATA_HOME= sh "$TOP/examples/demo.sh" "$B" "$T/demo" >out 2>err
rc=$?
check_eq "demo exits 0" 0 "$rc"
[ "$rc" -eq 0 ] || sed 's/^/#   /' err
check "demo uses the runtime it built, not the installed file" sh -c '! grep -qi "warning\|error" err'
grep -i "warning\|error" err | sed 's/^/#   /'
for f in sf.log sf.pb.gz sf.pola sf.pola.symtab flame.svg; do
	check "demo wrote $f" test -s "demo/$f"
done
check "demo prints the report header" grep -q '^ *Total  *Self  *Calls' out

n=$(sed -n 's/^#define NMODULES \([0-9][0-9]*\)$/\1/p' "$TOP/examples/minibundle.c")
check "NMODULES found in the source" test -n "$n"
edges=$(awk -v n="$n" 'BEGIN { s = 0; for (id = 1; id < n; id++) s += 1 + (id * 7) % 4; print s }')
"$SFTRACE" report --csv "demo/sf.log" >report.csv 2>/dev/null
calls() { awk -F, -v f="$1" '$1 == f { print $4 }' report.csv; }
check_eq "parse_module calls" "$n" "$(calls parse_module)"
check_eq "generate_source calls" "$n" "$(calls generate_source)"
check_eq "fnv1a calls" "$((50 * n))" "$(calls fnv1a)"
check_eq "resolve calls" "$((n + edges))" "$(calls resolve)"
check_eq "hash_worker calls" 2 "$(calls hash_worker)"
check_eq "main calls" 1 "$(calls main)"
done_testing
