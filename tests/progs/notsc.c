/*
 * A program that forbids itself the timestamp counter
 * (prctl(PR_SET_TSC, PR_TSC_SIGSEGV): rdtsc, and the vDSO clock that uses
 * it, fault from then on) in the middle of its run, then goes on calling
 * traced functions, also from a thread started afterwards (which inherits
 * the setting). "exec PROG ARGS" forbids the TSC and execs PROG: a
 * process that starts with it forbidden. Prints "count NAME N" lines.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

static volatile unsigned long n_before, n_after, n_thread;

__attribute__((noinline)) void before(void) { n_before++; }
__attribute__((noinline)) void after(void) { n_after++; }
__attribute__((noinline)) void in_thread(void) { n_thread++; }

static void *worker(void *arg)
{
	for (int i = 0; i < 1000; i++)
		in_thread();
	return arg;
}

int main(int argc, char **argv)
{
	pthread_t t;

	if (argc > 2 && !strcmp(argv[1], "exec")) {
		if (prctl(PR_SET_TSC, PR_TSC_SIGSEGV, 0, 0, 0))
			perror("prctl");
		execv(argv[2], argv + 2);
		perror("execv");
		return 127;
	}
	for (int i = 0; i < 1000; i++)
		before();
	if (prctl(PR_SET_TSC, PR_TSC_SIGSEGV, 0, 0, 0))
		perror("prctl");
	for (int i = 0; i < 1000; i++)
		after();
	pthread_create(&t, NULL, worker, NULL);
	pthread_join(t, NULL);
	printf("count before %lu\ncount after %lu\ncount in_thread %lu\n", n_before, n_after, n_thread);
	return 0;
}
