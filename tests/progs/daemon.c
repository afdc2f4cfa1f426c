/*
 * A program that leaves a daemon behind: it forks, the child starts a new
 * session and forks again, and the grandchild (reparented to init) sleeps,
 * then calls in_daemon() K times and exits, while the program itself has
 * long returned.
 * Usage: daemon K NAP_MS PIDFILE   The daemon writes its pid to PIDFILE
 * at once and "daemon in_daemon K" to stdout at its end.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile unsigned long n_main, n_daemon;

__attribute__((noinline)) void in_main(void) { n_main++; }
__attribute__((noinline)) void in_daemon(void) { n_daemon++; }

int main(int argc, char **argv)
{
	long k = argc > 1 ? atol(argv[1]) : 1000, ms = argc > 2 ? atol(argv[2]) : 300;
	const char *pidfile = argc > 3 ? argv[3] : "daemon.pid";
	pid_t pid;

	for (long i = 0; i < k; i++)
		in_main();
	fflush(stdout);
	if ((pid = fork()) == 0) {
		setsid();
		if (fork() == 0) {
			FILE *f = fopen(pidfile, "w");
			if (f) {
				fprintf(f, "%d\n", (int)getpid());
				fclose(f);
			}
			struct timespec nap = { ms / 1000, (ms % 1000) * 1000000L };
			nanosleep(&nap, NULL);
			for (long i = 0; i < k; i++)
				in_daemon();
			printf("daemon in_daemon %lu\n", n_daemon);
			return 0;
		}
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	printf("main in_main %lu\n", n_main);
	return 0;
}
