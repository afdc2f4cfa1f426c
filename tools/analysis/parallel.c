/*
 * Parallel regions and thread use (parallel.h).
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/calltree.h"
#include "tools/analysis/fmt.h"
#include "tools/analysis/parallel.h"
#include "tools/lib/usage.h"
#include "tools/read/flows.h"

struct region {
	uint32_t node;
	uint64_t work_ns, bits;
};

static int cmp_region(const void *x, const void *y)
{
	const struct region *a = x, *b = y;

	if (a->work_ns != b->work_ns)
		return a->work_ns > b->work_ns ? -1 : 1;
	return a->node < b->node ? -1 : a->node > b->node;
}

int parallel_regions(struct analysis *a, FILE *f, int json, long top)
{
	struct calltree ct;
	struct region *r;
	size_t nr = 0;
	char t1[FMT_DURATION_MAX], t2[FMT_DURATION_MAX];

	if (analysis_calltree(a, &ct))
		return -1;
	r = xcalloc(ct.nr ? ct.nr : 1, sizeof(*r));
	/* a region is the parent of a grafted node; its work is that of every
	 * grafted node below it (children have larger indices: one pass up) */
	{
		uint64_t *work = xcalloc(ct.nr ? ct.nr : 1, sizeof(*work));
		uint64_t *bits = xcalloc(ct.nr ? ct.nr : 1, sizeof(*bits));
		uint8_t *is_region = xcalloc(ct.nr ? ct.nr : 1, 1);

		for (size_t i = ct.nr; i-- > 1;) {
			const struct ct_node *n = &ct.nodes[i];
			if (!n->created) { /* a thread's whole life is no work item */
				work[i] += n->work_ns;
				bits[i] |= n->thread_bits;
			}
			if (n->thread_bits && !n->created && n->parent != CT_ROOT)
				is_region[n->parent] = 1;
			if (n->created)
				continue;
			work[n->parent] += work[i];
			bits[n->parent] |= bits[i];
		}
		for (size_t i = 1; i < ct.nr; i++)
			if (is_region[i] && !CT_KEY_IS_PROCESS(ct.nodes[i].key))
				r[nr++] = (struct region){ (uint32_t)i, work[i], bits[i] };
		free(work);
		free(bits);
		free(is_region);
	}
	qsort(r, nr, sizeof(*r), cmp_region);
	if (top && (size_t)top < nr)
		nr = (size_t)top;
	if (json)
		fputc('[', f);
	else if (nr)
		fprintf(f, "\nParallel regions (calls under which other threads ran work):\n"
			   "      Wall  Other threads' work  Threads  Work/wall  Calls  Function\n");
	else
		fprintf(f, "\nParallel regions: none (no work ran on another thread for a call)\n");
	for (size_t i = 0; i < nr; i++) {
		const struct ct_node *n = &ct.nodes[r[i].node];
		double par = n->total_ns ? (double)r[i].work_ns / (double)n->total_ns : 0;
		int nt = __builtin_popcountll(r[i].bits);

		if (json) {
			fprintf(f, "%s{\"function\":", i ? "," : "");
			fmt_json_string(f, n->name ? n->name : "?");
			fprintf(f, ",\"calls\":%" PRIu64 ",\"wall_ns\":%" PRIu64 ",\"work_ns\":%" PRIu64
				   ",\"threads\":%d,\"work_per_wall\":%.3f}",
				n->calls, n->total_ns, r[i].work_ns, nt, par);
			continue;
		}
		fprintf(f, "%s  %19s  %7d  %8.2fx  %5" PRIu64 "  ", fmt_duration(t1, n->total_ns, 1),
			fmt_duration(t2, r[i].work_ns, 1), nt, par, n->calls);
		fmt_text_string(f, n->name ? n->name : "?");
		fputc('\n', f);
	}
	if (json)
		fputc(']', f);
	free(r);
	calltree_release(&ct);
	return 0;
}

/* --- threads ------------------------------------------------------------------ */

struct th_stat {
	uint64_t first_ns, last_ns, traced_ns, item_ns, items;
	int seen;
};

struct th_worker {
	struct analysis *a;
	struct th_stat **stats; /* [log][thread] */
	const struct flows *fl;
	struct th_stat *cur;
	const struct trace_thread *th;
	uint32_t item_depth; /* depth of the outermost open item frame + 1, 0: none */
};

static int th_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct th_worker *w = ctx;
	uint32_t log = analysis_log_index(w->a, t);

	w->cur = &w->stats[log][th - t->threads];
	w->fl = w->a->logs[log].flows;
	w->th = th;
	w->item_depth = 0;
	return 0;
}

static int th_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct th_worker *w = ctx;
	uint64_t c;

	if (!w->cur->seen++)
		w->cur->first_ns = f->start_ns;
	if (!w->item_depth && w->fl && flows_cause_is_item(w->fl, f) &&
	    (c = flows_cause(w->fl, w->th, f)) && flows_cause_thread(w->fl, c) != w->th->serial)
		w->item_depth = f->depth + 1;
	return 0;
}

static int th_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct th_worker *w = ctx;
	uint64_t d = f->end_ns - f->start_ns;

	if (f->end_ns > w->cur->last_ns)
		w->cur->last_ns = f->end_ns;
	if (!f->depth)
		w->cur->traced_ns += d;
	if (w->item_depth == f->depth + 1) {
		w->cur->item_ns += d;
		w->cur->items++;
		w->item_depth = 0;
	}
	return 0;
}

int parallel_threads(struct analysis *a, FILE *f, int json)
{
	const struct frames_ops ops = { .thread_begin = th_begin, .enter = th_enter, .exit = th_exit };
	int nw = analysis_workers(a), ret, first = 1;
	struct th_worker *w = xcalloc(nw, sizeof(*w));
	void **ctxs = xcalloc(nw, sizeof(*ctxs));
	struct th_stat **stats = xcalloc(a->nlogs, sizeof(*stats));
	char t1[FMT_DURATION_MAX], t2[FMT_DURATION_MAX], t3[FMT_DURATION_MAX],
		t4[FMT_DURATION_MAX];

	for (size_t i = 0; i < a->nlogs; i++)
		stats[i] = xcalloc(a->logs[i].t.nthreads + 1, sizeof(**stats));
	for (int i = 0; i < nw; i++) {
		w[i].a = a;
		w[i].stats = stats;
		ctxs[i] = &w[i];
	}
	ret = analysis_walk(a, &ops, ctxs, nw);
	if (!ret) {
		if (json)
			fputc('[', f);
		else
			fprintf(f, "\nThreads:\n    Lifetime  In traced calls  Running work items  Items        "
				   "Idle  Thread\n");
		for (size_t l = 0; l < a->nlogs; l++)
			for (size_t k = 0; k < a->logs[l].t.nthreads; k++) {
				const struct trace_thread *th = &a->logs[l].t.threads[k];
				const struct th_stat *s = &stats[l][k];
				uint64_t life = s->last_ns > s->first_ns ? s->last_ns - s->first_ns : 0;
				uint64_t busy = s->items ? s->item_ns : s->traced_ns;
				uint64_t idle = life > busy ? life - busy : 0;

				if (!s->seen)
					continue;
				if (json) {
					fprintf(f, "%s{\"pid\":%u,\"tid\":%u,\"name\":", first ? "" : ",",
						a->logs[l].t.pid, th->tid);
					fmt_json_string(f, th->name);
					fprintf(f, ",\"lifetime_ns\":%" PRIu64 ",\"traced_ns\":%" PRIu64
						   ",\"items_ns\":%" PRIu64 ",\"items\":%" PRIu64
						   ",\"idle_ns\":%" PRIu64 "}",
						life, s->traced_ns, s->item_ns, s->items, idle);
					first = 0;
					continue;
				}
				fprintf(f, "%s  %15s  %18s  %5" PRIu64 "  %s  %u %s\n",
					fmt_duration(t1, life, 1), fmt_duration(t2, s->traced_ns, 1),
					fmt_duration(t3, s->item_ns, 1), s->items,
					fmt_duration(t4, idle, 1), th->tid, th->name);
			}
		if (json)
			fputc(']', f);
	}
	for (size_t i = 0; i < a->nlogs; i++)
		free(stats[i]);
	free(stats);
	free(ctxs);
	free(w);
	return ret ? -1 : 0;
}
