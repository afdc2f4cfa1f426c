/*
 * Killed in the middle of the work. The main thread and a helper thread
 * call work() in a loop; after every BATCH calls each writes (unbuffered)
 * "done N" / "tdone N": calls it has completed, so a trace of the process
 * must hold at least that many calls of work() per thread, whenever the
 * SIGKILL arrives.
 *   sigkill self N    main raises SIGKILL after its N-th call
 *   sigkill run       works until killed from outside; prints "pid P"
 *                     first and "ready" once both threads have made a
 *                     first batch of calls
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))
#define BATCH 1000

static volatile long sink;
static volatile int helper_ready;

NOINLINE static long leaf(long x)
{
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}

/* Some untraced work per call keeps the logs of a run small. */
NOINLINE static void work(long i)
{
	for (int k = 0; k < 1000; k++)
		__asm__ volatile("");
	sink += leaf(i);
}

static void say(const char *what, long n)
{
	char buf[64];
	int len = snprintf(buf, sizeof(buf), "%s %ld\n", what, n);

	if (write(1, buf, (size_t)len) != len)
		_exit(3);
}

NOINLINE static void *helper(void *arg __attribute__((unused)))
{
	for (long done = 1;; done++) {
		work(done);
		if (done % BATCH == 0) {
			say("tdone", done);
			helper_ready = 1;
		}
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t;
	long limit = -1;

	if (argc < 2 || (strcmp(argv[1], "run") && (strcmp(argv[1], "self") || argc < 3))) {
		fprintf(stderr, "usage: sigkill self N | sigkill run\n");
		return 2;
	}
	if (!strcmp(argv[1], "self"))
		limit = atol(argv[2]);
	else
		say("pid", (long)getpid());
	if (pthread_create(&t, NULL, helper, NULL)) {
		perror("pthread_create");
		return 1;
	}
	for (long done = 1;; done++) {
		work(done);
		if (done % BATCH == 0 || done == limit)
			say("done", done);
		if (done == BATCH && limit < 0) {
			while (!helper_ready)
				;
			say("ready", 1);
		}
		if (done == limit) {
			/* the helper has recorded calls too (a loaded machine
			 * may not have run it yet) */
			while (!helper_ready)
				;
			raise(SIGKILL);
		}
	}
}
