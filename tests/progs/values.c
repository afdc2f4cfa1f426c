/*
 * Functions with known arguments and results, for the value records
 * (docs/format.md "Value records"). The program prints what a recording
 * must hold, one line per register or string:
 *
 *   expect FUNC args|ret REG BITS HEX      the low BITS bits of REG, in hex
 *   expect FUNC args|ret REG 64 HEX addr   the same for an address (it
 *                                          changes from run to run)
 *   expect FUNC str REG "TEXT" [FLAGS]     the string REG points to
 *
 * then "result N", a sum of what the functions returned (the program's
 * own output, which tracing must not change). Each function is called
 * once. v_bad gets a pointer to an unmapped page as its char *: it does
 * not read it, the runtime must not fault on it either.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

static volatile uint64_t sink;

NOINLINE int64_t v_ints(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint64_t f)
{
	sink = (uint64_t)a + b + (uint64_t)c + d + (uint64_t)e + f;
	return (int64_t)a * 1000 + e;
}

NOINLINE double v_double(double x, float y, int n)
{
	sink = (uint64_t)n;
	return x * 2 + y;
}

NOINLINE size_t v_str(const char *s, void *p)
{
	size_t n = strlen(s);

	sink = (uintptr_t)p + n; /* not a tail call: the exit is recorded */
	return n;
}

NOINLINE uintptr_t v_bad(const char *s)
{
	return (uintptr_t)s >> 12; /* the pointer, never what it points to */
}

NOINLINE size_t v_long(const char *s)
{
	return strlen(s);
}

/* A string that ends exactly at the end of a readable page. */
NOINLINE size_t v_edge(const char *s, size_t n)
{
	sink = (uintptr_t)s;
	return n;
}

static void hex(const char *fn, const char *kind, const char *reg, int bits, uint64_t v)
{
	if (bits < 64)
		v &= (UINT64_C(1) << bits) - 1;
	printf("expect %s %s %s %d %0*" PRIx64 "\n", fn, kind, reg, bits, bits / 4, v);
}

static void addr(const char *fn, const char *kind, const char *reg, uint64_t v)
{
	printf("expect %s %s %s 64 %016" PRIx64 " addr\n", fn, kind, reg, v);
}

static uint64_t bits_of(double d)
{
	uint64_t u;
	memcpy(&u, &d, 8);
	return u;
}

int main(void)
{
	static char buf[64];
	static char longs[200];
	volatile int8_t a = -5;
	volatile uint8_t b = 200;
	volatile int16_t c = -1234;
	volatile uint16_t d = 54321;
	volatile int32_t e = -100000;
	volatile uint64_t f = UINT64_C(0x123456789abcdef0);
	volatile double x = 3.25;
	volatile float y = 1.5f;
	long page = sysconf(_SC_PAGESIZE);
	char *two = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *bad, *edge;
	uint64_t total = 0;
	int64_t r;
	double dr;
	float yf = y;
	uint32_t ybits;

	if (two == MAP_FAILED)
		return 1;
	munmap(two + page, page); /* the second page: unmapped */
	bad = two + page + 16;
	memset(two, 'e', page);
	edge = two + page - 10; /* 10 readable bytes, no NUL, then the hole */

	strcpy(buf, "hello, \"world\"");
	for (int i = 0; i < 199; i++)
		longs[i] = (char)('a' + i % 26);

	r = v_ints(a, b, c, d, e, f);
	total += (uint64_t)r;
	hex("v_ints", "args", "rdi", 8, (uint64_t)(int64_t)a);
	hex("v_ints", "args", "rsi", 8, b);
	hex("v_ints", "args", "rdx", 16, (uint64_t)(int64_t)c);
	hex("v_ints", "args", "rcx", 16, d);
	hex("v_ints", "args", "r8", 32, (uint64_t)(int64_t)e);
	hex("v_ints", "args", "r9", 64, f);
	hex("v_ints", "ret", "rax", 64, (uint64_t)r);

	dr = v_double(x, y, 7);
	total += (uint64_t)dr;
	memcpy(&ybits, &yf, 4);
	hex("v_double", "args", "xmm0", 64, bits_of(x));
	hex("v_double", "args", "xmm1", 32, ybits);
	hex("v_double", "args", "rdi", 32, 7);
	hex("v_double", "ret", "xmm0", 64, bits_of(dr));

	total += v_str(buf, &total);
	addr("v_str", "args", "rdi", (uintptr_t)buf);
	addr("v_str", "args", "rsi", (uintptr_t)&total);
	printf("expect v_str str rdi \"hello, \\\"world\\\"\"\n");
	hex("v_str", "ret", "rax", 64, strlen(buf));

	addr("v_bad", "args", "rdi", (uintptr_t)bad);
	printf("expect v_bad str rdi \"\" unreadable\n");
	addr("v_bad", "ret", "rax", v_bad(bad));

	total += v_long(longs);
	/* the first 64 bytes (the default string size), truncated */
	printf("expect v_long str rdi \"%.64s\" truncated\n", longs);

	total += v_edge(edge, 10);
	printf("expect v_edge str rdi \"eeeeeeeeee\" truncated unreadable\n");

	printf("result %" PRIu64 "\n", total);
	return 0;
}
