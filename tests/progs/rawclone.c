/*
 * A child process made by a raw clone system call (SIGCHLD, no CLONE_VM):
 * no pthread_atfork handler runs in it, so the runtime must notice it by
 * itself. The parent calls in_parent() before and after, the child
 * in_child(). Prints "count in_parent N" and, from the child,
 * "child count in_child M".
 */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
static volatile unsigned long n_parent, n_child;
__attribute__((noinline)) void in_parent(void) { n_parent++; }
__attribute__((noinline)) void in_child(void) { n_child++; }
int main(void)
{
	for (int i = 0; i < 1000; i++) in_parent();
	long pid = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
	if (pid == 0) {
		for (int i = 0; i < 500; i++) in_child();
		printf("child count in_child %lu\n", n_child);
		fflush(stdout);
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	for (int i = 0; i < 1000; i++) in_parent();
	printf("count in_parent %lu\n", n_parent);
	return 0;
}
