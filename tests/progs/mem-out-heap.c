/*
 * Allocations the program counts itself, for the memory outputs of
 * `convert` (perfetto heap counter, pola rows, the memory table) and
 * `report --memory`: tests/e2e/t3007, t3303 and t4001.
 *
 *   mem-out-heap [ROUNDS]   (default 20)
 *
 * Each round allocates through malloc, calloc, aligned_alloc and realloc
 * in separate functions, recurses, and hands a block to a worker thread
 * that frees it and allocates one that main frees a round later; main
 * calls mark(I) before and after. Record it with `sftrace record -m`.
 *
 * Output lines (written with write(2): stdio would allocate a buffer and
 * be counted):
 *   site NAME ALLOCS BYTES   allocations whose site is NAME (a realloc's
 *                            new block included), requested bytes
 *   incl NAME ALLOCS BYTES   allocations made while NAME was on the stack
 *                            (once per allocation, recursion or not)
 *   freedby NAME N           blocks freed in NAME (free, or the old block
 *                            of a realloc)
 *   aligned N                blocks allocated with alignment 64
 *   xthread N                blocks main allocated and the worker freed
 *   left N BYTES             blocks never freed, and their bytes
 *   mark I LIVE              bytes of the program's blocks live when
 *                            mark(I) was called (only with ROUNDS <= 1000)
 *   count NAME N             calls of NAME
 * Allocations the C library makes itself (before main, in pthread_create)
 * are not the program's and are not counted; none happens between the
 * first and the last mark, so differences between marks are exact.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

enum { S_MALLOC, S_CALLOC, S_ALIGNED, S_GROW, S_REC, S_WORKER_ALLOC, NSITES };
static const char *const site_names[NSITES] = {
	"site_malloc", "site_calloc", "site_aligned", "site_grow", "rec", "worker_alloc",
};
static unsigned long site_n[NSITES], site_bytes[NSITES];
enum { I_OUTER, I_REC, I_WORKER, NINCL };
static const char *const incl_names[NINCL] = { "outer", "rec", "worker_main" };
static unsigned long incl_n[NINCL], incl_bytes[NINCL];
static int in_outer, in_rec;  /* on main's stack (rec: its depth) */
static __thread int in_worker; /* the worker's */
enum { F_FREE, F_GROW, F_REC, F_WORKER, NFREE };
static const char *const free_names[NFREE] = { "site_free", "site_grow", "rec", "worker_free" };
static unsigned long freed[NFREE];
static unsigned long n_aligned, n_xthread, n_mark, n_outer, n_rec_calls;
static long live; /* bytes of the program's blocks; changed by main and the worker in turn */
static int quiet;

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0 && write(1, buf, (size_t)n) != n)
		_exit(3);
}

static void counted(int site, size_t n)
{
	site_n[site]++;
	site_bytes[site] += n;
	live += (long)n;
	if (in_outer) {
		incl_n[I_OUTER]++;
		incl_bytes[I_OUTER] += n;
	}
	if (in_rec) {
		incl_n[I_REC]++;
		incl_bytes[I_REC] += n;
	}
	if (in_worker) {
		incl_n[I_WORKER]++;
		incl_bytes[I_WORKER] += n;
	}
}

/* A block and its requested size, so that frees know what went. */
struct blk {
	void *p;
	size_t n;
};

NOINLINE static struct blk site_malloc(size_t n)
{
	struct blk b = { malloc(n), n };

	counted(S_MALLOC, n);
	return b;
}

NOINLINE static struct blk site_calloc(size_t k, size_t n)
{
	struct blk b = { calloc(k, n), k * n };

	counted(S_CALLOC, k * n);
	return b;
}

NOINLINE static struct blk site_aligned(size_t n)
{
	struct blk b = { aligned_alloc(64, n), n };

	counted(S_ALIGNED, n);
	n_aligned++;
	return b;
}

NOINLINE static struct blk site_grow(struct blk b, size_t n)
{
	struct blk g = { realloc(b.p, n), n };

	freed[F_GROW]++;
	live -= (long)b.n;
	counted(S_GROW, n);
	return g;
}

NOINLINE static void site_free(struct blk b)
{
	free(b.p);
	freed[F_FREE]++;
	live -= (long)b.n;
}

NOINLINE static void mark(unsigned long i)
{
	n_mark++;
	if (!quiet)
		say("mark %lu %ld\n", i, live);
}

NOINLINE static void outer(int r, struct blk *a, struct blk *c)
{
	n_outer++;
	in_outer = 1;
	*a = site_malloc(16 + (size_t)(r % 50));
	*c = site_calloc(4, 25 + (size_t)(r % 7));
	in_outer = 0;
}

static void *volatile escape;

/* Allocates at every level itself (its own site), frees on the way out. */
NOINLINE static void rec(int d)
{
	size_t n = 8 * (size_t)d + 8;
	void *p;

	n_rec_calls++;
	in_rec++;
	p = malloc(n);
	escape = p; /* or the compiler drops the malloc/free pair */
	counted(S_REC, n);
	if (d)
		rec(d - 1);
	free(p);
	freed[F_REC]++;
	live -= (long)n;
	in_rec--;
}

static int to_w[2], from_w[2];

NOINLINE static void worker_free(struct blk b)
{
	free(b.p);
	freed[F_WORKER]++;
	n_xthread++;
	live -= (long)b.n;
}

NOINLINE static struct blk worker_alloc(size_t n)
{
	struct blk b = { malloc(n), n };

	counted(S_WORKER_ALLOC, n);
	return b;
}

static void full_read(int fd, void *p, size_t n)
{
	if (read(fd, p, n) != (ssize_t)n)
		_exit(4);
}

static void full_write(int fd, const void *p, size_t n)
{
	if (write(fd, p, n) != (ssize_t)n)
		_exit(5);
}

/* Frees what main sends and sends back a block of its own, until a NULL. */
NOINLINE static void *worker_main(void *arg)
{
	struct blk b;

	in_worker = 1;
	full_write(from_w[1], "r", 1);
	for (;;) {
		full_read(to_w[0], &b, sizeof(b));
		if (!b.p)
			break;
		worker_free(b);
		b = worker_alloc(40 + b.n % 10);
		full_write(from_w[1], &b, sizeof(b));
	}
	in_worker = 0;
	return arg;
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 20;
	struct blk *keep = calloc((size_t)rounds + 1, sizeof(*keep)), w = { 0 }, stop = { 0 };
	unsigned long m = 0, nleft = 0, left_bytes = 0;
	pthread_t th;
	char c;

	quiet = rounds > 1000;
	if (!keep || pipe(to_w) || pipe(from_w) || pthread_create(&th, NULL, worker_main, NULL))
		return 2;
	full_read(from_w[0], &c, 1); /* the worker is up: no allocation of its start is to come */
	live = 0;
	for (int r = 0; r < rounds; r++) {
		struct blk a, cb, al;

		mark(m++);
		outer(r, &a, &cb);
		al = site_aligned(64 * (1 + (size_t)(r % 3)));
		a = site_grow(a, a.n * 3);
		rec(3);
		full_write(to_w[1], &a, sizeof(a));
		if (w.p)
			site_free(w);
		full_read(from_w[0], &w, sizeof(w));
		mark(m++);
		site_free(cb);
		if (r % 2)
			site_free(al);
		else
			keep[nleft++] = al;
	}
	mark(m++);
	full_write(to_w[1], &stop, sizeof(stop));
	pthread_join(th, NULL);
	if (w.p)
		keep[nleft++] = w;
	for (unsigned long i = 0; i < nleft; i++)
		left_bytes += keep[i].n;

	for (int i = 0; i < NSITES; i++)
		say("site %s %lu %lu\n", site_names[i], site_n[i], site_bytes[i]);
	for (int i = 0; i < NINCL; i++)
		say("incl %s %lu %lu\n", incl_names[i], incl_n[i], incl_bytes[i]);
	for (int i = 0; i < NFREE; i++)
		say("freedby %s %lu\n", free_names[i], freed[i]);
	say("aligned %lu\nxthread %lu\nleft %lu %lu\n", n_aligned, n_xthread, nleft, left_bytes);
	say("count mark %lu\ncount outer %lu\ncount rec %lu\ncount site_malloc %lu\n", n_mark,
	    n_outer, n_rec_calls, site_n[S_MALLOC]);
	say("count site_calloc %lu\ncount site_aligned %lu\ncount site_grow %lu\n", site_n[S_CALLOC],
	    site_n[S_ALIGNED], site_n[S_GROW]);
	say("count site_free %lu\ncount worker_free %lu\ncount worker_alloc %lu\n", freed[F_FREE],
	    freed[F_WORKER], site_n[S_WORKER_ALLOC]);
	return 0;
}
