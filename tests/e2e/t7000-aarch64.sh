#!/bin/sh
# aarch64: the runtime cross-built for AArch64 (make aarch64-runtime puts it
# in BUILD/aarch64) traces C and C++ programs built by clang for
# aarch64-linux-gnu, run under qemu-user; the logs are read by this
# (x86-64) sftrace. Oracle: the counts the programs keep themselves.
# Covers the sleds (entry, exit, tail), threads, fork, exceptions, a
# dlopen'ed module, a module mapped far from the runtime, argument and
# return values (x0-x7, v0-v7; strings copied through a pipe, as qemu-user
# has no process_vm_readv), the log's architecture field, and a log
# written on AArch64 converting here.
. "$(dirname "$0")/lib.sh"
need clang perl c++filt qemu-aarch64 aarch64-linux-gnu-gcc aarch64-linux-gnu-g++

A64=$B/aarch64
SYSROOT=/usr/aarch64-linux-gnu
# qemu's library prefix: the cross sysroot, unless Debian's arm64 libc is
# installed (multiarch, with the -dev:arm64 packages): then the guest's
# loader is /lib/ld-linux-aarch64.so.1 and libraries come from
# /lib/aarch64-linux-gnu. With -L the sysroot's loader would search that
# directory too and load the other libc build beside it, and programs with
# threads hang.
if [ -e /lib/ld-linux-aarch64.so.1 ]; then QL=; else QL="-L $SYSROOT"; fi
[ -f "$A64/libsftrace.so" ] || skip_all "no aarch64 runtime in $A64 (make aarch64-runtime)"
CF="--target=aarch64-linux-gnu --sysroot=$SYSROOT -O2 -g $XRAY_CFLAGS"
a64_cc() { # OUT SRC [LIBS...]
	out=$1 src=$2; shift 2
	clang $CF -c -o "$out.o" "$src" && aarch64-linux-gnu-gcc -o "$out" "$out.o" "$@"
}
# run LOG PROG ARGS...: the program under qemu with the runtime preloaded
# (RUN_ENV: more NAME=VALUE settings, comma-separated)
run() {
	log=$1; shift
	QEMU_SET_ENV="LD_PRELOAD=$A64/libsftrace.so,SFTRACE_OUTPUT_FILE=$T/$log${RUN_ENV:+,$RUN_ENV}" \
		timeout 120 qemu-aarch64 $QL "$@"
}

a64_cc recurse "$PROGS/recurse.c" || { not_ok "build recurse.c for aarch64"; done_testing; exit 1; }
check "the sleds are AArch64's: b #32 over seven nops" sh -c \
	"aarch64-linux-gnu-objdump -d recurse | grep -A1 '<main>:' | grep -q '14000008'"
qemu-aarch64 $QL ./recurse 8 >untraced.out
run r.log ./recurse 8 >traced.out
check_eq "recurse: exit status 0 under the runtime" 0 "$?"
grep -v '^nap_ns' untraced.out >u.cmp
grep -v '^nap_ns' traced.out >t.cmp
check_cmp "... output unchanged (but the nap's time)" u.cmp t.cmp
trace_counts r.log >r.counts
prog_counts traced.out >expect
check_counts "... calls per function equal the program's counts" expect r.counts
check "... the log says AArch64 wrote it" sh -c "'$SFTRACE' dump --no-events r.log | grep -q '^arch: *aarch64'"
"$SFTRACE" convert -o r.pb.gz r.log 2>/dev/null
check "... and converts here (Perfetto)" test -s r.pb.gz
"$SFTRACE" tree r.log >r.tree 2>/dev/null
check "... tree shows fib's recursion" grep -q 'fib' r.tree

# Threads: every thread's calls, per thread id, equal the thread's own counts.
a64_cc thr "$PROGS/threads.c" -lpthread || not_ok "build threads.c"
run t.log ./thr 4 2000 >thr.out
check_eq "threads: exit status 0" 0 "$?"
trace_tid_counts t.log | short_names >t.counts
prog_counts thr.out tcount >texpect
check_counts "... calls per thread and function equal the threads' counts" texpect t.counts
check_eq "... five threads in the log" 5 \
	"$("$SFTRACE" dump --no-events t.log | sed -n 's/^threads: *\([0-9]*\).*/\1/p')"

# fork: one log per process; each process's calls equal its own counts
# (a child counts from the fork on).
a64_cc fk "$PROGS/fork.c" || not_ok "build fork.c"
run f.log ./fk 200 >fk.out
check_eq "fork: exit status 0" 0 "$?"
pids=$(awk '$1 == "pcount" { print $2 }' fk.out | sort -u)
check_eq "... three processes reported" 3 "$(echo "$pids" | wc -l)"
for pid in $pids; do
	log=$(log_of_pid f.log "$pid") || { not_ok "fork: pid $pid has a log"; continue; }
	awk -v p="$pid" '$1 == "pcount" && $2 == p { print $3, $4 }' fk.out | LC_ALL=C sort >fexpect.$pid
	trace_counts "$log" | short_names >f.counts.$pid
	check_counts "... pid $pid: calls equal the process's own counts" fexpect.$pid f.counts.$pid
done

# A module mapped far from the runtime: a non-PIE executable at 0x400000,
# gigabytes below libsftrace.so, far beyond a branch's +-128 MiB (the
# sleds load the thunk's absolute address, so every distance is reached).
clang $CF -fno-pic -c -o np.o "$PROGS/recurse.c" && aarch64-linux-gnu-gcc -no-pie -o np np.o ||
	not_ok "build recurse.c as a non-PIE executable"
check "the non-PIE executable is linked at 0x400000" sh -c \
	"aarch64-linux-gnu-readelf -lW np | awk '\$1 == \"LOAD\" { print \$3; exit }' | grep -q '^0x0*400000$'"
run np.log ./np 8 >np.out
check_eq "far (non-PIE) module: exit status 0" 0 "$?"
trace_counts np.log >np.counts
prog_counts np.out >npexpect
check_counts "... calls per function equal the program's counts" npexpect np.counts
check "... its load bias is 0 (mapped where it was linked)" sh -c \
	"'$SFTRACE' dump --no-events np.log | grep -q 'load bias 0\$'"

clang++ $CF -c -o exc.o "$PROGS/exceptions.cpp" && aarch64-linux-gnu-g++ -o exc exc.o || not_ok "build exceptions.cpp"
run e.log ./exc 50 20 >exc.out
check_eq "exceptions: exit status 0" 0 "$?"
trace_counts e.log | short_names >e.counts
prog_counts exc.out >eexpect
check_counts "... calls per function equal the program's counts" eexpect e.counts

clang $CF -fPIC -c -o plugin.o "$PROGS/plugin.c" &&
	aarch64-linux-gnu-gcc -shared -o libplugin.so plugin.o &&
	a64_cc dl "$PROGS/dlopen.c" -ldl || not_ok "build dlopen.c and plugin.c"
run d.log ./dl "$T/libplugin.so" 100 >dl.out
check_eq "dlopen: exit status 0" 0 "$?"
trace_counts d.log | short_names >d.counts
prog_counts dl.out >dexpect
check_counts "... calls per function (program and plugin) equal their counts" dexpect d.counts


# Values: a filter file made here (AArch64 DWARF: x and v registers, a
# struct in x0, a double in v0, strings), the program under qemu; each
# call's text as the program printed it (tests/progs/args-c.c).
a64_cc args "$PROGS/args-c.c" || not_ok "build args-c.c"
"$SFTRACE" filter -p ./args -r '^c_|^main$' --args '^c_' --retval '^c_' -o args.filter 2>/dev/null
check "filter --args on the AArch64 program names x and v registers" sh -c \
	"grep -q '^values .* args=x0,x1,x2,x3,x4,x5 ' args.filter && grep -q '^values .* args=v0,v1 ret=v0' args.filter"
RUN_ENV="SFTRACE_FILTER=$T/args.filter" run v.log ./args >args.out
check_eq "values: exit status 0" 0 "$?"
"$SFTRACE" dump v.log >v.dump 2>/dev/null
check "... the log says AArch64 registers" grep -q '^values: .*aarch64' v.dump
sed -n 's/^value //p' args.out | LC_ALL=C sort >vexpect
awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && ($3 ~ /^entry/ || $3 ~ /^exit/) {
		kind = $3 ~ /^entry/ ? "args" : "ret"; name = $NF; next }
	$1 == "=" { sub(/^ *= /, ""); print name " " kind " " $0 }' v.dump |
	awk 'NR == FNR { want[$1] = 1; next } $1 in want' vexpect - | LC_ALL=C sort -u >vgot
check_eq "... the program printed its values" 20 "$(wc -l <vexpect)"
check_cmp "... every call's arguments and result as the program printed them" vexpect vgot
check "... a C string copied without process_vm_readv" grep -q '^c_str args s="say' vgot
# The command line built for aarch64 (make aarch64-cli, with the arm64
# -dev packages) reads the logs as this one does, with its worker threads:
# report and tree of the threads' log, the calls table, byte for byte.
if [ -x "$A64/sftrace" ]; then
	a64cli() { timeout 120 qemu-aarch64 $QL "$A64/sftrace" "$@"; }
	check "aarch64 sftrace --version" sh -c "timeout 60 qemu-aarch64 $QL '$A64/sftrace' --version | grep -q '^sftrace '"
	a64cli report -j2 --csv t.log >cli-a64.csv 2>/dev/null
	"$SFTRACE" report --csv t.log >cli-x86.csv 2>/dev/null
	check_cmp "aarch64 sftrace report: the x86-64 one's table" cli-x86.csv cli-a64.csv
	a64cli tree -j2 t.log >cli-a64.tree 2>/dev/null
	"$SFTRACE" tree t.log >cli-x86.tree 2>/dev/null
	check_cmp "aarch64 sftrace tree: the x86-64 one's tree" cli-x86.tree cli-a64.tree
	a64cli dump --no-events f.log >cli-a64.dump 2>/dev/null
	"$SFTRACE" dump --no-events f.log >cli-x86.dump 2>/dev/null
	check_cmp "aarch64 sftrace dump: the same header and threads" cli-x86.dump cli-a64.dump
	a64cli convert -j2 -t calls -o cli-a64.calls t.log 2>/dev/null
	"$SFTRACE" convert -t calls -o cli-x86.calls t.log 2>/dev/null
	check "aarch64 sftrace convert --type calls: the same Parquet file" cmp cli-x86.calls cli-a64.calls
else
	ok "aarch64 command line # SKIP not built (make aarch64-cli needs the arm64 -dev packages)"
fi
# Rust for aarch64: Debian's rustc-web with the arm64 standard library
# (libstd-rust-web-dev:arm64; rustup's target cannot be fetched here),
# -Zinstrument-xray=always; counts equal the program's own, its panics
# caught with catch_unwind.
RUSTC_A64=/usr/bin/rustc
if [ -x "$RUSTC_A64" ] &&
	[ -d "$("$RUSTC_A64" --print target-libdir --target aarch64-unknown-linux-gnu 2>/dev/null)" ]; then
	if RUSTC_BOOTSTRAP=1 "$RUSTC_A64" --target aarch64-unknown-linux-gnu \
		-C linker=aarch64-linux-gnu-gcc -C opt-level=2 -g -Zinstrument-xray=always \
		-o rusty "$PROGS/rusty.rs" 2>rustc.err; then
		run ru.log ./rusty >rusty.out
		check_eq "Rust: exit status 0" 0 "$?"
		trace_counts ru.log | short_names >ru.counts
		prog_counts rusty.out >ruexpect
		check_counts "... calls per function equal the program's counts" ruexpect ru.counts
	else
		not_ok "Rust: rusty.rs builds for aarch64-unknown-linux-gnu"
		sed 's/^/#   /' rustc.err | tail -5
	fi
else
	ok "Rust for aarch64 # SKIP no rustc with the aarch64-unknown-linux-gnu standard library (rustc-web, libstd-rust-web-dev:arm64)"
fi
done_testing
