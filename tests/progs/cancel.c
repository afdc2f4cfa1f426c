/*
 * Threads cancelled at random times while they call traced functions:
 * deferred cancellation (at the cancellation points the runtime's slow
 * path reaches: fallocate, mmap, open) and asynchronous cancellation
 * (anywhere). Each thread counts the calls of leaf() it completed in a
 * slot of its own; main prints the total ("completed N") and how many
 * threads were cancelled.
 * Each thread stops calling after CAP calls of middle() and waits to be
 * cancelled (pause(), a cancellation point), so the log stays small.
 * Usage: cancel THREADS ROUNDS CAP MAX_DELAY_US
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define MAXT 1024

static unsigned long done[MAXT];
static volatile unsigned long spin;
static long cap = 1000;

__attribute__((noinline)) void leaf(unsigned long *slot)
{
	spin++;
	(*slot)++;
}

__attribute__((noinline)) void middle(unsigned long *slot)
{
	for (int i = 0; i < 10; i++)
		leaf(slot);
}

static void *worker(void *arg)
{
	long i = (long)arg;

	pthread_setcanceltype(i % 2 ? PTHREAD_CANCEL_ASYNCHRONOUS : PTHREAD_CANCEL_DEFERRED, NULL);
	for (long k = 0; k < cap; k++) {
		middle(&done[i]);
		if (i % 2 == 0)
			pthread_testcancel();
	}
	for (;;)
		pause();
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 200, rounds = argc > 2 ? atoi(argv[2]) : 1;
	int delay = argc > 4 ? atoi(argv[4]) : 200;
	unsigned long total = 0;
	int cancelled = 0;

	if (n > MAXT)
		n = MAXT;
	if (argc > 3)
		cap = atol(argv[3]);
	if (delay < 1)
		delay = 1;
	srand((unsigned)time(NULL));
	for (int r = 0; r < rounds; r++) {
		pthread_t t[MAXT];
		for (long i = 0; i < n; i++)
			pthread_create(&t[i], NULL, worker, (void *)i);
		for (int i = 0; i < n; i++) {
			struct timespec d = { 0, (rand() % delay) * 1000 };
			nanosleep(&d, NULL);
			pthread_cancel(t[i]);
		}
		for (int i = 0; i < n; i++) {
			void *ret;
			pthread_join(t[i], &ret);
			cancelled += ret == PTHREAD_CANCELED;
		}
	}
	for (int i = 0; i < MAXT; i++)
		total += done[i];
	printf("completed %lu\ncancelled %d\n", total, cancelled);
	return 0;
}
