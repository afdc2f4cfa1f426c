/*
 * The floor under any call tracer: what reading the time stamp counter
 * twice and storing both values costs per call, the least an entry and an
 * exit event need. Times LEAF_CALLS calls of the workload's leaf function
 * (bench/workload.c) plain and with a counter read and an 8-byte store into
 * a 1 MiB ring before and after each call, best of 5 rounds, and prints
 * "floor NS" (ns per call above the plain loop) and "rdtsc NS" (two reads
 * alone, no store). Usage: floor [LEAF_CALLS]. Built without XRay.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#if defined(__x86_64__)
#include <x86intrin.h>
#define COUNTER() __rdtsc()
#elif defined(__aarch64__)
static inline uint64_t counter(void)
{
	uint64_t v;
	__asm__ volatile("mrs %0, cntvct_el0" : "=r"(v));
	return v;
}
#define COUNTER() counter()
#else
#error "floor: x86-64 or AArch64"
#endif

#define NOINLINE __attribute__((noinline))
#define RING (1u << 17) /* 8-byte slots: 1 MiB */

static uint64_t ring[RING];
static uint64_t sink_v;

NOINLINE static long leaf(long x)
{
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

NOINLINE static long plain(long n)
{
	long s = 0;

	for (long i = 0; i < n; i++)
		s += leaf(i);
	return s;
}

NOINLINE static long stored(long n)
{
	long s = 0;
	uint32_t at = 0;

	for (long i = 0; i < n; i++) {
		ring[at++ % RING] = COUNTER();
		s += leaf(i);
		ring[at++ % RING] = COUNTER();
	}
	return s;
}

NOINLINE static long reads(long n)
{
	long s = 0;
	uint64_t acc = 0;

	for (long i = 0; i < n; i++) {
		acc += COUNTER();
		s += leaf(i);
		acc ^= COUNTER();
	}
	sink_v = acc;
	return s;
}

static double best(long (*f)(long), long n)
{
	uint64_t b = UINT64_MAX;

	for (int r = 0; r < 5; r++) {
		uint64_t t = now_ns();
		sink_v += (uint64_t)f(n);
		t = now_ns() - t;
		b = t < b ? t : b;
	}
	return (double)b / (double)n;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 10000000;
	double p = best(plain, n), s = best(stored, n), r = best(reads, n);

	printf("plain %.2f\nfloor %.2f\nrdtsc %.2f\n", p, s - p, r - p);
	return 0;
}
