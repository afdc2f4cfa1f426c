/*
 * A C program that uses the sftrace-setup ABI of libsftrace.so directly
 * (include/sftrace/sftrace.h), as the Rust crate does: it links
 * -lsftrace, calls sftrace_setup(NULL, NULL, NULL) first thing in main
 * (no slot functions) and reports its own allocations with
 * sftrace_alloc_event() (1 alloc, 2 free, 3 the new block of a realloc,
 * 4 the old block of a realloc), from main and from a second thread.
 * Output: "count NAME N" per counted function, and
 *   mem c_alloc_site self_allocs=N self_bytes=N leaks=N live_bytes=N reallocs=0
 * for the allocations made directly in c_alloc_site (sizes as requested;
 * leaked blocks are never freed). Usage: setup-c [ROUNDS] (default 30).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sftrace/sftrace.h"

#define NOINLINE __attribute__((noinline))

/* The kinds, as the Rust crate passes them; the header's names must agree. */
enum { EV_ALLOC = 1, EV_FREE = 2, EV_REALLOC_NEW = 3, EV_REALLOC_OLD = 4 };
#ifdef SFTRACE_ALLOC
_Static_assert(SFTRACE_ALLOC == EV_ALLOC && SFTRACE_DEALLOC == EV_FREE &&
		       SFTRACE_REALLOC_NEW == EV_REALLOC_NEW && SFTRACE_REALLOC_OLD == EV_REALLOC_OLD,
	       "sftrace.h's allocation event kinds are the sftrace-setup crate's");
#endif

static unsigned long n_work, n_leaf, n_site, n_grow, n_thread;
static volatile int guard;

/* Per c_alloc_site call: 40 bytes freed, 72 leaked, 8 freed. */
static const struct { size_t size; int leaked; } site_blocks[] = { { 40, 0 }, { 72, 1 }, { 8, 0 } };
#define SITE_BLOCKS (sizeof site_blocks / sizeof site_blocks[0])

NOINLINE static long c_leaf(long i)
{
	__atomic_fetch_add(&n_leaf, 1, __ATOMIC_RELAXED);
	return (i ^ 0x21) + guard;
}

NOINLINE static long c_work(long n)
{
	long s = 0;

	__atomic_fetch_add(&n_work, 1, __ATOMIC_RELAXED);
	for (long i = 0; i < n; i++)
		s += c_leaf(i);
	return s + guard;
}

NOINLINE static long c_alloc_site(long round)
{
	void *p[SITE_BLOCKS];
	long r = 0;

	__atomic_fetch_add(&n_site, 1, __ATOMIC_RELAXED);
	for (size_t i = 0; i < SITE_BLOCKS; i++) {
		p[i] = malloc(site_blocks[i].size);
		if (!p[i])
			abort();
		sftrace_alloc_event(EV_ALLOC, site_blocks[i].size, 8, p[i]);
		*(char *)p[i] = (char)round;
		r += *(volatile char *)p[i];
	}
	for (size_t i = 0; i < SITE_BLOCKS; i++) {
		if (site_blocks[i].leaked)
			continue;
		sftrace_alloc_event(EV_FREE, site_blocks[i].size, 8, p[i]);
		free(p[i]);
	}
	return r + guard;
}

/* One block grown with realloc, then freed. */
NOINLINE static long c_grow(void)
{
	char *p, *q;

	__atomic_fetch_add(&n_grow, 1, __ATOMIC_RELAXED);
	p = malloc(16);
	if (!p)
		abort();
	sftrace_alloc_event(EV_ALLOC, 16, 8, p);
	p[0] = 3;
	sftrace_alloc_event(EV_REALLOC_OLD, 16, 8, p);
	q = realloc(p, 4096);
	if (!q)
		abort();
	sftrace_alloc_event(EV_REALLOC_NEW, 4096, 8, q);
	long r = q[0] + guard;
	sftrace_alloc_event(EV_FREE, 4096, 8, q);
	free(q);
	return r;
}

NOINLINE static void *c_thread(void *arg)
{
	long rounds = *(long *)arg;

	n_thread++;
	for (long i = 0; i < rounds; i++)
		*(long *)arg += c_work(i % 7) + c_alloc_site(i);
	return NULL;
}

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 30, s = 0, t = rounds;
	pthread_t th;

	(void)sftrace_setup(NULL, NULL, NULL);
	if (pthread_create(&th, NULL, c_thread, &t)) {
		perror("pthread_create");
		return 1;
	}
	for (long i = 0; i < rounds; i++)
		s += c_work(i % 5) + c_alloc_site(i);
	s += c_grow();
	pthread_join(th, NULL);

	unsigned long allocs = 0, bytes = 0, leaks = 0, live = 0;
	for (size_t i = 0; i < SITE_BLOCKS; i++) {
		allocs += n_site;
		bytes += n_site * site_blocks[i].size;
		if (site_blocks[i].leaked) {
			leaks += n_site;
			live += n_site * site_blocks[i].size;
		}
	}
	printf("result %ld\n", s + t);
	printf("count c_work %lu\n", n_work);
	printf("count c_leaf %lu\n", n_leaf);
	printf("count c_alloc_site %lu\n", n_site);
	printf("count c_grow %lu\n", n_grow);
	printf("count c_thread %lu\n", n_thread);
	printf("mem c_alloc_site self_allocs=%lu self_bytes=%lu leaks=%lu live_bytes=%lu reallocs=0\n",
	       allocs, bytes, leaks, live);
	return 0;
}
