/*
 * Resolving work items to the frames that caused them (flows.h).
 *
 * Pass 1 walks every thread and collects what the FLOW records say:
 * owners to find (a thread serial, a level, a function, a moment), heap
 * items with their addresses, the calls that handed addresses over (with
 * their call paths), and threads' creators. Pass 2 walks the threads that
 * own something again (each from the frame id it started at in pass 1)
 * and, at each owner's moment, takes the frame open at its level; with
 * memory records it also finds the allocation that holds each heap item
 * no hand-over explains. The links are then sorted by executor and by
 * cause, and each cause's path is stitched through its own thread's
 * cause.
 *
 * The way back (flows_resolve_back(), for the Perfetto arrows): pass 1
 * also notes each executor's last entry (its own or its latest callee's:
 * the work was not done yet then, so whoever waits for it still waited);
 * a third walk of the causes' threads finds, at that moment, the innermost
 * frame of the cause's own call path still open there: the frame that
 * waited for the work (the cause itself in a join; for a scope's spawn,
 * whose spawner has returned, the scope that waits for it). Not the
 * executor's end: the work is done a little before its frame returns
 * (rayon sets the latch, then returns), and a waiter that spins may be
 * gone by then.
 */
#include <stdlib.h>
#include <string.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/read/flows.h"

struct request { /* an owner (STACK) or a creator (THREAD) to find */
	uint64_t ns;
	uint32_t owner, level, func; /* on thread serial owner */
	uint32_t thread;	 /* the executor's or the created thread's serial */
	uint64_t consumer;	 /* the executor's frame id; 0 for a thread's creation */
	uint64_t cause;		 /* found: the frame id, else 0 */
};

struct heap_item { /* an ITEM executor */
	uint64_t addr, ns, consumer;
	uint64_t cause, cause_ns; /* the best allocation so far (pass 2) */
};

struct source { /* a SOURCE call */
	uint64_t addr, ns, id;
};

struct link {
	uint64_t consumer, cause;
};

struct ended { /* an executor (pass 1) */
	uint64_t id, ns; /* its frame id and end (UINT64_MAX: never ended) */
	uint64_t last;	 /* its last entry: its own, or its latest descendant's */
	uint32_t serial; /* its thread */
};

struct back { /* the way back of an executor on another thread than its cause */
	uint64_t ns;	   /* the executor's last entry (its own or a callee's) */
	uint64_t consumer; /* its frame id */
	uint64_t cause;
	uint32_t serial;   /* the cause's thread */
	uint64_t waiter;   /* found: the frame of the cause's path open at ns, else 0 */
};

struct path { /* a cause's own call path */
	uint64_t id;
	uint32_t serial;
	uint32_t len;
	uint32_t *funcs;
	uint64_t *ids;
	uint32_t *stitched; /* flows_path(), made on demand */
	uint32_t nstitched;
	int state;	    /* 0 not made, 1 making, 2 made */
};

struct flows {
	struct trace *t;
	struct request *req;
	size_t nreq, areq;
	struct heap_item *items;
	size_t nitems, aitems;
	struct source *src;
	size_t nsrc, asrc;
	struct link *links; /* by consumer */
	size_t nlinks, alinks;
	struct link *by_cause;
	uint64_t *effects; /* by_cause's consumers, for flows_effects() */
	struct path *paths; /* by id once built */
	size_t npaths, apaths;
	uint64_t *creator;	/* [serial]: the frame that created the thread, 0: none */
	uint64_t *thread_first; /* [thread index]: its first frame id */
	size_t nserials;
	struct ended *ended;	/* the executors, by frame id (pass 1) */
	size_t nended, aended;
	struct back *backs;	/* by waiter once resolved (flows_resolve_back()) */
	struct back *backs_by_consumer;
	size_t nbacks;
	uint64_t *joined;	/* backs' consumers, for flows_back_joined() */
	int backs_done;
	struct flows_stats stats;
};

struct pass {
	struct flows *fl;
	struct trace_thread *th;
	uint64_t *next_id;
	/* pass 1: the indices in ended of the open executors, outermost first */
	size_t *open;
	size_t nopen, aopen;
	/* pass 2 */
	size_t *order;	/* request indices of this thread, by ns */
	size_t norder, at;
	/* pass 3 */
	size_t bat;	/* next back of this thread (backs sorted by serial, ns) */
	size_t bend;
};

static void add_path(struct flows *fl, uint64_t id, uint32_t serial, const struct frame *stack,
		     size_t n)
{
	struct path *p;

	ALLOC_GROW(fl->paths, fl->npaths + 1, fl->apaths);
	p = &fl->paths[fl->npaths++];
	memset(p, 0, sizeof(*p));
	p->id = id;
	p->serial = serial;
	p->len = (uint32_t)n;
	p->funcs = xmalloc((n ? n : 1) * sizeof(*p->funcs));
	p->ids = xmalloc((n ? n : 1) * sizeof(*p->ids));
	for (size_t i = 0; i < n; i++) {
		p->funcs[i] = stack[i].func;
		p->ids[i] = stack[i].frame_id;
	}
}

/* --- pass 1 ------------------------------------------------------------------- */

static int p1_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct pass *ps = ctx;

	ps->th = th;
	ps->fl->thread_first[th - t->threads] = *ps->next_id;
	return 0;
}

static int p1_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct pass *ps = ctx;
	struct flows *fl = ps->fl;
	const struct trace_flow *x = f->flow;

	if (ps->nopen) /* the innermost open executor's latest entry */
		fl->ended[ps->open[ps->nopen - 1]].last = f->start_ns;
	if (!x)
		return 0;
	switch (x->kind) {
	case TRACE_FLOW_STACK: {
		struct request *r;
		ALLOC_GROW(fl->req, fl->nreq + 1, fl->areq);
		r = &fl->req[fl->nreq++];
		*r = (struct request){ f->start_ns, x->serial, x->level, x->func, ps->th->serial,
				       f->frame_id, 0 };
		break;
	}
	case TRACE_FLOW_ITEM:
		ALLOC_GROW(fl->items, fl->nitems + 1, fl->aitems);
		fl->items[fl->nitems++] = (struct heap_item){ x->addr, f->start_ns, f->frame_id, 0, 0 };
		break;
	case TRACE_FLOW_SOURCE:
		ALLOC_GROW(fl->src, fl->nsrc + 1, fl->asrc);
		fl->src[fl->nsrc++] = (struct source){ x->addr, f->start_ns, f->frame_id };
		add_path(fl, f->frame_id, ps->th->serial, stack, f->depth + 1);
		return 0;
	default:
		return 0;
	}
	fl->stats.items++;
	ALLOC_GROW(fl->ended, fl->nended + 1, fl->aended);
	fl->ended[fl->nended++] =
		(struct ended){ f->frame_id, UINT64_MAX, f->start_ns, ps->th->serial };
	ALLOC_GROW(ps->open, ps->nopen + 1, ps->aopen);
	ps->open[ps->nopen++] = fl->nended - 1;
	return 0;
}

/* An executor that closes leaves the open ones: usually the innermost (not
 * always, when ucontexts switch), so they are searched from there. */
static int p1_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct pass *ps = ctx;

	for (size_t i = ps->nopen; i-- > 0;) {
		struct ended *e = &ps->fl->ended[ps->open[i]];
		if (e->id != f->frame_id)
			continue;
		e->ns = f->end_ns;
		memmove(ps->open + i, ps->open + i + 1, (ps->nopen - i - 1) * sizeof(*ps->open));
		if (--ps->nopen) { /* the next outer one's calls include this one's */
			struct ended *o = &ps->fl->ended[ps->open[ps->nopen - 1]];
			if (e->last > o->last)
				o->last = e->last;
		}
		break;
	}
	return 0;
}

static int p1_flow(void *ctx, const struct trace_flow *x, const struct frame *stack, size_t depth)
{
	struct pass *ps = ctx;
	struct flows *fl = ps->fl;

	if (x->kind != TRACE_FLOW_THREAD)
		return 0;
	ALLOC_GROW(fl->req, fl->nreq + 1, fl->areq);
	fl->req[fl->nreq++] =
		(struct request){ x->ns, x->serial, x->level, x->func, ps->th->serial, 0, 0 };
	return 0;
}

/* --- pass 2 ------------------------------------------------------------------- */

long flows_frame_at_level(const struct frame *s, size_t n, uint32_t level, uint32_t func)
{
	long best = -1, bestd = 0;
	size_t tails = 0;

	for (size_t i = 0; i < n; i++) {
		long lvl, d;
		tails += s[i].entry_kind == TRACE_TAIL;
		lvl = (long)(i - tails);
		if (s[i].func != func)
			continue;
		d = lvl > (long)level ? lvl - (long)level : (long)level - lvl;
		if (best < 0 || d <= bestd) {
			best = (long)i;
			bestd = d;
		}
	}
	return best;
}

static void resolve_upto(struct pass *ps, uint64_t ns, const struct frame *s, size_t n, int all)
{
	struct flows *fl = ps->fl;

	while (ps->at < ps->norder) {
		struct request *r = &fl->req[ps->order[ps->at]];
		long i;
		if (!all && r->ns >= ns)
			break;
		ps->at++;
		if ((i = flows_frame_at_level(s, n, r->level, r->func)) < 0)
			continue;
		r->cause = s[i].frame_id;
		add_path(fl, s[i].frame_id, ps->th->serial, s, (size_t)i + 1);
	}
}

static int p2_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	resolve_upto(ctx, f->start_ns, stack, f->depth, 0);
	return 0;
}

static int p2_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	resolve_upto(ctx, f->end_ns, stack, f->depth + 1, f->end == FRAME_END_TRUNCATED);
	return 0;
}

static int cmp_item_addr(const void *a, const void *b)
{
	const struct heap_item *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static int p2_mem(void *ctx, const struct mem_event *m, const struct frame *stack, size_t depth)
{
	struct pass *ps = ctx;
	struct flows *fl = ps->fl;
	size_t lo = 0, hi = fl->nitems;

	resolve_upto(ps, m->ns, stack, depth, 0);
	if (!trace_mem_acquires(m->kind) || !depth || !fl->nitems)
		return 0;
	while (lo < hi) { /* the first item at or above ptr */
		size_t mid = (lo + hi) / 2;
		if (fl->items[mid].addr < m->ptr)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < fl->nitems && fl->items[lo].addr < m->ptr + (m->size ? m->size : 1); lo++) {
		struct heap_item *it = &fl->items[lo];
		if (it->cause == UINT64_MAX || m->ns > it->ns || (it->cause && m->ns < it->cause_ns))
			continue;
		it->cause = stack[depth - 1].frame_id;
		it->cause_ns = m->ns;
		add_path(fl, it->cause, ps->th->serial, stack, depth);
	}
	return 0;
}

/* --- results ------------------------------------------------------------------ */

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static int cmp_link_consumer(const void *a, const void *b)
{
	const struct link *x = a, *y = b;
	return x->consumer < y->consumer ? -1 : x->consumer > y->consumer;
}

static int cmp_link_cause(const void *a, const void *b)
{
	const struct link *x = a, *y = b;
	if (x->cause != y->cause)
		return x->cause < y->cause ? -1 : 1;
	return x->consumer < y->consumer ? -1 : x->consumer > y->consumer;
}

static int cmp_path(const void *a, const void *b)
{
	const struct path *x = a, *y = b;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int cmp_source(const void *a, const void *b)
{
	const struct source *x = a, *y = b;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->ns < y->ns ? -1 : x->ns > y->ns;
}

static void add_link(struct flows *fl, uint64_t consumer, uint64_t cause)
{
	ALLOC_GROW(fl->links, fl->nlinks + 1, fl->alinks);
	fl->links[fl->nlinks++] = (struct link){ consumer, cause };
}

/* Heap items explained by a hand-over: the latest SOURCE of the address
 * before the item ran. The others are left for the allocations. */
static void match_sources(struct flows *fl)
{
	qsort(fl->src, fl->nsrc, sizeof(*fl->src), cmp_source);
	for (size_t i = 0; i < fl->nitems; i++) {
		struct heap_item *it = &fl->items[i];
		size_t lo = 0, hi = fl->nsrc;
		while (lo < hi) { /* first source above (addr, ns) */
			size_t mid = (lo + hi) / 2;
			const struct source *s = &fl->src[mid];
			if (s->addr < it->addr || (s->addr == it->addr && s->ns <= it->ns))
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo && fl->src[lo - 1].addr == it->addr) {
			add_link(fl, it->consumer, fl->src[lo - 1].id);
			it->cause = UINT64_MAX; /* done */
		}
	}
}

static const struct path *find_path(const struct flows *fl, uint64_t id)
{
	struct path key = { .id = id };
	return bsearch(&key, fl->paths, fl->npaths, sizeof(key), cmp_path);
}

static uint64_t link_of(const struct flows *fl, uint64_t consumer)
{
	struct link key = { consumer, 0 };
	const struct link *l = bsearch(&key, fl->links, fl->nlinks, sizeof(key), cmp_link_consumer);
	return l ? l->cause : 0;
}

struct flows *flows_resolve(struct trace *t, uint64_t first_id)
{
	struct flows *fl;
	struct pass ps = { 0 };
	uint64_t id = first_id;
	struct frames_stats st = { 0 };
	uint32_t maxserial = 0;
	size_t *order;

	if (!(t->flags & (FMT_FLAG_FLOWS | FMT_FLAG_THREAD_FLOWS)))
		return NULL;
	fl = xcalloc(1, sizeof(*fl));
	fl->t = t;
	for (size_t i = 0; i < t->nthreads; i++)
		if (t->threads[i].serial > maxserial)
			maxserial = t->threads[i].serial;
	fl->nserials = (size_t)maxserial + 1;
	fl->creator = xcalloc(fl->nserials, sizeof(*fl->creator));
	fl->thread_first = xcalloc(t->nthreads + 1, sizeof(*fl->thread_first));

	/* pass 1: what the records say */
	{
		const struct frames_ops ops = { .thread_begin = p1_begin, .enter = p1_enter,
						.exit = p1_exit, .flow = p1_flow };
		ps.fl = fl;
		ps.next_id = &id;
		frames_walk(t, &ops, &ps, &id, &st);
		free(ps.open);
		ps.open = NULL;
	}
	match_sources(fl);
	qsort(fl->items, fl->nitems, sizeof(*fl->items), cmp_item_addr);

	/* pass 2: the owners, thread by thread, and the allocations */
	order = xmalloc((fl->nreq + 1) * sizeof(*order));
	for (size_t k = 0; k < t->nthreads; k++) {
		struct trace_thread *th = &t->threads[k];
		const struct frames_ops ops = { .enter = p2_enter, .exit = p2_exit, .mem = p2_mem };
		size_t n = 0;
		int heap = 0;

		for (size_t i = 0; i < fl->nreq; i++)
			if (fl->req[i].owner == th->serial)
				order[n++] = i;
		for (size_t i = 0; i < fl->nitems && !heap; i++)
			heap = fl->items[i].cause != UINT64_MAX;
		heap = heap && th->nmem;
		if (!n && !heap)
			continue;
		/* by time (insertion sort: requests of one thread arrive nearly in order) */
		for (size_t i = 1; i < n; i++)
			for (size_t j = i; j && fl->req[order[j - 1]].ns > fl->req[order[j]].ns; j--) {
				size_t x = order[j];
				order[j] = order[j - 1];
				order[j - 1] = x;
			}
		ps.th = th;
		ps.order = order;
		ps.norder = n;
		ps.at = 0;
		id = fl->thread_first[k];
		frames_walk_thread(t, th, &ops, &ps, &id, &st);
		resolve_upto(&ps, UINT64_MAX, NULL, 0, 1); /* what is left: not found */
	}
	free(order);

	for (size_t i = 0; i < fl->nreq; i++) {
		struct request *r = &fl->req[i];
		if (!r->cause)
			continue;
		if (!r->consumer) {
			if (r->thread < fl->nserials) {
				fl->creator[r->thread] = r->cause;
				fl->stats.threads++;
			}
			continue;
		}
		add_link(fl, r->consumer, r->cause);
		fl->stats.same_thread += r->owner == r->thread;
	}
	for (size_t i = 0; i < fl->nitems; i++)
		if (fl->items[i].cause && fl->items[i].cause != UINT64_MAX)
			add_link(fl, fl->items[i].consumer, fl->items[i].cause);
	qsort(fl->links, fl->nlinks, sizeof(*fl->links), cmp_link_consumer);
	fl->stats.linked = fl->nlinks;
	fl->by_cause = xmalloc((fl->nlinks + 1) * sizeof(*fl->by_cause));
	memcpy(fl->by_cause, fl->links, fl->nlinks * sizeof(*fl->links));
	qsort(fl->by_cause, fl->nlinks, sizeof(*fl->by_cause), cmp_link_cause);
	fl->effects = xmalloc((fl->nlinks + 1) * sizeof(*fl->effects));
	for (size_t i = 0; i < fl->nlinks; i++)
		fl->effects[i] = fl->by_cause[i].consumer;

	/* one path per cause (an owner found twice, an allocation replaced) */
	qsort(fl->paths, fl->npaths, sizeof(*fl->paths), cmp_path);
	{
		size_t w = 0;
		for (size_t i = 0; i < fl->npaths; i++) {
			if (w && fl->paths[w - 1].id == fl->paths[i].id) {
				free(fl->paths[i].funcs);
				free(fl->paths[i].ids);
				continue;
			}
			fl->paths[w++] = fl->paths[i];
		}
		fl->npaths = w;
	}
	return fl;
}

void flows_free(struct flows *fl)
{
	if (!fl)
		return;
	for (size_t i = 0; i < fl->npaths; i++) {
		free(fl->paths[i].funcs);
		free(fl->paths[i].ids);
		free(fl->paths[i].stitched);
	}
	free(fl->paths);
	free(fl->req);
	free(fl->items);
	free(fl->src);
	free(fl->links);
	free(fl->by_cause);
	free(fl->effects);
	free(fl->creator);
	free(fl->thread_first);
	free(fl->ended);
	free(fl->backs);
	free(fl->backs_by_consumer);
	free(fl->joined);
	free(fl);
}

void flows_get_stats(const struct flows *fl, struct flows_stats *s)
{
	memset(s, 0, sizeof(*s));
	if (fl)
		*s = fl->stats;
}

uint64_t flows_cause(const struct flows *fl, const struct trace_thread *th, const struct frame *f)
{
	uint64_t c;

	if (!fl)
		return 0;
	if ((c = link_of(fl, f->frame_id)))
		return c;
	if (!f->depth && th && th->serial < fl->nserials)
		return fl->creator[th->serial];
	return 0;
}

int flows_cause_is_item(const struct flows *fl, const struct frame *f)
{
	return fl && link_of(fl, f->frame_id) != 0;
}

size_t flows_effects(const struct flows *fl, uint64_t id, const uint64_t **out)
{
	size_t lo = 0, hi, start;

	if (!fl)
		return 0;
	hi = fl->nlinks;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (fl->by_cause[mid].cause < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	start = lo;
	while (lo < fl->nlinks && fl->by_cause[lo].cause == id)
		lo++;
	*out = fl->effects + start;
	return lo - start;
}

uint64_t flows_thread_first_id(const struct flows *fl, size_t k)
{
	return fl && k < fl->t->nthreads ? fl->thread_first[k] : 1;
}

uint32_t flows_cause_thread(const struct flows *fl, uint64_t id)
{
	const struct path *p = fl ? find_path(fl, id) : NULL;
	return p ? p->serial : 0;
}

/* The cause of the frame at ids[k] of path p, for stitching: an item's
 * cause that is not one of its callers (an owner on the same thread is),
 * or for the outermost frame its thread's creator. */
static uint64_t path_cause(const struct flows *fl, const struct path *p, uint32_t k)
{
	uint64_t c = link_of(fl, p->ids[k]);

	for (uint32_t j = 0; c && j < k; j++)
		if (p->ids[j] == c)
			c = 0;
	if (!c && !k && p->serial < fl->nserials)
		c = fl->creator[p->serial];
	return c;
}

static void make_stitched(struct flows *fl, struct path *p)
{
	uint32_t j = p->len, plen = 0;
	const uint32_t *prefix = NULL;

	p->state = 1;
	while (j-- > 0) {
		uint64_t c = path_cause(fl, p, j);
		struct path *cp;
		if (!c || !(cp = (struct path *)find_path(fl, c)) || cp->state == 1)
			continue;
		if (!cp->state)
			make_stitched(fl, cp);
		prefix = cp->stitched;
		plen = cp->nstitched;
		break;
	}
	if (j == UINT32_MAX)
		j = 0;
	p->nstitched = plen + (p->len - j);
	p->stitched = xmalloc((p->nstitched + 1) * sizeof(*p->stitched));
	if (plen)
		memcpy(p->stitched, prefix, plen * sizeof(*prefix));
	memcpy(p->stitched + plen, p->funcs + j, (p->len - j) * sizeof(*p->funcs));
	p->state = 2;
}

size_t flows_path(const struct flows *fl, uint64_t id, const uint32_t **funcs)
{
	struct path *p = fl ? (struct path *)find_path(fl, id) : NULL;

	if (!p)
		return 0;
	if (p->state != 2)
		make_stitched((struct flows *)fl, p);
	*funcs = p->stitched;
	return p->nstitched;
}

/* --- the way back --------------------------------------------------------------- */

static int cmp_back_time(const void *a, const void *b)
{
	const struct back *x = a, *y = b;
	if (x->serial != y->serial)
		return x->serial < y->serial ? -1 : 1;
	return x->ns < y->ns ? -1 : x->ns > y->ns;
}

static int cmp_back_waiter(const void *a, const void *b)
{
	const struct back *x = a, *y = b;
	if (x->waiter != y->waiter)
		return x->waiter < y->waiter ? -1 : 1;
	return x->consumer < y->consumer ? -1 : x->consumer > y->consumer;
}

static int cmp_back_consumer(const void *a, const void *b)
{
	const struct back *x = a, *y = b;
	return x->consumer < y->consumer ? -1 : x->consumer > y->consumer;
}

/* The backs of this thread that ended before ns (all: every one left),
 * with the open frames s[0..n): the deepest frame of the cause's path
 * among them. */
static void back_upto(struct pass *ps, uint64_t ns, const struct frame *s, size_t n, int all)
{
	struct flows *fl = ps->fl;

	while (ps->bat < ps->bend) {
		struct back *b = &fl->backs[ps->bat];
		const struct path *p;
		if (!all && b->ns >= ns)
			break;
		ps->bat++;
		if (!(p = find_path(fl, b->cause)))
			continue;
		for (size_t i = 0; i < n && i < p->len && s[i].frame_id == p->ids[i]; i++)
			b->waiter = s[i].frame_id;
	}
}

static int p3_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	back_upto(ctx, f->start_ns, stack, f->depth, 0);
	return 0;
}

static int p3_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	/* an executor that ends when its waiter does: the waiter still waited */
	back_upto(ctx, f->end_ns + 1, stack, f->depth + 1, f->end == FRAME_END_TRUNCATED);
	return 0;
}

void flows_resolve_back(struct flows *fl)
{
	struct trace *t;
	struct frames_stats st = { 0 };
	size_t n = 0;

	if (!fl || fl->backs_done)
		return;
	fl->backs_done = 1;
	t = fl->t;
	fl->backs = xmalloc((fl->nlinks + 1) * sizeof(*fl->backs));
	for (size_t i = 0; i < fl->nlinks; i++) {
		const struct link *l = &fl->links[i];
		struct ended key = { l->consumer, 0 };
		/* ended is in frame id order: the walk numbers frames as it meets them */
		const struct ended *e = bsearch(&key, fl->ended, fl->nended, sizeof(key), cmp_u64);
		const struct path *p = find_path(fl, l->cause);
		if (!e || e->ns == UINT64_MAX || !p || e->serial == p->serial)
			continue; /* not ended, or run by its cause's thread (nested there) */
		fl->backs[n++] = (struct back){ e->last, l->consumer, l->cause, p->serial, 0 };
	}
	fl->nbacks = n;
	qsort(fl->backs, n, sizeof(*fl->backs), cmp_back_time);

	/* pass 3: each cause thread at the moments its work items made their
	 * last calls */
	for (size_t k = 0; k < t->nthreads && n; k++) {
		struct trace_thread *th = &t->threads[k];
		const struct frames_ops ops = { .enter = p3_enter, .exit = p3_exit };
		struct pass ps = { .fl = fl };
		uint64_t id = fl->thread_first[k];
		size_t at = 0, hi = n, end;

		while (at < hi) { /* the first back of this thread */
			size_t mid = (at + hi) / 2;
			if (fl->backs[mid].serial < th->serial)
				at = mid + 1;
			else
				hi = mid;
		}
		for (end = at; end < n && fl->backs[end].serial == th->serial; end++)
			;
		if (end == at)
			continue;
		ps.th = th;
		ps.next_id = &id;
		ps.bat = at;
		ps.bend = end;
		frames_walk_thread(t, th, &ops, &ps, &id, &st);
		back_upto(&ps, UINT64_MAX, NULL, 0, 1); /* after the thread's end: none */
	}

	/* the ways found */
	{
		size_t w = 0;
		for (size_t i = 0; i < n; i++)
			if (fl->backs[i].waiter)
				fl->backs[w++] = fl->backs[i];
		fl->nbacks = w;
	}
	fl->backs_by_consumer = xmalloc((fl->nbacks + 1) * sizeof(*fl->backs));
	memcpy(fl->backs_by_consumer, fl->backs, fl->nbacks * sizeof(*fl->backs));
	qsort(fl->backs_by_consumer, fl->nbacks, sizeof(*fl->backs), cmp_back_consumer);
	qsort(fl->backs, fl->nbacks, sizeof(*fl->backs), cmp_back_waiter);
	fl->joined = xmalloc((fl->nbacks + 1) * sizeof(*fl->joined));
	for (size_t i = 0; i < fl->nbacks; i++)
		fl->joined[i] = fl->backs[i].consumer;
}

uint64_t flows_back_waiter(const struct flows *fl, uint64_t id)
{
	const struct back *b;
	struct back key = { .consumer = id };

	if (!fl || !fl->nbacks)
		return 0;
	b = bsearch(&key, fl->backs_by_consumer, fl->nbacks, sizeof(key), cmp_back_consumer);
	return b ? b->waiter : 0;
}

size_t flows_back_joined(const struct flows *fl, uint64_t id, const uint64_t **out)
{
	size_t lo = 0, hi, start;

	if (!fl || !fl->nbacks)
		return 0;
	hi = fl->nbacks;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (fl->backs[mid].waiter < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	start = lo;
	while (lo < fl->nbacks && fl->backs[lo].waiter == id)
		lo++;
	*out = fl->joined + start;
	return lo - start;
}
