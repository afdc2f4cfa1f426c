#!/bin/sh
# sftrace flamegraph on the hand-timed log of analysis-lib.sh: folded
# stacks (by time and by calls) against the known call graph, the
# recursion folded and with --no-fold-recursion, several logs under
# process frames, -f, and a well-formed SVG whose frame widths are the
# known totals.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need cc python3 nm readelf

check "synthetic log written" an_synth a.log

# Self time per path, worked out by hand; paths with no self time (delta)
# are left out. Depth first, children by name. The three nested rec frames
# are one frame, rec ×3, with their self times (300 + 400 + 200).
cat >expect.folded <<'EOF2'
main 7860
main;alpha 540
main;alpha;beta 100
main;gamma_ 100
main;gamma_;beta 500
main;rec ×3 900
main;rec ×3;beta 100
EOF2
check "--folded runs" sh -c '"$1" flamegraph --folded a.log >out.folded 2>/dev/null' sh "$SFTRACE"
check_cmp "folded stacks by self time" expect.folded out.folded
check_eq "folded weights add up to the threads' time" 10100 \
	"$(awk '{ s += $NF } END { print s }' out.folded)"

cat >expect-raw.folded <<'EOF2'
main 7860
main;alpha 540
main;alpha;beta 100
main;gamma_ 100
main;gamma_;beta 500
main;rec 300
main;rec;rec 400
main;rec;rec;rec 200
main;rec;rec;rec;beta 100
EOF2
"$SFTRACE" flamegraph --folded --no-fold-recursion a.log >raw.folded 2>/dev/null
check_cmp "--no-fold-recursion: a stack per recursion level" expect-raw.folded raw.folded

cat >expect-calls.folded <<'EOF2'
main 2
main;alpha 4
main;alpha;beta 1
main;delta 1
main;gamma_ 1
main;gamma_;beta 1
main;rec ×3 3
main;rec ×3;beta 1
EOF2
"$SFTRACE" flamegraph --folded --calls a.log -o calls.folded 2>/dev/null
check_cmp "folded stacks by calls (-o)" expect-calls.folded calls.folded

"$SFTRACE" flamegraph --folded -f beta a.log >f.folded 2>/dev/null
check_eq "-f beta" "beta 700" "$(cat f.folded)"

an_synth b.log 1001 >/dev/null
"$SFTRACE" flamegraph --folded a.log b.log >two.folded 2>/dev/null
{ sed 's/^/prog [1000];/' expect.folded; sed 's/^/prog [1001];/' expect.folded; } >expect-two.folded
check_cmp "two logs: each process is the root frame" expect-two.folded two.folded

# --calls counts calls: a process frame is none, and one without calls in
# the window (c.log starts 5000 ns after a.log) is not drawn at all.
sed 's/^/prog [1000];/' expect-calls.folded >expect-calls-two.folded
sed 's/^/prog [1001];/' expect-calls.folded >>expect-calls-two.folded
"$SFTRACE" flamegraph --folded --calls a.log b.log >calls-two.folded 2>/dev/null
check_cmp "two logs by calls: process frames add no call" expect-calls-two.folded calls-two.folded
an_synth c.log 1002 1000005000 >/dev/null
"$SFTRACE" flamegraph --calls --to 4000 a.log c.log -o w2.svg 2>/dev/null
check "a process without calls in the window is not drawn" sh -c '! grep -q "prog \[1002\]" w2.svg'
check_eq "--calls: the root is the 12 calls before 4000 ns (9 on thread 11, 3 on 12)" \
	'fg:total="12"' "$(grep -o 'fg:total="[0-9]*"' w2.svg)"

"$SFTRACE" flamegraph --tid 12 --folded a.log >tid.folded 2>/dev/null
check_eq "--tid 12" "main 60|main;alpha 40" "$(tr '\n' '|' <tid.folded | sed 's/|$//')"

# The SVG: well-formed XML, one frame per drawn path, widths from totals.
check "SVG written" sh -c '"$1" flamegraph a.log -o a.svg 2>/dev/null' sh "$SFTRACE"
python3 - a.svg >frames.txt <<'PY'
import sys
import xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
frames = root.find(".//s:g[@id='frames']", ns)
for g in frames.findall("s:g", ns):
    title = g.find("s:title", ns).text.split("\n")[0]
    rect = g.find("s:rect", ns)
    print(title, g.get("{urn:sftrace:flamegraph}d"), g.get("{urn:sftrace:flamegraph}w"),
          "%.1f" % float(rect.get("width")))
PY
# 1180 px for 10100 ns; delta (0 ns) is not drawn.
cat >expect-frames.txt <<'EOF2'
all 0 10100 1180.0
main 1 10100 1180.0
alpha 2 640 74.8
beta 3 100 11.7
gamma_ 2 600 70.1
beta 3 500 58.4
rec ×3 2 1000 116.8
beta 3 100 11.7
EOF2
check_cmp "SVG frames: depth, width in ns and pixels" expect-frames.txt frames.txt
tr '\n' '|' <a.svg | grep -o '<title>rec [^<]*' >rec-title.txt
check_eq "SVG: the folded frame's tooltip has the run's self time and calls" \
	"<title>rec ×3|1.000 us (9.90%), self 900 ns, 3 calls" "$(cat rec-title.txt)"
check "SVG embeds its script" grep -q 'function zoom' a.svg
check "SVG has no external references" sh -c '! grep -Eq "(href|src)=\"http" a.svg'
"$SFTRACE" flamegraph --calls a.log -o c.svg 2>/dev/null
check "--calls: root width is all calls (14)" grep -q 'fg:total="14"' c.svg
"$SFTRACE" flamegraph --width 50 a.log >/dev/null 2>&1; check_eq "bad --width exits 2" 2 $?
"$SFTRACE" flamegraph a.log -o /nonexistent/dir/x.svg 2>err; check_eq "unwritable output exits 1" 1 $?
check "unwritable output is named" grep -q "/nonexistent/dir/x.svg" err

"$SFTRACE" flamegraph --from 1s a.log -o e.svg 2>err2
check "a window after the end: warned" grep -q "warning: no calls in the selected" err2
check "an empty graph says so" grep -q '>No calls to draw<' e.svg
check "the empty graph is well-formed XML" python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' e.svg

"$SFTRACE" flamegraph --folded --title T --width 300 a.log >/dev/null 2>err3
check "--folded with SVG options: warned" grep -q "no effect with --folded" err3
"$SFTRACE" flamegraph --folded a.log >/dev/null 2>err4
check "--folded alone: no warning" sh -c '! grep -q "no effect" err4'

done_testing
