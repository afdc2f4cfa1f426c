/*
 * Register preservation across traced calls: functions taking 6 integer
 * and 8 double arguments (every argument register), a variadic function
 * (the vector-register count in %al), and functions returning a small
 * struct in rax:rdx, a struct of two doubles in xmm0:xmm1, a large struct
 * through memory, __int128, long double (x87 st0) and a double. The output
 * prints every result exactly (%a for floating point), so a test compares
 * the output of a traced run with an untraced one byte for byte; the
 * program also checks each result itself and exits 1 on a mismatch.
 * Usage: abi [ROUNDS] (default 1000).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

struct pair {
	long a, b;
};
struct dpair {
	double x, y;
};
struct big {
	long v[6];
	double d[2];
};

static unsigned long n_mix, n_dmix, n_bigmix, n_vsum, n_wide, n_ext;
static int bad;

/* 6 integer + 8 double arguments, struct result in rax:rdx. */
NOINLINE struct pair mix(long a, long b, long c, long d, long e, long f, double x0, double x1,
			 double x2, double x3, double x4, double x5, double x6, double x7)
{
	struct pair p;

	n_mix++;
	p.a = a * 1 + b * 3 + c * 5 + d * 7 + e * 11 + f * 13;
	p.b = (long)(x0 * 1.5 + x1 * 2.5 + x2 * 3.5 + x3 * 4.5 + x4 * 5.5 + x5 * 6.5 + x6 * 7.5 +
		     x7 * 8.5);
	return p;
}

/* The same arguments, result in xmm0:xmm1. */
NOINLINE struct dpair dmix(long a, long b, long c, long d, long e, long f, double x0, double x1,
			   double x2, double x3, double x4, double x5, double x6, double x7)
{
	struct dpair r;

	n_dmix++;
	r.x = x0 / 3 + x1 / 7 + x2 / 11 + x3 / 13 + (double)(a - b + c);
	r.y = x4 * x5 - x6 / x7 + (double)(d * e - f);
	return r;
}

/* Result in memory (hidden pointer in rdi), then 6 more integer registers. */
NOINLINE struct big bigmix(long a, long b, long c, long d, long e, double x, double y)
{
	struct big r;

	n_bigmix++;
	r.v[0] = a;
	r.v[1] = b * 2;
	r.v[2] = c * 3;
	r.v[3] = d * 4;
	r.v[4] = e * 5;
	r.v[5] = a ^ b ^ c ^ d ^ e;
	r.d[0] = x * y;
	r.d[1] = x / y;
	return r;
}

/* Variadic: %al holds the number of vector registers used. */
NOINLINE double vsum(int n, ...)
{
	va_list ap;
	double s = 0;

	n_vsum++;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		s += (i & 1) ? (double)va_arg(ap, long) : va_arg(ap, double);
	va_end(ap);
	return s;
}

NOINLINE __int128 wide(long a, long b)
{
	n_wide++;
	return (__int128)a * b * 1000003;
}

NOINLINE long double ext(double x, long double y)
{
	n_ext++;
	return (long double)x / y + y * 3;
}

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "abi: round %d: check failed: %s\n", i, #cond);             \
			bad = 1;                                                                   \
		}                                                                                  \
	} while (0)

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 1000;
	uint64_t h = 1469598103934665603ULL;

	for (int i = 0; i < rounds; i++) {
		long k = i - rounds / 2;
		double q = i * 0.37 - 11.0;
		struct pair p = mix(k, k + 1, k + 2, k + 3, k + 4, k + 5, q, q + 0.5, q + 1.25,
				    q * 2, q * 3, q * 4, q * 5, q * 6);
		struct dpair dp = dmix(k, -k, 2 * k, 3, k + 9, 7, q, q - 1, q + 2, q * q, 1.0 / 3,
				       q + 9, q - 8, q * 0.5 + 100);
		struct big bg = bigmix(k, k * 7, k * 11, k * 13, k * 17, q + 0.25, q + 1000);
		double v = vsum(6, q, k, q * 2, k * 3, q * 4, k * 5);
		__int128 w = wide(k * 1000003, k + 77);
		long double e = ext(q, (long double)i + 0.75L);

		CHECK(p.a == k * 1 + (k + 1) * 3 + (k + 2) * 5 + (k + 3) * 7 + (k + 4) * 11 +
				     (k + 5) * 13);
		CHECK(bg.v[0] == k && bg.v[4] == k * 17 * 5);
		CHECK(v == q + (double)k + q * 2 + (double)(k * 3) + q * 4 + (double)(k * 5));
		CHECK(w == (__int128)(k * 1000003) * (k + 77) * 1000003);
		printf("%d %ld %ld %a %a", i, p.a, p.b, dp.x, dp.y);
		for (int j = 0; j < 6; j++)
			printf(" %ld", bg.v[j]);
		printf(" %a %a %a %016llx%016llx %La\n", bg.d[0], bg.d[1], v,
		       (unsigned long long)((unsigned __int128)w >> 64), (unsigned long long)w, e);
		h = (h ^ (uint64_t)p.a) * 1099511628211ULL;
	}
	printf("hash %016llx\n", (unsigned long long)h);
	printf("count mix %lu\n", n_mix);
	printf("count dmix %lu\n", n_dmix);
	printf("count bigmix %lu\n", n_bigmix);
	printf("count vsum %lu\n", n_vsum);
	printf("count wide %lu\n", n_wide);
	printf("count ext %lu\n", n_ext);
	return bad;
}
