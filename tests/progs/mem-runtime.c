/*
 * Memory events from the runtime's two sources, with the counts the
 * program expects printed on stdout ("expect SITE KIND SIZE COUNT"):
 *   - the C allocator (seen with record --memory), every entry point of it,
 *     in functions named after what they call;
 *   - sftrace_alloc_event(), as the sftrace-setup crate's wrapper calls it
 *     around malloc and free ("crate_*": with --memory as well, each block
 *     must still be written once);
 *   - threads allocating at the same time.
 * Usage: mem-runtime [THREADS]
 */
#define _GNU_SOURCE
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sftrace/sftrace.h"

#define NOINLINE __attribute__((noinline))

static void *volatile sink;
static volatile int after;

/* Ends each site: a call in tail position would leave the site's frame
 * before the allocator runs (XRay's tail-call exit), and the event would
 * belong to the caller. */
#define END_SITE() (after++)

NOINLINE static void use_malloc(void)
{
	for (int i = 0; i < 7; i++) {
		void *p = malloc(48);
		sink = p;
		free(p);
	}
	END_SITE();
}

NOINLINE static void use_calloc(void)
{
	void *p = calloc(4, 25);
	sink = p;
	free(p);
	END_SITE();
}

NOINLINE static void use_realloc(void)
{
	void *p = malloc(10);
	void *q = realloc(p, 100000);
	sink = q;
	q = reallocarray(q, 3, 1000);
	sink = q;
	free(q);
	free(NULL); /* counts nothing */
	END_SITE();
}

NOINLINE static void use_aligned(void)
{
	void *p = NULL;
	if (posix_memalign(&p, 256, 1000))
		abort();
	sink = p;
	free(p);
	p = aligned_alloc(64, 640);
	sink = p;
	free(p);
	p = memalign(128, 300);
	sink = p;
	free(p);
	p = valloc(77);
	sink = p;
	free(p);
	END_SITE();
}

/* What the crate's SftraceAllocator does: System malloc, then report. */
NOINLINE static void crate_alloc(void)
{
	for (int i = 0; i < 5; i++) {
		void *p = malloc(24);
		sftrace_alloc_event(SFTRACE_ALLOC, 24, 8, p);
		sink = p;
		sftrace_alloc_event(SFTRACE_DEALLOC, 24, 8, p);
		free(p);
	}
	END_SITE();
}

NOINLINE static void crate_realloc(void)
{
	void *p = malloc(32);
	void *q;
	sftrace_alloc_event(SFTRACE_ALLOC, 32, 8, p);
	sftrace_alloc_event(SFTRACE_REALLOC_OLD, 32, 8, p);
	q = realloc(p, 4000);
	sftrace_alloc_event(SFTRACE_REALLOC_NEW, 4000, 8, q);
	sink = q;
	sftrace_alloc_event(SFTRACE_DEALLOC, 4000, 8, q);
	free(q);
	END_SITE();
}

/* A custom allocator no malloc sees: only the ABI reports it. */
static char pool[4096];
NOINLINE static void pool_alloc(void)
{
	for (int i = 0; i < 3; i++)
		sftrace_alloc_event(SFTRACE_ALLOC, 100, 16, pool + 128 * i);
	END_SITE();
}

NOINLINE static void thread_allocs(void)
{
	for (int i = 0; i < 1000; i++) {
		void *p = malloc(16);
		sink = p;
		free(p);
	}
	END_SITE();
}

static void *worker(void *arg)
{
	thread_allocs();
	return arg;
}

int main(int argc, char **argv)
{
	int nthreads = argc > 1 ? atoi(argv[1]) : 4;
	pthread_t t[16];

	if (nthreads > 16)
		nthreads = 16;
	use_malloc();
	use_calloc();
	use_realloc();
	use_aligned();
	crate_alloc();
	crate_realloc();
	pool_alloc();
	for (int i = 0; i < nthreads; i++)
		pthread_create(&t[i], NULL, worker, NULL);
	for (int i = 0; i < nthreads; i++)
		pthread_join(t[i], NULL);
	/* expectations: SITE KIND SIZE COUNT (KIND as sftrace dump prints it) */
	printf("expect use_malloc alloc 48 7\nexpect use_malloc free 48 7\n");
	printf("expect use_calloc alloc 100 1\nexpect use_calloc free 100 1\n");
	printf("expect use_realloc alloc 10 1\nexpect use_realloc realloc-old 10 1\n");
	printf("expect use_realloc realloc-new 100000 1\nexpect use_realloc realloc-old 100000 1\n");
	printf("expect use_realloc realloc-new 3000 1\nexpect use_realloc free 3000 1\n");
	printf("expect use_aligned alloc 1000 1\nexpect use_aligned alloc 640 1\n");
	printf("expect use_aligned alloc 300 1\nexpect use_aligned alloc 77 1\n");
	printf("expect use_aligned free 0 4\n");
	printf("expect crate_alloc alloc 24 5\nexpect crate_alloc free 24 5\n");
	printf("expect crate_realloc alloc 32 1\nexpect crate_realloc realloc-old 32 1\n");
	printf("expect crate_realloc realloc-new 4000 1\nexpect crate_realloc free 4000 1\n");
	printf("expect pool_alloc alloc 100 3\n");
	printf("expect thread_allocs alloc 16 %d\n", 1000 * nthreads);
	printf("expect thread_allocs free 16 %d\n", 1000 * nthreads);
	/* with only the ABI (no --memory), the crate_* and pool_* lines hold */
	return 0;
}
