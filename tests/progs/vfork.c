/*
 * vfork and posix_spawn children. The parent calls in_parent() before and
 * after starting each child; a vfork child calls in_child() K times (on its
 * parent's stack and thread state), then either execs this program again
 * ("exec" mode: the new image calls in_exec() K times) or _exits. A
 * posix_spawn child is this program in "exec" mode.
 * Usage: vfork K    Prints the counts each process made:
 *   parent in_parent N / vfork-child in_child K / exec in_exec K
 */
#define _GNU_SOURCE
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static volatile unsigned long n_parent, n_child, n_exec;

__attribute__((noinline)) void in_parent(void) { n_parent++; }
__attribute__((noinline)) void in_child(void) { n_child++; }
__attribute__((noinline)) void in_exec(void) { n_exec++; }

static void say(const char *what, unsigned long n)
{
	char buf[64];
	int len = snprintf(buf, sizeof(buf), "%s %lu\n", what, n);
	if (write(1, buf, (size_t)len) < 0)
		_exit(3);
}

int main(int argc, char **argv)
{
	long k = argc > 1 ? atol(argv[1]) : 1000;
	char kbuf[32];
	int status;

	if (argc > 2 && !strcmp(argv[2], "exec")) {
		for (long i = 0; i < k; i++)
			in_exec();
		say("exec in_exec", n_exec);
		return 0;
	}
	snprintf(kbuf, sizeof(kbuf), "%ld", k);
	for (int round = 0; round < 2; round++) {
		for (long i = 0; i < k; i++)
			in_parent();
		unsigned long before = n_child;
		pid_t pid = vfork();
		if (pid == 0) {
			for (long i = 0; i < k; i++)
				in_child();
			say("vfork-child in_child", n_child - before);
			if (round == 0) {
				execl("/proc/self/exe", argv[0], kbuf, "exec", (char *)NULL);
				_exit(127);
			}
			_exit(0);
		}
		if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
		    WEXITSTATUS(status)) {
			fprintf(stderr, "vfork child failed\n");
			return 1;
		}
		/* the child's increments are in our memory: take them back */
		n_child = before;
	}
	for (long i = 0; i < k; i++)
		in_parent();
	fflush(stdout);
	pid_t pid;
	char *args[] = { argv[0], kbuf, "exec", NULL };
	if (posix_spawn(&pid, "/proc/self/exe", NULL, NULL, args, environ) ||
	    waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "posix_spawn child failed\n");
		return 1;
	}
	for (long i = 0; i < k; i++)
		in_parent();
	say("parent in_parent", n_parent);
	return 0;
}
