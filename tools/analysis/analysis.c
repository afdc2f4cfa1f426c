/*
 * The analysis driver (see analysis.h): log opening, thread and window
 * selection, the parallel frame walk, and the two aggregations (per
 * function and per call path).
 *
 * Both aggregations keep their own per-depth stack of clipped child time,
 * so self time inside a window is exact, and so that they do not depend on
 * anything but the frame boundaries. Without a window the clip is a no-op
 * and the per-frame cost is a table lookup and a histogram increment
 * (report) or a hash lookup (tree).
 */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "tools/analysis/analysis.h"
#include "tools/analysis/calltree.h"
#include "tools/analysis/fmt.h"
#include "tools/analysis/funcstats.h"
#include "tools/analysis/relay.h"
#include "tools/lib/usage.h"
#include "tools/read/flows.h"
#include "tools/read/loss.h"
#include "tools/read/rustlog.h"
#include "tools/read/siblings.h"
#include "tools/read/symbols.h"

static int parse_tids(struct analysis *a, const struct string_list *args)
{
	size_t alloc = 0;

	for (size_t i = 0; i < args->nr; i++) {
		const char *p = args->items[i];

		do {
			char *end;
			unsigned long v;

			errno = 0;
			/* digits only: strtoul() would take blanks and signs */
			v = *p >= '0' && *p <= '9' ? strtoul(p, &end, 10) : (end = (char *)p, 0);
			if (end == p || errno || v > UINT32_MAX || (*end && *end != ',') ||
			    (*end == ',' && !end[1]))
				return error("bad thread id in '--tid %s' (expected TID[,TID...])",
					     args->items[i]);
			ALLOC_GROW(a->tids, a->ntids + 1, alloc);
			a->tids[a->ntids++] = (uint32_t)v;
			p = *end ? end + 1 : end;
		} while (*p);
	}
	return 0;
}

int analysis_open(struct analysis *a, const struct analysis_opts *o, char *const *paths, int n)
{
	struct symbolizer_opts so = { 0 };
	uint64_t first_start = UINT64_MAX;

	memset(a, 0, sizeof(*a));
	a->o = o;
	a->from_ns = o->from_ns;
	a->to_ns = o->to_ns;
	a->windowed = o->from_ns || o->to_ns != UINT64_MAX;
	/* usage errors */
	if (a->from_ns >= a->to_ns) {
		error("empty time window: --from must be before --to");
		exit(2);
	}
	if (o->jobs < 0) {
		error("bad --jobs value %ld", o->jobs);
		exit(2);
	}
	if (parse_tids(a, &o->tid_args))
		exit(2);
	siblings_note((const char *const *)paths, n);

	a->logs = xcalloc(n, sizeof(*a->logs));
	rustlog_set_objects(&o->symbol_files); /* the module of a Rust sftrace log */
	for (int i = 0; i < n; i++) {
		if (trace_open(&a->logs[i].t, paths[i]))
			return -1;
		frames_tail_nesting(&a->logs[i].t, !o->no_tail_nesting);
		a->nlogs++;
		if (o->stitch && !(a->logs[i].flows = flows_resolve(&a->logs[i].t, 1)))
			note("%s: no work items were recorded (a log made with record --no-flows, or "
			     "by an older sftrace): --stitch changes nothing in it",
			     paths[i]);
		if (a->logs[i].t.start_mono_ns < first_start)
			first_start = a->logs[i].t.start_mono_ns;
	}
	for (size_t i = 0; i < a->nlogs; i++)
		a->logs[i].offset_ns = a->logs[i].t.start_mono_ns - first_start;
	for (size_t k = 0; k < a->ntids; k++) {
		bool found = false;

		for (size_t i = 0; i < a->nlogs && !found; i++)
			for (size_t j = 0; j < a->logs[i].t.nthreads && !found; j++)
				found = a->logs[i].t.threads[j].tid == a->tids[k];
		if (!found)
			warning("--tid %" PRIu32 ": no thread of that id in the log%s", a->tids[k],
				a->nlogs > 1 ? "s" : "");
	}

	so.debug_files = &o->symbol_files;
	so.force = o->force;
	so.no_dwarf = true;
	a->sym = symbolizer_new(&so);
	for (size_t i = 0; i < a->nlogs; i++)
		if (symbolizer_add_trace(a->sym, &a->logs[i].t))
			return -1;
	return 0;
}

void analysis_release(struct analysis *a)
{
	if (a->sym)
		symbolizer_free(a->sym);
	for (size_t i = 0; i < a->nlogs; i++) {
		flows_free(a->logs[i].flows);
		trace_close(&a->logs[i].t);
	}
	for (size_t i = 0; i < a->nnames; i++)
		free(a->names[i]);
	free(a->names);
	free(a->logs);
	free(a->tids);
	memset(a, 0, sizeof(*a));
}

uint32_t analysis_log_index(const struct analysis *a, const struct trace *t)
{
	const struct an_log *l = (const struct an_log *)((const char *)t - offsetof(struct an_log, t));

	if (l < a->logs || l >= a->logs + a->nlogs)
		BUG("trace %p is not one of the analysed logs", (const void *)t);
	return (uint32_t)(l - a->logs);
}

/* The walk: one job per selected thread, taken by workers largest first. */

struct job {
	struct trace *t;
	struct trace_thread *th;
	uint64_t weight;
};

struct walk {
	struct analysis *a;
	const struct frames_ops *ops;
	struct job *jobs;
	size_t njobs;
	atomic_size_t next;
	atomic_int failed;
};

struct worker {
	struct walk *w;
	void *ctx;
	int ret;
	uint64_t next_frame_id;
	struct frames_stats stats;
	uint64_t threads;
};

static bool thread_selected(const struct analysis *a, const struct trace_thread *th)
{
	if (!a->tids)
		return true;
	for (size_t i = 0; i < a->ntids; i++)
		if (a->tids[i] == th->tid)
			return true;
	return false;
}

static int cmp_job(const void *x, const void *y)
{
	const struct job *a = x, *b = y;

	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return 0;
}

static size_t collect_jobs(struct analysis *a, struct job **out)
{
	struct job *jobs = NULL;
	size_t nr = 0, alloc = 0;

	for (size_t i = 0; i < a->nlogs; i++) {
		struct trace *t = &a->logs[i].t;

		for (size_t j = 0; j < t->nthreads; j++) {
			struct trace_thread *th = &t->threads[j];

			if (!thread_selected(a, th))
				continue;
			ALLOC_GROW(jobs, nr + 1, alloc);
			jobs[nr].t = t;
			jobs[nr].th = th;
			jobs[nr].weight = th->nevents ? th->nevents : th->nblocks;
			nr++;
		}
	}
	if (nr > 1)
		qsort(jobs, nr, sizeof(*jobs), cmp_job);
	*out = jobs;
	return nr;
}

static void *worker_main(void *arg)
{
	struct worker *wk = arg;
	struct walk *w = wk->w;

	for (;;) {
		size_t i;
		int ret;

		if (atomic_load(&w->failed))
			break;
		i = atomic_fetch_add(&w->next, 1);
		if (i >= w->njobs)
			break;
		{
			/* with work items: the frame ids their resolution used */
			const struct trace *t = w->jobs[i].t;
			const struct flows *fl = w->a->logs[analysis_log_index(w->a, t)].flows;
			if (fl)
				wk->next_frame_id =
					flows_thread_first_id(fl, (size_t)(w->jobs[i].th - t->threads));
		}
		ret = frames_walk_thread(w->jobs[i].t, w->jobs[i].th, w->ops, wk->ctx,
					 &wk->next_frame_id, &wk->stats);
		wk->threads++;
		if (ret) {
			wk->ret = ret;
			atomic_store(&w->failed, 1);
			break;
		}
	}
	return NULL;
}

static long online_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? n : 1;
}

/* -j N, or one worker per CPU. */
static long jobs_wanted(const struct analysis *a)
{
	return a->o->jobs ? a->o->jobs : online_cpus();
}

static size_t selected_threads(const struct analysis *a)
{
	size_t threads = 0;

	for (size_t i = 0; i < a->nlogs; i++)
		for (size_t j = 0; j < a->logs[i].t.nthreads; j++)
			threads += thread_selected(a, &a->logs[i].t.threads[j]);
	return threads;
}

/*
 * One thread's events, more than one core, and callbacks that need only
 * what a relay record carries (relay.h: no flows, which --stitch loads):
 * the analysis on a second thread.
 */
static bool relay_wanted(const struct analysis *a)
{
	for (size_t i = 0; i < a->nlogs; i++)
		if (a->logs[i].flows)
			return false;
	return selected_threads(a) == 1 && jobs_wanted(a) > 1;
}

int analysis_workers(const struct analysis *a)
{
	long n = jobs_wanted(a);
	size_t threads = selected_threads(a);

	if ((size_t)n > threads)
		n = (long)threads;
	if (n > 256)
		n = 256;
	return n < 1 ? 1 : (int)n;
}

int analysis_walk(struct analysis *a, const struct frames_ops *ops, void *const *ctxs,
		  int nworkers)
{
	struct walk w = { .a = a, .ops = ops };
	struct worker *wk;
	pthread_t *tids;
	int ret = 0, started = 0;

	w.njobs = collect_jobs(a, &w.jobs);
	atomic_init(&w.next, 0);
	atomic_init(&w.failed, 0);
	if (nworkers < 1)
		nworkers = 1;
	wk = xcalloc(nworkers, sizeof(*wk));
	tids = xcalloc(nworkers, sizeof(*tids));
	for (int i = 0; i < nworkers; i++) {
		wk[i].w = &w;
		wk[i].ctx = ctxs[i];
		wk[i].next_frame_id = 1;
	}
	if (nworkers == 1) {
		worker_main(&wk[0]);
	} else {
		for (int i = 0; i < nworkers; i++) {
			int err = pthread_create(&tids[i], NULL, worker_main, &wk[i]);

			if (err) {
				/* The started workers take the remaining jobs. */
				if (!i) {
					worker_main(&wk[0]);
					nworkers = 1;
				}
				break;
			}
			started = i + 1;
		}
		for (int i = 0; i < started; i++)
			pthread_join(tids[i], NULL);
	}
	for (int i = 0; i < nworkers; i++) {
		a->stats.events += wk[i].stats.events;
		a->stats.frames += wk[i].stats.frames;
		a->stats.repaired += wk[i].stats.repaired;
		a->stats.truncated += wk[i].stats.truncated;
		a->stats.open_at_exit += wk[i].stats.open_at_exit;
		a->stats.unmatched_exits += wk[i].stats.unmatched_exits;
		a->threads_walked += wk[i].threads;
		if (wk[i].ret && !ret)
			ret = wk[i].ret;
	}
	free(tids);
	free(wk);
	free(w.jobs);
	return ret;
}

/*
 * Clipping. clip() returns the part of [start, end] inside the window and
 * whether the frame counts at all: it must overlap the window, or be an
 * instant inside it.
 */
static inline uint64_t clip(const struct analysis *a, uint64_t start, uint64_t end, int *counted)
{
	uint64_t s = start > a->from_ns ? start : a->from_ns;
	uint64_t e = end < a->to_ns ? end : a->to_ns;

	if (e > s) {
		*counted = 1;
		return e - s;
	}
	*counted = start >= a->from_ns && start < a->to_ns;
	return 0;
}


static inline void depth_reserve(struct an_depth_stack *ds, uint32_t depth)
{
	if (__builtin_expect(depth >= ds->alloc, 0)) {
		size_t n = ds->alloc ? ds->alloc * 2 : 256;

		while (n <= depth)
			n *= 2;
		ds->child = xrealloc(ds->child, n * sizeof(*ds->child));
		ds->node = xrealloc(ds->node, n * sizeof(*ds->node));
		ds->nest = xrealloc(ds->nest, n * sizeof(*ds->nest));
		ds->graft = xrealloc(ds->graft, n * sizeof(*ds->graft));
		ds->alloc = n;
	}
}

static void depth_saved_free(struct an_depth_saved *s)
{
	free(s->child);
	free(s->node);
	free(s->nest);
	free(s->graft);
}

void analysis_depth_release(struct an_depth_stack *ds)
{
	free(ds->child);
	free(ds->node);
	free(ds->nest);
	free(ds->graft);
	for (size_t i = 0; i < ds->nsaved; i++)
		depth_saved_free(&ds->saved[i]);
	free(ds->saved);
}

/* Coroutines (frames.h): the rows 0..n-1 go away under key, or come back. */
static void depth_save(struct an_depth_stack *ds, uint64_t key, size_t n)
{
	struct an_depth_saved *s = NULL;

	for (size_t i = 0; i < ds->nsaved; i++)
		if (ds->saved[i].key == key) {
			s = &ds->saved[i];
			depth_saved_free(s);
			break;
		}
	if (!s) {
		ALLOC_GROW(ds->saved, ds->nsaved + 1, ds->saved_alloc);
		s = &ds->saved[ds->nsaved++];
	}
	if (n > ds->alloc)
		n = ds->alloc;
	s->key = key;
	s->n = n;
	s->child = xmalloc((n ? n : 1) * sizeof(*s->child));
	s->node = xmalloc((n ? n : 1) * sizeof(*s->node));
	s->nest = xmalloc((n ? n : 1) * sizeof(*s->nest));
	s->graft = xmalloc(n ? n : 1);
	if (n) {
		memcpy(s->child, ds->child, n * sizeof(*s->child));
		memcpy(s->node, ds->node, n * sizeof(*s->node));
		memcpy(s->nest, ds->nest, n * sizeof(*s->nest));
		memcpy(s->graft, ds->graft, n);
	}
}

static void depth_restore(struct an_depth_stack *ds, uint64_t key)
{
	for (size_t i = 0; i < ds->nsaved; i++) {
		struct an_depth_saved s = ds->saved[i];
		if (s.key != key)
			continue;
		ds->saved[i] = ds->saved[--ds->nsaved];
		if (s.n)
			depth_reserve(ds, (uint32_t)s.n);
		if (s.n) {
			memcpy(ds->child, s.child, s.n * sizeof(*s.child));
			memcpy(ds->node, s.node, s.n * sizeof(*s.node));
			memcpy(ds->nest, s.nest, s.n * sizeof(*s.nest));
			memcpy(ds->graft, s.graft, s.n);
		}
		depth_saved_free(&s);
		return;
	}
}

static int fs_ctx_save(void *ctx, uint64_t key, size_t depth)
{
	depth_save(&((struct an_fs_worker *)ctx)->ds, key, depth);
	return 0;
}

static int fs_ctx_restore(void *ctx, uint64_t key)
{
	depth_restore(&((struct an_fs_worker *)ctx)->ds, key);
	return 0;
}

static int ct_ctx_save(void *ctx, uint64_t key, size_t depth)
{
	depth_save(&((struct an_ct_worker *)ctx)->ds, key, depth);
	return 0;
}

static int ct_ctx_restore(void *ctx, uint64_t key)
{
	depth_restore(&((struct an_ct_worker *)ctx)->ds, key);
	return 0;
}

/* Per-function statistics. */


static int fs_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct an_fs_worker *w = ctx;

	w->log = analysis_log_index(w->a, t);
	w->off = w->a->logs[w->log].offset_ns;
	/* Frames left open by a previous thread must not count as recursion. */
	for (size_t i = 0; i < w->tab.nr; i++)
		w->tab.stats[i].active = 0;
	return 0;
}

static int fs_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct an_fs_worker *w = ctx;

	depth_reserve(&w->ds, f->depth);
	w->ds.child[f->depth] = 0;
	fstat_enter(&w->tab, w->log, f->func);
	return 0;
}

static int fs_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct an_fs_worker *w = ctx;
	uint64_t dur, self, child;
	int counted = 1;

	depth_reserve(&w->ds, f->depth);
	child = w->ds.child[f->depth];
	if (w->a->windowed)
		dur = clip(w->a, f->start_ns + w->off, f->end_ns + w->off, &counted);
	else
		dur = f->end_ns - f->start_ns;
	self = dur > child ? dur - child : 0;
	if (f->depth)
		w->ds.child[f->depth - 1] += dur;
	fstat_exit(&w->tab, w->log, f->func, dur, self, counted);
	return 0;
}

const struct frames_ops analysis_fs_ops = {
	.thread_begin = fs_thread_begin,
	.enter = fs_enter,
	.exit = fs_exit,
	.ctx_save = fs_ctx_save,
	.ctx_restore = fs_ctx_restore,
};

int analysis_funcstats(struct analysis *a, struct fstat_table *out)
{
	int n = analysis_workers(a);
	struct an_fs_worker *w = xcalloc(n, sizeof(*w));
	void **ctxs = xcalloc(n, sizeof(*ctxs));
	int ret;

	for (int i = 0; i < n; i++) {
		w[i].a = a;
		fstat_table_init(&w[i].tab);
		ctxs[i] = &w[i];
	}
	if (relay_wanted(a))
		ret = analysis_relay_walk(a, &analysis_fs_ops, &w[0]);
	else
		ret = analysis_walk(a, &analysis_fs_ops, ctxs, n);
	/* Worker 0's table becomes the result; the others merge into it. */
	*out = w[0].tab;
	for (int i = 1; i < n; i++) {
		fstat_table_merge(out, &w[i].tab);
		fstat_table_release(&w[i].tab);
	}
	for (int i = 0; i < n; i++)
		analysis_depth_release(&w[i].ds);
	free(ctxs);
	free(w);
	return ret;
}

/* The call-path tree. */


static int ct_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct an_ct_worker *w = ctx;

	w->log = analysis_log_index(w->a, t);
	w->off = w->a->logs[w->log].offset_ns;
	w->base = w->a->nlogs > 1 ? calltree_child(&w->ct, CT_ROOT, CT_KEY_PROCESS(w->log))
				  : CT_ROOT;
	w->th = th;
	w->fl = w->a->logs[w->log].flows;
	return 0;
}

/*
 * --stitch: the node under which frame f goes when another thread caused
 * it (it executes a work item made there, or its thread was created
 * there): the path of the cause, stitched in turn; CT_NONE when f stays
 * where its own thread put it.
 */
static uint32_t stitch_parent(struct an_ct_worker *w, const struct frame *f,
			      const struct frame *stack)
{
	uint64_t c = flows_cause(w->fl, w->th, f);
	const uint32_t *path;
	uint32_t node = w->base;
	size_t n;

	if (!c)
		return CT_NONE;
	/* an owner still open on this thread is a caller already; a frame of
	 * this thread that handed an item over and returned is not */
	if (flows_cause_thread(w->fl, c) == w->th->serial)
		for (uint32_t d = 0; d < f->depth; d++)
			if (stack[d].frame_id == c)
				return CT_NONE;
	if (!(n = flows_path(w->fl, c, &path)))
		return CT_NONE;
	for (size_t k = 0; k < n; k++) {
		uint64_t key = CT_KEY_FUNC(w->log, path[k]);
		node = w->fold ? calltree_fold_child(&w->ct, node, key)
			       : calltree_child(&w->ct, node, key);
	}
	return node;
}

static int ct_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct an_ct_worker *w = ctx;
	uint32_t parent, node;
	uint64_t key = CT_KEY_FUNC(w->log, f->func);

	depth_reserve(&w->ds, f->depth);
	w->ds.child[f->depth] = 0;
	parent = f->depth ? w->ds.node[f->depth - 1] : w->base;
	w->ds.graft[f->depth] = 0;
	if (__builtin_expect(w->fl != NULL, 0) && parent != CT_NONE) {
		uint32_t sp = stitch_parent(w, f, stack);
		if (sp != CT_NONE) {
			parent = sp;
			w->ds.graft[f->depth] = flows_cause_is_item(w->fl, f) ? 1 : 2;
		}
	}
	if (parent == CT_NONE || f->start_ns + w->off >= w->a->to_ns) {
		w->ds.node[f->depth] = CT_NONE;
		return 0;
	}
	node = w->fold ? calltree_fold_child(&w->ct, parent, key)
		       : calltree_child(&w->ct, parent, key);
	w->ds.node[f->depth] = node;
	/* The base is never a function's node: depth 0 has nest 1. A grafted
	 * frame starts a nesting of its own. */
	w->ds.nest[f->depth] =
		node == parent && f->depth && !w->ds.graft[f->depth] ? w->ds.nest[f->depth - 1] + 1 : 1;
	return 0;
}

static int ct_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct an_ct_worker *w = ctx;
	struct ct_node *n;
	uint64_t dur, child;
	int counted = 1;

	depth_reserve(&w->ds, f->depth);
	if (w->ds.node[f->depth] == CT_NONE)
		return 0;
	child = w->ds.child[f->depth];
	if (w->a->windowed)
		dur = clip(w->a, f->start_ns + w->off, f->end_ns + w->off, &counted);
	else
		dur = f->end_ns - f->start_ns;
	if (f->depth)
		w->ds.child[f->depth - 1] += dur;
	if (!counted)
		return 0;
	n = &w->ct.nodes[w->ds.node[f->depth]];
	n->calls++;
	if (__builtin_expect(w->ds.graft[f->depth], 0)) {
		/* time another thread spent for this node's path */
		uint64_t lo = f->start_ns + w->off, hi = f->end_ns + w->off;
		if (!n->thread_bits || lo < n->span_lo)
			n->span_lo = lo;
		if (hi > n->span_hi)
			n->span_hi = hi;
		n->work_ns += dur;
		n->thread_bits |= 1ull << (w->th->serial % 64);
		n->created = n->created || w->ds.graft[f->depth] == 2;
	}
	/* A nested frame of a folded node runs inside its outermost frame. */
	if (w->ds.nest[f->depth] == 1)
		n->total_ns += dur;
	if (w->ds.nest[f->depth] > n->nest)
		n->nest = w->ds.nest[f->depth];
	n->self_ns += dur > child ? dur - child : 0;
	return 0;
}

/* Process frames: the sum of their children, one call each. */
static void fix_process_nodes(struct calltree *ct)
{
	for (size_t i = 1; i < ct->nr; i++) {
		struct ct_node *n = &ct->nodes[i];

		if (!CT_KEY_IS_PROCESS(n->key))
			continue;
		n->total_ns = 0;
		n->self_ns = 0;
		n->calls = n->first_child != CT_NONE; /* the process ran, once */
		for (uint32_t c = n->first_child; c != CT_NONE; c = ct->nodes[c].next_sibling)
			n->total_ns += ct->nodes[c].total_ns;
	}
}

const struct frames_ops analysis_ct_ops = {
	.thread_begin = ct_thread_begin,
	.enter = ct_enter,
	.exit = ct_exit,
	.ctx_save = ct_ctx_save,
	.ctx_restore = ct_ctx_restore,
};

int analysis_calltree(struct analysis *a, struct calltree *out)
{
	int n = analysis_workers(a);
	struct an_ct_worker *w = xcalloc(n, sizeof(*w));
	void **ctxs = xcalloc(n, sizeof(*ctxs));
	int ret;

	for (int i = 0; i < n; i++) {
		w[i].a = a;
		w[i].fold = !a->o->no_fold;
		calltree_init(&w[i].ct);
		ctxs[i] = &w[i];
	}
	if (relay_wanted(a))
		ret = analysis_relay_walk(a, &analysis_ct_ops, &w[0]);
	else
		ret = analysis_walk(a, &analysis_ct_ops, ctxs, n);
	*out = w[0].ct;
	for (int i = 1; i < n; i++) {
		calltree_merge(out, &w[i].ct);
		calltree_release(&w[i].ct);
	}
	for (int i = 0; i < n; i++)
		analysis_depth_release(&w[i].ds);
	free(ctxs);
	free(w);
	analysis_finish_tree(a, out);
	return ret;
}

void analysis_finish_tree(struct analysis *a, struct calltree *ct)
{
	fix_process_nodes(ct);
	analysis_name_tree(a, ct);
}

const char *analysis_func_name(struct analysis *a, uint32_t log, uint32_t func)
{
	return symbolizer_lookup(a->sym, &a->logs[log].t, func)->name;
}

/* Keep a string made for output until analysis_release(). */
static const char *keep(struct analysis *a, char *s)
{
	ALLOC_GROW(a->names, a->nnames + 1, a->names_alloc);
	a->names[a->nnames++] = s;
	return s;
}

/* The file name of function func's module and its ELF address; false when unknown. */
static bool func_place(struct analysis *a, uint32_t log, uint32_t func, const char **base,
		       uint64_t *vaddr)
{
	const struct trace_module *m = trace_func_module(&a->logs[log].t, func);
	const char *slash;

	if (!m)
		return false;
	slash = strrchr(m->path, '/');
	*base = slash ? slash + 1 : m->path;
	*vaddr = m->func_vaddr[func - m->id_base];
	return true;
}

/* "module+0xADDR": the function's identity when nothing better is known. */
static const char *addr_key(struct analysis *a, uint32_t log, uint32_t func)
{
	const char *base;
	uint64_t vaddr;

	if (!func_place(a, log, func, &base, &vaddr))
		return keep(a, xasprintf("[function %" PRIu32 "]", func));
	return keep(a, xasprintf("%s+0x%" PRIx64, base, vaddr));
}

/* Whether x and y are one function: the same module file and address. */
static bool same_place(struct analysis *a, const struct an_name *x, const struct an_name *y)
{
	const char *bx, *by;
	uint64_t vx, vy;

	bool kx = func_place(a, x->log, x->func, &bx, &vx);
	bool ky = func_place(a, y->log, y->func, &by, &vy);

	if (!kx || !ky) /* ids no module owns: "[function ID]" */
		return !kx && !ky && x->func == y->func;
	return vx == vy && !strcmp(bx, by);
}

static int cmp_by_name(const void *x, const void *y)
{
	return strcmp(((const struct an_name *)x)->name, ((const struct an_name *)y)->name);
}

static int cmp_by_name_loc(const void *x, const void *y)
{
	const struct an_name *p = x, *q = y;
	int c = strcmp(p->name, q->name);

	return c ? c : strcmp(p->loc, q->loc);
}

void analysis_locate(struct analysis *a, struct an_name *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_by_name);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		bool differ = false;

		for (; j < n && !strcmp(v[j].name, v[i].name); j++)
			differ |= !same_place(a, &v[i], &v[j]);
		for (size_t k = i; k < j; k++) {
			const char *loc = "";

			if (differ) { /* read DWARF for these only */
				const struct sym_info *si =
					symbolizer_locate(a->sym, &a->logs[v[k].log].t, v[k].func);

				loc = symbolizer_location(a->sym, si);
				if (!*loc)
					loc = addr_key(a, v[k].log, v[k].func);
			}
			v[k].loc = loc;
		}
		i = j;
	}
}

void analysis_disambiguate(struct analysis *a, struct an_name *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_by_name_loc);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		bool differ = false;
		const char *s = NULL;

		for (; j < n && !strcmp(v[j].name, v[i].name); j++)
			differ |= strcmp(v[j].loc, v[i].loc) != 0;
		for (size_t k = i; differ && k < j; k++) {
			if (k == i || strcmp(v[k].loc, v[k - 1].loc))
				s = keep(a, xasprintf("%s (%s)", v[k].name, v[k].loc));
			*v[k].out = s;
		}
		i = j;
	}
}

static const char *process_name(struct analysis *a, uint32_t log)
{
	const struct trace *t = &a->logs[log].t;

	return keep(a, xasprintf("%s [%u]", trace_process_name(t), t->pid));
}

/* "a → b": the functions of a cycle node, the period nodes above it. */
static const char *cycle_name(struct analysis *a, const struct calltree *ct, uint32_t node)
{
	const struct ct_node *n = &ct->nodes[node];
	const char *names[CT_FOLD_MAX];
	size_t len = 1, k = n->period < CT_FOLD_MAX ? n->period : CT_FOLD_MAX;
	uint32_t up = n->parent;
	char *s;

	for (size_t j = k; j-- > 0; up = ct->nodes[up].parent) {
		if (up == CT_NONE)
			BUG("cycle node %" PRIu32 " has fewer than %zu ancestors", node, k);
		names[j] = ct->nodes[up].name ? ct->nodes[up].name : "?";
		len += strlen(names[j]) + 5;
	}
	s = xmalloc(len);
	len = 0;
	for (size_t j = 0; j < k; j++) {
		if (j) {
			memcpy(s + len, " \xe2\x86\x92 ", 5); /* " → " (U+2192) in UTF-8 */
			len += 5;
		}
		memcpy(s + len, names[j], strlen(names[j]));
		len += strlen(names[j]);
	}
	s[len] = '\0';
	return keep(a, s);
}

void analysis_name_tree(struct analysis *a, struct calltree *ct)
{
	for (size_t i = 0; i < ct->nr; i++) {
		struct ct_node *n = &ct->nodes[i];

		if (n->name || CT_KEY_IS_CYCLE(n->key))
			continue;
		if (n->key == CT_KEY_ROOT)
			n->name = "all";
		else if (CT_KEY_IS_PROCESS(n->key))
			n->name = process_name(a, CT_KEY_LOG(n->key));
		else
			n->name = analysis_func_name(a, CT_KEY_LOG(n->key), CT_KEY_FUNCID(n->key));
	}
	{
		struct an_name *v = xcalloc(ct->nr ? ct->nr : 1, sizeof(*v));
		size_t nv = 0;

		for (size_t i = 0; i < ct->nr; i++) {
			struct ct_node *n = &ct->nodes[i];

			if (n->key == CT_KEY_ROOT || CT_KEY_IS_PROCESS(n->key) ||
			    CT_KEY_IS_CYCLE(n->key))
				continue;
			v[nv].name = n->name;
			v[nv].log = CT_KEY_LOG(n->key);
			v[nv].func = CT_KEY_FUNCID(n->key);
			v[nv++].out = &n->name;
		}
		analysis_locate(a, v, nv);
		analysis_disambiguate(a, v, nv);
		free(v);
	}
	/* After the functions above them (nodes are in creation order). */
	for (size_t i = 0; i < ct->nr; i++)
		if (!ct->nodes[i].name && CT_KEY_IS_CYCLE(ct->nodes[i].key))
			ct->nodes[i].name = cycle_name(a, ct, (uint32_t)i);
}

int analysis_reroot(struct analysis *a, struct calltree *dst, const struct calltree *src,
		    const char *pattern)
{
	pcre2_code *re;
	pcre2_match_data *md;
	int errcode, grafted = 0;
	PCRE2_SIZE erroff;
	uint8_t *matched, *below;

	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &errcode,
			   &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		return error("bad function pattern '%s' at offset %zu: %s", pattern, (size_t)erroff,
			     (const char *)msg);
	}
	md = pcre2_match_data_create_from_pattern(re, NULL);
	matched = xcalloc(src->nr, 1);
	below = xcalloc(src->nr, 1);
	for (size_t i = 1; i < src->nr; i++) {
		const struct ct_node *n = &src->nodes[i];

		below[i] = below[n->parent] || matched[n->parent];
		if (CT_KEY_IS_PROCESS(n->key) || !n->name)
			continue;
		matched[i] = pcre2_match(re, (PCRE2_SPTR)n->name, PCRE2_ZERO_TERMINATED, 0, 0, md,
					 NULL) >= 0;
	}
	for (size_t i = 1; i < src->nr; i++) {
		uint32_t parent = CT_ROOT;

		if (!matched[i] || below[i])
			continue;
		if (a->nlogs > 1)
			parent = calltree_child(dst, CT_ROOT,
						CT_KEY_PROCESS(CT_KEY_LOG(src->nodes[i].key)));
		calltree_graft(dst, parent, src, (uint32_t)i);
		grafted++;
	}
	free(below);
	free(matched);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	fix_process_nodes(dst);
	analysis_name_tree(a, dst);
	return grafted;
}

void analysis_report_repairs(const struct analysis *a)
{
	for (size_t i = 0; i < a->nlogs; i++)
		trace_loss_note(&a->logs[i].t);
	if (a->stats.repaired || a->stats.truncated || a->stats.unmatched_exits ||
	    a->stats.open_at_exit)
		frames_stats_report(&a->stats, a->nlogs > 1 ? "the logs" : a->logs[0].t.path);
}

void analysis_loss_text(FILE *f, const struct analysis *a)
{
	bool any = false;

	for (size_t i = 0; i < a->nlogs; i++) {
		const struct trace *t = &a->logs[i].t;
		struct trace_loss l;
		char *lost, *damage;

		trace_loss_get(t, &l);
		lost = trace_loss_line(&l);
		damage = trace_loss_damage_line(&l);
		if (lost) {
			fmt_text_string(f, t->path);
			fprintf(f, ": %s\n", lost);
		}
		if (damage) {
			fmt_text_string(f, t->path);
			fprintf(f, ": damaged: %s\n", damage);
		}
		any |= lost || damage;
		free(lost);
		free(damage);
	}
	if (any)
		fputc('\n', f);
}

static void json_line(FILE *f, const char *key, const char *s)
{
	fprintf(f, ",\"%s\":", key);
	if (s)
		fmt_json_string(f, s);
	else
		fputs("null", f);
}

/* One log's entry of the "loss" object. */
static void loss_json_log(FILE *f, const struct trace *t, const struct trace_loss *l)
{
	char *lost = trace_loss_line(l), *damage = trace_loss_damage_line(l);
	char buf[160];
	bool first = true;

	fputs("{\"log\":", f);
	fmt_json_string(f, t->path);
	fprintf(f, ",\"pid\":%" PRIu32 ",\"lost_events\":%" PRIu64 ",\"lost_threads\":%" PRIu32
		   ",\"reasons\":[",
		t->pid, l->lost, l->lost_threads);
	for (uint32_t r = 0; r < LOSS_REASONS; r++) {
		if (!l->by_reason[r])
			continue;
		fprintf(f, "%s{\"reason\":\"%s\",\"text\":", first ? "" : ",",
			trace_loss_reason_name(r));
		fmt_json_string(f, trace_loss_reason_text(r, r == l->stop_reason ? l->stop_errno : 0,
							  buf, sizeof(buf)));
		fprintf(f, ",\"events\":%" PRIu64 "}", l->by_reason[r]);
		first = false;
	}
	fprintf(f, "],\"stopped\":%s", l->stopped ? "true" : "false");
	if (l->stopped) {
		fprintf(f, ",\"stop_reason\":\"%s\",\"stop_text\":",
			trace_loss_reason_name(l->stop_reason));
		fmt_json_string(f, trace_loss_reason_text(l->stop_reason, l->stop_errno, buf,
							  sizeof(buf)));
		fprintf(f, ",\"stopped_before_end_ns\":%" PRIu64, l->stop_before_end_ns);
	}
	fprintf(f, ",\"filter_dropped\":%" PRIu64 ",\"cut_at_bytes\":%" PRIu64
		   ",\"full_bytes\":%" PRIu64 ",\"full_bytes_exact\":%s"
		   ",\"unreadable_blocks\":%" PRIu64 ",\"unreadable_bytes\":%" PRIu64
		   ",\"unreadable_events_estimated\":%" PRIu64,
		l->filter_dropped, l->cut_size, l->full_size, l->full_size_exact ? "true" : "false",
		l->unreadable_blocks, l->unreadable_bytes, l->unreadable_events);
	json_line(f, "text", lost);
	json_line(f, "damage_text", damage);
	fputc('}', f);
	free(lost);
	free(damage);
}

void analysis_loss_json(FILE *f, const struct analysis *a)
{
	uint64_t lost = 0, dropped = 0;
	bool damaged = false, first = true;

	for (size_t i = 0; i < a->nlogs; i++) {
		struct trace_loss l;

		trace_loss_get(&a->logs[i].t, &l);
		lost += l.lost;
		dropped += l.filter_dropped;
		damaged |= trace_loss_damaged(&l);
	}
	fprintf(f, "{\"lost_events\":%" PRIu64 ",\"filter_dropped\":%" PRIu64
		   ",\"damaged\":%s,\"logs\":[",
		lost, dropped, damaged ? "true" : "false");
	for (size_t i = 0; i < a->nlogs; i++) {
		struct trace_loss l;

		trace_loss_get(&a->logs[i].t, &l);
		if (!trace_loss_any(&l))
			continue;
		fputs(first ? "\n " : ",\n ", f);
		loss_json_log(f, &a->logs[i].t, &l);
		first = false;
	}
	fputs(first ? "]}" : "\n]}", f);
}

FILE *analysis_open_output(const char *path)
{
	FILE *f;

	if (!path || !strcmp(path, "-"))
		return stdout;
	f = fopen(path, "w");
	if (!f)
		error_errno("cannot open '%s' for writing", path);
	return f;
}

int analysis_close_output(FILE *f, const char *path)
{
	struct stat st;
	bool regular = true;
	int err;

	if (f == stdout)
		return 0; /* main() checks stdout after the command */
	err = ferror(f);
	if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode))
		regular = false;
	if (fclose(f) || err) {
		error_errno("cannot write '%s'", path);
		if (regular) /* never a device or FIFO the user named */
			unlink(path);
		return -1;
	}
	return 0;
}
