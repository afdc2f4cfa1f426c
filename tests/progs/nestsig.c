/*
 * Signal handlers that run traced code exactly where a block switch
 * begins: the runtime's fault injection (SFTRACE_TEST_NEST=SIGNO:A:B,
 * runtime/record.c) raises SIGUSR1 A times while the event that found its
 * block full still holds its reservation and B times after it gave it
 * back. Prints "calls N" (every instrumented call made, main excluded)
 * and "handler N" (handler runs).
 * Usage: nestsig [SHORT_CALLS] (default 1000000).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))

static volatile sig_atomic_t n_handler;
static volatile long sink;
static unsigned long n_leaf, n_short, n_inner, n_hleaf;

NOINLINE static void handler_leaf(void)
{
	n_hleaf++;
	sink++;
}

NOINLINE static void on_usr1(int sig)
{
	(void)sig;
	n_handler++;
	handler_leaf();
	handler_leaf();
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

NOINLINE static void leaf(void)
{
	n_leaf++;
	__asm__ volatile("" ::: "memory");
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	struct sigaction sa = { .sa_handler = on_usr1, .sa_flags = SA_RESTART };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	for (long i = 0; i < n; i++) {
		sink += short_call(i);
		leaf();
	}
	printf("handler %d\n", (int)n_handler);
	printf("calls %lu\n", n_short + n_inner + n_leaf + (unsigned long)n_handler + n_hleaf);
	return 0;
}
