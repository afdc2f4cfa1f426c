#!/bin/sh
# sftrace doctor on the programs the tests build: instrumented (PIE,
# fixed-address, shared object), uninstrumented, stripped, with a separate
# debug file, static with and without libsftrace.a, set-user-id, linked
# with -lsftrace (the sftrace-setup ABI), Rust; the system findings (the
# runtime, another build of it, the clock against /proc/cpuinfo, the log's
# directory). Oracles: readelf/nm for sleds and symbols, the program's own
# call count for the number of functions recorded, /proc/cpuinfo.
. "$(dirname "$0")/lib.sh"
need clang readelf perl

D() { "$SFTRACE" doctor --solib "$SOLIB" "$@"; }

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
clang -O2 -g -o plain "$PROGS/nosleds.c" -lpthread || { not_ok "build nosleds.c"; done_testing; exit 1; }

D ./prog >prog.out 2>prog.err
check_eq "instrumented program: exit 0" 0 "$?"
size=$(readelf -S -W prog | sed -n 's/.* xray_instr_map *[A-Z]* *[0-9a-f]* *[0-9a-f]* \([0-9a-f]*\) .*/\1/p')
nsleds=$((0x$size / 32))
check "the sled count is readelf's section size / 32 ($nsleds)" \
	grep -q "^ok *./prog: [0-9]* functions with XRay sleds ($nsleds sleds)" prog.out
sf_record p.log ./prog 3 >/dev/null
nfunc_log=$("$SFTRACE" dump --no-events p.log | sed -n 's/.*functions \([0-9]*\) (ids.*/\1/p')
check "the function count is the runtime's ($nfunc_log)" \
	grep -q "^ok *./prog: $nfunc_log functions" prog.out
check "PIE: beyond rel32 reach, handled" grep -q "position-independent executable.*(handled)" prog.out
check "debug info in the file" grep -q "^ok *./prog: debug info in the file" prog.out
check "the runtime record uses, this build" grep -q "^ok *runtime: record uses .*libsftrace.so, this build" prog.out
check "free space where the log goes" grep -q "^ok *sf.log: .* GiB free in '.'" prog.out
if grep -q '^flags.* constant_tsc.* nonstop_tsc' /proc/cpuinfo || grep -q '^flags.* nonstop_tsc.* constant_tsc' /proc/cpuinfo; then
	check "clock: invariant TSC, as /proc/cpuinfo says" grep -q "^ok *clock: invariant TSC" prog.out
else
	check "clock: not invariant, as /proc/cpuinfo says" grep -q "^note *clock: the TSC is not invariant" prog.out
fi
check "one finding a line, each with a level" sh -c '! grep -vq "^\(ok\|note\|warning\|error\) " prog.out'

# uninstrumented: as the program a note (it may load modules), as a module a warning
D ./plain >plain.out 2>&1
check_eq "uninstrumented program: exit 0 (it may load instrumented modules)" 0 "$?"
check "uninstrumented program: no sleds, what to do" grep -q "^note *./plain: no XRay sleds.*-fxray-instrument" plain.out
D ./prog ./plain >mod.out 2>&1
check "uninstrumented module: a warning" grep -q "^warning *./plain: no XRay sleds" mod.out

# stripped, with the debug file where the build-id says
objcopy --only-keep-debug prog prog.debug && objcopy --strip-all prog stripped
D ./stripped >strip.out 2>&1
check "stripped: no debug info, the build-id and -s" grep -q "^note *./stripped: no debug info.*-s FILE (build-id [0-9a-f]*" strip.out
check "stripped: no symbol table" grep -q "^note *./stripped: no symbol table" strip.out
objcopy --add-gnu-debuglink=prog.debug stripped linked 2>/dev/null
D ./linked >link.out 2>&1
check "separate debug file found by .gnu_debuglink" grep -q "^ok *./linked: debug info in a separate file (.gnu_debuglink): ./prog.debug" link.out

# fixed-address executable, shared object
clang -O2 -g $XRAY_CFLAGS -fno-pie -c -o nopie.o "$PROGS/recurse.c" && clang -no-pie -o nopie nopie.o
D ./nopie >nopie.out 2>&1
check "non-PIE: a fixed-address executable, handled" grep -q "^ok *./nopie: a fixed-address executable.*(handled)" nopie.out
clang -O2 -g $XRAY_CFLAGS -fPIC -shared -o plugin.so "$PROGS/plugin.c"
D ./prog ./plugin.so >so.out 2>&1
check "shared object: its sleds, handled" grep -q "^ok *./plugin.so: a shared object.*(handled)" so.out

# static: blocked unless it links libsftrace.a
clang -O2 -g $XRAY_CFLAGS -c -o st.o "$PROGS/recurse.c" && clang -static -o static st.o 2>/dev/null
if [ -x static ]; then
	D ./static >static.out 2>&1
	check_eq "static without libsftrace.a: exit 1" 1 "$?"
	check "static: LD_PRELOAD cannot load the runtime" grep -q "^error *./static: statically linked: LD_PRELOAD" static.out
	clang -O2 -g $XRAY_CFLAGS -I"$TOP/include" -c -o st2.o "$PROGS/static.c" &&
		clang -static -o static2 st2.o "$B/libsftrace.a" -lpthread -ldl 2>/dev/null
	D ./static2 >static2.out 2>&1
	check_eq "static with libsftrace.a: exit 0" 0 "$?"
	check "static with libsftrace.a: sftrace_setup()" grep -q "^ok *./static2: statically linked with libsftrace.a" static2.out
else
	ok "# SKIP static cases: no static libc"
fi

# set-user-id for another user
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	cp prog suid && chown nobody suid && chmod u+s suid
	D ./suid >suid.out 2>&1
	check_eq "set-user-id: exit 1" 1 "$?"
	check "set-user-id: the loader ignores LD_PRELOAD" grep -q "^error *./suid: set-user-id" suid.out
else
	ok "# SKIP set-user-id case: needs root"
fi

# the sftrace-setup ABI (DT_NEEDED libsftrace.so, sftrace_setup undefined)
clang -O2 -g $XRAY_CFLAGS -I"$TOP/include" -c -o setup-c.o "$PROGS/setup-c.c" &&
	clang -o setup-c setup-c.o -L"$B" -lsftrace -lpthread
check "setup-c has DT_NEEDED libsftrace.so (readelf)" sh -c "readelf -d setup-c | grep -q 'NEEDED.*libsftrace.so'"
LD_LIBRARY_PATH= D ./setup-c >abi.out 2>&1
check "setup ABI: found, record loads the runtime" grep -q "^ok *./setup-c: built with the sftrace-setup crate (needs libsftrace.so, calls sftrace_setup)" abi.out
check "setup ABI: outside record, not found" grep -q "^note *./setup-c: outside record the loader finds no libsftrace.so" abi.out
LD_LIBRARY_PATH="$B" D ./setup-c >abi2.out 2>&1
check "setup ABI: outside record, LD_LIBRARY_PATH's library" grep -q "^ok *./setup-c: outside record it loads $(cd "$B" && pwd -P)/libsftrace.so" abi2.out
mkdir fake && cp plain fake/libsftrace.so
LD_LIBRARY_PATH="$T/fake" D ./setup-c >abi3.out 2>&1
check "setup ABI: a library that is not this runtime" grep -q "^warning *./setup-c: outside record it loads .*fake/libsftrace.so" abi3.out

# Rust names
if rustc_ok; then
	rust_xray rusty "$PROGS/rusty.rs" 2>/dev/null
	D ./rusty >rust.out 2>&1
	v0=$(nm rusty | awk '$3 ~ /^_R/' | wc -l)
	check "Rust: v0 names counted as nm sees them" grep -q "^ok *./rusty: Rust: $v0 v0 and" rust.out
else
	ok "# SKIP Rust case: no rustc with -Zinstrument-xray"
fi

# the system: another build of the runtime, no runtime, the log's directory
# the same library with another build stamp (digits zeroed, same length)
perl -pe 's/(SFTRACE-BUILD:)([0-9]+)/$1 . ("0" x length($2))/e' "$SOLIB" >other.so
"$SFTRACE" doctor --solib other.so ./prog >ob.out 2>&1
check "another build of the runtime: a warning" grep -q "^warning *runtime: record uses .*other.so, another build" ob.out
"$SFTRACE" doctor --solib plain ./prog >nr.out 2>&1
check_eq "no usable runtime: exit 1" 1 "$?"
check "no usable runtime: says why" grep -q "cannot use 'plain' as the runtime library" nr.out
D -o "$T/missing/sf.log" ./prog >od.out 2>&1
check_eq "missing log directory: exit 1" 1 "$?"
check "missing log directory: names it" grep -q "^error *$T/missing/sf.log: the log's directory '$T/missing' does not exist" od.out
D nosuchprogram >np.out 2>&1
check_eq "a program not on PATH: exit 1" 1 "$?"
check "a program not on PATH: error" grep -q "^error *nosuchprogram: not found on PATH" np.out
printf '#!/bin/sh\nexec ./prog\n' >script.sh && chmod +x script.sh
D ./script.sh >sh.out 2>&1
check "a script: check the modules it loads" grep -q "^note *./script.sh: a script" sh.out
D >none.out 2>&1
check_eq "no program: exit 0" 0 "$?"
check "no program: says only the system is checked" grep -q "no program given" none.out
"$SFTRACE" doctor --help >help.out
check_eq "--help: exit 0" 0 "$?"
check "--help: usage" grep -q "^usage: sftrace doctor" help.out
"$SFTRACE" doctor --bogus >/dev/null 2>&1
check_eq "bad option: exit 2" 2 "$?"
done_testing
