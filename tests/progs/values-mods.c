/*
 * Marked functions in three modules (tests/e2e/t1041): this program, a
 * library it links (values-lib.c, built with -DVALUES_LIB) and a plugin
 * it loads with dlopen (the same file built with -DVALUES_PLUGIN). Prints
 * the expect lines of tests/progs/values.c for each call, then a result.
 */
#include <dlfcn.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

#if defined(VALUES_LIB)
static volatile long lib_sink;
NOINLINE long lv_add(long a, long b)
{
	lib_sink = a;
	return a + b;
}
#elif defined(VALUES_PLUGIN)
static volatile long plug_sink;
NOINLINE int plug_mul(int a, int b)
{
	plug_sink = a;
	return a * b;
}

NOINLINE size_t plug_len(const char *s, int scale)
{
	size_t n = strlen(s);

	plug_sink = n;
	return n * (size_t)scale;
}
#else
long lv_add(long a, long b);

static volatile uint64_t sink;
NOINLINE uint64_t main_twice(uint64_t x)
{
	sink = x;
	return 2 * x;
}

static void hex(const char *fn, const char *kind, const char *reg, int bits, uint64_t v)
{
	if (bits < 64)
		v &= (UINT64_C(1) << bits) - 1;
	printf("expect %s %s %s %d %0*" PRIx64 "\n", fn, kind, reg, bits, bits / 4, v);
}

int main(int argc, char **argv)
{
	void *h;
	int (*mul)(int, int);
	size_t (*len)(const char *, int);
	volatile uint64_t x = UINT64_C(0xfedcba9876543210);
	volatile long a = -40, b = 2;
	uint64_t total = 0, r;

	r = main_twice(x);
	total += r;
	hex("main_twice", "args", "rdi", 64, x);
	hex("main_twice", "ret", "rax", 64, r);
	r = (uint64_t)lv_add(a, b);
	total += r;
	hex("lv_add", "args", "rdi", 64, (uint64_t)a);
	hex("lv_add", "args", "rsi", 64, (uint64_t)b);
	hex("lv_add", "ret", "rax", 64, r);

	if (argc < 2 || !(h = dlopen(argv[1], RTLD_NOW))) {
		fprintf(stderr, "cannot load the plugin: %s\n", dlerror());
		return 1;
	}
	mul = (int (*)(int, int))dlsym(h, "plug_mul");
	len = (size_t (*)(const char *, int))dlsym(h, "plug_len");
	if (!mul || !len)
		return 1;
	r = (uint64_t)mul(-6, 7);
	total += r;
	hex("plug_mul", "args", "rdi", 32, (uint64_t)-6);
	hex("plug_mul", "args", "rsi", 32, 7);
	hex("plug_mul", "ret", "rax", 32, r);
	r = len("a string in a dlopen'ed module", 3);
	total += r;
	printf("expect plug_len str rdi \"a string in a dlopen'ed module\"\n");
	hex("plug_len", "args", "rsi", 32, 3);
	hex("plug_len", "ret", "rax", 64, r);
	printf("result %" PRIu64 "\n", total);
	return 0;
}
#endif
