#!/bin/sh
# Frames left by an exception, a longjmp or a Rust panic through a recursion are closed
# exactly (the runtime compares entry stack pointers and writes UNWIND),
# not guessed by function id: the reader used to pop the nearest frame of
# the same function, so the calls made by the catching frame at depth 500
# appeared 500 levels too deep, at depth 1000. Checked: the call after the
# catch is one level below the 500th rec frame, the counts are exact, and
# every unwound frame is closed (the tree has no rec deeper than 1000).
. "$(dirname "$0")/lib.sh"
need clang

clang++ -O1 -g $XRAY_CFLAGS -c -o exc.o "$PROGS/unwind-exc.cpp" && clang++ -o exc exc.o ||
	{ not_ok "build unwind-exc.cpp"; done_testing; exit 1; }
clang -O1 -g $XRAY_CFLAGS -c -o jmp.o "$PROGS/unwind-jmp.c" && clang -o jmp jmp.o ||
	{ not_ok "build unwind-jmp.c"; done_testing; exit 1; }

# col LOG NAME N: the column where the Nth line naming NAME starts its name
col() {
	"$SFTRACE" tree --no-fold-recursion "$1" 2>/dev/null |
		awk -v n="$3" -v f="- $2" 'index($0, f) { if (++k == n) { print index($0, f); exit } }'
}
for p in exc:after_catch jmp:after_jump; do
	prog=${p%%:*} after=${p#*:}
	sf_record $prog.log ./$prog 1 >out
	check_eq "$prog: exit status 0" 0 "$?"
	rec501=$(col $prog.log rec 501)
	got=$(col $prog.log "$after" 1)
	check_eq "$prog: $after is called at depth 501, one level below the catching rec frame" \
		"${rec501:-no rec at depth 501}" "${got:-no $after}"
	trace_counts $prog.log >got.counts
	grep '^count ' out | awk '{ print $2, $3 }' | LC_ALL=C sort >want.counts
	check_counts "$prog: counts exact" want.counts got.counts
	"$SFTRACE" dump $prog.log >d.txt
	check_eq "$prog: one UNWIND of the 500 frames" 1 "$(grep -c ' unwind  *500 frames' d.txt)"
done
# A Rust panic caught by catch_unwind (the runtime may close the frames in
# more than one UNWIND: the panic machinery's frames are traced too).
if command -v rustc >/dev/null && rust_xray panic "$PROGS/unwind-panic.rs" -C opt-level=1 2>rustc.err; then
	sf_record panic.log ./panic 1 >out
	check_eq "rust: exit status 0" 0 "$?"
	rec501=$(col panic.log unwind_panic::rec 501)
	got=$(col panic.log unwind_panic::after_catch 1)
	check_eq "rust: after_catch is called at depth 501, one level below the catching rec frame" \
		"${rec501:-no rec at depth 501}" "${got:-no after_catch}"
	"$SFTRACE" report --csv panic.log >p.csv 2>/dev/null
	check_eq "rust: rec calls as the program counted" "$(sed -n 's/^count rec //p' out)" \
		"$(awk -F, '$1 == "unwind_panic::rec" { print $4 }' p.csv)"
else
	echo "# SKIP rust case: rustc with -Zinstrument-xray not available ($(head -1 rustc.err 2>/dev/null))"
fi

# many rounds: the repaired frames are the unwound ones, nothing else
sf_record many.log ./exc 200 >/dev/null
"$SFTRACE" report --csv many.log >r.csv 2>r.err
check "200 throws: report says 100000 frames were closed for unwinding" grep -q 'repaired 100000 frames' r.err
done_testing
