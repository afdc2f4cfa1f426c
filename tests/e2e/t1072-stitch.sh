#!/bin/sh
# tree and flamegraph --stitch (tools/read/flows.h): the work that other
# threads ran for a call is grafted under it, so a parallel program reads
# as one call tree. Oracle: the same program with RAYON_NUM_THREADS=1 and
# =4 (and plain threads) must give the same stitched paths of its own
# functions with the same call counts, rayon's and the standard library's
# frames left out (tree-paths.py reads `tree --json`); without --stitch
# they differ (the check can fail). The flame graph of a stitched tree
# draws every frame inside its parent (widths are the time of the whole
# subtree, across threads) and says in the tooltip how much work other
# threads did.
. "$(dirname "$0")/lib.sh"
need rustc cargo python3 flock
dpkg-query -W -f='${Status}' librust-rayon-dev 2>/dev/null | grep -q 'install ok installed' ||
	skip_all "librust-rayon-dev not installed (scripts/install-deps --test)"

rayon_progs "$T/bin" 2>build.err || { not_ok "rayon_progs"; sed 's/^/#   /' build.err | tail; }

# paths LOG OUT [tree options]: the program's stitched paths
paths() {
	log=$1 out=$2
	shift 2
	"$SFTRACE" tree --no-fold-recursion --json "$@" -o "$out.json" "$log" 2>"$out.err" &&
		python3 "$TOP/tests/oracles/tree-paths.py" "$out.json" "$prog::" flowlog:: >"$out"
}

for prog in $RAYON_BINS; do
	[ -x "bin/$prog" ] || continue
	for n in 1 4; do
		RAYON_NUM_THREADS=$n "$SFTRACE" record --solib "$SOLIB" -o $prog.$n.log -- bin/$prog \
			>$prog.$n.out 2>$prog.$n.err || not_ok "$prog: record with $n threads"
		paths $prog.$n.log $prog.$n.paths --stitch || not_ok "$prog: tree --stitch ($n)"
	done
	check "$prog: stitched paths found ($(wc -l <$prog.1.paths))" test -s $prog.1.paths
	check_cmp "$prog: stitched, 4 threads = 1 thread (program functions, calls)" \
		$prog.1.paths $prog.4.paths
	paths $prog.4.log $prog.flat.paths
	check "$prog: without --stitch the paths differ" sh -c "! cmp -s $prog.flat.paths $prog.4.paths"
	check "$prog: the JSON marks stitched nodes" grep -q '"stitched":{"threads":' $prog.4.paths.json
done

# The flame graph: every frame within its parent's span, a tooltip that
# names the other threads' work.
if [ -f rquicksort.4.log ]; then
	"$SFTRACE" flamegraph --stitch -o q.svg rquicksort.4.log 2>fg.err
	check_eq "flamegraph --stitch exits 0" 0 "$?"
	python3 - q.svg >fg.out <<'EOF'
import re, sys
svg = open(sys.argv[1]).read()
frames = [tuple(int(x) for x in m) for m in
          re.findall(r'<g fg:x="(\d+)" fg:w="(\d+)" fg:d="(\d+)">', svg)]
# a frame at depth d lies inside a frame at depth d-1 drawn before it
bad = 0
open_at = {}
for x, w, d in frames:
    open_at[d] = (x, w)
    if d and d - 1 in open_at:
        px, pw = open_at[d - 1]
        if x < px or x + w > px + pw:
            bad += 1
print("frames", len(frames), "outside", bad)
EOF
	check "flame graph: every frame within its parent" grep -q "outside 0$" fg.out
	check "flame graph: a tooltip says what other threads did" grep -q "of work on [0-9]* other thread" q.svg
fi
done_testing
