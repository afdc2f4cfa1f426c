/*
 * exec: works, prints its counts as "exec-count NAME N", then replaces
 * itself (from inside a traced function, so its frames stay open) with
 * another program, normally another instrumented one whose own counts
 * follow. Usage: exec ITERS PROGRAM [ARGS...].
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

static unsigned long n_work, n_leaf, n_run;

NOINLINE static long leaf(long x)
{
	n_leaf++;
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}

NOINLINE static long work(long n)
{
	long s = 0;

	n_work++;
	for (long i = 0; i < n; i++)
		s += leaf(i);
	return s;
}

NOINLINE static void run(char **argv)
{
	n_run++;
	printf("exec-count work %lu\n", n_work);
	printf("exec-count leaf %lu\n", n_leaf);
	printf("exec-count run %lu\n", n_run);
	fflush(stdout);
	execv(argv[0], argv);
	perror(argv[0]);
	exit(127);
}

int main(int argc, char **argv)
{
	long iters;

	if (argc < 3) {
		fprintf(stderr, "usage: exec ITERS PROGRAM [ARGS...]\n");
		return 2;
	}
	iters = atol(argv[1]);
	for (long i = 0; i < iters; i++)
		work(i % 5);
	run(argv + 2);
	return 1;
}
