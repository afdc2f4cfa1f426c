/*
 * exit() from one thread while others still run. NTHREADS workers
 * (default 4) each call work() exactly ITERS times (default 10000), then
 * keep calling spin() until the process ends. A last thread waits until
 * every worker has finished its ITERS calls and made 1000 calls of spin(),
 * reads how many spin() calls each has completed so far, prints it all and
 * calls exit() while the workers are still spinning. Output:
 *   tcount TID work N   exact
 *   tmin TID spin N     a lower bound: the trace holds at least N
 * Usage: exit-thread [NTHREADS [ITERS]].
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))
#define MAX_THREADS 32

struct worker {
	pthread_t thread;
	long iters;
	pid_t tid;
	unsigned long work;
	atomic_ulong spins;
	atomic_int finished;
};

static volatile long sink;

NOINLINE static void work(long i)
{
	sink += i;
}

NOINLINE static void spin(struct worker *w)
{
	sink++;
	atomic_fetch_add_explicit(&w->spins, 1, memory_order_release);
}

NOINLINE static void *worker_main(void *arg)
{
	struct worker *w = arg;

	w->tid = (pid_t)syscall(SYS_gettid);
	for (long i = 0; i < w->iters; i++) {
		work(i);
		w->work++;
	}
	atomic_store_explicit(&w->finished, 1, memory_order_release);
	/* Yielding lets the quitter run soon and keeps the log small. */
	for (;;) {
		spin(w);
		sched_yield();
	}
	return NULL;
}

static int nworkers;
static struct worker workers[MAX_THREADS];

NOINLINE static void *quitter(void *arg __attribute__((unused)))
{
	/* Every worker done with work() and well into its spin() loop. */
	for (int i = 0; i < nworkers; i++)
		while (!atomic_load_explicit(&workers[i].finished, memory_order_acquire) ||
		       atomic_load_explicit(&workers[i].spins, memory_order_acquire) < 1000)
			sched_yield();
	for (int i = 0; i < nworkers; i++) {
		struct worker *w = &workers[i];

		/* spins counts completed calls: spin() returned after the add. */
		unsigned long done = atomic_load_explicit(&w->spins, memory_order_acquire);

		printf("tcount %d work %lu\n", (int)w->tid, w->work);
		printf("tmin %d spin %lu\n", (int)w->tid, done > 0 ? done - 1 : 0);
	}
	fflush(stdout);
	exit(0);
}

int main(int argc, char **argv)
{
	long iters = argc > 2 ? atol(argv[2]) : 10000;
	pthread_t q;

	nworkers = argc > 1 ? atoi(argv[1]) : 4;
	if (nworkers < 1 || nworkers > MAX_THREADS) {
		fprintf(stderr, "exit-thread: 1 to %d threads\n", MAX_THREADS);
		return 2;
	}
	for (int i = 0; i < nworkers; i++) {
		workers[i].iters = iters;
		if (pthread_create(&workers[i].thread, NULL, worker_main, &workers[i])) {
			perror("pthread_create");
			return 1;
		}
	}
	if (pthread_create(&q, NULL, quitter, NULL)) {
		perror("pthread_create");
		return 1;
	}
	pthread_join(q, NULL);
	return 1;
}
