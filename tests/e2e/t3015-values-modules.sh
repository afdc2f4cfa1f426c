#!/bin/sh
# Values of functions marked in two modules: the executable and a library
# it loads with dlopen after it started (a filter file names both). Each
# module's DWARF describes its own functions; the library's are found at
# their ELF addresses whatever its load address. Oracle: the texts the
# program and the library print for their own calls.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
. "$TOP/tests/e2e/values-lib.sh"
need clang protoc node

cat >plug.c <<'C'
#include <stdio.h>
#include <stdint.h>
__attribute__((noinline)) int16_t plug_scale(int16_t v, const char *why, double f)
{
	int16_t r = (int16_t)(v * f);
	printf("value plug_scale args v=%d, why=\"%s\", f=%.17g\n", v, why, f);
	printf("value plug_scale ret %d\n", r);
	return r;
}
C
cat >main.c <<'C'
#include <dlfcn.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
__attribute__((noinline)) unsigned long main_mix(unsigned char a, long b)
{
	return a * 1000ul + (unsigned long)b;
}
int main(int argc, char **argv)
{
	volatile unsigned char a = 255;
	volatile long b = -2;
	unsigned long m = main_mix(a, b);
	void *h;
	int16_t (*scale)(int16_t, const char *, double);

	printf("value main_mix args a=%u, b=%ld\n", a, b);
	printf("value main_mix ret %lu\n", m);
	h = dlopen(argv[1], RTLD_NOW);
	if (!h || !(scale = (int16_t (*)(int16_t, const char *, double))dlsym(h, "plug_scale"))) {
		fprintf(stderr, "%s\n", dlerror());
		return 1;
	}
	scale(-300, "dlopen'd", 0.5);
	scale(1000, "twice", 2);
	return 0;
}
C
clang -O2 -g $XRAY_CFLAGS -fPIC -shared -o libplug.so plug.c &&
	cc_xray prog main.c -ldl || { not_ok "build the program and the library"; done_testing; exit 1; }
check "filter -p for both modules" "$SFTRACE" filter -p ./prog -p ./libplug.so \
	-r 'main|plug_' --args 'main_mix|plug_scale' --retval 'main_mix|plug_scale' -o f.txt
check_eq "the filter file names both modules" 2 "$(grep -c '^module' f.txt)"
"$SFTRACE" record --solib "$SOLIB" -f f.txt -o sf.log -- ./prog "$T/libplug.so" >traced.out 2>record.err
check_eq "record exits 0" 0 "$?"
sed -n 's/^value //p' traced.out | LC_ALL=C sort -u >expect
check_eq "the program and the library printed their values" 6 "$(wc -l <expect)"
values_everywhere sf.log expect "two modules"
check_eq "both calls of the dlopen'd function carry arguments" 2 \
	"$(awk -F'\t' '$1 == "values" && $4 == "plug_scale"' sf.log.norm | wc -l)"
done_testing
