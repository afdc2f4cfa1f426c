/*
 * Multi-threaded workload: NTHREADS threads (default 8) started together
 * behind a barrier, each calling work() ITERS times (default 20000), which
 * calls leaf() and, every 64th time, deep(). Every thread counts its own
 * calls and prints them with its OS thread id ("tcount TID NAME N"); main
 * prints the totals ("count NAME N"). Threads are named worker-<i> so that
 * thread names can be checked too. Usage: threads [NTHREADS [ITERS]].
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))
#define MAX_THREADS 64

struct counts {
	unsigned long work, leaf, deep;
};

static __thread struct counts my;
static pthread_barrier_t start;

NOINLINE static long leaf(long x)
{
	my.leaf++;
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}

NOINLINE static long deep(int n)
{
	my.deep++;
	if (n == 0)
		return 0;
	return deep(n - 1) + leaf(n);
}

NOINLINE static long work(long i)
{
	my.work++;
	long r = leaf(i);
	if (i % 64 == 0)
		r += deep(5);
	return r;
}

struct worker {
	pthread_t thread;
	int index;
	long iters;
	pid_t tid;
	struct counts counts;
	long result;
};

NOINLINE static void *worker_main(void *arg)
{
	struct worker *w = arg;
	char name[16];

	snprintf(name, sizeof(name), "worker-%d", w->index);
	pthread_setname_np(pthread_self(), name);
	w->tid = (pid_t)syscall(SYS_gettid);
	pthread_barrier_wait(&start);
	for (long i = 0; i < w->iters; i++)
		w->result += work(i);
	w->counts = my;
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 8;
	long iters = argc > 2 ? atol(argv[2]) : 20000;
	struct worker w[MAX_THREADS] = { 0 };
	struct counts total = { 0 };
	long result = 0;

	if (n < 1 || n > MAX_THREADS) {
		fprintf(stderr, "threads: 1 to %d threads\n", MAX_THREADS);
		return 2;
	}
	pthread_barrier_init(&start, NULL, (unsigned)n);
	for (int i = 0; i < n; i++) {
		w[i].index = i;
		w[i].iters = iters;
		if (pthread_create(&w[i].thread, NULL, worker_main, &w[i])) {
			perror("pthread_create");
			return 1;
		}
	}
	for (int i = 0; i < n; i++) {
		pthread_join(w[i].thread, NULL);
		result += w[i].result;
		total.work += w[i].counts.work;
		total.leaf += w[i].counts.leaf;
		total.deep += w[i].counts.deep;
		printf("tcount %d work %lu\n", (int)w[i].tid, w[i].counts.work);
		printf("tcount %d leaf %lu\n", (int)w[i].tid, w[i].counts.leaf);
		printf("tcount %d deep %lu\n", (int)w[i].tid, w[i].counts.deep);
		printf("tcount %d worker_main 1\n", (int)w[i].tid);
	}
	printf("result %ld\n", result);
	printf("count work %lu\n", total.work);
	printf("count leaf %lu\n", total.leaf);
	printf("count deep %lu\n", total.deep);
	printf("count worker_main %d\n", n);
	return 0;
}
