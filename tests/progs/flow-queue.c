/*
 * Work items handed between threads through a queue, the way a thread
 * pool does it, for the flow tests (docs/format.md "Flow records"). A
 * worker thread runs run_item(item) for each item it takes: items that
 * live on the stack of the frame that made them (stack_spawner() waits
 * for them, as rayon's join does) and items on the heap handed over by
 * submit() (as a scope's spawn does). Each item's work calls leaf(k).
 * Like the rayon programs (tests/progs/rayon/src/lib.rs) a spawner frame
 * calls note_spawner(p) and a task note_task(k, p); the program prints
 *   spawner P thread T
 *   task K parent P thread T
 * (T: 0 main, 1 the worker) and "count NAME N" per function.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define N_STACK 6
#define N_HEAP 5

struct item {
	int k, parent;
	volatile int done;
	struct item *next;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static struct item *queue;
static int stop;
static int c_leaf, c_run, c_submit, c_stack_spawner, c_heap_spawner, c_worker;
static __thread int thread_no;

__attribute__((noinline)) void note_spawner(int p)
{
	printf("spawner %d thread %d\n", p, thread_no);
}

__attribute__((noinline)) void note_task(int k, int p)
{
	printf("task %d parent %d thread %d\n", k, p, thread_no);
}

__attribute__((noinline)) void leaf(int k)
{
	__atomic_fetch_add(&c_leaf, 1, __ATOMIC_RELAXED);
	__asm__ volatile("" ::"r"(k));
}

__attribute__((noinline)) void run_item(struct item *it)
{
	__atomic_fetch_add(&c_run, 1, __ATOMIC_RELAXED);
	leaf(it->k);
	leaf(it->k + 100);
	note_task(it->k, it->parent);
}

__attribute__((noinline)) void submit(struct item *it)
{
	c_submit++;
	pthread_mutex_lock(&lock);
	it->next = queue;
	queue = it;
	pthread_cond_signal(&cond);
	pthread_mutex_unlock(&lock);
}

static void *worker(void *arg)
{
	c_worker++;
	thread_no = 1;
	for (;;) {
		struct item *it;
		pthread_mutex_lock(&lock);
		while (!queue && !stop)
			pthread_cond_wait(&cond, &lock);
		if (!queue) {
			pthread_mutex_unlock(&lock);
			return arg;
		}
		it = queue;
		queue = it->next;
		pthread_mutex_unlock(&lock);
		run_item(it);
		__atomic_store_n(&it->done, 1, __ATOMIC_RELEASE);
	}
}

/* An item in this frame, handed to the worker; waits until it ran. */
__attribute__((noinline)) void stack_spawner(int p)
{
	struct item it = { p * 10, p, 0, NULL };

	c_stack_spawner++;
	note_spawner(p);
	pthread_mutex_lock(&lock);
	it.next = queue;
	queue = &it;
	pthread_cond_signal(&cond);
	pthread_mutex_unlock(&lock);
	while (!__atomic_load_n(&it.done, __ATOMIC_ACQUIRE))
		;
}

__attribute__((noinline)) struct item *heap_spawner(int p)
{
	struct item *it = calloc(1, sizeof(*it));

	c_heap_spawner++;
	note_spawner(p);
	it->k = p * 10 + 1;
	it->parent = p;
	submit(it);
	return it;
}

int main(void)
{
	pthread_t th;
	struct item *heap[N_HEAP];

	pthread_create(&th, NULL, worker, NULL);
	for (int p = 1; p <= N_STACK; p++)
		stack_spawner(p);
	for (int i = 0; i < N_HEAP; i++)
		heap[i] = heap_spawner(100 + i);
	for (int i = 0; i < N_HEAP; i++)
		while (!__atomic_load_n(&heap[i]->done, __ATOMIC_ACQUIRE))
			;
	pthread_mutex_lock(&lock);
	stop = 1;
	pthread_cond_broadcast(&cond);
	pthread_mutex_unlock(&lock);
	pthread_join(th, NULL);
	for (int i = 0; i < N_HEAP; i++)
		free(heap[i]);
	printf("count leaf %d\ncount run_item %d\ncount submit %d\ncount stack_spawner %d\n"
	       "count heap_spawner %d\ncount worker %d\ncount main 1\n",
	       c_leaf, c_run, c_submit, c_stack_spawner, c_heap_spawner, c_worker);
	return 0;
}
