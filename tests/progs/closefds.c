/*
 * A program that closes every descriptor it did not open, as daemons and
 * some build tools do, or puts another file over them with dup2, in the
 * middle of its run, then keeps calling traced functions.
 * Usage: closefds N MODE   (MODE: close_range, loop, dup2, or moved: the
 * log ($SFTRACE_OUTPUT_FILE) is renamed to LOG.moved, then close_range)
 * Prints "count leaf N".
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile unsigned long n_leaf;

__attribute__((noinline)) void leaf(void)
{
	n_leaf++;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 4000000;
	const char *mode = argc > 2 ? argv[2] : "close_range";

	for (long i = 0; i < n / 2; i++)
		leaf();
	if (!strcmp(mode, "moved")) {
		const char *log = getenv("SFTRACE_OUTPUT_FILE");
		char to[4096];
		if (log) {
			snprintf(to, sizeof(to), "%s.moved", log);
			rename(log, to);
		}
		syscall(SYS_close_range, 3u, ~0u, 0u);
	} else if (!strcmp(mode, "close_range")) {
		syscall(SYS_close_range, 3u, ~0u, 0u);
	} else if (!strcmp(mode, "loop")) {
		for (int fd = 3; fd < 4096; fd++)
			close(fd);
	} else {
		int z = open("/dev/null", O_RDWR);
		for (int fd = 3; fd < 4096; fd++)
			if (fd != z)
				dup2(z, fd);
	}
	for (long i = n / 2; i < n; i++)
		leaf();
	printf("count leaf %lu\n", n_leaf);
	return 0;
}
