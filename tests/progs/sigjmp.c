/*
 * A signal handler that leaves by siglongjmp, as interpreters and
 * stack-overflow handlers do: a fast real-time timer's handler calls a
 * traced function and jumps back into main's loop, which calls leaf()
 * N times in all. The jumps land anywhere, often inside the runtime's
 * recording of an event. Prints "count leaf N", "count in_handler J"
 * and "jumps J".
 * Usage: sigjmp N PERIOD_US
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static sigjmp_buf env;
static volatile unsigned long n_leaf, n_handler;

__attribute__((noinline)) void leaf(void)
{
	n_leaf++;
}

__attribute__((noinline)) void in_handler(void)
{
	n_handler++;
}

static void on_alarm(int sig)
{
	(void)sig;
	in_handler();
	siglongjmp(env, 1);
}

int main(int argc, char **argv)
{
	unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000000;
	long period = argc > 2 ? atol(argv[2]) : 100;
	struct itimerval it = { { 0, period }, { 0, period } };
	struct sigaction sa;
	volatile unsigned long i = 0;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	sigsetjmp(env, 1);
	if (i == 0)
		setitimer(ITIMER_REAL, &it, NULL);
	while (i < n) {
		leaf();
		i++;
	}
	it.it_value.tv_usec = it.it_interval.tv_usec = 0;
	setitimer(ITIMER_REAL, &it, NULL);
	printf("count leaf %lu\ncount in_handler %lu\njumps %lu\n", n_leaf, n_handler, n_handler);
	return 0;
}
