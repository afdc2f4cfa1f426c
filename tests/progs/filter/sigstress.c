/*
 * Stress for the minimum-duration filter's rewind under signals: millions
 * of short calls, a few long ones, and a timer signal every 20 us whose
 * handler runs instrumented code, so handlers land in the middle of
 * entries, exits and rewinds. Prints "count NAME N" for the long calls
 * and the handler, and "calls N" for all instrumented calls made.
 * Usage: sigstress [SHORT_CALLS [TIMER_US]] (defaults 2000000, 20).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

#define NOINLINE __attribute__((noinline))
#define UNTRACED __attribute__((xray_never_instrument, noinline))

static volatile sig_atomic_t n_tick;
static volatile long sink;
static unsigned long n_short, n_inner, n_long, n_tick_leaf;

UNTRACED static unsigned long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

NOINLINE static void tick_leaf(void)
{
	n_tick_leaf++;
	sink++;
}

NOINLINE static void on_tick(int sig)
{
	n_tick++;
	tick_leaf();
	__asm__ volatile("" ::: "memory");
}

NOINLINE static long inner(long x)
{
	n_inner++;
	sink += x;
	__asm__ volatile("" ::: "memory");
	return x;
}

NOINLINE static long short_call(long x)
{
	n_short++;
	long r = inner(x) + inner(x + 1);
	__asm__ volatile("" ::: "memory");
	return r;
}

NOINLINE static void long_call(void)
{
	unsigned long long end = now_ns() + 300000; /* 300 us */
	n_long++;
	while (now_ns() < end)
		sink++;
	__asm__ volatile("" ::: "memory");
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 2000000;
	struct sigaction sa = { .sa_handler = on_tick, .sa_flags = SA_RESTART };
	long us = argc > 2 ? atol(argv[2]) : 20;
	struct itimerval it = { { 0, us }, { 0, us } };
	struct itimerval off = { { 0, 0 }, { 0, 0 } };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	for (long i = 0; i < n; i++) {
		sink += short_call(i);
		if (i % 200000 == 0)
			long_call();
	}
	setitimer(ITIMER_REAL, &off, NULL);
	printf("count long_call %lu\n", n_long);
	printf("count on_tick %d\n", (int)n_tick);
	printf("calls %lu\n", n_short + n_inner + n_long + (unsigned long)n_tick + n_tick_leaf);
	return 0;
}
