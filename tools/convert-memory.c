/*
 * `sftrace convert --type memory`: one Parquet row per allocation, with
 * where and when it was freed, plus OUTPUT.symtab as for pola.
 *
 *  time Duration(ns), tid UInt32, func_id UInt64 (the allocation site,
 *  tools/read/memsite.h), frame_id UInt64 (the innermost open frame, the
 *  same ids as pola and calls number them), size UInt64, align UInt64
 *  (null when not given), ptr UInt64, freed_time Duration(ns) and freed_by
 *  UInt64 (the freeing site's func_id; both null while the block is live
 *  at the end), kind UInt32 (4 alloc, 6 the new block of a realloc).
 *
 * A block allocated on one thread is often freed on another, and the
 * frames layer walks one thread at a time: each log's memory events are
 * spilled during the walk and merged by time afterwards
 * (tools/read/memmerge.h), with a table of the blocks live at that point.
 * A free (or the old block of a realloc) closes the block of its address:
 * its row is written then, so rows come in the order blocks were freed,
 * followed by the blocks still live at the end of the log, in allocation
 * order. A free whose address has no live block (allocated before the log
 * began, or not recorded) makes no row; an address allocated again
 * without a free in between closes the earlier block with freed_* null.
 * Memory is bounded by the live blocks, never by the length of the log.
 */
#include <stdlib.h>
#include <string.h>

#include "tools/convert.h"
#include "tools/lib/usage.h"
#include "tools/out/parquet.h"
#include "tools/read/frames.h"
#include "tools/read/memmerge.h"
#include "tools/read/memsite.h"
#include "tools/read/trace.h"

#define MEM_BATCH 4096

enum { M_TIME, M_TID, M_FUNC, M_FRAME, M_SIZE, M_ALIGN, M_PTR, M_FREED, M_FREED_BY, M_KIND,
       M_NCOLS };

static const struct pq_column mem_cols[M_NCOLS] = {
	{ "time", PQ_DURATION_NS, PQ_ENC_DELTA },
	{ "tid", PQ_UINT32, PQ_ENC_DELTA },
	{ "func_id", PQ_UINT64, PQ_ENC_DELTA },
	{ "frame_id", PQ_UINT64, PQ_ENC_DELTA },
	{ "size", PQ_UINT64, PQ_ENC_DELTA },
	{ "align", PQ_UINT64, PQ_ENC_DELTA, true },
	{ "ptr", PQ_UINT64, PQ_ENC_DELTA },
	{ "freed_time", PQ_DURATION_NS, PQ_ENC_DELTA, true },
	{ "freed_by", PQ_UINT64, PQ_ENC_DELTA, true },
	{ "kind", PQ_UINT32, PQ_ENC_DELTA },
};

/* A live block: what its row needs once its fate is known. */
struct mem_block {
	uint64_t ns; /* table time */
	uint64_t site, frame_id, size, align;
	uint32_t tid;
	uint8_t kind;
};

struct memconv {
	struct pq_writer *w;
	struct memsite ms;
	struct mm_spill spill;
	struct mm_live live;

	/* the log being walked */
	const struct trace *t;
	uint64_t func_hi, time_off;
	struct convert_seen *seen;

	/* the batch */
	size_t n;
	uint64_t col[M_NCOLS][MEM_BATCH];
	uint32_t tid[MEM_BATCH], kind[MEM_BATCH];
	uint8_t def[M_NCOLS][MEM_BATCH];

	/* blocks still live at the end of a log */
	struct mem_block *left;
	uint64_t *left_ptr;
	size_t nleft, left_alloc;
};

static int mem_flush(struct memconv *c)
{
	const void *v[M_NCOLS];
	const uint8_t *d[M_NCOLS] = { NULL };
	size_t n = c->n;

	if (!n)
		return 0;
	for (int i = 0; i < M_NCOLS; i++) {
		v[i] = c->col[i];
		if (mem_cols[i].nullable)
			d[i] = c->def[i];
	}
	for (size_t j = 0; j < n; j++) {
		c->tid[j] = (uint32_t)c->col[M_TID][j];
		c->kind[j] = (uint32_t)c->col[M_KIND][j];
	}
	v[M_TID] = c->tid;
	v[M_KIND] = c->kind;
	c->n = 0;
	return pq_write_nulls(c->w, n, v, d);
}

/* The row of block b at ptr; freed is the record that freed it, or NULL. */
static int mem_row(struct memconv *c, uint64_t ptr, const struct mem_block *b,
		   const struct mm_rec *freed)
{
	size_t i = c->n;

	c->col[M_TIME][i] = b->ns;
	c->col[M_TID][i] = b->tid;
	c->col[M_FUNC][i] = b->site;
	c->col[M_FRAME][i] = b->frame_id;
	c->col[M_SIZE][i] = b->size;
	c->col[M_ALIGN][i] = b->align;
	c->def[M_ALIGN][i] = b->align != 0;
	c->col[M_PTR][i] = ptr;
	c->col[M_FREED][i] = freed ? freed->ns + c->time_off : 0;
	c->col[M_FREED_BY][i] = freed ? freed->site : 0;
	c->def[M_FREED][i] = c->def[M_FREED_BY][i] = freed != NULL;
	c->col[M_KIND][i] = b->kind;
	if (++c->n == MEM_BATCH)
		return mem_flush(c);
	return 0;
}

static int mem_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct memconv *c = ctx;

	c->t = t;
	mm_spill_thread(&c->spill, th->tid);
	return 0;
}

/* During the walk: spill the event with its site and innermost frame. */
static int mem_event(void *ctx, const struct mem_event *m, const struct frame *stack,
		     size_t depth)
{
	struct memconv *c = ctx;
	long site = memsite_find(&c->ms, c->t, stack, depth);
	struct mm_rec r = { .ns = m->ns, .size = m->size, .ptr = m->ptr, .align = m->align,
			    .kind = m->kind };

	if (site < 0 && depth) /* only allocator frames open: the innermost one */
		site = (long)depth - 1;
	if (site >= 0) {
		convert_seen_mark(c->seen, stack[site].func);
		r.site = c->func_hi | stack[site].func;
	}
	r.frame_id = depth ? stack[depth - 1].frame_id : 0;
	return mm_spill_add(&c->spill, &r) ? -1 : 0;
}

/* After the walk: the process's events in time order. */
static int mem_step(void *ctx, const struct mm_rec *r)
{
	struct memconv *c = ctx;
	struct mem_block *b, old;
	bool existed;

	if (!r->ptr) /* a failed allocation, free(NULL) */
		return 0;
	if (!trace_mem_acquires(r->kind))
		return mm_live_take(&c->live, r->ptr, &old) ? mem_row(c, r->ptr, &old, r) : 0;
	b = mm_live_put(&c->live, r->ptr, &existed);
	if (existed && mem_row(c, r->ptr, b, NULL)) /* freed without a record */
		return -1;
	*b = (struct mem_block){ r->ns + c->time_off, r->site, r->frame_id, r->size, r->align,
				 r->tid, r->kind };
	return 0;
}

static void collect_left(void *ctx, uint64_t ptr, void *value)
{
	struct memconv *c = ctx;

	if (c->nleft == c->left_alloc) {
		c->left_alloc = c->left_alloc ? 2 * c->left_alloc : 1024;
		c->left = xrealloc(c->left, c->left_alloc * sizeof(*c->left));
		c->left_ptr = xrealloc(c->left_ptr, c->left_alloc * sizeof(*c->left_ptr));
	}
	memcpy(&c->left[c->nleft], value, sizeof(*c->left));
	c->left_ptr[c->nleft++] = ptr;
}

static const struct memconv *sort_ctx;

/* Allocation order; ties (one time) by address, for a stable output. */
static int cmp_left(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	const struct mem_block *p = &sort_ctx->left[a], *q = &sort_ctx->left[b];

	if (p->ns != q->ns)
		return p->ns < q->ns ? -1 : 1;
	return sort_ctx->left_ptr[a] < sort_ctx->left_ptr[b] ? -1
	       : sort_ctx->left_ptr[a] > sort_ctx->left_ptr[b];
}

/* The blocks of the log never freed, in allocation order. */
static int mem_rows_left(struct memconv *c)
{
	size_t *order;
	int ret = 0;

	c->nleft = 0;
	mm_live_each(&c->live, collect_left, c);
	order = xmalloc((c->nleft ? c->nleft : 1) * sizeof(*order));
	for (size_t i = 0; i < c->nleft; i++)
		order[i] = i;
	sort_ctx = c;
	qsort(order, c->nleft, sizeof(*order), cmp_left);
	for (size_t i = 0; i < c->nleft && !ret; i++)
		ret = mem_row(c, c->left_ptr[order[i]], &c->left[order[i]], NULL);
	free(order);
	mm_live_clear(&c->live);
	return ret;
}

int convert_memory(const struct convert_opts *o)
{
	static const struct frames_ops ops = {
		.thread_begin = mem_thread_begin,
		.mem = mem_event,
	};
	struct convert_logs l;
	struct memconv *c = xcalloc(1, sizeof(*c));
	struct frames_stats stats = { 0 };
	uint64_t next_frame_id = 1;
	int ret = -1;

	mm_spill_init(&c->spill);
	mm_live_init(&c->live, sizeof(struct mem_block));
	if (convert_logs_open(&l, o))
		goto out;
	memsite_init(&c->ms, l.sym);
	c->w = pq_open(o->output, mem_cols, M_NCOLS, NULL);
	if (!c->w)
		goto out;
	for (int i = 0; i < o->ninputs; i++) {
		struct trace *t = &l.traces[i];

		c->func_hi = (uint64_t)i << 32;
		c->time_off = t->start_mono_ns - l.t0;
		c->seen = &l.seen[i];
		if (frames_walk(t, &ops, c, &next_frame_id, &stats) ||
		    mm_spill_merge(&c->spill, mem_step, c) || mem_rows_left(c))
			goto out;
		mm_spill_reset(&c->spill);
		convert_warn_truncated(t);
	}
	if (!stats.mem_events)
		warning("no memory events in %s%s%s: the table is empty (record with --memory, or "
			"trace a program that reports its allocations through the sftrace-setup "
			"crate)",
			o->ninputs > 1 ? "" : "'", o->ninputs > 1 ? "the logs" : o->inputs[0],
			o->ninputs > 1 ? "" : "'");
	if (mem_flush(c))
		goto out;
	ret = convert_commit_tables(o, c->w, &l);
	c->w = NULL;
	frames_stats_report(&stats, o->output);
out:
	pq_abort(c->w);
	memsite_release(&c->ms);
	mm_spill_release(&c->spill);
	mm_live_release(&c->live);
	convert_logs_close(&l, o);
	free(c->left);
	free(c->left_ptr);
	free(c);
	return ret ? 1 : 0;
}
