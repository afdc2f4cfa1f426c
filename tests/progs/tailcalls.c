/*
 * Tail calls as a parser writes them: functions whose last act is a call
 * that clang -O2 turns into a jump (XRay then ends the caller with a tail
 * call event before the callee's entry). The source nests the callee
 * under the caller; so must the call tree.
 *
 *  - parse_module() works (leaf), then tail-calls parse_statements(), which
 *    works and tail-calls parse_expr(): a chain of two tail calls;
 *  - ping(n) and pong(n) tail-call each other down to 0, then pong(0)
 *    tail-calls done(): tail-call recursion (mutual, so that the compiler
 *    keeps the calls instead of making a loop of them);
 *  - dispatch(f, x) tail-calls through a function pointer (done);
 *  - release(p) ends by tail-calling free() through the PLT: not traced,
 *    so the call main makes next (plain) is release's sibling;
 *  - plain() calls leaf() and returns: no tail call, the control case.
 *
 * Usage: tailcalls [ROUNDS [DEPTH]] (default 3 rounds, depth 4). Every
 * function is noinline; the test checks with objdump that the calls named
 * above are jumps.
 */
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))

static volatile long sink;

NOINLINE void leaf(long x)
{
	sink += x;
}

NOINLINE long parse_expr(long x)
{
	leaf(x);
	return sink + x;
}

NOINLINE long parse_statements(long x)
{
	leaf(x);
	leaf(x + 1);
	return parse_expr(x * 2);
}

NOINLINE long parse_module(long x)
{
	leaf(x);
	return parse_statements(x + 1);
}

NOINLINE long done(long x)
{
	leaf(x);
	return sink;
}

long pong(long n);

NOINLINE long ping(long n)
{
	leaf(n);
	if (n <= 0)
		return done(n);
	return pong(n - 1);
}

NOINLINE long pong(long n)
{
	leaf(n);
	if (n <= 0)
		return done(n);
	return ping(n - 1);
}

NOINLINE long dispatch(long (*f)(long), long x)
{
	leaf(x);
	return f(x);
}

NOINLINE void release(void *p)
{
	leaf(2);
	free(p);
}

NOINLINE void plain(long x)
{
	leaf(x);
	sink++;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 3;
	long depth = argc > 2 ? atol(argv[2]) : 4;
	long r = 0;

	for (int i = 0; i < rounds; i++) {
		r += parse_module(i);
		r += ping(depth);
		r += dispatch(done, i);
		release(malloc(16 + i));
		plain(i);
	}
	printf("result %ld\n", r);
	return 0;
}
