/*
 * Recursive C workload: doubly recursive fib, mutual recursion, a chain of
 * tail calls and a function called through a pointer. Every traced
 * function counts its own calls and main prints the counts as
 * "count NAME N" lines, the expectation the tests compare traces against.
 * nap() sleeps 20 ms and prints how long it took by CLOCK_MONOTONIC, measured
 * inside it ("nap_ns N"): its traced duration must be a little more.
 * Usage: recurse [N] (fib argument, default 20).
 *
 * The counted functions are noinline, and the results feed back into the
 * output, so the optimiser can neither drop nor merge calls: one counted
 * call is exactly one entry sled executed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NOINLINE __attribute__((noinline))

static unsigned long n_nap, n_fib, n_is_even, n_is_odd, n_hop_a, n_hop_b, n_leaf, n_apply;

/* Keeps the compiler from turning fib's second call into a loop. */
static volatile int fib_guard;

NOINLINE static long fib(int n)
{
	n_fib++;
	if (n < 2)
		return n + fib_guard;
	return fib(n - 1) + fib(n - 2) + fib_guard;
}

NOINLINE static int is_odd(unsigned n);

NOINLINE static int is_even(unsigned n)
{
	n_is_even++;
	if (n == 0)
		return 1 + fib_guard;
	return is_odd(n - 1) + fib_guard;
}

NOINLINE static int is_odd(unsigned n)
{
	n_is_odd++;
	if (n == 0)
		return 0 + fib_guard;
	return is_even(n - 1) + fib_guard;
}

NOINLINE static long leaf(long x)
{
	n_leaf++;
	__asm__ volatile("" : "+r"(x));
	return x * 3 + 1;
}

/*
 * hop_a and hop_b leave by a sibling call (a tail-call sled) to each other
 * and finally to leaf. Mutual recursion, because the optimiser turns
 * self tail recursion into a loop.
 */
NOINLINE long hop_b(long depth, long acc);

NOINLINE long hop_a(long depth, long acc)
{
	n_hop_a++;
	__asm__ volatile("" : "+r"(depth));
	if (depth == 0)
		return leaf(acc);
	return hop_b(depth - 1, acc + depth);
}

NOINLINE long hop_b(long depth, long acc)
{
	n_hop_b++;
	__asm__ volatile("" : "+r"(depth));
	if (depth == 0)
		return leaf(acc);
	return hop_a(depth - 1, acc ^ depth);
}

NOINLINE static long apply(long (*f)(long), long x)
{
	n_apply++;
	return f(x) + fib_guard;
}

NOINLINE static long nap(void)
{
	struct timespec a, b, d = { 0, 20 * 1000 * 1000 };

	n_nap++;
	clock_gettime(CLOCK_MONOTONIC, &a);
	while (nanosleep(&d, &d))
		;
	clock_gettime(CLOCK_MONOTONIC, &b);
	return (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 20;
	long sum = 0;

	sum += fib(n);
	for (unsigned i = 0; i < 50; i++)
		sum += is_even(i);
	for (long d = 0; d < 30; d++)
		sum += hop_a(d, 0);
	for (long i = 0; i < 1000; i++)
		sum += apply(leaf, i);

	printf("nap_ns %ld\n", nap());
	printf("result %ld\n", sum);
	printf("count fib %lu\n", n_fib);
	printf("count is_even %lu\n", n_is_even);
	printf("count is_odd %lu\n", n_is_odd);
	printf("count hop_a %lu\n", n_hop_a);
	printf("count hop_b %lu\n", n_hop_b);
	printf("count leaf %lu\n", n_leaf);
	printf("count apply %lu\n", n_apply);
	printf("count nap %lu\n", n_nap);
	return 0;
}
