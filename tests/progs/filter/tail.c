/*
 * Filter test workload for tail calls: wrappers whose last act is a call
 * the compiler turns into a jump (XRay then reports the wrapper's exit as
 * a tail call before the callee's entry). A subtree rooted at such a
 * wrapper must keep what its callee does; an excluded wrapper must hide
 * it. The program counts, itself, the calls made while each wrapper's
 * work is under way (a flag the wrapper raises and main lowers after it
 * returns) and prints "count NAME N" for: every function overall, and
 * "under_root NAME N" / "under_hidden NAME N" for the calls made inside
 * root() and hidden() respectively, the wrapper itself included.
 * Usage: tail [N]
 */
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))

static volatile long sink;
static int in_root, in_hidden;
static unsigned long n_leaf, n_inner, n_root, n_hidden, n_inner2;
static unsigned long r_leaf, r_inner, h_leaf, h_inner2, n_root2, n_after;

/* Not instrumented: a tail call to it leaves nothing to inherit. */
__attribute__((xray_never_instrument, noinline)) void untraced(long x)
{
	sink += x;
}

NOINLINE void leaf(long x)
{
	n_leaf++;
	r_leaf += in_root;
	h_leaf += in_hidden;
	sink += x;
}

NOINLINE void inner(int n)
{
	n_inner++;
	r_inner += in_root;
	for (int i = 0; i < n; i++)
		leaf(i);
	sink++;
}

NOINLINE void inner2(int n)
{
	n_inner2++;
	h_inner2 += in_hidden;
	for (int i = 0; i < n; i++)
		leaf(i);
	sink--;
}

/* Both end in a tail call (checked by the test from the unfiltered trace). */
NOINLINE void root(int n)
{
	n_root++;
	in_root = 1;
	leaf(n);
	inner(n);
}

NOINLINE void hidden(int n)
{
	n_hidden++;
	in_hidden = 1;
	leaf(n);
	inner2(n);
}

/* A tail call to an uninstrumented function: after root2 returns, main's
 * next call (after) is not under root2. */
NOINLINE void root2(int n)
{
	n_root2++;
	untraced(n);
}

NOINLINE void after(void)
{
	n_after++;
	leaf(0);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3;

	for (int k = 0; k < 2; k++) {
		root(n);
		in_root = 0;
		leaf(k);
		hidden(n + 1);
		in_hidden = 0;
		inner(1);
		root2(k);
		after();
	}
	printf("count leaf %lu\ncount inner %lu\ncount inner2 %lu\ncount root %lu\n"
	       "count hidden %lu\ncount root2 %lu\ncount after %lu\n",
	       n_leaf, n_inner, n_inner2, n_root, n_hidden, n_root2, n_after);
	printf("under_root root %lu\nunder_root leaf %lu\nunder_root inner %lu\n", n_root, r_leaf,
	       r_inner);
	printf("under_hidden hidden %lu\nunder_hidden leaf %lu\nunder_hidden inner2 %lu\n",
	       n_hidden, h_leaf, h_inner2);
	return 0;
}
