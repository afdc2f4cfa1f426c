#!/bin/sh
# sftrace memory against programs that print what it must find, computed
# from their own shadow of the call stack and of the live blocks
# (tests/progs/mem-oracle.c, mem-cxx.cpp, mem-rust.rs), recorded with
# `record --memory`:
#   - per function: allocs, frees, bytes, live, peak, self (inclusive
#     counts once per function under recursion; malloc, calloc, realloc,
#     posix_memalign, free; blocks a producer thread allocates and a
#     consumer thread frees; a forked child's log, another address space);
#   - --milestone stages; the error for a milestone that is not a function,
#     with close names; --folded and --flamegraph widths against live_bytes,
#     at the end and at the end of a stage (--select); --plot and --fold
#     well-formed SVG with a mark per milestone; --csv and --json agree;
#     --sort, --top, --tid, -j1; --events, --show, --track; the message for
#     a log without memory events; C++ new/delete; Rust when rustc is there.
. "$(dirname "$0")/lib.sh"
need clang clang++ python3

# shellcheck disable=SC2086
clang -O2 -g $XRAY_CFLAGS -fno-optimize-sibling-calls -c -o mo.o "$PROGS/mem-oracle.c" &&
	clang -o mo mo.o -lpthread ||
	{ not_ok "build mem-oracle.c"; done_testing; exit 1; }

"$SFTRACE" record --solib "$SOLIB" -m -o m.log -- ./mo >mo.out 2>record.err
check_eq "record -m ./mem-oracle exits 0" 0 "$?"
check "the program printed its expectations" grep -q '^mem site_malloc ' mo.out
set -- m.log.*
child_log=$1
check "the forked child wrote its own log" test -f "$child_log"

# cmp.py CSV EXPECT: each "mem FUNC COLUMN VALUE ..." line of EXPECT against
# the row of FUNC (C++ parameters and Rust paths left out of the name).
cat >cmp.py <<'PY'
import csv, re, sys
rows = {}
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    name = re.sub(r"\(.*\)$", "", r["function"]).split("::")[-1]
    rows[name] = r
bad = 0
for line in open(sys.argv[2]):
    f = line.split()
    if len(f) < 4 or f[0] != "mem":
        continue
    r = rows.get(f[1])
    for k, v in zip(f[2::2], f[3::2]):
        got = r[k] if r else "(no row)"
        if got != v:
            print("%s %s: expected %s, got %s" % (f[1], k, v, got))
            bad += 1
sys.exit(1 if bad else 0)
PY
# check_rows DESCRIPTION CSV EXPECT
check_rows() {
	if python3 cmp.py "$2" "$3" >cmp.out 2>&1; then ok "$1"; else
		not_ok "$1"; sed 's/^/#   /' cmp.out | head -20; fi
}

"$SFTRACE" memory --csv m.log "$child_log" >m.csv 2>m.err
check_eq "memory --csv exits 0" 0 "$?"
check_eq "the CSV header has the documented columns" \
	"function,allocs,frees,alloc_bytes,free_bytes,live_bytes,peak_bytes,self_allocs,self_bytes" \
	"$(head -n 1 m.csv)"
check_rows "every function's row equals the program's own numbers (threads, fork, recursion, realloc)" \
	m.csv mo.out
check "a note counts the child's free of the parent's block" grep -q '1 free of blocks' m.err
"$SFTRACE" memory --csv -j1 m.log "$child_log" >m1.csv 2>/dev/null
check_cmp "-j1 gives the same table" m.csv m1.csv
check_eq "rows are sorted by live_bytes" "$(tail -n +2 m.csv | cut -d, -f6 | sort -rn | tr '\n' ' ')" \
	"$(tail -n +2 m.csv | cut -d, -f6 | tr '\n' ' ')"
"$SFTRACE" memory --csv --sort peak_bytes -n 3 m.log "$child_log" >peak.csv 2>/dev/null
check_eq "--sort peak_bytes --top 3" "3 $(tail -n +2 m.csv | cut -d, -f7 | sort -rn | head -n 3 | tr '\n' ' ')" \
	"$(($(wc -l <peak.csv) - 1)) $(tail -n +2 peak.csv | cut -d, -f7 | tr '\n' ' ')"

"$SFTRACE" memory --json m.log "$child_log" >m.json 2>/dev/null
check "--json parses and holds the CSV's rows" python3 - m.json m.csv <<'PY'
import csv, json, sys
j = json.load(open(sys.argv[1]))
c = list(csv.DictReader(open(sys.argv[2])))
assert len(j) == len(c), (len(j), len(c))
for a, b in zip(j, c):
    assert a["function"] == b["function"], (a, b)
    for k, v in b.items():
        if k != "function":
            assert a[k] == int(v), (k, a, b)
PY
"$SFTRACE" memory m.log "$child_log" >m.txt 2>/dev/null
check "the text table has the summary line and the rows" \
	sh -c 'grep -q "^Live at the end: " m.txt && grep -q " site_malloc$" m.txt && grep -q " before_fork$" m.txt'

# --tid: only the producer's events. Its blocks are then never freed.
ptid=$(awk '$1 == "track" { print $3 }' mo.out)
"$SFTRACE" memory --csv --tid "$ptid" m.log >tid.csv 2>/dev/null
want=$(awk '$1 == "mem" && $2 == "produce" { for (i = 3; i < NF; i += 2) if ($i == "alloc_bytes") print $(i + 1) }' mo.out)
check_eq "--tid PRODUCER: produce's blocks stay live (nobody frees them)" "$want $want" \
	"$(awk -F, '$1 == "produce" { print $6, $7 }' tid.csv)"
check_eq "--tid PRODUCER: no consumer rows" "" "$(grep -E '^consume' tid.csv)"

# --- stages --------------------------------------------------------------
"$SFTRACE" memory --csv --milestone stage_mark m.log "$child_log" >st.csv 2>st.err
check_eq "--milestone stage_mark exits 0" 0 "$?"
check "stages 1 to 3 equal the program's numbers, live_bytes moves by what they kept" \
	python3 - st.csv mo.out <<'PY'
import csv, sys
st = list(csv.DictReader(open(sys.argv[1])))
assert len(st) == 5, "%d stages, not 5 (4 calls of stage_mark)" % len(st)
bad = 0
for line in open(sys.argv[2]):
    f = line.split()
    if not f or f[0] != "stage":
        continue
    s = int(f[1])
    for k, v in zip(f[2::2], f[3::2]):
        got = int(st[s]["live_bytes"]) - int(st[s - 1]["live_bytes"]) if k == "live_delta" else int(st[s][k])
        if got != int(v):
            print("stage %d %s: expected %s, got %d" % (s, k, v, got))
            bad += 1
    if st[s]["top_site"] != "site_malloc":
        print("stage %d: top site %s" % (s, st[s]["top_site"]))
        bad += 1
for a, b in zip(st, st[1:]):
    assert a["end_ns"] == b["start_ns"], (a, b)
sys.exit(1 if bad else 0)
PY

"$SFTRACE" memory --milestone stage_mrak m.log >/dev/null 2>miss.err
check_eq "a milestone that is no function: exit 1" 1 "$?"
check "... and the error lists the close name stage_mark" \
	sh -c "grep -q \"no function of that name\" miss.err && grep -q \"'stage_mark'\" miss.err"
"$SFTRACE" memory --select 1 --folded x.folded m.log >/dev/null 2>&1
check_eq "--select without --milestone is a usage error" 2 "$?"
"$SFTRACE" memory --milestone stage_mark --select 9 --folded x.folded m.log >/dev/null 2>sel.err
check_eq "--select of a stage that does not exist: exit 1" 1 "$?"
check "... naming how many stages there are" grep -q 'the run has 5' sel.err

# --- folded stacks and the flame graph -----------------------------------
# fold.py FOLDED CSV: for every row, the lines whose path has the
# function (once) add up to its live_bytes.
cat >fold.py <<'PY'
import csv, re, sys
lines = []
for l in open(sys.argv[1], encoding="utf-8"):
    path, n = l.rstrip("\n").rsplit(" ", 1)
    lines.append((path.split(";"), int(n)))
bad = 0
for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")):
    s = sum(n for p, n in lines if r["function"] in p)
    if s != int(r["live_bytes"]):
        print("%s: folded %d, live_bytes %s" % (r["function"], s, r["live_bytes"]))
        bad += 1
print(sum(n for p, n in lines))
sys.exit(1 if bad else 0)
PY
"$SFTRACE" memory --folded m.folded --flamegraph m.svg m.log "$child_log" >/dev/null 2>&1
check_eq "--folded --flamegraph exit 0" 0 "$?"
check "folded stacks: every function's lines add up to its live_bytes" \
	sh -c 'python3 fold.py m.folded m.csv >fold.out'
total=$(tail -n 1 fold.out)
check_eq "folded stacks: their sum is the live total at the end (the last stage's live_bytes)" \
	"$(tail -n 1 st.csv | cut -d, -f8)" "$total"
check "the flame graph is XML whose frames' widths are the live bytes" python3 - m.svg m.csv "$total" <<'PY'
import csv, sys
import xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
fg = "{urn:sftrace:flamegraph}"
root = ET.parse(sys.argv[1]).getroot()
frames = root.find(".//s:g[@id='frames']", ns)
assert frames.get(fg + "unit") == "bytes", frames.attrib
fr = []
for g in frames.findall("s:g", ns):
    name = g.find("s:title", ns).text.split("\n")[0]
    fr.append((name, int(g.get(fg + "x")), int(g.get(fg + "w")), int(g.get(fg + "d"))))
top = [f for f in fr if f[3] == 0]
assert top and top[0][0] == "all" and top[0][2] == int(sys.argv[3]), top
for r in csv.DictReader(open(sys.argv[2])):
    mine = [f for f in fr if f[0] == r["function"]]
    outer = [f for f in mine if not any(o[3] < f[3] and o[1] <= f[1] and o[1] + o[2] >= f[1] + f[2] for o in mine)]
    w = sum(f[2] for f in outer)
    assert w == int(r["live_bytes"]), (r["function"], w, r["live_bytes"])
PY

for s in 1 2; do
	"$SFTRACE" memory --milestone stage_mark --select $s --folded s$s.folded m.log "$child_log" >/dev/null 2>&1
	want=$(awk -v s=$s '$1 == "select" && $2 == s { print $3, $4 }' mo.out | sort)
	got=$(for fn in $(awk -v s=$s '$1 == "select" && $2 == s { print $3 }' mo.out); do
		echo "$fn $(awk -v f="$fn" '{ n = $NF; sub(/ [0-9]+$/, ""); k = split($0, p, ";");
			for (i = 1; i <= k; i++) if (p[i] == f) { s += n; break } } END { print s + 0 }' s$s.folded)"
	done | sort)
	check_eq "--select $s: the bytes live at the end of stage $s, per function" "$want" "$got"
	check_eq "--select $s: the folded stacks add up to stage $s's live_bytes" \
		"$(awk -F, -v s=$s 'NR == s + 2 { print $8 }' st.csv)" \
		"$(awk '{ s += $NF } END { print s }' s$s.folded)"
done

# --- the plot --------------------------------------------------------------
"$SFTRACE" memory --milestone stage_mark --plot p.svg m.log "$child_log" >/dev/null 2>&1
"$SFTRACE" memory --milestone stage_mark --plot pf.svg --fold m.log "$child_log" >/dev/null 2>&1
check "--plot is XML with one curve and a dashed line per milestone call (4)" python3 - p.svg 1 4 <<'PY'
import sys
import xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
curves = root.findall(".//s:g[@id='curves']/s:polyline", ns)
marks = root.findall(".//s:g[@id='marks']/s:line", ns)
assert len(curves) == int(sys.argv[2]), len(curves)
assert len(marks) == int(sys.argv[3]), len(marks)
for c in curves:
    pts = [tuple(map(float, p.split(","))) for p in c.get("points").split()]
    assert len(pts) >= 2 and all(a[0] <= b[0] for a, b in zip(pts, pts[1:])), pts[:5]
PY
check "--plot --fold: one curve per stage (5)" python3 - pf.svg <<'PY'
import sys
import xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
assert len(root.findall(".//s:g[@id='curves']/s:polyline", ns)) == 5
assert len(root.findall(".//s:g[@id='legend']/s:text", ns)) == 5
PY

# --- events, one event, one address -------------------------------------
"$SFTRACE" memory --events m.log "$child_log" >ev.txt 2>/dev/null
check_eq "--events lists every memory event of the logs (sftrace dump counts them)" \
	"$("$SFTRACE" dump m.log "$child_log" 2>/dev/null |
		grep -cE '^ *[0-9]+ +[0-9]+ (alloc|free|realloc-new|realloc-old) ')" "$(grep -vc '^#' ev.txt)"
n=$(awk '$5 == "alloc" && $6 == 100 && $8 == "site_calloc" { print $1; exit }' ev.txt)
"$SFTRACE" memory --show "$n" m.log "$child_log" >show.txt 2>&1
check "--show N: calloc(4, 25) in site_calloc, called from run_single" \
	sh -c 'grep -q "^event '"$n"': alloc of 100 bytes" show.txt && grep -q "at site_calloc" show.txt && grep -q "at run_single" show.txt'
"$SFTRACE" memory --show 100000 m.log >/dev/null 2>&1
check_eq "--show past the last event: exit 1" 1 "$?"

set -- $(awk '$1 == "track" { print $2, $3, $4 }' mo.out)
"$SFTRACE" memory --track "$1" m.log >track.txt 2>&1
check "--track: the block the producer allocated in produce, freed by the consumer in consume" \
	python3 - track.txt "$2" "$3" <<'PY'
import sys
ev = open(sys.argv[1]).read().split("\nevent ")
first = [e for e in ev if "alloc of 1000 bytes" in e]
assert first, ev
i = ev.index(first[0])
a, f = ev[i], ev[i + 1]
assert "thread %s " % sys.argv[2] in a and "at produce" in a and "at producer_main" in a, a
assert "free of 1000 bytes" in f and "thread %s " % sys.argv[3] in f and "at consume" in f, f
assert "the block was allocated (1000 bytes) at" in f and f.rindex("at produce") > f.index("allocated"), f
PY

# --- no memory events ------------------------------------------------------
sf_record plain.log ./mo >/dev/null
"$SFTRACE" memory plain.log >/dev/null 2>plain.err
check_eq "a log without memory events: exit 1" 1 "$?"
check "... with how to record them" \
	sh -c 'grep -q "no memory events" plain.err && grep -q "sftrace record --memory" plain.err && grep -q SftraceAllocator plain.err'

# --- C++ ---------------------------------------------------------------------
# shellcheck disable=SC2086
if clang++ -O2 -g $XRAY_CFLAGS -fno-optimize-sibling-calls -c -o mc.o "$PROGS/mem-cxx.cpp" &&
	clang++ -o mc mc.o; then
	"$SFTRACE" record --solib "$SOLIB" -m -o c.log -- ./mc >mc.out 2>"$T/record.err"
	check_eq "C++: record -m exits 0" 0 "$?"
	"$SFTRACE" memory --csv c.log >c.csv 2>/dev/null
	check_rows "C++: new, new[], delete, delete[] and a vector's buffer at their sites" c.csv mc.out
else
	not_ok "C++: build mem-cxx.cpp"
fi

# --- Rust --------------------------------------------------------------------
if ! command -v rustc >/dev/null; then
	ok "Rust: inclusive counts # SKIP rustc not installed"
elif ! rust_xray mr "$PROGS/mem-rust.rs" 2>mr.err; then
	if grep -q 'instrument-xray' mr.err; then
		ok "Rust: inclusive counts # SKIP rustc does not accept -Zinstrument-xray"
	else
		not_ok "Rust: build mem-rust.rs"
		sed 's/^/#   /' mr.err | head -10
	fi
else
	"$SFTRACE" record --solib "$SOLIB" -m -o r.log -- ./mr >mr.out 2>"$T/record.err"
	check_eq "Rust: record -m exits 0" 0 "$?"
	"$SFTRACE" memory --csv r.log >r.csv 2>/dev/null
	check_rows "Rust: Box, Vec and vec! through the System allocator, counted for their callers" \
		r.csv mr.out
fi
done_testing
