/*
 * C++ exceptions thrown through instrumented frames: descend() recurses
 * DEPTH levels through a class method and a template, thrower() throws at
 * the bottom, and the exception unwinds every frame (no exit sled runs)
 * up to a catch in round(). Every third round a middle frame catches,
 * counts and rethrows. Each function counts its calls; main prints them as
 * "count NAME N" (NAME is the unqualified function name) plus the number
 * of exceptions caught. Usage: exceptions [ROUNDS [DEPTH]].
 */
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#define NOINLINE __attribute__((noinline))

static unsigned long n_thrower, n_descend, n_step, n_middle, n_round, n_caught, n_rethrown;
static volatile int guard;

NOINLINE static void thrower(int depth)
{
	n_thrower++;
	if (guard == 0)
		throw std::runtime_error("bottom reached at depth " + std::to_string(depth));
}

template <typename T> NOINLINE T step(T depth);

struct Walker {
	NOINLINE int descend(int depth, bool catch_here);
};

NOINLINE static int middle(Walker &w, int depth)
{
	n_middle++;
	try {
		return w.descend(depth - 1, false) + guard;
	} catch (const std::exception &) {
		n_rethrown++;
		throw;
	}
}

NOINLINE int Walker::descend(int depth, bool catch_here)
{
	n_descend++;
	if (depth == 0) {
		thrower(depth);
		return 0;
	}
	if (catch_here)
		return middle(*this, depth) + guard;
	return step<int>(depth) + guard;
}

template <typename T> NOINLINE T step(T depth)
{
	n_step++;
	Walker w;
	return w.descend(depth - 1, false) + guard;
}

NOINLINE static void round(int i, int depth)
{
	n_round++;
	Walker w;
	try {
		w.descend(depth, i % 3 == 0);
	} catch (const std::runtime_error &e) {
		n_caught++;
	}
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 100;
	int depth = argc > 2 ? atoi(argv[2]) : 10;

	for (int i = 0; i < rounds; i++)
		round(i, depth);
	printf("caught %lu rethrown %lu\n", n_caught, n_rethrown);
	printf("count thrower %lu\n", n_thrower);
	printf("count descend %lu\n", n_descend);
	printf("count step %lu\n", n_step);
	printf("count middle %lu\n", n_middle);
	printf("count round %lu\n", n_round);
	return 0;
}
