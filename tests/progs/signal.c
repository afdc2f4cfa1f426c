/*
 * Signal handlers running instrumented code on a thread that is busy
 * calling instrumented code (so some signals land while the tracer is in
 * the middle of recording an event). Two phases:
 *   storm: a second thread sends SIGUSR1 to the main thread COUNT times,
 *          each time waiting until the handler has run (so no signal
 *          merges with a pending one, and each lands at a random point of
 *          the main thread's work, which makes at most 300 calls of work()
 *          per signal);
 *   timer: setitimer(ITIMER_PROF) every 100 us of CPU time (in practice
 *          every scheduler tick) for MS ms, or 300000 calls of work()
 *          at most, so that a trace stays small.
 * The handler calls on_signal() -> sig_leaf(); the main thread calls
 * work() -> leaf(). Each counter is written by one context only. Prints
 * "count NAME N". Usage: signal [COUNT [MS]] (default 2000 200).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#define NOINLINE __attribute__((noinline))
#define CALLS_PER_SIGNAL 300

static atomic_ulong n_on_signal;                         /* written by handlers, */
static volatile unsigned long n_sig_leaf;                /* read by the stormer */
static unsigned long n_work, n_leaf;                    /* written by main */
static volatile int storm_done;
static volatile long sink;

NOINLINE static long sig_leaf(long x)
{
	n_sig_leaf++;
	__asm__ volatile("" : "+r"(x));
	return x ^ 5;
}

NOINLINE static void on_signal(int sig)
{
	sink += sig_leaf(sig);
	atomic_fetch_add_explicit(&n_on_signal, 1, memory_order_release);
}

NOINLINE static long leaf(long x)
{
	n_leaf++;
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}

NOINLINE static void work(long i)
{
	n_work++;
	sink += leaf(i) + leaf(i + 1);
}

__attribute__((xray_never_instrument)) static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct storm {
	pthread_t target;
	long count;
	int failed;
};

static void *stormer(void *arg)
{
	struct storm *s = arg;

	for (long i = 0; i < s->count; i++) {
		unsigned long before = atomic_load_explicit(&n_on_signal, memory_order_acquire);
		double give_up = now() + 5;

		pthread_kill(s->target, SIGUSR1);
		while (atomic_load_explicit(&n_on_signal, memory_order_acquire) == before)
			if (now() > give_up) {
				fprintf(stderr, "signal: the handler did not run within 5 s\n");
				s->failed = 1;
				goto out;
			}
	}
out:
	storm_done = 1;
	return NULL;
}

int main(int argc, char **argv)
{
	struct storm s = { pthread_self(), argc > 1 ? atol(argv[1]) : 2000, 0 };
	int ms = argc > 2 ? atoi(argv[2]) : 200;
	struct itimerval it = { { 0, 100 }, { 0, 100 } }, off = { { 0, 0 }, { 0, 0 } };
	struct sigaction sa;
	sigset_t block, old;
	pthread_t t;
	unsigned long storm_handled;
	long i = 0, storm_calls;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGPROF, &sa, NULL);

	/* The stormer thread blocks both signals: only main handles them. */
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGPROF);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	if (pthread_create(&t, NULL, stormer, &s)) {
		perror("pthread_create");
		return 1;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	/*
	 * At most CALLS_PER_SIGNAL calls of work() per signal, then wait for
	 * the next one: the log's size does not depend on how fast signals
	 * are delivered on a loaded machine.
	 */
	for (unsigned long seen = 0, since = 0; !storm_done;) {
		unsigned long handled = atomic_load_explicit(&n_on_signal, memory_order_acquire);

		if (handled != seen) {
			seen = handled;
			since = 0;
		}
		if (since < CALLS_PER_SIGNAL) {
			work(i++);
			since++;
		}
	}
	pthread_join(t, NULL);
	/* Signals still pending are delivered on the way out of this call. */
	work(i++);
	storm_handled = n_on_signal;
	storm_calls = i;

	setitimer(ITIMER_PROF, &it, NULL);
	for (double end = now() + ms / 1000.0; now() < end && i < storm_calls + 300000;)
		for (int k = 0; k < 1000; k++)
			work(i++);
	setitimer(ITIMER_PROF, &off, NULL);
	pthread_sigmask(SIG_BLOCK, &block, NULL);

	printf("storm %lu timer %lu\n", storm_handled, (unsigned long)n_on_signal - storm_handled);
	printf("count on_signal %lu\n", (unsigned long)n_on_signal);
	printf("count sig_leaf %lu\n", n_sig_leaf);
	printf("count work %lu\n", n_work);
	printf("count leaf %lu\n", n_leaf);
	return s.failed;
}
