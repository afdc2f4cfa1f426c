#!/bin/sh
# What convert does with the files around it: an output that is one of the
# inputs under another name (the reader maps the logs: truncating one killed
# it with SIGBUS and destroyed the log), logs given twice, '-' for the
# two-file Parquet types, a full disk (a small tmpfs in a private mount
# namespace: a failed conversion keeps the older output), an interrupted
# one, an output over the traced program itself (mapped while converting),
# the progress line (only on a terminal), logs that were never closed, logs
# without events, more logs than the soft limit on open files, the logs of
# an exec chain given in any order, and names that are not valid UTF-8 (a
# thread name cut at 15 bytes in the middle of a character, a source
# directory in Latin-1), which protobuf, JSON and Parquet readers refuse.
# Oracles: cmp, protoc, tests/oracles/trace-check.mjs, nodejs-polars and
# DuckDB.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang protoc node oracles

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
sf_record sf.log ./prog 16 >/dev/null
check_eq "record exits 0" 0 "$?"
cp sf.log keep.log
"$SFTRACE" convert -t pola keep.log -o keep.pola 2>/dev/null &&
	"$SFTRACE" convert -t calls keep.log -o keep.calls 2>/dev/null ||
	not_ok "convert keep.log to pola and calls"

# ---- outputs that are inputs ------------------------------------------------
"$SFTRACE" convert sf.log -o ./sf.log 2>err.txt
check_eq "output = input by another name: exit status 2" 2 "$?"
check "... the message" grep -q "error: output './sf.log' is also an input" err.txt
check "... the log is intact" cmp sf.log keep.log
ln -s sf.log link.log
"$SFTRACE" convert -t chrome sf.log -o link.log 2>err.txt
check_eq "output is a symbolic link to the input: exit status 2" 2 "$?"
check "... the log is intact" cmp sf.log keep.log
ln sf.log hard.log
"$SFTRACE" convert -t calls hard.log -o sf.log 2>err.txt
check_eq "output is a hard link of the input: exit status 2" 2 "$?"
check "... the log is intact" cmp sf.log keep.log
cp keep.log out.symtab
"$SFTRACE" convert -t pola out.symtab -o out 2>err.txt
check_eq "OUTPUT.symtab is the input: exit status 2" 2 "$?"
check "... the message" grep -q "error: output 'out.symtab' is also an input" err.txt
check "... the log is intact" cmp out.symtab keep.log
check "... and no table written" test ! -e out
"$SFTRACE" convert sf.log ./sf.log -o twice.pb 2>err.txt
check_eq "a log given twice: exit status 2" 2 "$?"
check "... the message" grep -q "error: log './sf.log' is given twice" err.txt
for ty in pola calls; do
	"$SFTRACE" convert -t $ty sf.log -o - >stdout.bin 2>err.txt
	check_eq "--type $ty -o -: exit status 2" 2 "$?"
	check "... no file named '-'" test ! -e ./- -a ! -e ./-.symtab
done
"$SFTRACE" convert sf.log -o - 2>/dev/null | gzip -c >stdout.pb.gz
check "perfetto to standard output is still a valid trace" pf_check stdout.pb.gz stdout.norm

# ---- a full disk ------------------------------------------------------------
# in_tmpfs KB DIR CMD...: run CMD with a KB-sized tmpfs mounted on DIR, in a
# private mount namespace (no root needed, nothing left mounted).
in_tmpfs() {
	kb=$1 dir=$2
	shift 2
	mkdir -p "$dir"
	unshare -rm sh -c 'mount -t tmpfs -o size="$1"k tmpfs "$2" || exit 99; shift 2; "$@"' \
		sh "$kb" "$dir" "$@"
}
if in_tmpfs 64 probe true 2>/dev/null; then
	for ty in perfetto chrome pola calls; do
		in_tmpfs 16 full sh -c '"$1" convert -t "$2" sf.log -o full/new.$2 2>err.txt
			echo $? >rc.txt; ls -A full >left.txt' sh "$SFTRACE" $ty
		check_eq "disk full, --type $ty: exit status 1" 1 "$(cat rc.txt)"
		check "... the message" grep -q "error: cannot write 'full/new.$ty': No space left on device" err.txt
		check_eq "... no file left" "" "$(cat left.txt)"
		in_tmpfs 16 full sh -c 'echo previous >full/o.$2
			"$1" convert -t "$2" sf.log -o full/o.$2 2>/dev/null
			echo $? >rc.txt; ls -A full >left.txt; cat full/o.$2 >old.txt' sh "$SFTRACE" $ty
		check_eq "disk full, --type $ty over an older output: exit status 1" 1 "$(cat rc.txt)"
		check_eq "... the older output is kept, nothing else left" "o.$ty previous" \
			"$(cat left.txt) $(cat old.txt)"
	done
	# The table fits, its symbol table does not: both go.
	"$SFTRACE" convert -t pola sf.log -o size.pola 2>/dev/null
	pages=$(( ($(wc -c <size.pola) + 4095) / 4096 ))
	in_tmpfs 256 full sh -c 'head -c $(( (64 - $2) * 4096 )) /dev/zero >full/fill
		"$1" convert -t pola sf.log -o full/o.pola 2>err.txt
		echo $? >rc.txt; ls -A full >left.txt' sh "$SFTRACE" "$pages"
	check_eq "disk full at the symbol table: exit status 1" 1 "$(cat rc.txt)"
	check "... the message" grep -q "error: cannot write 'full/o.pola.symtab': No space left" err.txt
	check_eq "... neither file left" "fill" "$(cat left.txt)"
else
	echo "ok $((_n + 1)) - a full disk # SKIP cannot mount a tmpfs in a user namespace here"
	_n=$((_n + 1))
fi

# ---- progress only on a terminal ------------------------------------------
cc_xray rep "$PROGS/repeat.c" && sf_record big.log ./rep 200 >/dev/null
check_eq "record 8.8 M events" 0 "$?"
if command -v script >/dev/null; then
	for ty in perfetto pola; do
		script -qec "'$SFTRACE' convert -t $ty big.log -o tty.$ty" /dev/null </dev/null >tty.out 2>&1
		check "--type $ty on a terminal: a progress line" grep -q "$(printf '\r')sftrace: converting" tty.out
		script -qec "'$SFTRACE' convert --no-progress -t $ty big.log -o tty.$ty" /dev/null </dev/null >tty.out 2>&1
		check "--type $ty --no-progress on a terminal: none" sh -c '! grep -q "converting" tty.out'
		"$SFTRACE" convert -t $ty big.log -o tty.$ty 2>notty.err
		check "--type $ty, stderr not a terminal: none" sh -c '! grep -q "converting" notty.err'
	done
else
	echo "ok $((_n + 1)) - progress line # SKIP script(1) not installed"
	_n=$((_n + 1))
fi

# ---- interrupted: the older output stays, no temporary file is left -----
echo previous >int.pola
"$SFTRACE" convert -t calls big.log -o int.pola 2>/dev/null &
pid=$!
i=0
until ls -A | grep -q '^\.int\.pola\.' || [ $i -ge 500 ]; do
	sleep 0.01
	i=$((i + 1))
done
if ls -A | grep -q '^\.int\.pola\.'; then
	kill -TERM $pid
	wait $pid 2>/dev/null
	check_eq "SIGTERM while converting: dies of it (128+15)" 143 "$?"
	check_eq "... the older output is kept" previous "$(cat int.pola)"
	check_eq "... no temporary file left" "" "$(ls -A | grep '^\.int')"
else
	wait $pid 2>/dev/null
	echo "ok $((_n + 1)) - SIGTERM while converting # SKIP the conversion ended too soon"
	_n=$((_n + 1))
fi

# ---- an output that is a module of the log (mapped by the symbolizer) ----
cp prog prog2 && sf_record p2.log ./prog2 16 >/dev/null
"$SFTRACE" convert p2.log -o prog2 2>err.txt
check_eq "output over the traced program: exit status 0" 0 "$?"
check "... the program was replaced by a valid trace" pf_check prog2 p2.norm
ln -s target.json link.json
"$SFTRACE" convert -t chrome sf.log -o link.json 2>/dev/null
check "an output that is a symbolic link is written through it" test -L link.json -a -s target.json
touch mode.pb && chmod 600 mode.pb && "$SFTRACE" convert sf.log -o mode.pb 2>/dev/null
check_eq "an existing output keeps its mode" 600 "$(stat -c %a mode.pb)"

# ---- logs that were never closed ----------------------------------------
# A SIGKILL loses nothing that was recorded: no warning that the log was
# not closed, only the frames it left open (tests/e2e/t1031 has the logs
# that do miss something).
cc_xray killed "$PROGS/sigkill.c" || not_ok "build sigkill.c"
sf_record k.log ./killed self 500 >/dev/null
for ty in perfetto chrome pola calls; do
	"$SFTRACE" convert -t $ty k.log -o k.$ty 2>k.err
	check "killed run, --type $ty: no warning, the open frames are reported" \
		sh -c '! grep -q "warning" k.err && grep -q "still open at the end of the log" k.err'
done

# ---- an exec chain, logs in any order -----------------------------------
cc_xray ex "$PROGS/exec.c" || not_ok "build exec.c"
sf_record e.log ./ex 50 ./prog 10 >/dev/null
set -- e.log e.log.*
check_eq "exec chain: two logs of one pid" 2 "$#"
"$SFTRACE" convert -t chrome "$2" "$1" -o e.json 2>/dev/null
check "exec chain, later log first: Chrome JSON in time order per thread" cj_check e.json e.cnorm
"$SFTRACE" convert "$2" "$1" -o e.pb 2>/dev/null
check "exec chain, later log first: Perfetto" pf_check e.pb e.norm
check_eq "... both images' calls" "fib leaf work" \
	"$(awk -F'\t' '$1 == "slice" && ($5 == "work" || $5 == "fib" || $5 == "leaf") { print $5 }' \
		e.norm | sort -u | tr '\n' ' ' | sed 's/ $//')"

# ---- logs without events ------------------------------------------------
# A process that made no call (written by tests/oracles/mklog.py, straight
# from docs/format.md) and a log cut right after its header.
echo "process 77 idle" >idle.txt
python3 "$OR/mklog.py" --exe prog -o idle.log idle.txt || not_ok "mklog.py idle.log"
head -c 4096 keep.log >header.log
for log in idle header; do
	for ty in perfetto chrome pola calls; do
		"$SFTRACE" convert -t $ty $log.log -o $log.$ty 2>err.txt
		check_eq "$log.log, --type $ty: exit status 0" 0 "$?"
	done
	check "$log.log: a valid Perfetto trace" pf_check $log.perfetto $log.norm
	check_eq "... no slices" 0 "$(grep -c '^slice' $log.norm)"
	check "$log.log: valid Chrome JSON" cj_check $log.chrome $log.cnorm
	for f in pola pola.symtab calls; do
		node "$OR/polars-dump.mjs" schema $log.$f | tr '\n' ' ' >got.pl
		node "$OR/polars-dump.mjs" data $log.$f | head -1 >>got.pl
		node "$OR/polars-dump.mjs" schema keep.$f | tr '\n' ' ' >want.pl
		echo "# rows 0" >>want.pl
		check_cmp "$log.log: polars reads $f: the usual types, 0 rows" want.pl got.pl
		check_eq "$log.log: DuckDB reads $f: 0 rows" "# rows 0" \
			"$(node "$OR/duckdb-dump.mjs" data $log.$f | head -1)"
	done
done
check_eq "idle.log: the process track" "process	77	idle" "$(grep '^process' idle.norm)"

# Three hundred logs (a large process tree) under a soft limit of 256 open
# files: convert raises it to the hard limit.
mkdir many
i=0
while [ $i -lt 300 ]; do
	cp idle.log many/l.$i
	i=$((i + 1))
done
if (ulimit -S -n 256 && ulimit -H -n | awk '$1 != "unlimited" && $1 < 400 { exit 1 }'); then
	(ulimit -S -n 256 && "$SFTRACE" convert many/l.* -o many.pb 2>many.err)
	check_eq "300 logs under a soft limit of 256 open files: exit status 0" 0 "$?"
	check "... a valid trace" pf_check many.pb many.norm
	check_eq "... with 300 processes" 300 "$(grep -c '^process' many.norm)"
else
	echo "ok $((_n + 1)) - 300 logs under a soft limit of 256 # SKIP the hard limit is below 400"
	_n=$((_n + 1))
fi

# ---- names that are not valid UTF-8 ---------------------------------------
cat >uni.c <<'C'
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/prctl.h>
__attribute__((noinline)) static int leaf(int x)
{
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}
static void *run(void *a)
{
	int s = 0;
	for (int i = 0; i < 10; i++)
		s += leaf(i);
	return (void *)(long)s + (long)a;
}
int main(void)
{
	pthread_t t;
	/* 19 bytes: the kernel keeps 15, cutting the "ø" of "cødé" in half */
	prctl(PR_SET_NAME, "w\303\266rker-\303\274n\303\257c\303\270d\303\251");
	pthread_create(&t, 0, run, 0);
	pthread_join(t, 0);
	puts("ok");
	return 0;
}
C
latin=$(printf 'lat\351n')
mkdir "$latin" && cp uni.c "$latin/uni.c" && (cd "$latin" && cc_xray uni uni.c) ||
	not_ok "build uni.c in a Latin-1 directory"
sf_record u.log "$latin/uni" >/dev/null
check_eq "record the program with the cut thread name" 0 "$?"
"$SFTRACE" convert u.log -o u.pb 2>/dev/null
check "Perfetto: valid UTF-8 for protoc, nesting by the importer's rules" pf_check u.pb u.norm
check_eq "... protoc did not complain" "" "$(cat u.norm.err)"
check_eq "... the cut character became U+FFFD in both thread names" 2 \
	"$(grep -c 'thread_name: "w\\303\\266rker-\\303\\274n\\303\\257c\\357\\277\\275"' u.norm.txt)"
check "... the Latin-1 byte of the path became U+FFFD" grep -q "$(printf 'lat\357\277\275n/uni.c:')" u.norm
"$SFTRACE" convert -t chrome u.log -o u.json 2>/dev/null
check "Chrome JSON parses" cj_check u.json u.cnorm
check "... the thread name" grep -q "$(printf 'w\303\266rker-\303\274n\303\257c\357\277\275')" u.cnorm
"$SFTRACE" convert -t pola u.log -o u.pola 2>/dev/null
check_eq "pola: convert exits 0" 0 "$?"
node "$OR/polars-dump.mjs" data u.pola.symtab >u.polars 2>u.polars.err
check "polars reads a symtab whose path was Latin-1" grep -q "$(printf 'lat\357\277\275n/uni.c:')" u.polars
node "$OR/duckdb-dump.mjs" data u.pola.symtab >u.duck 2>u.duck.err
check "DuckDB reads it too" grep -q "$(printf 'lat\357\277\275n/uni.c:')" u.duck
done_testing
