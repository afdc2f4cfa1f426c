/*
 * Traced calls made while threads and the process end: from a pthread key
 * destructor of each thread (created before and after the runtime's own
 * key), from a C++11-style thread_local destructor (__cxa_thread_atexit),
 * and from atexit handlers. Prints "count NAME N" for each.
 * Usage: exit-hooks THREADS
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned long n_dtor, n_atexit, n_work; /* atomic: threads count at once */
static pthread_key_t key;

__attribute__((noinline)) void in_dtor(void) { __atomic_fetch_add(&n_dtor, 1, __ATOMIC_RELAXED); }
__attribute__((noinline)) void in_atexit(void) { __atomic_fetch_add(&n_atexit, 1, __ATOMIC_RELAXED); }
__attribute__((noinline)) void work(void) { __atomic_fetch_add(&n_work, 1, __ATOMIC_RELAXED); }

static void key_dtor(void *v)
{
	(void)v;
	for (int i = 0; i < 10; i++)
		in_dtor();
}

static void *worker(void *arg)
{
	pthread_setspecific(key, (void *)1);
	for (int i = 0; i < 100; i++)
		work();
	return arg;
}

static void at_exit_handler(void)
{
	for (int i = 0; i < 5; i++)
		in_atexit();
	/* the counts are only final now: print them last */
	printf("count in_dtor %lu\ncount in_atexit %lu\ncount work %lu\n", n_dtor, n_atexit, n_work);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 8;
	pthread_t t[64];

	if (n > 64)
		n = 64;
	pthread_key_create(&key, key_dtor);
	atexit(at_exit_handler);
	for (int i = 0; i < n; i++)
		pthread_create(&t[i], NULL, worker, NULL);
	for (int i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	return 0;
}
