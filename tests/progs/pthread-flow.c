/*
 * Work handed to other threads with pthread_create, for the cross-thread
 * tests (the C counterpart of tests/progs/rayon/src/bin/rthreads.rs):
 * spawner(p) starts three threads whose start routine, thread_main, runs
 * task(10p+i, p), and joins them; task 12 is the spawner of three more,
 * spawner(120). Prints, sorted, "spawner P thread T" and "task K parent P
 * thread T" (T a number each thread takes when it starts, main 0), then
 * "count NAME N" for spawner, thread_main, task and busy. Everything but
 * the thread column is the same on every run.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))
#define PER_SPAWNER 3
#define MAX_LINES 64

struct line {
	int kind; /* 0 spawner, 1 task */
	unsigned long id, parent;
	long thread;
};

struct job {
	pthread_t thread;
	unsigned long k, p, result;
};

static struct line lines[MAX_LINES];
static int nlines;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long n_spawner, n_thread_main, n_task, n_busy;
static long next_thread = 1;
static __thread long thread_no; /* main: 0 */

static void count(unsigned long *n)
{
	__atomic_fetch_add(n, 1, __ATOMIC_RELAXED);
}

static void note(int kind, unsigned long id, unsigned long parent)
{
	pthread_mutex_lock(&lock);
	if (nlines < MAX_LINES)
		lines[nlines++] = (struct line){ kind, id, parent, thread_no };
	pthread_mutex_unlock(&lock);
}

NOINLINE static unsigned long busy(unsigned long k, long rounds)
{
	unsigned long x = k | 1;

	count(&n_busy);
	for (long i = 0; i < rounds; i++) {
		x = x * 6364136223846793005ul + 1442695040888963407ul;
		__asm__ volatile("" : "+r"(x));
	}
	return x >> 60;
}

NOINLINE static unsigned long spawner(unsigned long p);

NOINLINE static unsigned long task(unsigned long k, unsigned long p)
{
	unsigned long r;

	count(&n_task);
	note(1, k, p);
	r = busy(k, 10000);
	if (k == 12)
		r += spawner(10 * k);
	__asm__ volatile("" : "+r"(r));
	return r;
}

NOINLINE static void *thread_main(void *arg)
{
	struct job *j = arg;

	count(&n_thread_main);
	thread_no = __atomic_fetch_add(&next_thread, 1, __ATOMIC_RELAXED);
	j->result = task(j->k, j->p);
	__asm__ volatile("" ::: "memory");
	return NULL;
}

NOINLINE static unsigned long spawner(unsigned long p)
{
	struct job jobs[PER_SPAWNER];
	unsigned long sum = 0;

	count(&n_spawner);
	note(0, p, 0);
	for (int i = 0; i < PER_SPAWNER; i++) {
		jobs[i] = (struct job){ .k = 10 * p + i + 1, .p = p };
		if (pthread_create(&jobs[i].thread, NULL, thread_main, &jobs[i])) {
			perror("pthread_create");
			exit(1);
		}
	}
	for (int i = 0; i < PER_SPAWNER; i++) {
		pthread_join(jobs[i].thread, NULL);
		sum += jobs[i].result;
	}
	__asm__ volatile("" : "+r"(sum));
	return sum;
}

static int by_kind_id(const void *a, const void *b)
{
	const struct line *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind - y->kind;
	return (x->id > y->id) - (x->id < y->id);
}

int main(void)
{
	unsigned long sum = spawner(1);

	qsort(lines, (size_t)nlines, sizeof(lines[0]), by_kind_id);
	printf("sum %lu\n", sum);
	for (int i = 0; i < nlines; i++) {
		if (lines[i].kind == 0)
			printf("spawner %lu thread %ld\n", lines[i].id, lines[i].thread);
		else
			printf("task %lu parent %lu thread %ld\n", lines[i].id, lines[i].parent,
			       lines[i].thread);
	}
	printf("count busy %lu\n", n_busy);
	printf("count spawner %lu\n", n_spawner);
	printf("count task %lu\n", n_task);
	printf("count thread_main %lu\n", n_thread_main);
	return 0;
}
