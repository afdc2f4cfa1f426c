#!/bin/sh
# report, tree and flamegraph over the logs of a process tree (a recorded
# program that forks two children, each counting its own calls): report
# merges rows by name, so calls are the sums over the processes; tree and
# flame graph show each process as a root frame "prog [PID]" whose calls
# per function equal that process's own counts.
. "$(dirname "$0")/lib.sh"
need clang python3
"$SFTRACE" record --help >/dev/null 2>&1 || skip_all "sftrace record not in this build"

cc_xray prog "$PROGS/fork.c" || { not_ok "build fork.c"; done_testing; exit 1; }
sf_record sf.log ./prog 300 >traced.out
check_eq "record exits 0" 0 "$?"
check_eq "three logs" 3 "$(ls sf.log* | wc -l)"

# Sums over the processes of "pcount PID NAME N".
awk '$1 == "pcount" { n[$3] += $4 } END { for (f in n) print f, n[f] }' traced.out |
	LC_ALL=C sort >expect-sum
"$SFTRACE" report --csv sf.log sf.log.* >r.csv 2>/dev/null
awk -F, 'NR > 1 { print $1, $4 }' r.csv | LC_ALL=C sort >got-sum
check_counts "report over three logs: calls summed per function" expect-sum got-sum

# Per process, from the tree: sum the calls of every node of a function
# under the process root.
"$SFTRACE" tree --json sf.log sf.log.* >t.json 2>/dev/null
python3 -c '
import json, sys, re
def walk(nodes, proc, acc):
    for n in nodes:
        acc[(proc, n["function"])] = acc.get((proc, n["function"]), 0) + n["calls"]
        walk(n["children"], proc, acc)
acc = {}
roots = json.load(open(sys.argv[1]))
for r in roots:
    m = re.match(r"^prog \[(\d+)\]$", r["function"])
    print("root", "ok" if m else r["function"])
    walk(r["children"], m.group(1) if m else "?", acc)
for (p, f), c in sorted(acc.items()):
    print(p, f, c)' t.json >tree.txt
check_eq "three process roots" "root ok|root ok|root ok" "$(grep '^root' tree.txt | tr '\n' '|' | sed 's/|$//')"
awk '$1 == "pcount" { print $2, $3, $4 }' traced.out | LC_ALL=C sort >expect-proc
grep -v '^root' tree.txt | LC_ALL=C sort >got-proc
check_counts "tree: calls per process and function equal each process's counts" expect-proc got-proc

"$SFTRACE" flamegraph --folded sf.log sf.log.* >f.folded 2>/dev/null
check_eq "flame graph: every stack starts at a process frame" 0 \
	"$(grep -cv '^prog \[[0-9]*\];' f.folded)"
check_eq "flame graph: three process frames" 3 \
	"$(sed 's/;.*//' f.folded | sort -u | wc -l)"

done_testing
