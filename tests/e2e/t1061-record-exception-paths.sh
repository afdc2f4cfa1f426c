#!/bin/sh
# Frames left by C++ exceptions read at their real depth:
# tests/progs/throws (a program and its library libthrows.so) throws and
# catches one level up, four levels up, through a catch that rethrows,
# from a recursion inside the library into the program, and from a
# constructor in the library, every catcher then making calls of its own.
# Oracle: the program's own stack of names (a guard object per frame, whose
# destructor runs as the exception unwinds it), one "path" line per call,
# against every path and its calls of flamegraph --folded --calls and tree
# --json, names shortened to the function's own (Widget::Widget -> Widget).
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need clang python3

src="$PROGS/throws"
clang++ -O2 -g $XRAY_CFLAGS -fPIC -shared -o libthrows.so "$src/lib.cpp" &&
	clang++ -O2 -g $XRAY_CFLAGS -c -o throws.o "$src/main.cpp" &&
	clang++ -o throws throws.o -L. -lthrows -Wl,-rpath,'$ORIGIN' ||
	{ not_ok "build tests/progs/throws"; done_testing; exit 1; }
sf_record sf.log ./throws 3 >throws.out
check_eq "record exits 0" 0 $?
check "two instrumented modules" sh -c '"$1" dump sf.log | grep -q "^modules: *2"' sh "$SFTRACE"
sed -n 's/^path //p' throws.out | LC_ALL=C sort | uniq -c | awk '{ print $2, $1 }' >expect
check "the program saw Gadget built after the Widget's constructor threw" \
	grep -q '^main;objects;Gadget;leaf 3$' expect

cat >short.py <<'PY'
import re, sys
def short(n):
    n = re.sub(r"\(.*\)$", "", n)
    if " " in n:
        n = n.rsplit(" ", 1)[1]
    return n.rsplit("::", 1)[-1]
for line in sys.stdin:
    path, calls = line.rsplit(" ", 1)
    print(";".join(short(f) for f in path.split(";")), calls.strip())
PY
"$SFTRACE" flamegraph --folded --calls --no-fold-recursion sf.log 2>/dev/null |
	python3 short.py | LC_ALL=C sort >folded
check_cmp "flamegraph --folded --calls: the program's paths and calls" expect folded
"$SFTRACE" tree --json --no-fold-recursion sf.log >tree.json 2>/dev/null
tree_paths tree.json | python3 short.py | LC_ALL=C sort >tree
check_cmp "tree --json: the program's paths and calls" expect tree
done_testing
