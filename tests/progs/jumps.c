/*
 * Frames left by longjmp, as a program's error paths leave them:
 *
 *  - plain:   try_plain() sets a jump point, descend(3) jumps back to it
 *             from the bottom, then try_plain() calls after();
 *  - nested:  try_outer() sets one, try_inner() another under it; a jump
 *             to the inner point, then from deeper a jump to the outer one;
 *             each catcher then calls after();
 *  - returns: try_return() returns right after the jump lands, without a
 *             call in between;
 *  - signal:  descend() raises SIGUSR1 at the bottom, the handler calls
 *             in_handler() and siglongjmps to try_signal(), which calls
 *             after().
 *
 * main calls each, ROUNDS times, then after() once more. The program keeps
 * its own stack of function names (pushed at each entry, popped at each
 * return, cut back to the catcher's depth where a jump lands) and prints
 * "path main;f;g" for every call it made, at the end.
 * Usage: jumps [ROUNDS]
 */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))

static volatile long sink;
static jmp_buf plain_env, outer_env, inner_env, ret_env;
static sigjmp_buf sig_env;
static jmp_buf *target;

/* The program's own view of its calls. */
static const char *names[64];
static int depth;
static char paths[1 << 16];
static size_t paths_len;

__attribute__((xray_never_instrument)) static void enter(const char *name)
{
	names[depth++] = name;
	for (int i = 0; i < depth && paths_len < sizeof(paths) - 64; i++)
		paths_len += (size_t)snprintf(paths + paths_len, sizeof(paths) - paths_len, "%s%s",
					      i ? ";" : "path ", names[i]);
	paths[paths_len++] = '\n';
}

#define ENTER() enter(__func__)
#define LEAVE() (depth--)

NOINLINE void leaf(void)
{
	ENTER();
	sink++;
	LEAVE();
}

NOINLINE void after(void)
{
	ENTER();
	leaf();
	LEAVE();
}

/* Goes n levels down, then jumps to *target (or raises SIGUSR1). */
NOINLINE void descend(int n, int raise_it)
{
	ENTER();
	leaf();
	if (n == 0) {
		if (raise_it)
			raise(SIGUSR1);
		longjmp(*target, 1);
	}
	descend(n - 1, raise_it);
	sink--;
	LEAVE();
}

NOINLINE void try_plain(void)
{
	ENTER();
	int d = depth;
	target = &plain_env;
	if (!setjmp(plain_env))
		descend(3, 0);
	depth = d;
	after();
	LEAVE();
}

NOINLINE void try_inner(void)
{
	ENTER();
	int d = depth;
	if (!setjmp(inner_env)) {
		target = &inner_env;
		descend(1, 0);
	}
	depth = d;
	after();
	target = &outer_env;
	descend(2, 0);
	LEAVE();
}

NOINLINE void try_outer(void)
{
	ENTER();
	int d = depth;
	if (!setjmp(outer_env))
		try_inner();
	depth = d;
	after();
	LEAVE();
}

NOINLINE int try_return(void)
{
	ENTER();
	int d = depth;
	target = &ret_env;
	if (setjmp(ret_env)) {
		depth = d - 1;
		return 1;
	}
	descend(2, 0);
	LEAVE();
	return 0;
}

NOINLINE void in_handler(void)
{
	ENTER();
	leaf();
	LEAVE();
}

static void on_usr1(int sig)
{
	enter("on_usr1");
	(void)sig;
	in_handler();
	siglongjmp(sig_env, 1);
}

NOINLINE void try_signal(void)
{
	ENTER();
	int d = depth;
	if (!sigsetjmp(sig_env, 1))
		descend(2, 1);
	depth = d;
	after();
	LEAVE();
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 2;

	enter("main");
	signal(SIGUSR1, on_usr1);
	for (int i = 0; i < rounds; i++) {
		try_plain();
		try_outer();
		sink += try_return();
		try_signal();
	}
	after();
	fwrite(paths, 1, paths_len, stdout);
	printf("done %ld\n", sink);
	return 0;
}
