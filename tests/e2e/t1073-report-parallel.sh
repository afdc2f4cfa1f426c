#!/bin/sh
# report --stitch (parallel regions) and --threads (busy and idle time
# per thread), on flow-queue.c: a worker thread runs 11 work items, 6 made
# on the stack of stack_spawner frames and 5 handed over by submit. Oracle:
# DuckDB on the calls table (the same log): the durations of run_item
# frames, grouped by the function of their cause. Expected, exactly:
#   - regions: stack_spawner with 6 calls and the work of its 6 items,
#     submit with 5 calls and the work of its 5; one other thread each;
#   - threads: the worker ran 11 items for the sum of their durations, its
#     idle time is its lifetime minus that; main ran none.
. "$(dirname "$0")/lib.sh"
need clang node python3
[ -d "$TOP/tests/oracles/node_modules/@duckdb" ] || skip_all "the oracles' npm packages are not installed"

cc_xray fq "$PROGS/flow-queue.c" || { not_ok "build flow-queue.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" --flow '^run_item$@arg0' --flow-source '^submit$@arg0' \
	-o q.log -- ./fq >q.out 2>q.err
check_eq "record exits 0" 0 "$?"
"$SFTRACE" convert --type calls -o q.calls q.log 2>/dev/null
node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT cs.name, count(*), sum(c.duration)
	FROM read_parquet('q.calls') c JOIN read_parquet('q.calls.symtab') s USING (func_id)
	JOIN read_parquet('q.calls') cf ON cf.frame_id = c.cause
	JOIN read_parquet('q.calls.symtab') cs ON cs.func_id = cf.func_id
	WHERE s.name = 'run_item' GROUP BY cs.name ORDER BY cs.name" >q.want 2>q.derr
check "DuckDB: the items by their cause's function" grep -q . q.want

"$SFTRACE" report --stitch --threads --json q.log >q.json 2>q.rerr
check_eq "report --stitch --threads exits 0" 0 "$?"
python3 - q.json q.want >q.chk <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
want = {}
for line in open(sys.argv[2]):
    name, n, dur = line.rstrip("\n").split("\t")
    want[name] = (int(n), int(dur))
regions = {r["function"]: r for r in d["regions"]}
ok = True
for name, (n, dur) in sorted(want.items()):
    r = regions.get(name)
    if not r:
        print("missing region", name); ok = False; continue
    got = (r["calls"], r["work_ns"], r["threads"])
    print("region", name, got, "want", (n, dur, 1))
    ok = ok and got == (n, dur, 1)
items = sum(n for n, _ in want.values())
work = sum(w for _, w in want.values())
ths = sorted(d["threads"], key=lambda t: t["tid"])
worker = [t for t in ths if t["items"]]
print("threads with items", [(t["tid"], t["items"], t["items_ns"]) for t in worker])
ok = ok and len(worker) == 1 and worker[0]["items"] == items and worker[0]["items_ns"] == work
ok = ok and worker[0]["idle_ns"] == worker[0]["lifetime_ns"] - work
print("ok" if ok else "MISMATCH")
PY
check "regions and threads equal DuckDB's sums" grep -q "^ok$" q.chk
grep -v '^ok$' q.chk | sed 's/^/#   /'

"$SFTRACE" report --stitch q.log >q.txt 2>/dev/null
check "text: a Parallel regions table" grep -q "^Parallel regions" q.txt
"$SFTRACE" report --csv --threads q.log >/dev/null 2>q.csverr
check_eq "--csv with --threads: a usage error" 2 "$?"
done_testing
