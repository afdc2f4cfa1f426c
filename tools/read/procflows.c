/*
 * The frames that started the processes of a log set (procflows.h).
 *
 * The runtime writes a PROCESS record first in the log's first block, so
 * finding them needs no walk: each thread's first record is looked at.
 * The parent log of a record is the log of that pid that started last
 * before the record's time (a pid's logs follow each other: exec).
 */
#include <stdlib.h>
#include <string.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/read/flows.h"
#include "tools/read/frames.h"
#include "tools/read/procflows.h"

struct preq {
	size_t child;		/* the log started */
	uint32_t child_serial;	/* its thread with the record */
	size_t parent;		/* the log with the frame, SIZE_MAX: none in the set */
	uint32_t serial, level, func;
	uint64_t ns;		/* in the parent's trace time */
	uint64_t cause;		/* found: the frame id, 0 not (yet) */
	int done;		/* looked for */
	int direct;		/* cause is a frame of the parent log itself (not its own cause) */
};

struct procflows {
	struct trace *traces;
	size_t n;
	struct preq *req;
	size_t nreq;
	size_t linked;
};

/* The PROCESS record that starts thread th's first block, if any. */
static int first_record(const struct trace *t, const struct trace_thread *th, struct preq *r)
{
	const uint8_t *p, *end;
	uint64_t v[5];

	if (!th->nblocks)
		return 0;
	p = t->map + th->blocks[0].offset + FMT_BLOCK_HEADER_SIZE;
	end = t->map + th->blocks[0].offset + th->blocks[0].size;
	if (th->blocks[0].seq != 0 || end - p < 3 || p[0] != FMT_SPECIAL_TAG(FMT_SPECIAL_FLOW) ||
	    p[1] != FMT_FLOW_PROCESS)
		return 0;
	p += 2;
	for (int i = 0; i < 5; i++)
		if (fmt_get_uleb(&p, end, &v[i]) || (i < 4 && v[i] > UINT32_MAX))
			return 0;
	r->child_serial = th->serial;
	r->serial = (uint32_t)v[1];
	r->level = (uint32_t)v[2];
	r->func = (uint32_t)v[3];
	r->ns = v[4];
	r->parent = v[0]; /* the pid, until the parent is found */
	return 1;
}

struct procflows *procflows_new(struct trace *traces, size_t n)
{
	struct procflows *pf = NULL;

	for (size_t k = 0; k < n; k++) {
		struct trace *t = &traces[k];
		for (size_t i = 0; i < t->nthreads; i++) {
			struct preq r = { .child = k };
			uint32_t pid;
			uint64_t abs_ns;
			if (!first_record(t, &t->threads[i], &r))
				continue;
			if (!pf) {
				pf = xcalloc(1, sizeof(*pf));
				pf->traces = traces;
				pf->n = n;
				pf->req = xcalloc(n, sizeof(*pf->req));
			}
			pid = (uint32_t)r.parent;
			abs_ns = r.ns;
			r.parent = SIZE_MAX;
			for (size_t j = 0; j < n; j++) {
				const struct trace *u = &traces[j];
				if (j == k || u->pid != pid || u->start_mono_ns > abs_ns)
					continue;
				if (r.parent == SIZE_MAX ||
				    u->start_mono_ns > traces[r.parent].start_mono_ns)
					r.parent = j;
			}
			if (r.parent != SIZE_MAX)
				r.ns = abs_ns - traces[r.parent].start_mono_ns;
			if (pf->nreq < n) /* one per log: the first thread's */
				pf->req[pf->nreq++] = r;
			break;
		}
	}
	return pf;
}

void procflows_free(struct procflows *pf)
{
	if (!pf)
		return;
	free(pf->req);
	free(pf);
}

size_t procflows_linked(const struct procflows *pf)
{
	return pf ? pf->linked : 0;
}

/* --- finding the frames -------------------------------------------------------- */

struct pwalk {
	struct procflows *pf;
	size_t k;
	const struct trace_thread *th;
	size_t *mine; /* request indices of this log's current thread, by ns */
	size_t nmine, at;
	size_t *all;  /* of this log */
	size_t nall;
};

static void upto(struct pwalk *w, uint64_t ns, const struct frame *s, size_t n, int all)
{
	while (w->at < w->nmine) {
		struct preq *r = &w->pf->req[w->mine[w->at]];
		long i;
		if (!all && r->ns >= ns)
			break;
		w->at++;
		if ((i = flows_frame_at_level(s, n, r->level, r->func)) >= 0) {
			r->cause = s[i].frame_id;
			r->direct = 1;
		}
	}
}

static int pw_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct pwalk *w = ctx;

	(void)t;
	w->nmine = 0;
	w->at = 0;
	for (size_t i = 0; i < w->nall; i++)
		if (w->pf->req[w->all[i]].serial == th->serial)
			w->mine[w->nmine++] = w->all[i];
	for (size_t i = 1; i < w->nmine; i++) /* by time */
		for (size_t j = i; j && w->pf->req[w->mine[j - 1]].ns > w->pf->req[w->mine[j]].ns; j--) {
			size_t x = w->mine[j];
			w->mine[j] = w->mine[j - 1];
			w->mine[j - 1] = x;
		}
	return 0;
}

static int pw_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	upto(ctx, f->start_ns, stack, f->depth, 0);
	return 0;
}

static int pw_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	upto(ctx, f->end_ns, stack, f->depth + 1, f->end == FRAME_END_TRUNCATED);
	return 0;
}

static int pw_end(void *ctx, struct trace *t, struct trace_thread *th)
{
	(void)t;
	(void)th;
	upto(ctx, UINT64_MAX, NULL, 0, 1); /* after its last frame: none */
	return 0;
}

void procflows_log_walked(struct procflows *pf, size_t k, uint64_t first_id)
{
	struct pwalk w = { .pf = pf, .k = k };
	uint64_t own = 0;

	if (!pf)
		return;
	w.all = xmalloc((pf->nreq + 1) * sizeof(*w.all));
	w.mine = xmalloc((pf->nreq + 1) * sizeof(*w.mine));
	for (size_t i = 0; i < pf->nreq; i++)
		if (pf->req[i].parent == k && !pf->req[i].done)
			w.all[w.nall++] = i;
	if (w.nall) {
		const struct frames_ops ops = { .thread_begin = pw_begin, .thread_end = pw_end,
						.enter = pw_enter, .exit = pw_exit };
		struct frames_stats st = { 0 };
		uint64_t id = first_id;
		frames_walk(&pf->traces[k], &ops, &w, &id, &st);
	}
	/* not found here: this log's own cause, when known by now */
	for (size_t i = 0; i < pf->nreq; i++)
		if (pf->req[i].child == k && pf->req[i].done)
			own = pf->req[i].cause;
	for (size_t i = 0; i < w.nall; i++) {
		struct preq *r = &pf->req[w.all[i]];
		r->done = 1;
		if (!r->cause)
			r->cause = own;
		pf->linked += r->cause != 0;
	}
	free(w.all);
	free(w.mine);
}

int procflows_causes_in(const struct procflows *pf, size_t k)
{
	for (size_t i = 0; pf && i < pf->nreq; i++)
		if (pf->req[i].parent == k && pf->req[i].direct)
			return 1;
	return 0;
}

size_t procflows_started(const struct procflows *pf, uint64_t id, uint64_t *children, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; pf && id && i < pf->nreq; i++)
		if (pf->req[i].direct && pf->req[i].cause == id) {
			if (n < max)
				children[n] = pf->req[i].child;
			n++;
		}
	return n;
}

uint64_t procflows_cause(const struct procflows *pf, size_t k, uint32_t serial)
{
	for (size_t i = 0; pf && i < pf->nreq; i++)
		if (pf->req[i].child == k && pf->req[i].child_serial == serial)
			return pf->req[i].done ? pf->req[i].cause : 0;
	return 0;
}

int procflows_cause_direct(const struct procflows *pf, size_t k, uint32_t serial)
{
	for (size_t i = 0; pf && i < pf->nreq; i++)
		if (pf->req[i].child == k && pf->req[i].child_serial == serial)
			return pf->req[i].direct;
	return 0;
}
