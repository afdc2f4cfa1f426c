#!/bin/sh
# Logs of the Rust sftrace (`sf\0trace`, CBOR) are read by every command.
# The logs are made by an independent writer (tests/oracles/mkrustlog.py:
# hand-written CBOR, function ids from the ELF file's xray_instr_map read
# with struct) from the events of our own recordings, with the same
# timestamps: report, tree, memory and the pola conversion of the Rust log
# must equal those of the original log (tids aside: the Rust runtime
# numbers threads 0, 1, ...). Then argument maps, bignums and
# indefinite-length maps (skipped), a cut and a corrupt log (a warning,
# what is readable), a module that moved (-s) or is another build, and
# files that are not logs at all.
. "$(dirname "$0")/lib.sh"
need clang python3
MK="$TOP/tests/oracles/mkrustlog.py"

cc_xray threads "$PROGS/threads.c" || { not_ok "build threads.c"; done_testing; exit 1; }
cc_xray mem "$PROGS/mem-oracle.c" -fno-optimize-sibling-calls ||
	{ not_ok "build mem-oracle.c"; done_testing; exit 1; }

sf_record orig.log ./threads 8 2000 >/dev/null
check_eq "record threads" 0 "$?"
"$SFTRACE" dump orig.log >orig.dump 2>/dev/null
python3 "$MK" --dump orig.dump --object threads -o rust.log --args --indefinite >mk.out
check "mkrustlog wrote a log" test -s rust.log
check "the Rust log starts with sf\\0trace" sh -c "head -c 8 rust.log | od -An -c | grep -q 's  *f  *\\\\0  *t  *r  *a  *c  *e'"

want=$(sed -n 's/^events \([0-9]*\) .*/\1/p' mk.out)
got=$("$SFTRACE" dump rust.log 2>dump.err | awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/' | wc -l)
check_eq "dump reads every event the writer wrote" "$want" "$got"
check_eq "dump: no warning" "" "$(grep -v ' events, ' dump.err)"
"$SFTRACE" dump --no-events rust.log >rust.head 2>&1
check "dump: 9 threads" grep -q '^threads: *9$' rust.head
check "dump: pid from the metadata" grep -q '^pid: *4242 ' rust.head
check "dump: the module is the program" grep -q '^  \[0\] threads$' rust.head

for c in report tree; do
	"$SFTRACE" $c orig.log >orig.$c 2>/dev/null
	"$SFTRACE" $c rust.log >rust.$c 2>rust.$c.err
	check_eq "$c: exit 0" 0 "$?"
	check "$c: output not empty" test -s rust.$c
	check "$c: the Rust log gives the original's result" cmp -s orig.$c rust.$c
done
"$SFTRACE" report --csv --tid 0 rust.log >rust.tid0 2>/dev/null
main_tid=$(sed -n 's/^pid: *\([0-9]*\) .*/\1/p' orig.dump)
"$SFTRACE" report --csv --tid "$main_tid" orig.log >orig.tid0 2>/dev/null
check "report --tid: Rust thread 0 is the original main thread" cmp -s orig.tid0 rust.tid0

# pola: every column equal but tid (numbered by the Rust runtime)
if command -v node >/dev/null && [ -d "$TOP/tests/oracles/node_modules" ]; then
	"$SFTRACE" convert -t pola orig.log -o orig.pola 2>/dev/null
	"$SFTRACE" convert -t pola rust.log -o rust.pola 2>/dev/null
	for f in orig rust; do
		node "$TOP/tests/oracles/polars-dump.mjs" data $f.pola |
			awk '/^# column/ { skip = ($3 == "tid") } !skip' >$f.pl
		node "$TOP/tests/oracles/polars-dump.mjs" data $f.pola.symtab >$f.sym
	done
	check "pola (polars): rows equal but tid" cmp -s orig.pl rust.pl
	check "pola (polars): rows read" grep -q '^# rows [1-9]' rust.pl
	check "pola.symtab (polars): equal" cmp -s orig.sym rust.sym
else
	ok "# SKIP pola comparison: node or tests/oracles/node_modules missing"
fi

# convert --type chrome-trace: the Rust tool's name of our perfetto type
"$SFTRACE" convert --type chrome-trace rust.log -o ct.pb.gz 2>/dev/null
check_eq "convert --type chrome-trace: exit 0" 0 "$?"
"$SFTRACE" convert --type perfetto rust.log -o pf.pb.gz 2>/dev/null
check_eq "convert --type chrome-trace = --type perfetto" "$(zcat pf.pb.gz | cksum)" "$(zcat ct.pb.gz | cksum)"

# memory events: the sftrace-setup allocator's kinds 4-7
"$SFTRACE" record --solib "$SOLIB" -m -o morig.log -- ./mem >/dev/null 2>&1
"$SFTRACE" dump morig.log >morig.dump 2>/dev/null
python3 "$MK" --dump morig.dump --object mem -o mrust.log --args >mmk.out
"$SFTRACE" memory --csv morig.log >morig.csv 2>/dev/null
"$SFTRACE" memory --csv mrust.log >mrust.csv 2>/dev/null
check_eq "memory: exit 0" 0 "$?"
check "memory: rows" test "$(wc -l <mrust.csv)" -gt 3
check "memory: the Rust log gives the original's table" cmp -s morig.csv mrust.csv
"$SFTRACE" memory --csv --milestone stage_mark morig.log >morig.st 2>/dev/null
"$SFTRACE" memory --csv --milestone stage_mark mrust.log >mrust.st 2>/dev/null
check "memory --milestone: the same stages" cmp -s morig.st mrust.st

# a Rust program (v0 names, the Rust sftrace's own kind of program)
if rustc_ok && rust_xray rusty "$PROGS/rusty.rs" 2>/dev/null; then
	sf_record rorig.log ./rusty >/dev/null
	"$SFTRACE" dump rorig.log >rorig.dump 2>/dev/null
	python3 "$MK" --dump rorig.dump --object rusty -o rrust.log >/dev/null
	"$SFTRACE" report --csv rorig.log >rorig.rep 2>/dev/null
	"$SFTRACE" report --csv rrust.log >rrust.rep 2>/dev/null
	# calls per function always; whole rows where no panic unwound a frame
	# (the original log's UNWIND records say when those frames ended; the
	# Rust format has none, so they end at the outer exit)
	for f in rorig rrust; do
		awk -F, 'NR > 1 { n = $1; for (i = 2; i <= NF - 9; i++) n = n "," $i; print n, $(NF - 6) }' $f.rep |
			LC_ALL=C sort >$f.calls
		grep -v 'may_panic\|rusty::main\|lang_start\|begin_short_backtrace\|catch_unwind\|try' $f.rep >$f.rows
	done
	check "Rust program: calls per function equal" cmp -s rorig.calls rrust.calls
	check "Rust program: rows without unwinding equal" cmp -s rorig.rows rrust.rows
	check "Rust program: demangled names" grep -q '^rusty::fib,' rrust.rep
else
	ok "# SKIP Rust program: no rustc with -Zinstrument-xray"
fi

# the Perfetto trace of the Rust log passes the importer's rules, and has the
# original's slices (names, depths, times) on threads 0, 1, ... instead of OS tids
# (the memory program's log: small, with a heap counter)
if command -v protoc >/dev/null && command -v node >/dev/null; then
	. "$TOP/tests/e2e/perfetto-lib.sh"
	"$SFTRACE" convert morig.log -o opf.pb.gz 2>/dev/null
	"$SFTRACE" convert mrust.log -o pf.pb.gz 2>/dev/null
	check "perfetto of the Rust log: the importer's rules hold" pf_check pf.pb.gz pf.norm
	pf_check opf.pb.gz opf.norm >/dev/null
	for f in pf opf; do
		# times from the log's start (the Rust log has no CLOCK_MONOTONIC origin)
		awk -F'\t' '$1 == "slice" { s[++n] = $4 " " $5 " " $6; b[n] = $7; e[n] = $8
			if (!m || $7 < m) m = $7 }
			END { for (i = 1; i <= n; i++) print s[i], b[i] - m, e[i] - m }' $f.norm |
			LC_ALL=C sort >$f.slices
	done
	check "perfetto of the Rust log: slices" test -s pf.slices
	check "perfetto of the Rust log: the original's slices" cmp -s opf.slices pf.slices
	check_eq "perfetto of the Rust log: its threads" "$(sed -n 's/.* threads \([0-9]*\)$/\1/p' mmk.out)" "$(awk -F'\t' '$1 == "thread"' pf.norm | wc -l)"
else
	ok "# SKIP perfetto check: protoc or node missing"
fi

# damage: cut in the middle of an event, garbage inside
size=$(wc -c <rust.log)
head -c $((size / 2 + 3)) rust.log >cut.log
"$SFTRACE" report cut.log >cut.rep 2>cut.err
check_eq "cut log: report exits 0" 0 "$?"
check "cut log: a warning says it is cut" grep -q "cut.log'.*ends in the middle of an event" cut.err
check "cut log: what was read is reported" grep -q worker_main cut.rep
(head -c 4000 rust.log; head -c 3000 /dev/zero | tr '\0' '\377'; tail -c +7001 rust.log) >noise.log
"$SFTRACE" tree noise.log >/dev/null 2>noise.err
check_eq "corrupt log: tree exits 0" 0 "$?"
check "corrupt log: the warning names the byte" grep -q "noise.log'.*damaged at byte [0-9]* of $size" noise.err

# the module: moved (-s finds it by build-id), missing, another build
mkdir moved && cp threads moved/threads
python3 "$MK" --dump orig.dump --object threads --path "$T/gone/threads" -o gone.log >/dev/null
"$SFTRACE" report gone.log >/dev/null 2>gone.err
check_eq "module missing: exit 1" 1 "$?"
check "module missing: the error names it and -s" grep -q "gone/threads'.*cannot be read.*-s FILE" gone.err
"$SFTRACE" report -s "$T/threads.o" -s moved/threads gone.log >gone.rep 2>/dev/null
check_eq "module moved: report -s exits 0" 0 "$?"
check "module moved: report -s gives the original's result" cmp -s orig.report gone.rep
"$SFTRACE" convert -s moved/threads gone.log -o gone.pb.gz 2>/dev/null
check_eq "module moved: convert -s exits 0" 0 "$?"
cc_xray other "$PROGS/recurse.c"
python3 "$MK" --dump orig.dump --object threads --path "$T/other" -o other.log >/dev/null
"$SFTRACE" report other.log >/dev/null 2>other.err
check_eq "another build: exit 1" 1 "$?"
check "another build: the error says so" grep -q "another build of '$T/other'" other.err

# not logs
printf 'sf\000trace' >magic-only.log
printf 'sf\000trace\377\377\377' >bad-meta.log
printf 'sf\000trace\241\143\160\151\144\001' >no-path.log
for f in magic-only bad-meta no-path; do
	"$SFTRACE" report $f.log >/dev/null 2>$f.err
	check_eq "$f: exit 1" 1 "$?"
	check "$f: one error line" test "$(grep -c 'error:' $f.err)" = 1
done
check "no-path: names the missing field" grep -q "shlib_path" no-path.err
done_testing
