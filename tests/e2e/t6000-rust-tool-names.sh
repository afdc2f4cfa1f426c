#!/bin/sh
# Every option spelling of the Rust sftrace's record, filter, convert and
# memory commands (argh definitions in its src/tools/*.rs; docs/rust-tool.md)
# works here with the same meaning, as the users' workflow runs them:
#   record [--solib P] [-f F] [-o O] CMD...  --print-solib  --print-solib-install-dir
#   filter -p OBJ [-r RE] [--list FILE] -o OUT
#   convert LOG [-s SYM] [--type chrome-trace|pola] -o OUT
#   memory LOG [-s SYM] --milestone SYM [--flamegraph F] [--plot P] [--fold] [--select N[,N]]
# Oracles: the program's own call counts, the functions a filter selects
# (read back from the log), file types, and the outputs of our own names.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
cc_xray mem "$PROGS/mem-oracle.c" -fno-optimize-sibling-calls ||
	{ not_ok "build mem-oracle.c"; done_testing; exit 1; }

# --- record ---------------------------------------------------------------
# The seed workflow's install step, in a home of its own, with an sftrace
# binary that has no runtime beside it: record must find the installed one.
mkdir -p bin home && cp "$SFTRACE" bin/sftrace
dir=$(HOME="$T/home" XDG_DATA_HOME= bin/sftrace record --print-solib-install-dir)
check_eq "--print-solib-install-dir: the XDG data dir" "$T/home/.local/share/sftrace" "$dir"
mkdir "$dir" && cp "$SOLIB" "$B/libsftrace-malloc.so" "$dir/"
check_eq "--print-solib: the installed runtime" "$dir/libsftrace.so" \
	"$(HOME="$T/home" XDG_DATA_HOME= bin/sftrace record --print-solib)"
dir2=$(HOME="$T/home" XDG_DATA_HOME="$T/xdg" bin/sftrace record --print-solib-install-dir)
check_eq "--print-solib-install-dir: \$XDG_DATA_HOME/sftrace" "$T/xdg/sftrace" "$dir2"

HOME="$T/home" XDG_DATA_HOME= bin/sftrace record -o sf.log -- ./prog 5 >prog.out 2>rec.err
check_eq "record -o: exit status of the program" 0 "$?"
prog_counts prog.out >want
trace_counts sf.log >got
check_counts "record -o (runtime from the install dir): every call" want got
"$SFTRACE" record --solib "$SOLIB" -o sf2.log -- ./prog 5 >/dev/null 2>&1
trace_counts sf2.log >got2
check_counts "record --solib: every call" want got2
check_eq "--print-solib with --solib: that one" "$SOLIB" \
	"$("$SFTRACE" record --solib "$SOLIB" --print-solib)"

# --- filter ---------------------------------------------------------------
"$SFTRACE" filter -p ./prog -r '^fib$' -o fib.filter >/dev/null 2>filter.err
check_eq "filter -p -r -o: exit 0" 0 "$?"
"$SFTRACE" record --solib "$SOLIB" -f fib.filter -o f.log -- ./prog 5 >/dev/null 2>&1
check_eq "record -f: only the functions of the filter" "fib" \
	"$(trace_counts f.log | awk '{print $1}' | paste -sd' ')"
printf 'fib\nmain\n' >list
"$SFTRACE" filter -p ./prog --list list -o list.filter >/dev/null 2>&1
check_eq "filter --list: exit 0" 0 "$?"
"$SFTRACE" record --solib "$SOLIB" -f list.filter -o l.log -- ./prog 5 >/dev/null 2>&1
check_eq "filter --list: the listed functions" "fib main" \
	"$(trace_counts l.log | awk '{print $1}' | paste -sd' ')"

# The Rust tool's --list held raw names, compared exactly: a name that is
# no regex of itself ('$') still selects its function, and only it.
cat >dollar.c <<'EOF'
#include <stdio.h>
__attribute__((noinline)) int sel$fn(int x) { return x * 3; }
__attribute__((noinline)) int selXfn(int x) { return x + 1; }
int main(void) { int s = 0; for (int i = 0; i < 5; i++) s += sel$fn(i) + selXfn(i); printf("%d\n", s); return 0; }
EOF
cc_xray dollar dollar.c
printf 'sel$fn\n' >dlist
"$SFTRACE" filter -p ./dollar --list dlist -o d.filter >/dev/null 2>&1
"$SFTRACE" record --solib "$SOLIB" -f d.filter -o d.log -- ./dollar >/dev/null 2>&1
check_eq "filter --list: a raw name with '\$' selects exactly that function" 'sel$fn' \
	"$(trace_counts d.log | awk '{print $1}' | paste -sd' ')"

# --- convert --------------------------------------------------------------
"$SFTRACE" convert sf.log -o sf.pb.gz 2>/dev/null
check_eq "convert LOG -o X.pb.gz: exit 0" 0 "$?"
check "convert: gzip output for .gz" sh -c 'zcat sf.pb.gz >/dev/null'
"$SFTRACE" convert --type chrome-trace sf.log -o ct.pb.gz 2>/dev/null
check_eq "convert --type chrome-trace: exit 0" 0 "$?"
check_eq "convert --type chrome-trace: the perfetto protobuf" \
	"$(zcat sf.pb.gz | cksum)" "$(zcat ct.pb.gz | cksum)"
"$SFTRACE" convert --type chrome-trace sf.log 2>ct.err
check "convert --type chrome-trace: default name as perfetto's" grep -q "writing 'sf.pb.gz'" ct.err
"$SFTRACE" convert --type pola sf.log -o sf.pola 2>/dev/null
check_eq "convert --type pola: exit 0" 0 "$?"
check "convert --type pola: OUTPUT and OUTPUT.symtab are Parquet" \
	sh -c 'head -c 4 sf.pola | grep -q PAR1 && head -c 4 sf.pola.symtab | grep -q PAR1'
objcopy --only-keep-debug prog prog.debug && objcopy --strip-debug prog prog.stripped
cp prog.stripped prog && "$SFTRACE" convert -s prog.debug --type pola sf.log -o s.pola 2>/dev/null
check_eq "convert -s DEBUG: exit 0" 0 "$?"
check "convert -s: the symbol table equals the unstripped one's" cmp -s sf.pola.symtab s.pola.symtab
"$SFTRACE" convert --symbol prog.debug --type pola sf.log -o s2.pola 2>/dev/null
check "convert --symbol: the same" cmp -s sf.pola.symtab s2.pola.symtab
"$SFTRACE" convert --type bogus sf.log -o x 2>bad.err
check_eq "convert --type bogus: usage error" 2 "$?"
check "convert --type bogus: names chrome-trace among the types" grep -q "unknown type 'bogus'" bad.err

# --- memory ---------------------------------------------------------------
"$SFTRACE" record --solib "$SOLIB" -m -o m.log -- ./mem >/dev/null 2>&1
"$SFTRACE" memory m.log --milestone stage_mark >m.out 2>m.err
check_eq "memory --milestone: exit 0" 0 "$?"
check "memory --milestone: a row per stage" grep -q '^ *1 ' m.out
"$SFTRACE" memory m.log --milestone stage_mark --flamegraph leak.svg --plot plot.svg --fold \
	>/dev/null 2>&1
check_eq "memory --flamegraph --plot --fold: exit 0" 0 "$?"
check "--flamegraph: an SVG" grep -q '<svg' leak.svg
check "--plot: an SVG" grep -q '<svg' plot.svg
"$SFTRACE" memory m.log --milestone stage_mark --select 1 --flamegraph s1.svg \
	--folded s1.folded >/dev/null 2>&1
check_eq "memory --select N: exit 0" 0 "$?"
check "--select 1: stage 1's live blocks" test -s s1.folded
"$SFTRACE" memory m.log --milestone stage_mark --select 0 --folded s0.folded >/dev/null 2>&1
check "--select 0 and 1 differ" sh -c '! cmp -s s0.folded s1.folded'
"$SFTRACE" memory m.log --milestone stage_mark --select 0,1 --folded multi.folded \
	--flamegraph multi.svg >/dev/null 2>&1
check_eq "memory --select 0,1: exit 0" 0 "$?"
check "--select 0,1: FILE.0 is --select 0's" cmp -s s0.folded multi.folded.0
check "--select 0,1: FILE.1 is --select 1's" cmp -s s1.folded multi.folded.1
check "--select 0,1: an SVG per stage" sh -c 'grep -q "<svg" multi.svg.0 && grep -q "<svg" multi.svg.1'
check "--select 0,1: no FILE itself" test ! -e multi.folded
"$SFTRACE" memory m.log --milestone stage_mark --select 0,x --folded bad.folded >/dev/null 2>&1
check_eq "--select 0,x: usage error" 2 "$?"
"$SFTRACE" memory -s mem m.log --milestone stage_mark >ms.out 2>/dev/null
check "memory -s FILE: the same table" cmp -s m.out ms.out
done_testing
