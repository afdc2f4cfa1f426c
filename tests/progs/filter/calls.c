/*
 * Filter test workload: a small call graph with known shapes (a selected
 * subtree, noise to exclude, recursion for depth limits, one slow call for
 * duration limits) on the main thread and one extra thread.
 *
 * Every instrumented function logs itself: on return it writes
 * "THREAD PATH DURATION_NS" to the file named by argv[1], PATH being the
 * '/'-joined names of the open instrumented calls from main (or the
 * thread's start function) down to it. The tests derive what each filter
 * must keep from these lines alone, by the rules in docs/filter.md.
 * Functions end with the logging call, so none ends in a tail call.
 * Usage: calls LOGFILE
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NOINLINE __attribute__((noinline))
/* The logging helpers are not part of the traced call graph. */
#define UNTRACED __attribute__((xray_never_instrument, noinline))

static FILE *logf;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread const char *stack[64];
static __thread unsigned long long started[64];
static __thread int depth, thread_no;
static volatile long sink;

UNTRACED static unsigned long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

#define ENTER() enter(__func__)
UNTRACED static void enter(const char *name)
{
	stack[depth] = name;
	started[depth++] = now_ns();
}

UNTRACED static void leave(void)
{
	unsigned long long dur = now_ns() - started[--depth];

	pthread_mutex_lock(&log_lock);
	fprintf(logf, "%d ", thread_no);
	for (int i = 0; i <= depth; i++)
		fprintf(logf, "%s%s", i ? "/" : "", stack[i]);
	fprintf(logf, " %llu\n", dur);
	pthread_mutex_unlock(&log_lock);
}

NOINLINE static long leaf(long x)
{
	ENTER();
	sink += x;
	leave();
	return x + 1;
}

NOINLINE static void helper(void)
{
	ENTER();
	leaf(7);
	leave();
}

NOINLINE static void work_a(int n)
{
	ENTER();
	for (int i = 0; i < n; i++)
		leaf(i);
	helper();
	leave();
}

NOINLINE static void work_b(int d)
{
	ENTER();
	if (d > 0)
		work_b(d - 1);
	else
		leaf(d);
	leave();
}

NOINLINE static void noise(void)
{
	ENTER();
	leaf(1);
	work_a(2);
	leave();
}

NOINLINE static void slow(void)
{
	ENTER();
	unsigned long long end = now_ns() + 2000000; /* 2 ms */
	while (now_ns() < end)
		sink++;
	leave();
}

NOINLINE static void run(int phase)
{
	ENTER();
	work_a(3 + phase);
	work_b(4 + phase);
	noise();
	if (phase == 0)
		slow();
	leaf(phase);
	leave();
}

NOINLINE static void *thread_main(void *arg)
{
	thread_no = 1;
	ENTER();
	run(1);
	noise();
	leave();
	return arg;
}

int main(int argc, char **argv)
{
	pthread_t th;

	if (argc != 2 || !(logf = fopen(argv[1], "w"))) {
		fprintf(stderr, "usage: calls LOGFILE\n");
		return 2;
	}
	ENTER();
	run(0);
	if (pthread_create(&th, NULL, thread_main, NULL) || pthread_join(th, NULL))
		return 1;
	for (int i = 0; i < 3; i++)
		work_a(i);
	leave();
	return fclose(logf) ? 1 : 0;
}
