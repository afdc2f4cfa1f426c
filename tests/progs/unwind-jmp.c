/*
 * longjmp through a recursion: rec() recurses to depth 1000 and jumps
 * back to a setjmp at depth 500, whose frame then calls after_jump(); the
 * frames 501..1000 never exit. ROUNDS times. Prints "count NAME N".
 * (tests/progs/unwind-exc.cpp does the same with a C++ exception.)
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

static volatile unsigned long n_rec, n_after, n_leaf;
static jmp_buf env;

__attribute__((noinline)) void leaf(void) { n_leaf++; }
__attribute__((noinline)) void after_jump(void) { n_after++; for (int i = 0; i < 3; i++) leaf(); }

__attribute__((noinline)) int rec(int depth, int jump_at, int catch_at)
{
	n_rec++;
	if (depth == jump_at)
		longjmp(env, 1);
	if (depth == catch_at) {
		if (!setjmp(env))
			rec(depth + 1, jump_at, catch_at);
		else
			after_jump();
		leaf();
		return 1;
	}
	int r = rec(depth + 1, jump_at, catch_at);
	leaf();
	return r + 1;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 1000;
	for (int i = 0; i < rounds; i++)
		rec(1, 1000, 500);
	printf("count rec %lu\ncount after_jump %lu\ncount leaf %lu\n", n_rec, n_after, n_leaf);
	return 0;
}
