/*
 * Children started with an environment the program built itself. The
 * parent calls in_main() and starts this program again, each time as
 * "child TAG", with { "HOME=/nowhere", "SPAWNENV_TAG=TAG" } only:
 * execle and execve (after fork), execvpe (with PATH=/proc/self in that
 * environment and the caller's), posix_spawn, and a fork child that clears its environ and
 * then uses execv. Each child calls in_child() K times and prints what it
 * saw of the variables the parent gave it.
 * Usage: spawnenv K   Prints "main in_main N" and "child TAG in_child K HOME=..."
 */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile unsigned long n_main, n_child;

__attribute__((noinline)) void in_main(void) { n_main++; }
__attribute__((noinline)) void in_child(void) { n_child++; }

static int wait_ok(pid_t pid)
{
	int st;
	return pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && !WEXITSTATUS(st);
}

int main(int argc, char **argv)
{
	long k = argc > 1 ? atol(argv[1]) : 100;
	static char kbuf[32];
	const char *tags[] = { "execle", "execve", "execvpe", "posix_spawn", "execv" };
	int bad = 0;

	if (argc > 3 && !strcmp(argv[2], "child")) {
		for (long i = 0; i < k; i++)
			in_child();
		const char *home = getenv("HOME"), *tag = getenv("SPAWNENV_TAG");
		printf("child %s in_child %lu HOME=%s tag=%s\n", argv[3], n_child, home ? home : "-",
		       tag ? tag : "-");
		return 0;
	}
	snprintf(kbuf, sizeof(kbuf), "%ld", k);
	for (int t = 0; t < 5; t++) {
		char tagvar[64];
		snprintf(tagvar, sizeof(tagvar), "SPAWNENV_TAG=%s", tags[t]);
		char *env[] = { "HOME=/nowhere", tagvar, NULL };
		char *penv[] = { "HOME=/nowhere", tagvar, "PATH=/proc/self", NULL };
		char *args[] = { "exe", kbuf, "child", (char *)tags[t], NULL };
		pid_t pid;

		for (long i = 0; i < k; i++)
			in_main();
		fflush(stdout);
		if (t == 3) {
			if (posix_spawn(&pid, "/proc/self/exe", NULL, NULL, args, env))
				pid = -1;
		} else if ((pid = fork()) == 0) {
			if (t == 0)
				execle("/proc/self/exe", "exe", kbuf, "child", tags[t], (char *)NULL, env);
			else if (t == 1)
				execve("/proc/self/exe", args, env);
			else if (t == 2) {
				/* execvpe searches the caller's PATH */
				setenv("PATH", "/proc/self", 1);
				execvpe("exe", args, penv);
			}
			else {
				clearenv();
				putenv("HOME=/nowhere");
				putenv(tagvar);
				execv("/proc/self/exe", args);
			}
			_exit(127);
		}
		if (!wait_ok(pid)) {
			fprintf(stderr, "child %s failed\n", tags[t]);
			bad = 1;
		}
	}
	printf("main in_main %lu\n", n_main);
	return bad;
}
