/*
 * Many calls of one small function, for the tests of what happens when
 * the log cannot hold them (disk full, a file size limit).
 * Usage: many-calls N [FSIZE_BYTES]
 * With FSIZE_BYTES the program lowers its own RLIMIT_FSIZE first (SIGXFSZ
 * keeps its default action: a write of ours past it would kill us).
 * Prints "count leaf N" on stdout and "done" on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

static volatile unsigned long n_leaf;

__attribute__((noinline)) void leaf(void)
{
	n_leaf++;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 10000000;

	if (argc > 2) {
		struct rlimit r = { (rlim_t)atoll(argv[2]), (rlim_t)atoll(argv[2]) };
		if (setrlimit(RLIMIT_FSIZE, &r))
			perror("setrlimit");
	}
	for (long i = 0; i < n; i++)
		leaf();
	printf("count leaf %lu\n", n_leaf);
	fprintf(stderr, "done\n");
	return 0;
}
