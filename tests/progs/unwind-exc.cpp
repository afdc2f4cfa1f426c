/*
 * A C++ exception through a recursion: rec() recurses to depth 1000 and
 * throws; the frame at depth 500 catches and calls after_catch(); the
 * frames 501..1000 never exit. ROUNDS times. Prints "count NAME N".
 */
#include <cstdio>
#include <cstdlib>
#include <ctime>
static volatile unsigned long n_rec, n_after, n_leaf;
struct Boom {};
extern "C" {
__attribute__((noinline)) void leaf() { n_leaf++; }
__attribute__((noinline)) void after_catch() { n_after++; for (int i = 0; i < 3; i++) leaf(); }
__attribute__((noinline)) int rec(int depth, int throw_at, int catch_at)
{
	n_rec++;
	if (depth == throw_at)
		throw Boom();
	if (depth == catch_at) {
		try {
			rec(depth + 1, throw_at, catch_at);
		} catch (Boom &) {
			after_catch();
		}
		leaf();
		return 1;
	}
	int r = rec(depth + 1, throw_at, catch_at);
	leaf();
	return r + 1;
}
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 1000;
	for (int i = 0; i < rounds; i++)
		rec(1, 1000, 500);
	printf("count rec %lu\ncount after_catch %lu\ncount leaf %lu\n", n_rec, n_after, n_leaf);
}
