/*
 * fork: the parent works, forks two children from inside a traced function
 * (so each child starts with open frames it will leave), and works again.
 * One child leaves with exit(), the other with _exit(). Every process
 * prints the calls it made itself as "pcount PID NAME N": a child counts
 * from the fork on (the calls before it belong to the parent's log), the
 * parent counts everything. Usage: fork [ITERS] (default 1000).
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

static unsigned long n_work, n_leaf, n_spawn, n_child_main;

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

static void print_counts(void)
{
	int pid = (int)getpid();

	printf("pcount %d work %lu\n", pid, n_work);
	printf("pcount %d leaf %lu\n", pid, n_leaf);
	printf("pcount %d spawn %lu\n", pid, n_spawn);
	printf("pcount %d child_main %lu\n", pid, n_child_main);
	fflush(stdout);
}

NOINLINE static void child_main(int which, long iters)
{
	n_child_main++;
	for (long i = 0; i < iters; i++)
		work(3 + which);
	print_counts();
	if (which == 0)
		exit(0);
	_exit(0);
}

NOINLINE static pid_t spawn(int which, long iters)
{
	pid_t pid;

	n_spawn++;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		n_work = n_leaf = n_spawn = n_child_main = 0;
		child_main(which, iters);
	}
	return pid;
}

int main(int argc, char **argv)
{
	long iters = argc > 1 ? atol(argv[1]) : 1000;
	pid_t kids[2];
	int status, failed = 0;

	for (long i = 0; i < iters; i++)
		work(2);
	for (int k = 0; k < 2; k++) {
		kids[k] = spawn(k, iters);
		if (kids[k] < 0) {
			perror("fork");
			return 1;
		}
	}
	for (int k = 0; k < 2; k++) {
		if (waitpid(kids[k], &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
			fprintf(stderr, "fork: child %d failed\n", (int)kids[k]);
			failed = 1;
		}
	}
	for (long i = 0; i < iters; i++)
		work(1);
	print_counts();
	return failed;
}
