#!/bin/sh
# The flame graph SVG in headless Chromium (tests/oracles/flame-check.mjs
# with playwright-core): frames render where the known totals put them,
# the screenshot shows each frame in its colour, a click zooms (the frame
# fills the width, ancestors fade, others hide), tooltips carry time,
# percentage and calls, and the Search prompt highlights matches with the
# matched share.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/analysis-lib.sh"
need cc python3 nm readelf node oracles
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || skip_all "chromium not installed"
[ -d "$TOP/tests/oracles/node_modules/playwright-core" ] || skip_all "playwright-core missing (npm ci in tests/oracles)"

# Unfolded, so that zooming into rec has nested frames to rescale.
an_synth a.log && "$SFTRACE" flamegraph --no-fold-recursion a.log -o a.svg 2>/dev/null
check "SVG written" test -s a.svg

check "browser session (click rec, search beta)" sh -c \
	'node "$1/tests/oracles/flame-check.mjs" "$2" a.svg shot.png --click rec --search "^beta$" >out.txt 2>err.txt' \
	sh "$TOP" "$CHROMIUM"
sed 's/^/# /' err.txt | head -20
# Before the click: the first block of lines.
sed -n '1,/^zoomed/p' out.txt >before.txt
sed -n '/^zoomed/,$p' out.txt >after.txt

check_eq "ten frames drawn (delta has no width)" "frames 10" "$(grep '^frames' before.txt)"
# x and width from the known totals: 1180 px for 10100 ns, siblings by name.
check_eq "frames where the totals put them" \
	"frame 0 all 10.0 1180.0|frame 1 main 10.0 1180.0|frame 2 alpha 10.0 74.8|frame 2 gamma_ 84.8 70.1|frame 2 rec 154.9 116.8" \
	"$(grep '^frame [012] ' before.txt | tr '\n' '|' | sed 's/|$//')"
check_eq "every frame wide enough shows its colour in the screenshot" "" \
	"$(grep '^pixel' before.txt | grep -v ' ok ')"
check "pixels were checked" grep -q '^pixel rec ok' before.txt
check_eq "tooltip of rec" "title rec rec | 1.000 us (9.90%), self 300 ns, 1 call" \
	"$(grep '^title rec ' before.txt | head -1)"
check_eq "label of main" "label main main" "$(grep '^label main' before.txt)"

check_eq "zoomed into rec" "zoomed rec" "$(sed -n 1p after.txt)"
check_eq "after the zoom: rec's subtree and its faded ancestors" \
	"frame 0 all 10.0 1180.0|frame 1 main 10.0 1180.0|frame 2 rec 10.0 1180.0|frame 3 rec 10.0 826.0|frame 4 rec 10.0 354.0|frame 5 beta 10.0 118.0" \
	"$(grep '^frame ' after.txt | tr '\n' '|' | sed 's/|$//')"
check_eq "ancestors faded" "parent all|parent main" "$(grep '^parent' after.txt | tr '\n' '|' | sed 's/|$//')"
check_eq "zoomed frames in their colours" "" "$(grep '^pixel' after.txt | grep -v ' ok ')"
# Search inside the zoom: beta is 100 of rec's 1000 ns.
check_eq "search share within the zoom" "matched Matched: 10.0%" "$(grep '^matched' after.txt)"
check_eq "three beta frames highlighted" 3 "$(grep -c '^highlight beta$' after.txt)"

check "browser session (search only)" sh -c \
	'node "$1/tests/oracles/flame-check.mjs" "$2" a.svg shot2.png --search "beta|gamma" >out2.txt 2>err2.txt' \
	sh "$TOP" "$CHROMIUM"
# beta (700) and gamma_ (600, containing 500 of beta): 800 of 10100 ns.
check_eq "search share: nested matches counted once" "matched Matched: 7.9%" "$(grep '^matched' out2.txt)"
check "no script errors" sh -c '! grep -q "^script error" out.txt out2.txt'

# Folded (the default): rec ×3 is one frame, and zooms like any other.
"$SFTRACE" flamegraph a.log -o folded.svg 2>/dev/null
check "browser session on the folded graph (click rec ×3)" sh -c \
	'node "$1/tests/oracles/flame-check.mjs" "$2" folded.svg shot3.png --click "rec ×3" >out3.txt 2>err3.txt' \
	sh "$TOP" "$CHROMIUM"
check_eq "folded: eight frames drawn" "frames 8" "$(sed -n '1,/^zoomed/p' out3.txt | grep '^frames')"
check_eq "folded: tooltip of rec ×3" "title rec ×3 rec ×3 | 1.000 us (9.90%), self 900 ns, 3 calls" \
	"$(grep '^title rec ' out3.txt | head -1)"
check_eq "folded: zoomed into rec ×3, beta under it" \
	"frame 0 all 10.0 1180.0|frame 1 main 10.0 1180.0|frame 2 rec ×3 10.0 1180.0|frame 3 beta 10.0 118.0" \
	"$(sed -n '/^zoomed/,$p' out3.txt | grep '^frame ' | tr '\n' '|' | sed 's/|$//')"
check "folded: no script errors" sh -c '! grep -q "^script error" out3.txt'

# Labels of non-ASCII names: the SVG's own drawing and the script's (a
# click on the root redraws every frame at the same scale) must fit the
# same characters, counted as JavaScript counts them (UTF-16 units), and
# never cut a surrogate pair in half.
cat >u.c <<'PROG'
void größe_öäü_ßßß_αβγδεζηθ(void) {}
void 😀😀😀😀😀😀_emoji(void) {}
int main(void) { return 0; }
PROG
cat >u.txt <<'SCRIPT'
thread 1 main
E main 0
E größe_öäü_ßßß_αβγδεζηθ 10
X 500
E 😀😀😀😀😀😀_emoji 500
X 1000
X 1000
SCRIPT
if cc -o u u.c 2>/dev/null && python3 "$TOP/tests/oracles/mklog.py" --exe u -o u.log u.txt; then
	for w in 200 300; do
		"$SFTRACE" flamegraph --width $w u.log -o u$w.svg 2>/dev/null
		node "$TOP/tests/oracles/flame-check.mjs" "$CHROMIUM" u$w.svg u$w.png --click all \
			>u$w.txt 2>/dev/null
		sed -n '1,/^zoomed/p' u$w.txt | grep '^label' >u$w-before.txt
		sed -n '/^zoomed/,$p' u$w.txt | grep '^label' >u$w-after.txt
		check_cmp "width $w: the SVG's labels are the script's" u$w-before.txt u$w-after.txt
		check "width $w: a non-ASCII label was cut" grep -q '^label größe.* größe.*\.\.$' u$w-before.txt
		# (node prints a lone surrogate as U+FFFD)
		check "width $w: no half surrogate pair" sh -c '! grep -q "�" "$1"' sh u$w-after.txt
	done
else
	not_ok "a program with UTF-8 identifiers and its log (cc, mklog.py)"
fi

done_testing
