/*
 * An analysis of a one-thread log on a thread of its own (relay.h).
 *
 * The walk's callbacks become 32-byte records in chunks of FS_CHUNK; a
 * ring of FS_NBUF chunks passes them to the analysis thread, which calls
 * the analysis's callbacks with the same arguments in the same order. The
 * records carry the frame's function, depth and times (and the trace and
 * thread at a thread's beginning); a lock is taken once per chunk.
 */
#include <pthread.h>
#include <stdlib.h>

#include "tools/analysis/relay.h"
#include "tools/lib/usage.h"

#define FS_CHUNK 32768
#define FS_NBUF 4

enum { RELAY_BEGIN, RELAY_ENTER, RELAY_EXIT, RELAY_SAVE, RELAY_RESTORE };

struct relay_rec {
	uint32_t kind, func, depth, pad;
	uint64_t a, b; /* start and end ns; trace and thread; key and depth */
};

struct relay {
	/* the producer's own, written at every record: a cache line of its
	 * own, apart from what the statistics thread reads */
	struct relay_rec *cur __attribute__((aligned(64))); /* its chunk */
	size_t n;					     /* records in it */
	const struct frames_ops *ops __attribute__((aligned(64))); /* the analysis's */
	void *ctx;
	pthread_mutex_t mu;
	pthread_cond_t more, room;
	struct relay_rec *buf[FS_NBUF];
	size_t fill[FS_NBUF];
	size_t produced, consumed; /* chunks; under mu */
	int done;		   /* under mu: no chunk will follow */
};

static void replay(const struct frames_ops *ops, void *w, const struct relay_rec *r, size_t n)
{
	for (size_t i = 0; i < n; i++, r++) {
		struct frame f;

		switch (r->kind) {
		case RELAY_BEGIN:
			ops->thread_begin(w, (struct trace *)(uintptr_t)r->a,
					  (struct trace_thread *)(uintptr_t)r->b);
			break;
		case RELAY_ENTER:
		case RELAY_EXIT:
			f.func = r->func;
			f.depth = r->depth;
			f.start_ns = r->a;
			f.end_ns = r->b;
			if (r->kind == RELAY_ENTER)
				ops->enter(w, &f, NULL);
			else
				ops->exit(w, &f, NULL);
			break;
		case RELAY_SAVE:
			ops->ctx_save(w, r->a, (size_t)r->b);
			break;
		case RELAY_RESTORE:
			ops->ctx_restore(w, r->a);
			break;
		}
	}
}

/*
 * Before sleeping on the condition, watch the counters a while: a sleep
 * and a wake-up cost about what a chunk takes to fill (ms on a VM), and
 * the two threads would take turns instead of running together.
 */
#define SPIN 100000

static void spin_for_data(const struct relay *rl)
{
	for (int i = 0; i < SPIN; i++)
		if (__atomic_load_n(&rl->produced, __ATOMIC_ACQUIRE) !=
			    __atomic_load_n(&rl->consumed, __ATOMIC_RELAXED) ||
		    __atomic_load_n(&rl->done, __ATOMIC_ACQUIRE))
			return;
}

static void spin_for_room(const struct relay *rl)
{
	for (int i = 0; i < SPIN; i++)
		if (__atomic_load_n(&rl->produced, __ATOMIC_RELAXED) -
			    __atomic_load_n(&rl->consumed, __ATOMIC_ACQUIRE) <
		    FS_NBUF)
			return;
}

static void *stats_main(void *arg)
{
	struct relay *rl = arg;

	pthread_mutex_lock(&rl->mu);
	for (;;) {
		if (rl->consumed == rl->produced && !rl->done) {
			pthread_mutex_unlock(&rl->mu);
			spin_for_data(rl);
			pthread_mutex_lock(&rl->mu);
		}
		while (rl->consumed == rl->produced && !rl->done)
			pthread_cond_wait(&rl->more, &rl->mu);
		if (rl->consumed == rl->produced)
			break;
		size_t k = rl->consumed % FS_NBUF;
		pthread_mutex_unlock(&rl->mu);
		replay(rl->ops, rl->ctx, rl->buf[k], rl->fill[k]);
		pthread_mutex_lock(&rl->mu);
		__atomic_store_n(&rl->consumed, rl->consumed + 1, __ATOMIC_RELEASE);
		pthread_cond_signal(&rl->room);
	}
	pthread_mutex_unlock(&rl->mu);
	return NULL;
}

/* Hand the producer's chunk over; the last one ends the relay. */
static void relay_hand_over(struct relay *rl, int last)
{
	pthread_mutex_lock(&rl->mu);
	rl->fill[rl->produced % FS_NBUF] = rl->n;
	__atomic_store_n(&rl->produced, rl->produced + 1, __ATOMIC_RELEASE);
	if (last)
		__atomic_store_n(&rl->done, 1, __ATOMIC_RELEASE);
	pthread_cond_signal(&rl->more);
	pthread_mutex_unlock(&rl->mu);
}

/* Hand the producer's chunk over and take the next free one. */
static void relay_flush(struct relay *rl)
{
	relay_hand_over(rl, 0);
	pthread_mutex_lock(&rl->mu);
	if (rl->produced - rl->consumed >= FS_NBUF) {
		pthread_mutex_unlock(&rl->mu);
		spin_for_room(rl);
		pthread_mutex_lock(&rl->mu);
	}
	while (rl->produced - rl->consumed >= FS_NBUF)
		pthread_cond_wait(&rl->room, &rl->mu);
	rl->cur = rl->buf[rl->produced % FS_NBUF];
	pthread_mutex_unlock(&rl->mu);
	rl->n = 0;
}

static inline struct relay_rec *relay_next(struct relay *rl)
{
	if (rl->n == FS_CHUNK)
		relay_flush(rl);
	return &rl->cur[rl->n++];
}

static int relay_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct relay_rec *r = relay_next(ctx);

	r->kind = RELAY_BEGIN;
	r->a = (uintptr_t)t;
	r->b = (uintptr_t)th;
	return 0;
}

static int relay_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct relay_rec *r = relay_next(ctx);

	(void)stack;
	r->kind = RELAY_ENTER;
	r->func = f->func;
	r->depth = f->depth;
	r->a = f->start_ns;
	return 0;
}

static int relay_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct relay_rec *r = relay_next(ctx);

	(void)stack;
	r->kind = RELAY_EXIT;
	r->func = f->func;
	r->depth = f->depth;
	r->a = f->start_ns;
	r->b = f->end_ns;
	return 0;
}

static int relay_save(void *ctx, uint64_t key, size_t depth)
{
	struct relay_rec *r = relay_next(ctx);

	r->kind = RELAY_SAVE;
	r->a = key;
	r->b = depth;
	return 0;
}

static int relay_restore(void *ctx, uint64_t key)
{
	struct relay_rec *r = relay_next(ctx);

	r->kind = RELAY_RESTORE;
	r->a = key;
	return 0;
}

static const struct frames_ops relay_ops = {
	.thread_begin = relay_begin,
	.enter = relay_enter,
	.exit = relay_exit,
	.ctx_save = relay_save,
	.ctx_restore = relay_restore,
};

int analysis_relay_walk(struct analysis *a, const struct frames_ops *ops, void *w)
{
	struct relay rl = { .ops = ops, .ctx = w };
	void *ctx = &rl;
	pthread_t tid;
	int ret;

	for (int i = 0; i < FS_NBUF; i++)
		rl.buf[i] = xmalloc(FS_CHUNK * sizeof(struct relay_rec));
	rl.cur = rl.buf[0];
	pthread_mutex_init(&rl.mu, NULL);
	pthread_cond_init(&rl.more, NULL);
	pthread_cond_init(&rl.room, NULL);
	if (pthread_create(&tid, NULL, stats_main, &rl)) {
		ret = analysis_walk(a, ops, &w, 1);
	} else {
		ret = analysis_walk(a, &relay_ops, &ctx, 1);
		relay_hand_over(&rl, 1);
		pthread_join(tid, NULL);
	}
	pthread_cond_destroy(&rl.room);
	pthread_cond_destroy(&rl.more);
	pthread_mutex_destroy(&rl.mu);
	for (int i = 0; i < FS_NBUF; i++)
		free(rl.buf[i]);
	return ret;
}
