/*
 * Symbolizer test program (C): functions whose declaration line differs
 * from their first code line, static and external linkage, a function
 * from a second file (sym-c-util.c). tests/e2e/t0100-symbols.sh checks
 * names and lines against grep, nm and addr2line.
 */
#include <stdio.h>
#include <stdlib.h>

int util_twice(int x);

static __attribute__((noinline)) int
leaf_add(int a,
	 int b)
{
	return a + b;
}

__attribute__((noinline)) int
middle_sum(int n)
{
	int s = 0;

	for (int i = 0; i < n; i++)
		s = leaf_add(s, util_twice(i));
	return s;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 10;

	printf("%d\n", middle_sum(n));
	return 0;
}
