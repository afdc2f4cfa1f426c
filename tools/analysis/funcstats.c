/*
 * Per-function statistics table (see funcstats.h). The slot arrays are
 * sized to the largest function id seen and grow by doubling; statistics
 * live in one dense array so the merge and the output walk only the
 * functions that were called.
 *
 * The memory walk wraps the callbacks of analysis_fs_ops (its worker
 * begins with an an_fs_worker, so they get the context they expect) and
 * adds the memory event. Whether a frame belongs to the allocator is a
 * name lookup in the shared symbolizer, which is not thread-safe: each
 * worker caches the answer per function id and asks under a lock only
 * the first time it meets a function in an allocation's stack.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/analysis.h"
#include "tools/analysis/funcstats.h"
#include "tools/lib/usage.h"
#include "tools/read/memsite.h"

void fstat_table_init(struct fstat_table *tab)
{
	memset(tab, 0, sizeof(*tab));
}

void fstat_table_release(struct fstat_table *tab)
{
	for (size_t i = 0; i < tab->nr; i++)
		hist_release(&tab->stats[i].hist);
	for (size_t i = 0; i < tab->nlogs; i++)
		free(tab->logs[i].slot);
	free(tab->stats);
	free(tab->logs);
	fstat_table_init(tab);
}

struct fstat *fstat_get(struct fstat_table *tab, uint32_t log, uint32_t func)
{
	struct fstat_log *l;
	struct fstat *fs;

	if (log >= tab->nlogs) {
		tab->logs = xrealloc(tab->logs, (log + 1) * sizeof(*tab->logs));
		memset(tab->logs + tab->nlogs, 0, (log + 1 - tab->nlogs) * sizeof(*tab->logs));
		tab->nlogs = log + 1;
	}
	l = &tab->logs[log];
	l->slot = xgrow_zeroed(l->slot, &l->nslots, func, 1024, sizeof(*l->slot));
	if (l->slot[func])
		return &tab->stats[l->slot[func] - 1];
	ALLOC_GROW(tab->stats, tab->nr + 1, tab->alloc);
	fs = &tab->stats[tab->nr++];
	memset(fs, 0, sizeof(*fs));
	fs->log = log;
	fs->func = func;
	hist_init(&fs->hist);
	l->slot[func] = (uint32_t)tab->nr;
	return fs;
}

void fstat_add(struct fstat *a, const struct fstat *b)
{
	a->calls += b->calls;
	a->total_ns += b->total_ns;
	a->self_ns += b->self_ns;
	a->sum_ns += b->sum_ns;
	hist_merge(&a->hist, &b->hist);
	a->alloc_bytes += b->alloc_bytes;
	a->allocs += b->allocs;
	a->self_alloc_bytes += b->self_alloc_bytes;
}

void fstat_table_merge(struct fstat_table *dst, const struct fstat_table *src)
{
	for (size_t i = 0; i < src->nr; i++) {
		const struct fstat *s = &src->stats[i];

		fstat_add(fstat_get(dst, s->log, s->func), s);
	}
}

/* The memory walk. */

struct fm_shared {
	pthread_mutex_t lock;
	struct memsite ms; /* under lock */
};

struct fm_cache {
	uint8_t *cls; /* per function id: 0 unknown, 1 a site, 2 the allocator's */
	size_t len;
};

struct fm_worker {
	struct an_fs_worker fs; /* first: analysis_fs_ops takes this pointer */
	struct fm_shared *sh;
	struct fm_cache *cache;	/* per log */
	uint64_t *bytes, *count; /* allocated inside the open frame, per depth */
	size_t alloc;
	uint64_t mem_events;
};

static void fm_reserve(struct fm_worker *w, size_t depth)
{
	size_t n = w->alloc ? w->alloc : 256;

	if (depth < w->alloc)
		return;
	while (n <= depth)
		n *= 2;
	w->bytes = xrealloc(w->bytes, n * sizeof(*w->bytes));
	w->count = xrealloc(w->count, n * sizeof(*w->count));
	w->alloc = n;
}

static bool fm_is_allocator(struct fm_worker *w, uint32_t func)
{
	struct fm_cache *c = &w->cache[w->fs.log];

	c->cls = xgrow_zeroed(c->cls, &c->len, func, 1024, 1);
	if (!c->cls[func]) {
		const struct trace *t = &w->fs.a->logs[w->fs.log].t;
		bool alloc;

		pthread_mutex_lock(&w->sh->lock);
		alloc = memsite_is_allocator(&w->sh->ms, t, func);
		pthread_mutex_unlock(&w->sh->lock);
		c->cls[func] = alloc ? 2 : 1;
	}
	return c->cls[func] == 2;
}

static int fm_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct fm_worker *w = ctx;

	fm_reserve(w, f->depth);
	w->bytes[f->depth] = w->count[f->depth] = 0;
	return analysis_fs_ops.enter(ctx, f, stack);
}

static int fm_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct fm_worker *w = ctx;
	int ret = analysis_fs_ops.exit(ctx, f, stack);
	uint64_t bytes, count;

	fm_reserve(w, f->depth);
	bytes = w->bytes[f->depth];
	count = w->count[f->depth];
	if (count) {
		struct fstat *fs = fstat_lookup(&w->fs.tab, w->fs.log, f->func);

		/* an outermost activation: what its inner ones allocated is in its sum */
		if (!fs->active) {
			fs->alloc_bytes += bytes;
			fs->allocs += count;
		}
		if (f->depth) {
			w->bytes[f->depth - 1] += bytes;
			w->count[f->depth - 1] += count;
		}
	}
	return ret;
}

static int fm_mem(void *ctx, const struct mem_event *m, const struct frame *stack, size_t depth)
{
	struct fm_worker *w = ctx;
	const struct analysis *a = w->fs.a;
	uint64_t ns = m->ns + w->fs.off;
	size_t site = depth;

	if (a->windowed && (ns < a->from_ns || ns >= a->to_ns))
		return 0;
	w->mem_events++;
	if (!trace_mem_acquires(m->kind) || !depth)
		return 0;
	w->bytes[depth - 1] += m->size;
	w->count[depth - 1]++;
	while (site-- > 0 && fm_is_allocator(w, stack[site].func))
		;
	if (site == (size_t)-1) /* only allocator frames: the innermost */
		site = depth - 1;
	fstat_lookup(&w->fs.tab, w->fs.log, stack[site].func)->self_alloc_bytes += m->size;
	return 0;
}

int fstat_walk_memory(struct analysis *a, struct fstat_table *out, uint64_t *mem_events)
{
	int n = analysis_workers(a);
	struct fm_worker *w = xcalloc(n, sizeof(*w));
	void **ctxs = xcalloc(n, sizeof(*ctxs));
	struct frames_ops ops = analysis_fs_ops;
	struct fm_shared sh;
	int ret;

	ops.enter = fm_enter;
	ops.exit = fm_exit;
	ops.mem = fm_mem;
	pthread_mutex_init(&sh.lock, NULL);
	memsite_init(&sh.ms, a->sym);
	for (int i = 0; i < n; i++) {
		w[i].fs.a = a;
		fstat_table_init(&w[i].fs.tab);
		w[i].sh = &sh;
		w[i].cache = xcalloc(a->nlogs, sizeof(*w[i].cache));
		ctxs[i] = &w[i];
	}
	ret = analysis_walk(a, &ops, ctxs, n);
	/* Worker 0's table becomes the result; the others merge into it. */
	*out = w[0].fs.tab;
	*mem_events = 0;
	for (int i = 0; i < n; i++) {
		if (i) {
			fstat_table_merge(out, &w[i].fs.tab);
			fstat_table_release(&w[i].fs.tab);
		}
		*mem_events += w[i].mem_events;
		analysis_depth_release(&w[i].fs.ds);
		for (size_t j = 0; j < a->nlogs; j++)
			free(w[i].cache[j].cls);
		free(w[i].cache);
		free(w[i].bytes);
		free(w[i].count);
	}
	memsite_release(&sh.ms);
	pthread_mutex_destroy(&sh.lock);
	free(ctxs);
	free(w);
	return ret;
}
