/*
 * N calls of a leaf function, for bench/insns.sh: the traced program whose
 * instruction count per call is the tracer's hot path. Usage: leaf N.
 */
#include <stdlib.h>

__attribute__((noinline)) int leaf(int x)
{
	__asm__ volatile("" : "+r"(x));
	return x + 1;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1000, s = 0;

	for (int i = 0; i < n; i++)
		s = leaf(s);
	return s == n ? 0 : 1;
}
