/*
 * The oracle of tests/e2e/t4090-memory.sh: allocates in known functions
 * and prints what `sftrace memory` must report, computed from its own
 * shadow of the call stack and of the live blocks (not from the log):
 *
 *   mem FUNC COLUMN VALUE ...       a function's row (CSV column names)
 *   stage N COLUMN VALUE ...        stage N of --milestone stage_mark
 *   select N FUNC BYTES             bytes under FUNC live at the end of stage N
 *   track ADDR PRODUCER_TID CONSUMER_TID   a block one thread allocated, another freed
 *
 * Every function below keeps the shadow (ENTER/LEAVE), is noinline, and
 * the file is compiled with -fno-optimize-sibling-calls, so the shadow is
 * the stack XRay records. Parts: a producer thread allocates blocks that
 * a consumer thread frees (lock-step, so the order is known), a forked
 * child frees a block the parent allocated before the fork (another
 * address space: the parent's block stays live), recursion (each
 * allocation counted once per function), realloc chains, calloc,
 * posix_memalign, leaks, and stages cut by calls of stage_mark().
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

enum {
	F_SITE_MALLOC, F_SITE_CALLOC, F_SITE_REALLOC, F_SITE_MEMALIGN, F_RELEASE,
	F_RUN_SINGLE, F_REC, F_LEAKER, F_GROW, F_PRODUCER, F_PRODUCE, F_CONSUMER, F_CONSUME,
	F_BEFORE_FORK, F_RUN_STAGES, F_STAGE_WORK, F_STAGE_LEAK, F_STAGE_MARK, NF
};

static const char *const fname[NF] = {
	"site_malloc", "site_calloc", "site_realloc", "site_memalign", "release",
	"run_single", "rec", "leaker", "grow", "producer_main", "produce", "consumer_main",
	"consume", "before_fork", "run_stages", "stage_work", "stage_leak", "stage_mark",
};

enum { C_ALLOCS, C_FREES, C_ABYTES, C_FBYTES, C_LIVE, C_PEAK, C_SALLOCS, C_SBYTES, NC };

static const char *const cname[NC] = {
	"allocs", "frees", "alloc_bytes", "free_bytes",
	"live_bytes", "peak_bytes", "self_allocs", "self_bytes",
};

static __thread int shadow[64], sdepth;
#define ENTER(f) (shadow[sdepth++] = (f))
#define LEAVE() (sdepth--)

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long long E[NF][NC];

#define NSTAGES 5
static int stage;
static long long S[NSTAGES][5], live_total, stage_start_live[NSTAGES + 1];
enum { S_ALLOCS, S_FREES, S_ABYTES, S_FBYTES, S_RET };

static struct blk {
	void *p;
	size_t n;
	unsigned mask;
	int stage, used;
} B[256];

static unsigned on_stack(void)
{
	unsigned m = 0;

	for (int i = 0; i < sdepth; i++)
		m |= 1u << shadow[i];
	return m;
}

static void m_alloc(void *p, size_t n)
{
	unsigned m = on_stack();
	int i;

	pthread_mutex_lock(&mu);
	for (int f = 0; f < NF; f++)
		if (m >> f & 1) {
			E[f][C_ALLOCS]++;
			E[f][C_ABYTES] += n;
			E[f][C_LIVE] += n;
			if (E[f][C_LIVE] > E[f][C_PEAK])
				E[f][C_PEAK] = E[f][C_LIVE];
		}
	E[shadow[sdepth - 1]][C_SALLOCS]++;
	E[shadow[sdepth - 1]][C_SBYTES] += n;
	for (i = 0; B[i].used; i++)
		;
	B[i] = (struct blk){ p, n, m, stage, 1 };
	S[stage][S_ALLOCS]++;
	S[stage][S_ABYTES] += n;
	S[stage][S_RET] += n;
	live_total += n;
	pthread_mutex_unlock(&mu);
}

static void m_free(void *p)
{
	unsigned m = on_stack();
	int i;

	pthread_mutex_lock(&mu);
	for (i = 0; !B[i].used || B[i].p != p; i++)
		;
	for (int f = 0; f < NF; f++) {
		if (m >> f & 1) {
			E[f][C_FREES]++;
			E[f][C_FBYTES] += B[i].n;
		}
		if (B[i].mask >> f & 1)
			E[f][C_LIVE] -= B[i].n;
	}
	S[stage][S_FREES]++;
	S[stage][S_FBYTES] += B[i].n;
	if (B[i].stage == stage)
		S[stage][S_RET] -= B[i].n;
	live_total -= B[i].n;
	B[i].used = 0;
	pthread_mutex_unlock(&mu);
}

NOINLINE void *site_malloc(size_t n)
{
	void *p;

	ENTER(F_SITE_MALLOC);
	p = malloc(n);
	m_alloc(p, n);
	LEAVE();
	return p;
}

NOINLINE void *site_calloc(size_t n, size_t m)
{
	void *p;

	ENTER(F_SITE_CALLOC);
	p = calloc(n, m);
	m_alloc(p, n * m);
	LEAVE();
	return p;
}

NOINLINE void *site_realloc(void *p, size_t n)
{
	void *q;

	ENTER(F_SITE_REALLOC);
	m_free(p);
	q = realloc(p, n);
	m_alloc(q, n);
	LEAVE();
	return q;
}

NOINLINE void *site_memalign(size_t align, size_t n)
{
	void *p = NULL;

	ENTER(F_SITE_MEMALIGN);
	if (posix_memalign(&p, align, n))
		abort();
	m_alloc(p, n);
	LEAVE();
	return p;
}

NOINLINE void release(void *p)
{
	ENTER(F_RELEASE);
	m_free(p);
	free(p);
	LEAVE();
}

static void *kept[64];
static int nkept;

NOINLINE void rec(int d)
{
	void *p, *q;

	ENTER(F_REC);
	if (d > 0)
		rec(d - 1);
	p = malloc(10 * (d + 1));
	m_alloc(p, 10 * (d + 1));
	kept[nkept++] = p;
	q = site_malloc(5);
	release(q);
	LEAVE();
}

NOINLINE void leaker(void)
{
	ENTER(F_LEAKER);
	kept[nkept++] = site_malloc(64);
	kept[nkept++] = site_malloc(64);
	kept[nkept++] = site_calloc(2, 16);
	LEAVE();
}

NOINLINE void grow(void)
{
	void *p;

	ENTER(F_GROW);
	p = site_malloc(8);
	for (int i = 1; i <= 4; i++)
		p = site_realloc(p, (size_t)8 << i);
	release(p);
	LEAVE();
}

NOINLINE void run_single(void)
{
	void *a, *b, *c;

	ENTER(F_RUN_SINGLE);
	a = site_malloc(100);
	b = site_calloc(4, 25);
	c = site_memalign(64, 200);
	a = site_realloc(a, 300);
	rec(3);
	release(b);
	leaker();
	grow();
	release(a);
	release(c);
	LEAVE();
}

/* Threads, in lock-step: the producer allocates, the consumer frees. */
static sem_t ready, done;
static void *shared[8];
static int nshared;
static void *tracked;
static int producer_tid, consumer_tid;

NOINLINE void produce(int k, size_t size)
{
	ENTER(F_PRODUCE);
	for (int i = 0; i < k; i++)
		shared[i] = site_malloc(size + 100 * i);
	nshared = k;
	LEAVE();
}

NOINLINE void consume(void)
{
	ENTER(F_CONSUME);
	for (int i = 0; i < nshared; i++)
		release(shared[i]);
	nshared = 0;
	LEAVE();
}

NOINLINE void *producer_main(void *arg)
{
	ENTER(F_PRODUCER);
	producer_tid = gettid();
	produce(3, 1000);
	tracked = shared[0];
	/*
	 * A block after them (they cannot merge with the top of the heap) and
	 * a size they cannot serve once freed and merged: the leaked block
	 * gets a new address, so that with --tid PRODUCER (the frees not seen)
	 * no allocation lands on a block still live.
	 */
	kept[nkept++] = site_malloc(64);
	sem_post(&ready);
	sem_wait(&done);
	produce(1, 5000); /* leaked */
	LEAVE();
	return arg;
}

NOINLINE void *consumer_main(void *arg)
{
	ENTER(F_CONSUMER);
	consumer_tid = gettid();
	sem_wait(&ready);
	consume();
	sem_post(&done);
	LEAVE();
	return arg;
}

/* Before a fork: the parent's block; the child frees its copy and leaks one of its own. */
static void *forked;

NOINLINE void before_fork(void)
{
	ENTER(F_BEFORE_FORK);
	forked = site_malloc(777);
	LEAVE();
}

NOINLINE void child_free(void)
{
	free(forked); /* allocated in the parent's log */
}

NOINLINE void child_alloc(void)
{
	void *p = malloc(999);

	__asm__ volatile("" : : "r"(p) : "memory");
}

/* Stages. */
static volatile int marks;
static void *x2, *y;

NOINLINE void stage_mark(int i)
{
	ENTER(F_STAGE_MARK);
	marks++;
	stage = i;
	stage_start_live[i] = live_total;
	LEAVE();
}

NOINLINE void stage_work(void)
{
	void *x1;

	ENTER(F_STAGE_WORK);
	x1 = site_malloc(111);
	x2 = site_malloc(222);
	release(x1);
	LEAVE();
}

NOINLINE void stage_leak(void)
{
	void *z;

	ENTER(F_STAGE_LEAK);
	y = site_malloc(333);
	z = site_calloc(1, 44);
	release(z);
	LEAVE();
}

NOINLINE void run_stages(void)
{
	ENTER(F_RUN_STAGES);
	stage_mark(1);
	stage_work();
	stage_mark(2);
	stage_leak();
	release(x2);
	stage_mark(3);
	release(y);
	kept[nkept++] = site_malloc(55);
	stage_mark(4);
	LEAVE();
}

int main(void)
{
	pthread_t a, b;
	pid_t pid;
	int st;

	sem_init(&ready, 0, 0);
	sem_init(&done, 0, 0);
	pthread_create(&b, NULL, consumer_main, NULL);
	pthread_create(&a, NULL, producer_main, NULL);
	pthread_join(a, NULL);
	pthread_join(b, NULL);

	before_fork();
	pid = fork();
	if (pid == 0) {
		child_free();
		child_alloc();
		_exit(0);
	}
	waitpid(pid, &st, 0);

	run_single();
	run_stages();

	for (int f = 0; f < NF; f++) {
		if (f == F_STAGE_MARK)
			continue; /* no memory event under it: no row */
		printf("mem %s", fname[f]);
		for (int c = 0; c < NC; c++)
			printf(" %s %lld", cname[c], E[f][c]);
		printf("\n");
	}
	printf("mem child_free frees 1 allocs 0\n");
	printf("mem child_alloc allocs 1 alloc_bytes 999 live_bytes 999 self_bytes 999\n");
	for (int s = 1; s <= 3; s++)
		printf("stage %d allocs %lld frees %lld alloc_bytes %lld free_bytes %lld "
		       "retained_bytes %lld live_delta %lld\n",
		       s, S[s][S_ALLOCS], S[s][S_FREES], S[s][S_ABYTES], S[s][S_FBYTES],
		       S[s][S_RET], stage_start_live[s + 1] - stage_start_live[s]);
	printf("select 1 stage_work 222\n");
	printf("select 1 stage_leak 0\n");
	printf("select 2 stage_work 0\n");
	printf("select 2 stage_leak 333\n");
	printf("track %p %d %d\n", tracked, producer_tid, consumer_tid);
	return WIFEXITED(st) && !WEXITSTATUS(st) ? 0 : 1;
}
