/*
 * Backtraces through the tracer: a debugger stopped inside the runtime
 * while it handles an entry, an exit or a tail-call event, and backtrace()
 * called from a signal handler that interrupts traced code, must both walk
 * back to main through the handler frames.
 *
 * `phase` tells a debugger which event to stop at (gdb conditions on the
 * runtime's handlers): 1 the entry of caller(), 2 the exit of leaf(), 3 the
 * tail call in tailer(), 4 the first event of a new thread (the slow path).
 *
 * Usage: unwind gdb            the calls above, once
 *        unwind signal N       N SIGALRM ticks (setitimer, 100 us) whose
 *                              handler calls backtrace() from an
 *                              instrumented function, while the main thread
 *                              calls instrumented functions in a loop;
 *                              prints "signals N", how many landed in a
 *                              library (traced: mostly the runtime) and in
 *                              a thunk, and "complete K": the backtraces
 *                              (thunks left out) that reached main; exits 1
 *                              unless every one did.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <execinfo.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <ucontext.h>

#define NOINLINE __attribute__((noinline))

volatile int phase;
volatile long sink;

NOINLINE int leaf(int x)
{
	sink += x;
	phase = 2;
	return x * 2 + 1;
}

NOINLINE int caller(int x)
{
	return leaf(x) + 1;
}

NOINLINE int tail_target(int x)
{
	sink += x;
	return x + 7;
}

NOINLINE int tailer(int x)
{
	phase = 3;
	return tail_target(x + 1);
}

NOINLINE static void *worker(void *arg)
{
	sink += (long)arg;
	return NULL;
}

/* --- backtrace() from a signal handler --- */

static volatile sig_atomic_t ticks, complete, partial, in_runtime, in_thunk;
static void *main_lo, *main_hi, *self_base;

/* Does the backtrace from here reach main? (main's address range comes
 * from its symbol: the program is linked with -rdynamic.) */
NOINLINE static int reaches_main(void)
{
	void *pcs[128];
	int n = backtrace(pcs, 128);

	for (int i = 0; i < n; i++)
		if (pcs[i] > main_lo && pcs[i] <= main_hi)
			return 1;
	return 0;
}

/*
 * Where the signal landed: in this program, in a library (the runtime's
 * handlers, libc), or in anonymous code. The only anonymous code is the
 * runtime's near thunks (`jmp *0(%rip)`, ff 25 00 00 00 00), which have
 * no unwind information: libgcc's unwinder stops there, so those are
 * counted apart and not checked.
 */
NOINLINE static void on_alarm(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	const unsigned char *pc = (const unsigned char *)uc->uc_mcontext.gregs[REG_RIP];
	static const unsigned char thunk[6] = { 0xff, 0x25, 0, 0, 0, 0 };
	Dl_info di;

	ticks++;
	if (dladdr(pc, &di)) {
		if (di.dli_fbase != self_base)
			in_runtime++;
	} else if (!memcmp(pc, thunk, sizeof(thunk))) {
		in_thunk++;
		return;
	}
	if (reaches_main())
		complete++;
	else
		partial++;
}

NOINLINE static long spin(long i)
{
	return i ^ (i >> 3);
}

NOINLINE static long spin_outer(long i)
{
	return spin(i) + spin(i + 1);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "gdb")) {
		pthread_t th;

		phase = 1;
		sink += caller(3);
		sink += tailer(5);
		phase = 4;
		if (pthread_create(&th, NULL, worker, (void *)1L) || pthread_join(th, NULL))
			return 1;
		phase = 0;
		printf("done %ld\n", sink);
		return 0;
	}
	if (argc > 2 && !strcmp(argv[1], "signal")) {
		long want = atol(argv[2]);
		struct itimerval it = { { 0, 100 }, { 0, 100 } };
		struct sigaction sa;
		Dl_info di;
		void *pcs[4];

		backtrace(pcs, 4); /* load libgcc_s before any signal */
		const ElfW(Sym) *sym = NULL;

		if (!dladdr1((void *)main, &di, (void **)&sym, RTLD_DL_SYMENT) || !sym) {
			fprintf(stderr, "unwind: dladdr(main) failed (link with -rdynamic)\n");
			return 2;
		}
		main_lo = di.dli_saddr;
		main_hi = (char *)main_lo + sym->st_size;
		self_base = di.dli_fbase;
		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = on_alarm;
		sa.sa_flags = SA_RESTART | SA_SIGINFO;
		sigaction(SIGALRM, &sa, NULL);
		setitimer(ITIMER_REAL, &it, NULL);
		for (long i = 0; ticks < want; i++)
			sink += spin_outer(i);
		memset(&it, 0, sizeof(it));
		setitimer(ITIMER_REAL, &it, NULL);
		printf("signals %d\nin a library %d\nin a thunk %d\ncomplete %d\n", (int)ticks,
		       (int)in_runtime, (int)in_thunk, (int)complete);
		return partial ? 1 : 0;
	}
	fprintf(stderr, "usage: unwind gdb | unwind signal N\n");
	return 2;
}
