/*
 * C++ exceptions caught where real programs catch them, each catcher then
 * making calls of its own (which must not nest under the unwound frames):
 *
 *  - one_level():  thrower() throws, one_level() catches it;
 *  - several():    thrower() throws from four frames down (descend), the
 *                  catch is in several();
 *  - rethrow():    middle() catches, calls after() and rethrows to
 *                  rethrow(), which calls after() too;
 *  - across():     lib_descend() in libthrows.so throws from its own
 *                  recursion, caught in across();
 *  - objects():    a Widget whose constructor (in the library) throws,
 *                  then a Gadget built after the catch.
 *
 * Every function keeps the name stack of pathlog.h, which prints one
 * "path" line per call at the end. Usage: throws [ROUNDS]
 */
#include <cstdio>
#include <cstdlib>

#include "pathlog.h"

static volatile int sink;

NOINLINE void leaf()
{
	TRACK();
	sink++;
}

NOINLINE void after()
{
	TRACK();
	leaf();
}

NOINLINE void thrower()
{
	TRACK();
	leaf();
	if (sink >= 0)
		throw 1;
}

NOINLINE void descend(int n)
{
	TRACK();
	if (n == 0)
		thrower();
	else
		descend(n - 1);
	sink--;
}

NOINLINE void one_level()
{
	TRACK();
	try {
		thrower();
	} catch (int) {
		after();
	}
}

NOINLINE void several()
{
	TRACK();
	try {
		descend(3);
	} catch (int) {
		after();
	}
	after();
}

NOINLINE void middle()
{
	TRACK();
	try {
		descend(1);
	} catch (int) {
		after();
		throw;
	}
}

NOINLINE void rethrow()
{
	TRACK();
	try {
		middle();
	} catch (int) {
		after();
	}
}

NOINLINE void across()
{
	TRACK();
	try {
		lib_descend(2);
	} catch (int) {
		after();
	}
}

struct Gadget {
	NOINLINE Gadget()
	{
		TRACK();
		leaf();
	}
};

NOINLINE void objects()
{
	TRACK();
	try {
		Widget w(1);
		leaf();
	} catch (int) {
		Gadget g;
		after();
	}
}

int main(int argc, char **argv)
{
	TRACK();
	int rounds = argc > 1 ? atoi(argv[1]) : 2;

	for (int i = 0; i < rounds; i++) {
		one_level();
		several();
		rethrow();
		across();
		objects();
	}
	after();
	pathlog_print();
	return 0;
}
