/*
 * Process creation corner cases, each from inside instrumented frames:
 *   posix_spawn  of this program ("child" mode) from depth 3
 *   vfork        + execv of this program ("child" mode) from depth 3
 *   fork         from a second thread; the child calls work() and leaves
 *                the frames it inherited (exits of frames it never entered
 *                in its own log)
 *   fork         from depth 3 of the main thread, likewise
 * Every process prints "pcount PID NAME N" for its own calls to work()
 * and child_main(). Usage: forks | forks child
 */
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

extern char **environ;
static char *self;
static unsigned long n_work, n_child_main;
static volatile long sink;

NOINLINE static long work(long i)
{
	n_work++;
	return i * 5 + 3;
}

static void report(void)
{
	printf("pcount %d work %lu\n", (int)getpid(), n_work);
	if (n_child_main)
		printf("pcount %d child_main %lu\n", (int)getpid(), n_child_main);
	fflush(stdout);
}

NOINLINE static int child_main(void)
{
	n_child_main++;
	for (int i = 0; i < 30; i++)
		sink += work(i);
	report();
	return 0;
}

static void wait_ok(pid_t pid)
{
	int st;

	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st)) {
		fprintf(stderr, "forks: child %d failed\n", (int)pid);
		exit(1);
	}
}

/* What a forked child does: some calls, then return through the frames. */
NOINLINE static void in_child(void)
{
	for (int i = 0; i < 20; i++)
		sink += work(i);
}

NOINLINE static pid_t do_fork(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		n_work = 0; /* count this process's own calls */
		in_child();
	}
	return pid;
}

NOINLINE static pid_t depth3(int how)
{
	char *argv[] = { self, "child", NULL };
	pid_t pid = -1;

	switch (how) {
	case 0:
		if (posix_spawn(&pid, self, NULL, NULL, argv, environ))
			pid = -1;
		break;
	case 1:
		pid = vfork();
		if (pid == 0) {
			execv(self, argv);
			_exit(127);
		}
		break;
	default:
		pid = do_fork();
		break;
	}
	return pid;
}

NOINLINE static pid_t depth2(int how)
{
	return depth3(how) + 0 * work(1);
}

NOINLINE static pid_t depth1(int how)
{
	return depth2(how) + 0 * work(2);
}

static void finish_fork_child(void)
{
	report();
	fflush(stdout);
	exit(0);
}

static void *thread_fork(void *arg)
{
	pid_t pid;

	sink += work(7);
	pid = do_fork();
	if (pid == 0)
		finish_fork_child();
	wait_ok(pid);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t th;
	pid_t pid;

	self = argv[0];
	if (argc > 1 && !strcmp(argv[1], "child"))
		return child_main();
	sink += work(0);
	for (int how = 0; how < 3; how++) {
		fflush(stdout);
		pid = depth1(how);
		if (pid == 0)
			finish_fork_child();
		wait_ok(pid);
	}
	if (pthread_create(&th, NULL, thread_fork, NULL) || pthread_join(th, NULL))
		return 1;
	report();
	return 0;
}
