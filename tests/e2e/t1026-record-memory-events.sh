#!/bin/sh
# Memory events as the runtime writes them (docs/format.md "Memory
# records"), read back with `sftrace dump`, against the counts the program
# prints itself (tests/progs/mem-runtime.c):
#   - record --memory: every entry point of the C allocator, in the frame
#     that called it, sizes as requested (calloc(4, 25) is 100), realloc as
#     the pair realloc-old / realloc-new, free(NULL) nothing, threads;
#   - without --memory only sftrace_alloc_event() reports (the crate's
#     ABI), and the allocator is not interposed;
#   - with both sources, each allocation once;
#   - the program's output is unchanged, a process without sleds writes no
#     log, and a dlopen'ed second copy of the runtime (another file) stays
#     idle: one log, every call once.
. "$(dirname "$0")/lib.sh"
need clang

clang -O2 -g $XRAY_CFLAGS -I"$TOP/include" -c -o mem.o "$PROGS/mem-runtime.c" &&
	clang -o mem mem.o -L"$B" -lsftrace -lpthread "-Wl,-rpath,$B" ||
	{ not_ok "build mem-runtime.c"; done_testing; exit 1; }

./mem >expected.out
check "the program runs untraced" test -s expected.out

# counts SITE KIND [SIZE] of a dump: "expect" lines in the same form. The
# size of a free is what the reporter knew (malloc_usable_size() for the
# interposed free), so it is compared for allocations only.
counts() {
	awk '$3 ~ /^(alloc|free|realloc-new|realloc-old)$/ && $(NF-1) == "in" {
		size = ($3 == "alloc" || $3 == "realloc-new") ? $4 : "-"
		n[$NF " " $3 " " size]++
	} END { for (k in n) print "expect", k, n[k] }' "$1" | sort
}
expect() {
	grep '^expect' expected.out | grep -E "$1" |
		awk '{ size = ($3 == "alloc" || $3 == "realloc-new") ? $4 : "-"; n[$2 " " $3 " " size] += $5 }
			END { for (k in n) print "expect", k, n[k] }' |
		sort
}
sites='use_malloc|use_calloc|use_realloc|use_aligned|crate_alloc|crate_realloc|pool_alloc|thread_allocs'

"$SFTRACE" record --solib "$SOLIB" -m -o m.log -- ./mem >m.out 2>"$T/record.err"
check_eq "record --memory: exit status 0" 0 "$?"
check_cmp "record --memory: the program's output is unchanged" expected.out m.out
"$SFTRACE" dump m.log >m.dump 2>m.err
check "dump reads the log without a warning" test ! -s m.err
check "the header says the allocator was interposed" grep -q '^memory:' m.dump
expect "$sites" >want.m
counts m.dump | grep -E " ($sites) " >got.m
check_cmp "record --memory: every allocation once, at its site, sizes as requested" want.m got.m
check "use_aligned: posix_memalign's alignment is recorded" grep -q ' 1000 0x[0-9a-f]* align 256 in use_aligned' m.dump
check "record prints how many memory events" grep -q 'memory events' "$T/record.err"

# Only the ABI: the crate_* and pool_alloc reports, nothing from malloc.
sf_record a.log ./mem >a.out
check_cmp "without --memory: the output is unchanged" expected.out a.out
"$SFTRACE" dump a.log >a.dump
check "without --memory the header does not claim the allocator" sh -c '! grep -q "^memory:" a.dump'
expect 'crate_alloc|crate_realloc|pool_alloc' >want.a
counts a.dump >got.a
check_cmp "without --memory: exactly the sftrace_alloc_event() reports" want.a got.a
check "... with the ABI's alignment" grep -q ' 24 0x[0-9a-f]* align 8 in crate_alloc' a.dump

# A process without sleds writes nothing, even with the allocator interposed.
"$SFTRACE" record --solib "$SOLIB" -m -o sh.log -- sh -c 'echo hi; ls / >/dev/null' >/dev/null 2>&1
check "record -m of a shell: no log" test ! -e sh.log

# fork children under --memory: one that allocates and execs writes no
# log of its own; one that runs traced code gets its log, with its
# allocations.
cat >fk.c <<'EOS'
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
static void *volatile sink;
static volatile int after;
__attribute__((noinline)) void child_site(void) { for (int i = 0; i < 3; i++) { sink = malloc(333); } after++; }
int main(void)
{
	pid_t p = fork();
	if (p == 0) {
		sink = malloc(444);
		execl("/bin/true", "true", (char *)0);
		_exit(1);
	}
	waitpid(p, NULL, 0);
	p = fork();
	if (p == 0) {
		child_site();
		_exit(0);
	}
	waitpid(p, NULL, 0);
	child_site();
	return 0;
}
EOS
cc_xray fk fk.c || { not_ok "build fk.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" -m -o f.log -- ./fk >/dev/null 2>"$T/record.err"
check_eq "fork children with --memory: two logs (the parent's, the traced child's)" 2 \
	"$(ls f.log* | wc -l)"
for l in f.log*; do "$SFTRACE" dump "$l"; done >f.dump
check_eq "... 333-byte allocations in child_site: 3 in each" 6 \
	"$(grep -c ' alloc  *333 0x[0-9a-f]* in child_site' f.dump)"
check_eq "... the exec'ing child's allocation is in no log" 0 "$(grep -c ' alloc  *444 ' f.dump)"

# A second copy of the runtime (another file) dlopen'ed: it stays idle and
# forwards its sftrace_alloc_event() to the active one.
cat >two.c <<'EOS'
#include <dlfcn.h>
#include <stdio.h>
static volatile int n;
__attribute__((noinline)) void leaf(void) { n++; }
int main(int argc, char **argv)
{
	void *h;
	void (*ev)(unsigned char, unsigned long, unsigned long, void *);
	for (int i = 0; i < 10; i++) leaf();
	if (!(h = dlopen(argv[1], RTLD_NOW))) { printf("dlopen: %s\n", dlerror()); return 1; }
	ev = (void (*)(unsigned char, unsigned long, unsigned long, void *))dlsym(h, "sftrace_alloc_event");
	ev(1, 10, 0, (void *)0x5000);
	for (int i = 0; i < 10; i++) leaf();
	printf("leaf %d\n", n);
	return 0;
}
EOS
cc_xray two two.c || { not_ok "build two.c"; done_testing; exit 1; }
mkdir other
cp "$SOLIB" other/libsftrace.so && printf '\0' >>other/libsftrace.so
sf_record t.log ./two "$T/other/libsftrace.so" >two.out
check_eq "a second copy dlopen'ed: the program runs" "leaf 20" "$(cat two.out)"
check "... one log only" sh -c '! ls t.log.* 2>/dev/null | grep -q .'
"$SFTRACE" dump t.log >t.dump
check_eq "... every call of leaf once" 20 "$(grep -c ' entry .* leaf$' t.dump)"
check_eq "... and the second copy's sftrace_alloc_event reached the first" 1 \
	"$(grep -c ' alloc  *10 0x5000 in main' t.dump)"
done_testing
