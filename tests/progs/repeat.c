/*
 * repeat K: computes fib(20) K times. Every repetition makes the same
 * 21891 calls along the same call paths, so K scales a log's length and
 * nothing else (the tests of streaming and progress use it).
 */
#include <stdio.h>
#include <stdlib.h>

static volatile long guard;

__attribute__((noinline)) static long fib(long n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2) + guard;
}

int main(int argc, char **argv)
{
	long s = 0, k = argc > 1 ? atol(argv[1]) : 1;

	for (long i = 0; i < k; i++)
		s += fib(20);
	printf("%ld\n", s);
	return 0;
}
