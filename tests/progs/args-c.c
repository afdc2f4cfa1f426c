/*
 * Functions with known arguments and results, for the readers of value
 * records (tools/read/values.c): each call prints what the readers must
 * show for it, formatted by the program itself from the values it passes:
 *
 *   value FUNC args TEXT     the argument text, "name=value, ..."
 *   value FUNC ret TEXT      the return value text
 *   calls FUNC NAME=VALUE N  how often FUNC was called with that argument
 *
 * Text rules (docs/sftrace-convert.md "Values"): integers in decimal,
 * bool true/false, char quoted, enums by enumerator name, pointers in
 * hex, doubles in the shortest form that reads back the same, C strings
 * quoted with \" \\ \n escaped, a struct as {field=value, ...}.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "shortest.h"

#define NOINLINE __attribute__((noinline))

enum color { RED, GREEN = 5, BLUE };
struct pt {
	int x;
	long y;
};

static volatile uint64_t sink;

NOINLINE int64_t c_ints(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f)
{
	sink = (uint64_t)a + b + (uint64_t)c + d + (uint64_t)e + f;
	return (int64_t)a * 1000 + e;
}

NOINLINE uint64_t c_wide(int64_t a, uint64_t b)
{
	sink = (uint64_t)a;
	return b - 1;
}

NOINLINE double c_double(double x, float y)
{
	return x * 2 + y;
}

NOINLINE long c_struct(struct pt p)
{
	return p.x + p.y;
}

NOINLINE struct pt c_mkpt(int x, long y)
{
	struct pt p = { x * 2, y - 1 };
	return p;
}

NOINLINE size_t c_str(const char *s, enum color c, bool ok)
{
	return strlen(s) + c + ok;
}

NOINLINE bool c_bool(bool b)
{
	return !b;
}

NOINLINE char c_char(char ch)
{
	return (char)(ch + 1);
}

NOINLINE enum color c_enum(int i)
{
	return i ? BLUE : GREEN;
}

NOINLINE uintptr_t c_bad(const char *s)
{
	return (uintptr_t)s >> 12; /* never reads what s points to */
}

/* Work proportional to n: report --by-arg groups its calls by key. */
NOINLINE int c_lookup(const char *key, int n)
{
	for (int i = 0; i < n; i++)
		sink += (uint64_t)key[i % 3];
	return n;
}

static const char *const color_names[] = { [RED] = "RED", [GREEN] = "GREEN", [BLUE] = "BLUE" };

int main(void)
{
	volatile int8_t a = -5;
	volatile uint8_t b = 200;
	volatile int16_t c = -1234;
	volatile uint16_t d = 60000;
	volatile int32_t e = -70000;
	volatile uint32_t f = 4000000000u;
	volatile int64_t w1 = INT64_MIN + 1;
	volatile uint64_t w2 = UINT64_MAX;
	volatile double x = 0.1;
	volatile float y = 2.5f;
	volatile int ix = 3;
	volatile long iy = -7;
	volatile bool t = true;
	volatile char ch = 'A';
	const char *msg = "say \"hi\"\\\n";
	const char *keys[] = { "alpha", "beta", "alpha", "gamma", "alpha", "beta" };
	int counts[3] = { 0 };
	long page = sysconf(_SC_PAGESIZE);
	char *bad = mmap(NULL, page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct pt p = { ix, iy }, q;
	uint64_t total = 0;
	double dr;

	total += (uint64_t)c_ints(a, b, c, d, e, f);
	printf("value c_ints args a=%d, b=%u, c=%d, d=%u, e=%d, f=%" PRIu32 "\n", a, b, c, d, e, f);
	printf("value c_ints ret %" PRId64 "\n", (int64_t)a * 1000 + e);

	total += c_wide(w1, w2);
	printf("value c_wide args a=%" PRId64 ", b=%" PRIu64 "\n", (int64_t)w1, (uint64_t)w2);
	printf("value c_wide ret %" PRIu64 "\n", (uint64_t)w2 - 1);

	dr = c_double(x, y);
	total += (uint64_t)dr;
	printf("value c_double args x=%s, y=%s\n", dbl(x), dbl(y));
	printf("value c_double ret %s\n", dbl(dr));

	total += (uint64_t)c_struct(p);
	printf("value c_struct args p={x=%d, y=%ld}\n", p.x, p.y);
	printf("value c_struct ret %ld\n", p.x + p.y);

	q = c_mkpt(ix, iy);
	total += (uint64_t)q.x;
	printf("value c_mkpt args x=%d, y=%ld\n", ix, iy);
	printf("value c_mkpt ret {x=%d, y=%ld}\n", q.x, q.y);

	total += c_str(msg, BLUE, t);
	printf("value c_str args s=\"say \\\"hi\\\"\\\\\\n\", c=%s, ok=true\n", color_names[BLUE]);
	printf("value c_str ret %zu\n", strlen(msg) + BLUE + 1);

	total += c_bool(t);
	printf("value c_bool args b=true\n");
	printf("value c_bool ret false\n");

	total += (uint64_t)c_char(ch);
	printf("value c_char args ch='A'\n");
	printf("value c_char ret 'B'\n");

	total += c_enum(ix);
	printf("value c_enum args i=%d\n", ix);
	printf("value c_enum ret %s\n", color_names[BLUE]);

	if (bad != MAP_FAILED) {
		total += c_bad(bad);
		printf("value c_bad args s=%p (unreadable)\n", (void *)bad);
		printf("value c_bad ret %" PRIuPTR "\n", (uintptr_t)bad >> 12);
	}

	for (size_t i = 0; i < sizeof(keys) / sizeof(*keys); i++) {
		int n = keys[i][0] == 'a' ? 200000 : keys[i][0] == 'b' ? 20000 : 2000;

		total += (uint64_t)c_lookup(keys[i], n);
		counts[keys[i][0] == 'a' ? 0 : keys[i][0] == 'b' ? 1 : 2]++;
	}
	printf("calls c_lookup key=\"alpha\" %d\n", counts[0]);
	printf("calls c_lookup key=\"beta\" %d\n", counts[1]);
	printf("calls c_lookup key=\"gamma\" %d\n", counts[2]);
	printf("result %" PRIu64 "\n", total);
	return 0;
}
