/*
 * A program that starts tracing itself: linked with libsftrace.a (for
 * static executables, which cannot be preloaded) and calling
 * sftrace_setup() first thing in main. Calls made before that are not
 * traced; those after are, and are counted as "count NAME N". A worker
 * thread started afterwards is traced too. Usage: static [N] (default 18).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "sftrace/sftrace.h"

#define NOINLINE __attribute__((noinline))

static unsigned long n_fib, n_worker;
static volatile int fib_guard;

NOINLINE static long fib(int n)
{
	__atomic_fetch_add(&n_fib, 1, __ATOMIC_RELAXED);
	if (n < 2)
		return n + fib_guard;
	return fib(n - 1) + fib(n - 2) + fib_guard;
}

NOINLINE static void *worker(void *arg)
{
	n_worker++;
	*(long *)arg = fib(12);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 18;
	int rc;
	pthread_t t;
	long r = 0;

	sftrace_setup(NULL, NULL, NULL);
	rc = sftrace_status();
	if (rc)
		fprintf(stderr, "static: sftrace_setup: %d\n", rc);
	if (pthread_create(&t, NULL, worker, &r)) {
		perror("pthread_create");
		return 1;
	}
	pthread_join(t, NULL);
	printf("result %ld\n", fib(n) + r);
	printf("count fib %lu\n", n_fib);
	printf("count worker %lu\n", n_worker);
	return rc ? 1 : 0;
}
