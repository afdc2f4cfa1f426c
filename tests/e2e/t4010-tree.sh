#!/bin/sh
# sftrace tree on the hand-timed log of analysis-lib.sh: the shape of the
# call tree (paths, calls, total, self) against the known call graph, with
# the recursion folded and with --no-fold-recursion, -f re-rooting with
# merged call sites, --depth, --min, text drawing, and several logs with
# the process as the root. (t4011 folds deep recursion of real programs.)
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need cc python3 nm readelf

check "synthetic log written" an_synth a.log

# Flatten the JSON tree to "PATH CALLS TOTAL SELF", depth first; a
# folded node's name gets its " xN" (the "recursion" member).
flatten() {
	python3 -c '
import json, sys
def walk(nodes, path):
    for n in nodes:
        p = path + [n["function"] + (" x%d" % n["recursion"] if "recursion" in n else "")]
        print(";".join(p), n["calls"], n["total_ns"], n["self_ns"])
        walk(n["children"], p)
walk(json.load(open(sys.argv[1])), [])' "$1"
}

# By hand, children by total time (largest first). The three nested rec
# frames are one node: total that of the outermost (3000..4000), self the
# sum of theirs (300 + 400 + 200), beta called from the innermost.
cat >expect.txt <<'EOF2'
main 2 10100 7860
main;rec x3 3 1000 900
main;rec x3;beta 1 100 100
main;alpha 4 640 540
main;alpha;beta 1 100 100
main;gamma_ 1 600 100
main;gamma_;beta 1 500 500
main;delta 1 0 0
EOF2
check "tree --json runs" sh -c '"$1" tree --json a.log >t.json 2>/dev/null' sh "$SFTRACE"
flatten t.json >got.txt
check_cmp "call paths with calls, total and self (recursion folded)" expect.txt got.txt

# Unfolded: a path per level of the recursion.
cat >expect-raw.txt <<'EOF2'
main 2 10100 7860
main;rec 1 1000 300
main;rec;rec 1 700 400
main;rec;rec;rec 1 300 200
main;rec;rec;rec;beta 1 100 100
main;alpha 4 640 540
main;alpha;beta 1 100 100
main;gamma_ 1 600 100
main;gamma_;beta 1 500 500
main;delta 1 0 0
EOF2
"$SFTRACE" tree --json --no-fold-recursion a.log >raw.json 2>/dev/null
flatten raw.json >got-raw.txt
check_cmp "--no-fold-recursion: a path per recursion level" expect-raw.txt got-raw.txt

cat >expect-f.txt <<'EOF2'
beta 3 700 700
EOF2
"$SFTRACE" tree --json -f '^beta$' a.log >f.json 2>/dev/null
flatten f.json >got-f.txt
check_cmp "-f beta merges its three call sites" expect-f.txt got-f.txt

cat >expect-rec.txt <<'EOF2'
rec x3 3 1000 900
rec x3;beta 1 100 100
EOF2
"$SFTRACE" tree --json -f '^rec$' a.log >r.json 2>/dev/null
flatten r.json >got-r.txt
check_cmp "-f '^rec\$': the folded node matches by its name" expect-rec.txt got-r.txt

cat >expect-rec-raw.txt <<'EOF2'
rec 1 1000 300
rec;rec 1 700 400
rec;rec;rec 1 300 200
rec;rec;rec;beta 1 100 100
EOF2
"$SFTRACE" tree --json --no-fold-recursion -f rec a.log >rr.json 2>/dev/null
flatten rr.json >got-rr.txt
check_cmp "--no-fold-recursion -f rec: rooted at the outermost activation only" \
	expect-rec-raw.txt got-rr.txt

"$SFTRACE" tree --json -D 2 a.log >d.json 2>/dev/null
check_eq "--depth 2 keeps two levels" "main main;rec main;alpha main;gamma_ main;delta" \
	"$(flatten d.json | awk '{ printf "%s%s", s, $1; s = " " }')"
"$SFTRACE" tree --json --min 600 --no-fold-recursion a.log >m.json 2>/dev/null
check_eq "--min 600 hides shorter paths" "main main;rec main;rec;rec main;alpha main;gamma_" \
	"$(flatten m.json | awk '{ printf "%s%s", s, $1; s = " " }')"

# The text drawing, folded and not.
"$SFTRACE" tree a.log >t.txt 2>/dev/null
sed 's/^.*  [0-9][0-9]*  //' t.txt | tail -n +3 >shape.txt
cat >expect-shape.txt <<'EOF2'
main
+- rec ×3
|  `- beta
+- alpha
|  `- beta
+- gamma_
|  `- beta
`- delta
EOF2
check_cmp "text tree drawing: the recursion is one line, rec ×3" expect-shape.txt shape.txt
check_eq "text: main's numbers" "10.100 us 7.860 us 2 main" \
	"$(sed -n 3p t.txt | tr -s ' ' | sed 's/^ //')"
check_eq "text: the folded node's numbers" "1.000 us 900 ns 3 +- rec ×3" \
	"$(sed -n 4p t.txt | tr -s ' ' | sed 's/^ //')"
"$SFTRACE" tree --no-fold-recursion a.log >traw.txt 2>/dev/null
sed 's/^.*  [0-9][0-9]*  //' traw.txt | tail -n +3 >shape-raw.txt
cat >expect-shape-raw.txt <<'EOF2'
main
+- rec
|  `- rec
|     `- rec
|        `- beta
+- alpha
|  `- beta
+- gamma_
|  `- beta
`- delta
EOF2
check_cmp "text tree drawing, --no-fold-recursion" expect-shape-raw.txt shape-raw.txt

# Two processes: each is a root named "prog [PID]" holding its tree.
# One thread's events with -j 2: the tree built on a second thread
# (tools/analysis/relay.c) is the one -j1 builds, folded or not, windowed.
for opts in "--tid 11" "--tid 11 --no-fold-recursion" "--tid 11 --from 3050 --to 5.3us" "--tid 12"; do
	# shellcheck disable=SC2086
	"$SFTRACE" tree --json -j1 $opts a.log >j1.json 2>/dev/null
	# shellcheck disable=SC2086
	"$SFTRACE" tree --json -j2 $opts a.log >j2.json 2>/dev/null
	check "tree $opts: a tree" grep -q '"function"' j1.json
	check_cmp "tree $opts: -j2 gives what -j1 gives" j1.json j2.json
done
"$SFTRACE" flamegraph --folded -j1 --tid 11 -o j1.folded a.log 2>/dev/null
"$SFTRACE" flamegraph --folded -j2 --tid 11 -o j2.folded a.log 2>/dev/null
check "flamegraph --folded --tid 11: stacks" test -s j1.folded
check_cmp "flamegraph --folded --tid 11: -j2 gives what -j1 gives" j1.folded j2.folded

an_synth b.log 1001 >/dev/null
"$SFTRACE" tree --json a.log b.log >two.json 2>/dev/null
flatten two.json >two.txt
check_eq "two logs: process roots" "prog [1000] 1 10100 0|prog [1001] 1 10100 0" \
	"$(grep -v ';' two.txt | tr '\n' '|' | sed 's/|$//')"
sed 's/^/prog [1000];/' expect.txt >expect-two.txt
sed 's/^/prog [1001];/' expect.txt >>expect-two.txt
grep ';' two.txt | LC_ALL=C sort >two-paths.txt
LC_ALL=C sort expect-two.txt >expect-two.sorted
check_cmp "two logs: the same tree under each process" expect-two.sorted two-paths.txt

# A process with no call in the window is no root: c.log starts 5000 ns
# after a.log, the window ends at 4000.
an_synth c.log 1002 1000005000 >/dev/null
"$SFTRACE" tree --json --to 4000 a.log c.log >w2.json 2>/dev/null
check_eq "a window that misses a process: only the other root" "prog [1000]" \
	"$(flatten w2.json | grep -v ';' | cut -d' ' -f1-2)"
"$SFTRACE" tree --to 4000 a.log c.log >w2.txt 2>/dev/null
check "text: no empty process root" sh -c '! grep -q "prog \[1002\]" w2.txt'

"$SFTRACE" tree -f '(' a.log >/dev/null 2>err1; check_eq "bad -f pattern exits 1" 1 $?
check "bad pattern is explained" grep -q "bad function pattern" err1
"$SFTRACE" tree -f nosuchfunction a.log >none.txt 2>err2
check "no match is a warning" grep -q "no function matches" err2
"$SFTRACE" tree --sort bogus a.log >/dev/null 2>&1; check_eq "bad --sort exits 2" 2 $?

"$SFTRACE" tree --tid 99999 a.log >/dev/null 2>err3
check "--tid of no thread: warned" grep -q "warning: no calls in the selected" err3
"$SFTRACE" tree -D 0 a.log >d0.txt 2>/dev/null
check_cmp "-D 0 is no limit" t.txt d0.txt

done_testing
