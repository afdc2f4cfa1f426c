# Helpers for the report/tree/flamegraph tests (sourced after lib.sh).
#
# an_synth LOG [PID [START_NS]]: a log written by tests/oracles/mklog.py from the
# script below, whose times the tests chose, so every expected number is
# worked out by hand in the tests. Function names come from a small C
# program built here (no XRay needed: only its symbol table is read).
#
# Thread 11 (main 0..10000):
#   an exit of delta with no open frame (ignored)
#   alpha 100..400 calling beta 150..250; alpha 1000..1200; alpha 2000..2100
#   rec 3000..4000 > rec 3100..3800 > rec 3200..3500 > beta 3300..3400
#   gamma_ 5000..5600 calling beta 5100..; gamma_'s exit at 5600 closes the
#     beta frame too (repaired: an exception unwound it)
# Thread 12 (main 500.. never exits):
#   alpha 520..560, then delta enters at 600 and the log ends: the process
#   was killed (the log was never shut down), so both open frames are
#   truncated at 600.
an_prog() {
	[ -x "$T/prog" ] && return 0
	cat >"$T/prog.c" <<'PROG'
void alpha(void) {}
void beta(void) {}
void gamma_(void) {}
void delta(void) {}
void rec(void) {}
int main(void) { return 0; }
PROG
	cc -g -o "$T/prog" "$T/prog.c"
}

an_synth() {
	an_prog || return 1
	cat >"$T/synth.txt" <<SCRIPT
process ${2:-1000} prog
start ${3:-1000000000}
killed
thread 11 main
X 0 delta
E main 0
E alpha 100
E beta 150
X 250
X 400
E alpha 1000
X 1200
E alpha 2000
X 2100
E rec 3000
E rec 3100
E rec 3200
E beta 3300
X 3400
X 3500
X 3800
X 4000
E gamma_ 5000
E beta 5100
X 5600 gamma_
X 10000
thread 12 worker
E main 500
E alpha 520
X 560
E delta 600
SCRIPT
	python3 "$TOP/tests/oracles/mklog.py" --exe "$T/prog" -o "$1" "$T/synth.txt"
}

# tree_paths JSON [times]: one "a;b;c CALLS" line per node of a `tree
# --json` file, its path from the root (with times, also total_ns and
# self_ns), in tree order.
tree_paths() {
	python3 - "$1" "${2:-}" <<'PY'
import json, sys
def walk(nodes, path):
    for n in nodes:
        p = path + [n["function"]]
        line = [";".join(p), n["calls"]]
        if sys.argv[2] == "times":
            line += [n["total_ns"], n["self_ns"]]
        print(*line)
        walk(n["children"], p)
walk(json.load(open(sys.argv[1])), [])
PY
}

# own_paths REGEX: folded "a;b;c CALLS" lines on stdin, kept to the
# program's own functions (names REGEX matches at their start): every other frame
# is left out of the paths, and a line whose last frame is not one of
# them is dropped; the calls of equal paths added up, sorted.
own_paths() {
	python3 -c '
import collections, re, sys
own = re.compile(sys.argv[1]).match
n = collections.Counter()
for line in sys.stdin:
    path, calls = line.rsplit(" ", 1)
    frames = path.split(";")
    if own(frames[-1]):
        n[";".join(f for f in frames if own(f))] += int(calls)
for p in sorted(n):
    print(p, n[p])
' "$1"
}
