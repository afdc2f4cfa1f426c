/*
 * A longjmp through a recursion whose catching frame returns without
 * calling anything: rec() recurses to depth 1000 and jumps back to a
 * setjmp at depth 500; that frame and every one below it then spend a
 * while (spin(), not traced) and return, calling nothing traced, so the
 * first event after the jump is the catching frame's exit. main then
 * calls after(). Prints "count NAME N".
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static volatile unsigned long n_rec, n_after;
static jmp_buf env;

__attribute__((xray_never_instrument, noinline)) static void spin(void)
{
	struct timespec a, b;

	clock_gettime(CLOCK_MONOTONIC, &a);
	do
		clock_gettime(CLOCK_MONOTONIC, &b);
	while ((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) < 2000);
}

__attribute__((noinline)) void after(void) { n_after++; }

__attribute__((noinline)) int rec(int depth, int jump_at, int catch_at)
{
	n_rec++;
	if (depth == jump_at)
		longjmp(env, 1);
	if (depth == catch_at) {
		if (!setjmp(env))
			rec(depth + 1, jump_at, catch_at);
		spin();
		return 1;
	}
	int r = rec(depth + 1, jump_at, catch_at);
	spin();
	return r + 1;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 1;
	for (int i = 0; i < rounds; i++) {
		rec(1, 1000, 500);
		after();
	}
	printf("count rec %lu\ncount after %lu\n", n_rec, n_after);
	return 0;
}
