/*
 * Memory events chosen one by one, reported through sftrace_alloc_event()
 * (the sftrace-setup crate's ABI) with made-up addresses, so that nothing
 * else allocates and every value of the heap counter and every row of the
 * memory table can be worked out by hand (tests/e2e/t3007, t3303).
 * Link with -lsftrace and record without --memory. Each step is a
 * function of its own (its name is the site), then mark(I):
 *
 *   step             event(s)                                  live after
 *   1 rep_alloc      alloc A 1000 (align 8)                   1000
 *   2 rep_free       free A, reporting 7 bytes                0 (the allocation's 1000 count)
 *   3 rep_alloc x2   alloc C 300, alloc D 200 (align 16)      500
 *   4 rep_free       free B, never allocated, 5000 bytes      0 (never below 0)
 *   5 rep_alloc,     alloc E 50; realloc E -> F 4000          4000
 *     rep_grow
 *   6 rep_free       free C                                   3700
 *   7 rep_alloc      alloc D again, 64 bytes (D's free lost)  3564
 *   8 rep_free x2    free D, free F                           0 (3500 - 4000, never below 0)
 *
 * Prints nothing; the expectations are in the tests.
 */
#include <stddef.h>
#include <stdint.h>

#include "sftrace/sftrace.h"

#define NOINLINE __attribute__((noinline))
#define A ((void *)0x10000)
#define B ((void *)0x20000)
#define C ((void *)0x30000)
#define D ((void *)0x40000)
#define E ((void *)0x50000)
#define F ((void *)0x60000)

static volatile int sink;

NOINLINE static void rep_alloc(void *p, size_t size, size_t align)
{
	sftrace_alloc_event(SFTRACE_ALLOC, size, align, p);
	sink++;
}

NOINLINE static void rep_free(void *p, size_t size)
{
	sftrace_alloc_event(SFTRACE_DEALLOC, size, 8, p);
	sink++;
}

NOINLINE static void rep_grow(void *old, size_t old_size, void *new, size_t size)
{
	sftrace_alloc_event(SFTRACE_REALLOC_OLD, old_size, 8, old);
	sftrace_alloc_event(SFTRACE_REALLOC_NEW, size, 8, new);
	sink++;
}

NOINLINE static void mark(int i)
{
	sink = i;
}

int main(void)
{
	sftrace_setup(NULL, NULL, NULL);
	mark(0);
	rep_alloc(A, 1000, 8);
	mark(1);
	rep_free(A, 7);
	mark(2);
	rep_alloc(C, 300, 16);
	rep_alloc(D, 200, 16);
	mark(3);
	rep_free(B, 5000);
	mark(4);
	rep_alloc(E, 50, 8);
	rep_grow(E, 50, F, 4000);
	mark(5);
	rep_free(C, 300);
	mark(6);
	rep_alloc(D, 64, 8);
	mark(7);
	rep_free(D, 64);
	rep_free(F, 4000);
	mark(8);
	return 0;
}
