/*
 * The benchmark workload: fib(30) plus 10 million calls of a small leaf
 * function, run by each of NTHREADS threads (default 1) started together.
 * Prints the wall time of the work itself (between the start barrier and
 * the last join, so tracer start-up and shutdown are excluded) and the
 * number of calls, as "ns N" and "calls C" lines.
 *
 * Built once per tracer from this same source: with XRay sleds (sftrace,
 * and compiler-rt XRay when linked with its runtime) and with -pg
 * (uftrace). When compiler-rt's runtime is linked in and BENCH_XRAY_FDR is
 * set, FDR mode is driven from here: it records nothing unless the
 * program initialises and flushes it itself.
 * Usage: workload [NTHREADS [LEAF_CALLS [FIB_N]]].
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NOINLINE __attribute__((noinline))
#define NOTRACE __attribute__((xray_never_instrument, no_instrument_function))

/* compiler-rt XRay logging API (its header is C++ only); weak, so that the
 * program links without the runtime. */
int __xray_log_init_mode(const char *mode, const char *config) __attribute__((weak));
int __xray_log_finalize(void) __attribute__((weak));
int __xray_log_flushLog(void) __attribute__((weak));

static long leaf_calls = 10000000;
static int fib_n = 30;
static pthread_barrier_t start;
/* Read after both calls, so that fib's second call cannot become a loop. */
static volatile long fib_guard;

NOINLINE static long fib(long n)
{
	if (n < 2)
		return n;
	return fib(n - 1) + fib(n - 2) + fib_guard;
}

NOINLINE static long leaf(long x)
{
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}

NOINLINE static long leaf_loop(long n)
{
	long s = 0;

	for (long i = 0; i < n; i++)
		s += leaf(i);
	return s;
}

NOINLINE static void *thread_main(void *arg)
{
	long *result = arg;

	pthread_barrier_wait(&start);
	*result = fib(fib_n) + leaf_loop(leaf_calls);
	return NULL;
}

NOTRACE static long fib_calls(long n)
{
	long a = 1, b = 1; /* calls(n) = calls(n-1) + calls(n-2) + 1 */

	for (long i = 2; i <= n; i++) {
		long c = a + b + 1;
		a = b;
		b = c;
	}
	return n < 2 ? 1 : b;
}

NOTRACE static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

NOTRACE int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1;
	pthread_t t[64];
	long result[64], sum = 0;
	int fdr = getenv("BENCH_XRAY_FDR") != NULL;
	double t0, t1;

	if (argc > 2)
		leaf_calls = atol(argv[2]);
	if (argc > 3)
		fib_n = atoi(argv[3]);
	if (n < 1 || n > 64) {
		fprintf(stderr, "workload: 1 to 64 threads\n");
		return 2;
	}
	if (fdr) {
		if (!__xray_log_init_mode) {
			fprintf(stderr, "workload: BENCH_XRAY_FDR set but no XRay runtime linked\n");
			return 1;
		}
		if (__xray_log_init_mode("xray-fdr", "") != 2 /* XRAY_LOG_INITIALIZED */)
			fprintf(stderr, "workload: XRay FDR mode did not initialise\n");
	}
	pthread_barrier_init(&start, NULL, (unsigned)n + 1);
	for (int i = 0; i < n; i++)
		if (pthread_create(&t[i], NULL, thread_main, &result[i])) {
			perror("pthread_create");
			return 1;
		}
	t0 = now();
	pthread_barrier_wait(&start);
	for (int i = 0; i < n; i++) {
		pthread_join(t[i], NULL);
		sum += result[i];
	}
	t1 = now();
	if (fdr) {
		__xray_log_finalize();
		__xray_log_flushLog();
	}
	printf("result %ld\n", sum);
	printf("ns %.0f\n", t1 - t0);
	/* per thread: fib, leaf_loop, leaf_calls leaves, thread_main */
	printf("calls %ld\n", (long)n * (fib_calls(fib_n) + 1 + leaf_calls + 1));
	return 0;
}
