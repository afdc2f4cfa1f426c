/*
 * Many short-lived threads: WAVES waves of THREADS threads that each make
 * a few instrumented calls and end. The tracer must close every finished
 * thread's buffer and give its memory back: the program prints the number
 * of its memory mappings and its virtual size after the first wave and
 * after the last, which must be about equal. Prints "count NAME N".
 * Usage: churn [WAVES] [THREADS] (default 20 64).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))
#define MAX_THREADS 256

static unsigned long n_job, n_step;
static volatile long sink;

NOINLINE static long step(long i)
{
	__atomic_add_fetch(&n_step, 1, __ATOMIC_RELAXED);
	return i * 3 + 1;
}

NOINLINE static void *job(void *arg)
{
	long s = 0;

	__atomic_add_fetch(&n_job, 1, __ATOMIC_RELAXED);
	for (long i = 0; i < 100; i++)
		s += step(i + (long)arg);
	sink += s;
	return NULL;
}

/* Mappings and virtual size (kB), from /proc/self. */
static void memory(long *maps, long *vsize)
{
	char line[512];
	FILE *f = fopen("/proc/self/maps", "r");

	*maps = 0;
	while (f && fgets(line, sizeof(line), f))
		++*maps;
	if (f)
		fclose(f);
	*vsize = 0;
	f = fopen("/proc/self/status", "r");
	while (f && fgets(line, sizeof(line), f))
		if (!strncmp(line, "VmSize:", 7))
			*vsize = atol(line + 7);
	if (f)
		fclose(f);
}

int main(int argc, char **argv)
{
	int waves = argc > 1 ? atoi(argv[1]) : 20;
	int n = argc > 2 ? atoi(argv[2]) : 64;
	pthread_t th[MAX_THREADS];
	long maps0 = 0, vsize0 = 0, maps1, vsize1;

	if (waves < 1 || n < 1 || n > MAX_THREADS) {
		fprintf(stderr, "usage: churn [WAVES] [THREADS <= %d]\n", MAX_THREADS);
		return 2;
	}
	for (int w = 0; w < waves; w++) {
		for (int i = 0; i < n; i++)
			if (pthread_create(&th[i], NULL, job, (void *)(long)i)) {
				perror("pthread_create");
				return 1;
			}
		for (int i = 0; i < n; i++)
			pthread_join(th[i], NULL);
		if (w == 0)
			memory(&maps0, &vsize0);
	}
	memory(&maps1, &vsize1);
	printf("maps %ld %ld\nvsize_kb %ld %ld\n", maps0, maps1, vsize0, vsize1);
	printf("count job %lu\ncount step %lu\n", n_job, n_step);
	return 0;
}
