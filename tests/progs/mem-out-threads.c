/*
 * Many threads allocating at once and freeing each other's blocks, for
 * the time-ordered merge of memory events in `convert` (tests/e2e/t3007,
 * t3303): thousands of blocks live together, frees on another thread
 * than the allocation, reallocations.
 *
 *   mem-out-threads [THREADS [BLOCKS]]   (default 6 threads, 1500 blocks each)
 *
 * In four phases, every thread at once: allocates BLOCKS blocks
 * (alloc_own); frees the even blocks of the next thread (free_other);
 * doubles its odd blocks with realloc (grow_own); frees its odd blocks
 * but one in four (free_own). The main thread calls mark(I) between two
 * phases, while every worker waits at a barrier. Record it with
 * `sftrace record -m`.
 *
 * Output (write(2): stdio would allocate):
 *   mark I LIVE              bytes of the program's blocks live at mark(I)
 *   site NAME ALLOCS BYTES   allocations whose site is NAME, requested bytes
 *   freedby NAME N           blocks freed in NAME (a realloc's old block too)
 *   left N BYTES             blocks never freed, and their bytes
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

static int nthreads = 6, nblocks = 1500;
static void **blocks;	/* [thread][block] */
static size_t *sizes;	/* requested size of each */
static pthread_barrier_t bar;
static void *volatile sink;

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

#define AT(t, j) ((size_t)(t) * (size_t)nblocks + (size_t)(j))

NOINLINE static void *alloc_own(size_t n)
{
	return sink = malloc(n);
}

/* The store after free() keeps it from being a tail call (the frame would
 * end before the free, and the free count for the caller). */
NOINLINE static void free_other(void *p)
{
	free(p);
	sink = p;
}

NOINLINE static void *grow_own(void *p, size_t n)
{
	return sink = realloc(p, n);
}

NOINLINE static void free_own(void *p)
{
	free(p);
	sink = p;
}

NOINLINE static void mark(int i)
{
	sink = (void *)(long)i;
}

/* Each phase starts after main's mark (go) and ends before the next (done). */
static void phase_done(void)
{
	pthread_barrier_wait(&bar);
}

static void phase_go(void)
{
	pthread_barrier_wait(&bar);
}

NOINLINE static void *worker(void *arg)
{
	int t = (int)(long)arg, next = (t + 1) % nthreads;

	phase_go();
	for (int j = 0; j < nblocks; j++)
		blocks[AT(t, j)] = alloc_own(sizes[AT(t, j)]);
	phase_done();
	phase_go();
	for (int j = 0; j < nblocks; j += 2)
		free_other(blocks[AT(next, j)]);
	phase_done();
	phase_go();
	for (int j = 1; j < nblocks; j += 2)
		blocks[AT(t, j)] = grow_own(blocks[AT(t, j)], 2 * sizes[AT(t, j)]);
	phase_done();
	phase_go();
	for (int j = 1; j < nblocks; j += 2)
		if (j % 4 != 1)
			free_own(blocks[AT(t, j)]);
	phase_done();
	return NULL;
}

int main(int argc, char **argv)
{
	unsigned long all = 0, even = 0, odd = 0, kept = 0, nkept = 0;
	unsigned long n = 0, nodd = 0, nfree_own = 0;
	pthread_t *th;

	if (argc > 1)
		nthreads = atoi(argv[1]);
	if (argc > 2)
		nblocks = atoi(argv[2]);
	blocks = calloc(AT(nthreads, 0), sizeof(*blocks));
	sizes = calloc(AT(nthreads, 0), sizeof(*sizes));
	th = calloc((size_t)nthreads, sizeof(*th));
	if (!blocks || !sizes || !th || pthread_barrier_init(&bar, NULL, (unsigned)nthreads + 1))
		return 2;
	for (int t = 0; t < nthreads; t++)
		for (int j = 0; j < nblocks; j++) {
			size_t s = 16 + (AT(t, j) * 37) % 97;

			sizes[AT(t, j)] = s;
			n++;
			all += s;
			if (j % 2 == 0) {
				even += s;
			} else {
				nodd++;
				odd += s;
				if (j % 4 == 1) {
					nkept++;
					kept += 2 * s;
				} else {
					nfree_own++;
				}
			}
		}
	for (int t = 0; t < nthreads; t++)
		if (pthread_create(&th[t], NULL, worker, (void *)(long)t))
			return 2;
	mark(0); /* every thread is up, waiting */
	for (int i = 1; i <= 4; i++) {
		phase_go();
		phase_done();
		mark(i);
	}
	for (int t = 0; t < nthreads; t++)
		pthread_join(th[t], NULL);

	say("mark 0 0\nmark 1 %lu\nmark 2 %lu\n", all, all - even);
	say("mark 3 %lu\nmark 4 %lu\n", all - even + odd, kept);
	say("site alloc_own %lu %lu\nsite grow_own %lu %lu\n", n, all, nodd, 2 * odd);
	say("freedby free_other %lu\nfreedby grow_own %lu\nfreedby free_own %lu\n", n - nodd, nodd,
	    nfree_own);
	say("left %lu %lu\n", nkept, kept);
	return 0;
}
