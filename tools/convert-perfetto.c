/*
 * sftrace convert --type perfetto / chrome: logs to a Perfetto protobuf
 * trace or to Chrome Trace Event JSON (tools/out/perfetto.h,
 * tools/out/chrome-json.h).
 *
 * One pass per log, one thread at a time, straight from the frames layer
 * to the output sink: memory is the frames stack plus one small entry per
 * function id, whatever the trace length. Timestamps are absolute
 * CLOCK_MONOTONIC (the log's start_mono_ns plus trace time) so the logs of
 * a process tree line up.
 *
 * Perfetto: every thread is its own packet sequence; a function's name and
 * source location are interned the first time the thread calls it, under
 * one iid per (log, function) that is never reused for another function.
 * The per-function state is "sequence that last defined the iid", so
 * nothing needs clearing between threads. Chrome: the JSON members of each
 * function ("name", "args") are escaped once and cached.
 *
 * Memory (Perfetto only): a log with memory records gets a "heap" counter
 * track under its process, the bytes live at each moment. The threads'
 * memory events are spilled while their frames are written, then merged
 * by time (tools/read/memmerge.h) after the log's last thread, so the
 * counter sees allocations and frees of all threads in order: + size at
 * an allocation, - the size of the matching allocation at a free (the
 * free's own size when the block was allocated before the log began or
 * its allocation was not recorded), never below 0. Values at the same
 * nanosecond are written once, the last one. A log without memory events
 * converts as it did before memory records existed.
 *
 * --max-size (Perfetto only; docs/sftrace-convert.md "Size budget"): the
 * shortest calls are left out until the uncompressed trace fits. A first
 * pass converts into a null sink (tools/out/sink.h), which gives the whole
 * trace's exact size, and measures each call's packets on the way: their
 * bytes, less the delta time they carried, plus the most delta time they
 * can carry once shorter calls are gone (convert-budget.h), go into a
 * histogram by the call's duration; a function's interned name and a
 * thread's first packet go under the longest call that needs them. The
 * threshold is the least bucket bound with which the calls kept fit
 * (budget_choose). The second pass writes: a call's begin waits in
 * c->pend until the call has lasted the threshold (then it is kept, and
 * so are its callers, which began earlier) or returns sooner (it is left
 * out, with everything it called), so a kept call has its begin and end
 * and the slices nest as before. A flow is written when both its slices
 * are kept, as the first pass recorded their durations (c->ends). Frames
 * open when a ucontext switches are kept whatever their length: their
 * begins are written then (the events of another context follow).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/format.h"
#include "tools/analysis/fmt.h"
#include "tools/convert-budget.h"
#include "tools/convert.h"
#include "tools/lib/usage.h"
#include "tools/out/chrome-json.h"
#include "tools/out/perfetto.h"
#include "tools/out/sink.h"
#include "tools/read/flows.h"
#include "tools/read/procflows.h"
#include "tools/read/frames.h"
#include "tools/read/loss.h"
#include "tools/read/memmerge.h"
#include "tools/read/symbols.h"
#include "tools/read/trace.h"
#include "tools/read/values-compat.h"
#include "tools/read/values.h"

/* Events between checks for a failed sink and progress updates. */
#define CONV_TICK (1u << 20)

/* The flow ids of the ways back: the executor's frame id with this bit
 * (the arrows out are the bare frame ids). */
#define PF_FLOW_BACK (UINT64_C(1) << 63)
/* A process started by a frame of another log: this bit and the started
 * log's index. */
#define PF_FLOW_PROC (UINT64_C(1) << 62)
#define PROC_KIDS_MAX 64 /* processes one frame starts that get an arrow */

struct conv_func {
	uint32_t seq;	/* Perfetto: sequence where the iid was last defined */
	uint8_t has_loc; /* Perfetto: the iid has a source location too */
	uint32_t intern_size; /* --max-size: what defining the iid costs (0: not known) */
	char *json;	/* Chrome: ,"name":"...","args":{...} */
	uint32_t json_len;
};

/* A call's begin, as the frames layer gave it or as it waits in c->pend. */
struct conv_call {
	uint64_t frame_id, start_ns;
	uint64_t cause; /* the frame that made the work item it executes, 0: none */
	const struct trace_values *args;
	uint32_t func;
	bool proc;	/* the first call of a process started by a frame of another log */
};

/* --max-size, first pass: a frame open on the thread being measured. */
struct size_open {
	uint64_t frame_id, start_ns;
	uint32_t func;
	uint64_t begin_bytes; /* its begin packet, the name's definition included */
	uint64_t begin_delta; /* the delta time that packet carried */
	size_t sib_base;      /* where its children's ends start in sibs */
	uint8_t slow;	      /* a slow-path packet: its length may take a byte more */
	uint8_t interned;     /* it defined its function's iid */
};

/* --max-size, first pass: the measurements (see the top of the file). */
struct conv_size {
	struct budget b;
	uint64_t call_bytes; /* of the whole trace: calls' packets, thread sequences' starts */
	struct size_open *open;
	size_t aopen;
	struct budget_sibs sibs;
	uint64_t *func_max; /* by function id: the thread's longest call + 1, 0: none */
	size_t nfunc_max;
	uint32_t *touched;  /* the function ids with func_max set */
	size_t ntouched, atouched;
	uint64_t first_ns;  /* the thread's first call begins */
	uint64_t last_begin; /* its last call begins */
	uint64_t max_dur;   /* its longest call (BUDGET_ALWAYS: one kept anyway) */
	uint64_t seq_bytes, seq_t0; /* its sequence's first packet, the time in it */
	bool switched;	    /* it switched ucontexts: no sibling bounds */
	struct mm_live forced; /* frame ids open at a ucontext switch -> begin bytes */
};

/* --max-size: a frame at an end of a flow and its duration (first pass). */
struct flow_end {
	uint64_t frame_id, dur;
};

struct conv {
	const struct convert_opts *o;
	bool chrome;
	struct symbolizer *sym;
	struct values *vals;	/* arguments and return values of marked functions */
	struct flows *flows;	/* work items of the log being converted (flows.h) */
	struct procflows *procs; /* which frame started each process (procflows.h), or NULL */
	bool proc_causes;	/* the log being converted has such frames */
	bool proc_pending;	/* its thread's first call is a process's first */
	struct sink out;
	struct pf_writer pf;
	struct cj_writer cj;

	struct trace *logs;
	int nlogs;
	struct trace *t;	/* the log being converted */
	int log_index;
	uint64_t base_ns;	/* t->start_mono_ns */
	uint64_t iid_base;	/* iid = iid_base + function id */
	uint64_t uuid_base;	/* process track; threads are uuid_base + serial */

	struct conv_func *funcs; /* indexed by function id */
	size_t nfuncs;

	struct trace_thread *th;
	size_t thread_index;
	bool seq_started;	/* Perfetto: the thread's sequence is open */
	uint32_t next_seq;
	char key[48];		/* Chrome: "pid":P,"tid":T */
	size_t keylen;

	uint64_t events, next_tick;
	struct timespec last_progress;
	bool progress_drawn;

	/* Perfetto: the heap counter of the log being converted */
	struct mm_spill spill;
	struct mm_live live;	/* ptr -> size of the blocks live */
	uint64_t heap;		/* bytes live */
	uint64_t heap_ns;	/* time of the value not yet written */
	bool heap_started, heap_pending;

	/* --max-size */
	struct conv_size *size;	/* the first pass, NULL otherwise */
	uint64_t threshold;	/* the second pass: calls shorter are left out; 0: none */
	struct conv_call *pend;	/* calls begun, not yet known to be kept: pend[pend_lo..npend) */
	size_t pend_lo, npend, apend;
	uint64_t left_out;	/* calls left out so far */
	uint64_t size_calls;	/* the calls of the whole trace (first pass) */
	struct flow_end *ends;	/* of every log, sorted by frame id after the first pass */
	size_t nends, aends;
	struct flows **log_flows; /* by log: resolved by the first pass, kept for the second */
	uint64_t *flow_buf;	/* the flow ids kept of one slice */
	size_t aflow_buf;
};

static void size_thread_begin(struct conv *c);

static void conv_grow_funcs(struct conv *c, uint32_t func)
{
	size_t n = c->nfuncs;

	if (func < n)
		return;
	size_t want = (size_t)func + 1;
	if (want < n * 2)
		want = n * 2;
	c->funcs = xrealloc(c->funcs, want * sizeof(*c->funcs));
	memset(c->funcs + n, 0, (want - n) * sizeof(*c->funcs));
	c->nfuncs = want;
}

static void conv_release_funcs(struct conv *c)
{
	for (size_t i = 0; i < c->nfuncs; i++)
		free(c->funcs[i].json);
	free(c->funcs);
	c->funcs = NULL;
	c->nfuncs = 0;
}

static void draw_progress(struct conv *c, bool force)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!force && now.tv_sec - c->last_progress.tv_sec < 1 &&
	    (now.tv_sec - c->last_progress.tv_sec) * 1000000000L + now.tv_nsec -
			    c->last_progress.tv_nsec < 200000000L)
		return;
	c->last_progress = now;
	fprintf(stderr, "\rsftrace: %s '%s': thread %zu/%zu, %.1f M events\033[K",
		c->size ? "measuring" : "converting", c->t->path, c->thread_index + 1, c->t->nthreads, (double)c->events / 1e6);
	c->progress_drawn = true;
}

static void clear_progress(struct conv *c)
{
	if (c->progress_drawn)
		fputs("\r\033[K", stderr);
	c->progress_drawn = false;
}

/* Every CONV_TICK events: stop on a write error, redraw the progress line. */
static int conv_tick(struct conv *c)
{
	c->next_tick = c->events + CONV_TICK;
	if (c->out.failed)
		return 1;
	if (c->o->progress)
		draw_progress(c, false);
	return 0;
}

static int on_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct conv *c = ctx;
	const char *name = th->name[0] ? th->name : NULL;

	c->th = th;
	c->thread_index = (size_t)(th - t->threads);
	c->seq_started = false;
	c->proc_pending = procflows_cause_direct(c->procs, (size_t)c->log_index, th->serial);
	if (c->size)
		size_thread_begin(c);
	if (c->chrome) {
		c->keylen = cj_thread_key(c->key, t->pid, th->tid);
		if (name)
			cj_thread_name(&c->cj, t->pid, th->tid, name);
	} else {
		pf_write_thread(&c->pf, c->base_ns, c->uuid_base + th->serial, c->uuid_base, t->pid,
				th->tid, name);
		mm_spill_thread(&c->spill, th->tid);
	}
	return 0;
}

/* Perfetto: the first use of a function on this sequence defines its iid. */
static void pf_enter_new(struct conv *c, struct conv_func *cf, uint32_t func, uint64_t ns)
{
	const struct sym_info *si = symbolizer_lookup(c->sym, c->t, func);

	cf->seq = c->pf.seq;
	cf->has_loc = si->file != NULL;
	pf_slice_begin_interned(&c->pf, ns, c->iid_base + func, si->name, si->file, si->line);
}

static void cj_make_fields(struct conv *c, struct conv_func *cf, uint32_t func)
{
	const struct sym_info *si = symbolizer_lookup(c->sym, c->t, func);
	const char *loc = symbolizer_location(c->sym, si);
	char *name = cj_escape(si->name);
	char *eloc = *loc ? cj_escape(loc) : NULL;

	if (eloc)
		cf->json = xasprintf(",\"name\":\"%s\",\"args\":{\"src\":\"%s\"}", name, eloc);
	else
		cf->json = xasprintf(",\"name\":\"%s\"", name);
	cf->json_len = (uint32_t)strlen(cf->json);
	free(name);
	free(eloc);
}

/* Chrome: a call with arguments gets "args":"TEXT" beside "src" (slow path). */
static void cj_begin_args(struct conv *c, struct conv_func *cf, uint64_t ns, const char *text)
{
	char *e = cj_escape(text), *fields;
	size_t n = cf->json_len;

	if (n && cf->json[n - 1] == '}') /* ,"name":"...","args":{"src":"..."} */
		fields = xasprintf("%.*s,\"args\":\"%s\"}", (int)(n - 1), cf->json, e);
	else
		fields = xasprintf("%s,\"args\":{\"args\":\"%s\"}", cf->json, e);
	cj_slice_begin(&c->cj, ns, c->key, c->keylen, fields, strlen(fields));
	free(fields);
	free(e);
}

/* Perfetto: a call with arguments (text, or NULL) or flows (fl, or NULL),
 * defining its iids when new on the sequence. */
static void pf_begin_args(struct conv *c, struct conv_func *cf, uint32_t func, uint64_t ns,
			  const char *text, const struct pf_flows *fl)
{
	struct pf_arg arg = { .name = "args", .str = text };
	struct pf_intern def = { NULL, NULL, 0 };
	uint64_t iid = c->iid_base + func;

	if (cf->seq != c->pf.seq) {
		const struct sym_info *si = symbolizer_lookup(c->sym, c->t, func);

		def = (struct pf_intern){ si->name, si->file, si->line };
		cf->seq = c->pf.seq;
		cf->has_loc = si->file != NULL;
	}
	pf_slice_begin_flows(&c->pf, ns, iid, cf->has_loc ? iid : 0, &def, &arg, text ? 1 : 0, fl);
}

/* Perfetto: the thread's sequence starts with its first packet, at ns. */
static void conv_seq(struct conv *c, uint64_t ns)
{
	if (!c->seq_started) {
		pf_start_sequence(&c->pf, c->next_seq++, ns, c->uuid_base + c->th->serial);
		c->seq_started = true;
	}
}

/* --max-size: whether frame id is kept (the first pass saw it last at
 * least the threshold; a frame at no flow's end is not known). */
static int cmp_flow_end(const void *x, const void *y)
{
	const struct flow_end *a = x, *b = y;

	return a->frame_id < b->frame_id ? -1 : a->frame_id > b->frame_id;
}

static bool conv_kept(const struct conv *c, uint64_t id)
{
	const struct flow_end key = { id, 0 };
	const struct flow_end *e = c->nends ? bsearch(&key, c->ends, c->nends, sizeof(key),
						       cmp_flow_end)
					    : NULL;

	return e && e->dur >= c->threshold;
}

/* --max-size: whether the flow between the slices of frames a and b is
 * written (both are kept). */
static bool conv_flow_kept(const struct conv *c, uint64_t a, uint64_t b)
{
	return conv_kept(c, a) && conv_kept(c, b);
}

/*
 * --max-size: of the n flows between the slice of frame self and those of
 * the frames ids[0..n), the ones whose both slices are kept, into
 * c->flow_buf (*ids then points there). Both ends decide alike, so no
 * flow id is left dangling.
 */
static size_t conv_keep_flows(struct conv *c, uint64_t self, const uint64_t **ids, size_t n)
{
	size_t k = 0;

	if (!n || !conv_kept(c, self))
		return 0;
	ALLOC_GROW(c->flow_buf, n, c->aflow_buf);
	for (size_t i = 0; i < n; i++)
		if (conv_kept(c, (*ids)[i]))
			c->flow_buf[k++] = (*ids)[i];
	*ids = c->flow_buf;
	return k;
}

/*
 * Chrome JSON's flow events (version 1) after the begin of call k at ns:
 * one "s" per work item it made, an "f" when it executes one; each binds
 * to the slice that encloses it, this one. The flow id is the executor's
 * frame id, as in Perfetto. No way back: an end bound to a slice's end is
 * not in the format.
 */
static void cj_begin_flows(struct conv *c, const struct conv_call *k, uint64_t ns)
{
	const uint64_t *out;
	size_t nout = flows_effects(c->flows, k->frame_id, &out);

	for (size_t i = 0; i < nout; i++)
		cj_flow(&c->cj, ns, c->key, c->keylen, true, out[i]);
	if (k->cause)
		cj_flow(&c->cj, ns, c->key, c->keylen, false, k->frame_id);
}

/* A call begins; returns whether its packet took the slow path (pb_buf). */
static bool conv_begin(struct conv *c, const struct conv_call *k)
{
	uint64_t ns = c->base_ns + k->start_ns;
	struct conv_func *cf;
	const char *args = k->args ? values_args_text(c->vals, c->t, k->func, k->args) : NULL;
	struct pf_flows fl = { NULL, 0, NULL, 0, 0, NULL, 0, 0 };
	uint64_t xout[1 + PROC_KIDS_MAX]; /* the way back, processes started */
	size_t nx = 0;

	/* Perfetto: arrows from the frame that made a work item to the frame
	 * that executed it; a flow's id is the executor's frame id. The way
	 * back starts here too (the executor's begin always comes before the
	 * waiter's end; its own end may not) and ends at the waiter's end. */
	if (c->flows && !c->chrome) {
		uint64_t waiter = flows_back_waiter(c->flows, k->frame_id);

		fl.nout = flows_effects(c->flows, k->frame_id, &fl.out);
		if (k->cause) {
			fl.in = &k->frame_id;
			fl.nin = 1;
		}
		if (waiter && (!c->threshold || conv_flow_kept(c, k->frame_id, waiter)))
			xout[nx++] = k->frame_id | PF_FLOW_BACK;
		if (c->threshold) {
			fl.nout = conv_keep_flows(c, k->frame_id, &fl.out, fl.nout);
			fl.nin = fl.nin && conv_flow_kept(c, k->frame_id, k->cause);
		}
	}
	/* Processes: an arrow from the frame that forked, exec'd or spawned a
	 * process (its log walked first) to that process's first call. */
	if (c->procs && !c->chrome) {
		if (c->proc_causes) {
			size_t n = procflows_started(c->procs, k->frame_id, xout + nx, PROC_KIDS_MAX);

			for (size_t i = 0; i < n && i < PROC_KIDS_MAX; i++)
				xout[nx++] |= PF_FLOW_PROC; /* the log's index */
		}
		if (k->proc)
			fl.xin = PF_FLOW_PROC | (uint64_t)c->log_index;
	}
	fl.xout = xout;
	fl.nxout = nx;
	if (k->func >= c->nfuncs)
		conv_grow_funcs(c, k->func);
	cf = &c->funcs[k->func];
	if (c->chrome) {
		if (!cf->json)
			cj_make_fields(c, cf, k->func);
		if (args)
			cj_begin_args(c, cf, ns, args);
		else
			cj_slice_begin(&c->cj, ns, c->key, c->keylen, cf->json, cf->json_len);
		if (c->flows) /* Chrome JSON: the arrows out, bound to this slice */
			cj_begin_flows(c, k, ns);
		return args || c->flows;
	}
	if (args || fl.nout || fl.nin || fl.nxout || fl.xin) {
		bool any = fl.nout || fl.nin || fl.nxout || fl.xin;

		conv_seq(c, ns);
		pf_begin_args(c, cf, k->func, ns, args, any ? &fl : NULL);
		return true;
	}
	conv_seq(c, ns);
	if (cf->seq == c->pf.seq) {
		pf_slice_begin(&c->pf, ns, c->iid_base + k->func,
			       cf->has_loc ? c->iid_base + k->func : 0);
		return false;
	}
	pf_enter_new(c, cf, k->func, ns);
	return true;
}

/* A call ends; returns whether its packet took the slow path. */
static bool conv_end(struct conv *c, const struct frame *f)
{
	uint64_t ns = c->base_ns + f->end_ns;
	const char *ret = frame_ret(f) ? values_ret_text(c->vals, c->t, f->func, frame_ret(f)) : NULL;
	struct pf_flows fl = { NULL, 0, NULL, 0, PF_FLOW_BACK, NULL, 0, 0 };

	/* The way back ends at the end of the frame on the spawning thread
	 * that waited for the work items (their executors' begins start it). */
	if (c->flows && !c->chrome) {
		fl.nin = flows_back_joined(c->flows, f->frame_id, &fl.in);
		if (c->threshold)
			fl.nin = conv_keep_flows(c, f->frame_id, &fl.in, fl.nin);
	}
	if (fl.nin) {
		struct pf_arg arg = { .name = "return", .str = ret };

		pf_slice_end_flows(&c->pf, ns, &arg, ret ? 1 : 0, &fl);
		return true;
	}
	if (ret && c->chrome) {
		char *e = cj_escape(ret), *fields = xasprintf(",\"args\":{\"return\":\"%s\"}", e);

		cj_slice_end_fields(&c->cj, ns, c->key, c->keylen, fields, strlen(fields));
		free(fields);
		free(e);
		return true;
	}
	if (ret) {
		struct pf_arg arg = { .name = "return", .str = ret };

		pf_slice_end_args(&c->pf, ns, &arg, 1);
		return true;
	}
	if (c->chrome)
		cj_slice_end(&c->cj, ns, c->key, c->keylen);
	else
		pf_slice_end(&c->pf, ns);
	return false;
}

/* --max-size, second pass: the calls waiting that have lasted the
 * threshold at trace time t are kept: their begins are written. */
static void pend_flush(struct conv *c, uint64_t t)
{
	while (c->pend_lo < c->npend && t >= c->pend[c->pend_lo].start_ns &&
	       t - c->pend[c->pend_lo].start_ns >= c->threshold) {
		conv_begin(c, &c->pend[c->pend_lo]);
		c->pend_lo++;
	}
	if (c->pend_lo == c->npend)
		c->pend_lo = c->npend = 0;
}

/* Every call waiting is kept (the open frames of a ucontext switched away). */
static void pend_flush_all(struct conv *c)
{
	while (c->pend_lo < c->npend)
		conv_begin(c, &c->pend[c->pend_lo++]);
	c->pend_lo = c->npend = 0;
}

/* --max-size, first pass: what defining func's iid adds to a packet. */
static uint32_t size_intern(struct conv *c, uint32_t func)
{
	const struct sym_info *si = symbolizer_lookup(c->sym, c->t, func);
	struct pf_intern def = { si->name, si->file, si->line };
	uint64_t iid = c->iid_base + func;

	return (uint32_t)pf_interned_size(iid, si->file ? iid : 0, &def);
}

/* The most a frame's begin can cost whatever the threshold, with at most
 * delta as its delta time (convert-budget.h). */
static uint64_t size_begin_bound(const struct conv *c, const struct size_open *o, uint32_t func,
				 uint64_t delta)
{
	uint64_t plain = o->begin_bytes - (o->interned ? c->funcs[func].intern_size : 0);

	return plain - pb_varint_size(o->begin_delta) + pb_varint_size(delta) + o->slow;
}

static void size_enter(struct conv *c, const struct frame *f, const struct conv_call *k)
{
	struct conv_size *z = c->size;
	uint64_t ns = c->base_ns + f->start_ns, before, prev;
	struct size_open *o;
	bool first, slow;

	if (!c->seq_started) {
		before = sink_bytes(&c->out);
		conv_seq(c, ns);
		z->seq_bytes = sink_bytes(&c->out) - before;
		z->seq_t0 = ns;
		z->first_ns = f->start_ns;
	}
	if (f->func >= c->nfuncs)
		conv_grow_funcs(c, f->func);
	first = c->funcs[f->func].seq != c->pf.seq;
	if (first && !c->funcs[f->func].intern_size)
		c->funcs[f->func].intern_size = size_intern(c, f->func);
	if (f->func >= z->nfunc_max)
		z->func_max = xgrow_zeroed(z->func_max, &z->nfunc_max, f->func, 256,
					   sizeof(*z->func_max));
	if (!z->func_max[f->func]) {
		ALLOC_GROW(z->touched, z->ntouched + 1, z->atouched);
		z->touched[z->ntouched++] = f->func;
		z->func_max[f->func] = 1;
	}
	if (f->start_ns > z->last_begin)
		z->last_begin = f->start_ns;
	prev = c->pf.last_ns;
	before = sink_bytes(&c->out);
	slow = conv_begin(c, k);
	ALLOC_GROW(z->open, (size_t)f->depth + 1, z->aopen);
	o = &z->open[f->depth];
	o->frame_id = f->frame_id;
	o->start_ns = f->start_ns;
	o->func = f->func;
	o->begin_bytes = sink_bytes(&c->out) - before;
	o->begin_delta = ns > prev ? ns - prev : 0;
	o->sib_base = z->sibs.n;
	o->slow = slow;
	o->interned = first;
	z->call_bytes += o->begin_bytes;
}

/* Whether frame f is at an end of a flow (a slice's flow ids name it). */
static bool size_flow_end(const struct conv *c, const struct frame *f)
{
	const uint64_t *ids;

	return flows_effects(c->flows, f->frame_id, &ids) || flows_cause_is_item(c->flows, f) ||
	       flows_back_waiter(c->flows, f->frame_id) ||
	       flows_back_joined(c->flows, f->frame_id, &ids);
}

static void size_leave(struct conv *c, const struct frame *f, const struct frame *stack)
{
	struct conv_size *z = c->size;
	uint64_t ns = c->base_ns + f->end_ns, prev = c->pf.last_ns, before = sink_bytes(&c->out);
	uint64_t d = f->end_ns - f->start_ns, end_bytes, end_bound, begin_bound, de, dmax;
	bool slow = conv_end(c, f);

	end_bytes = sink_bytes(&c->out) - before;
	z->call_bytes += end_bytes;
	de = ns > prev ? ns - prev : 0;
	/* The end's delta is at most the call's length: the event before it
	 * is its begin or the end of a call it made. */
	end_bound = end_bytes - pb_varint_size(de) + pb_varint_size(d) + slow;
	if (z->switched && mm_live_take(&z->forced, f->frame_id, &begin_bound)) {
		dmax = BUDGET_ALWAYS;
	} else {
		const struct size_open *o = &z->open[f->depth];
		uint64_t base = f->depth ? stack[f->depth - 1].start_ns : z->first_ns;

		if (!z->switched) {
			size_t lo = f->depth ? z->open[f->depth - 1].sib_base : 0;
			uint64_t sib;

			z->sibs.n = o->sib_base; /* its children's ends are no siblings */
			sib = budget_sibs_latest(&z->sibs, lo, d);
			if (sib > base)
				base = sib;
			budget_sibs_push(&z->sibs, lo, f->end_ns, d);
		}
		begin_bound = size_begin_bound(c, o, f->func,
					       f->start_ns > base ? f->start_ns - base : 0);
		dmax = d;
	}
	budget_add(&z->b, dmax, 1, begin_bound + end_bound);
	if (dmax == BUDGET_ALWAYS || dmax + 1 > z->func_max[f->func])
		z->func_max[f->func] = dmax == BUDGET_ALWAYS ? UINT64_MAX : dmax + 1;
	if (dmax > z->max_dur)
		z->max_dur = dmax;
	if (c->flows && size_flow_end(c, f)) {
		ALLOC_GROW(c->ends, c->nends + 1, c->aends);
		c->ends[c->nends++] = (struct flow_end){ f->frame_id, dmax };
	}
}

/* A ucontext switch puts the open frames away: they are kept whatever
 * their length (their begins come before the other context's events). */
static void size_ctx_save(struct conv *c, size_t depth)
{
	struct conv_size *z = c->size;

	z->switched = true;
	for (size_t i = 0; i < depth && i < z->aopen; i++) {
		const struct size_open *o = &z->open[i];
		bool existed;
		uint64_t *v = mm_live_put(&z->forced, o->frame_id, &existed);

		/* An entry of a frame restored from another context is stale,
		 * but such a frame is there already (it was saved). */
		if (!existed)
			*v = size_begin_bound(c, o, o->func,
					      o->start_ns > z->first_ns ? o->start_ns - z->first_ns : 0);
	}
}

static void size_thread_begin(struct conv *c)
{
	struct conv_size *z = c->size;

	z->sibs.n = 0;
	z->switched = false;
	z->max_dur = 0;
	z->seq_bytes = 0;
	z->last_begin = 0;
	mm_live_clear(&z->forced);
}

/* The names a thread defined, its first packet: under its longest call
 * that needs them. */
static void size_thread_end(struct conv *c)
{
	struct conv_size *z = c->size;

	for (size_t i = 0; i < z->ntouched; i++) {
		uint32_t func = z->touched[i];
		uint64_t v = z->func_max[func];

		/* + 2: the packet's length may take more bytes once it holds them */
		budget_add(&z->b, v == UINT64_MAX ? BUDGET_ALWAYS : v - 1, 0,
			   c->funcs[func].intern_size + 2);
		z->func_max[func] = 0;
	}
	z->ntouched = 0;
	if (c->seq_started) {
		uint64_t t = c->base_ns + z->last_begin;

		/* It holds the time of the first begin kept, twice. */
		if (t < z->seq_t0)
			t = z->seq_t0;
		budget_add(&z->b, z->max_dur, 0,
			   z->seq_bytes + 2 * (pb_varint_size(t) - pb_varint_size(z->seq_t0)) + 4);
		z->call_bytes += z->seq_bytes;
	}
}

/* The hot path of on_call(), of most calls: Perfetto, one pass, no values
 * nor flows, the function's iid defined on the thread's sequence. */
static inline bool conv_plain_begin(struct conv *c, const struct frame *f)
{
	uint64_t iid;

	if (c->chrome || c->flows || c->proc_causes || c->threshold || c->size || frame_args(f) ||
	    !c->seq_started ||
	    f->func >= c->nfuncs || c->funcs[f->func].seq != c->pf.seq)
		return false;
	iid = c->iid_base + f->func;
	pf_slice_begin(&c->pf, c->base_ns + f->start_ns, iid, c->funcs[f->func].has_loc ? iid : 0);
	return true;
}

static int on_call(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct conv *c = ctx;
	struct conv_call k = { f->frame_id, f->start_ns, 0, frame_args(f), f->func, false };

	if (__builtin_expect(c->proc_pending, 0) && !f->depth) {
		k.proc = true;
		c->proc_pending = false;
	} else if (conv_plain_begin(c, f)) {
		goto tick;
	}
	if (c->flows && flows_cause_is_item(c->flows, f))
		k.cause = flows_cause(c->flows, c->th, f);
	if (c->threshold) {
		pend_flush(c, f->start_ns);
		ALLOC_GROW(c->pend, c->npend + 1, c->apend);
		c->pend[c->npend++] = k;
	} else if (c->size) {
		size_enter(c, f, &k);
	} else {
		conv_begin(c, &k);
	}
tick:
	if (++c->events >= c->next_tick)
		return conv_tick(c);
	return 0;
}

static int on_leave(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct conv *c = ctx;

	if (!c->chrome && !c->flows && !c->threshold && !c->size && !frame_ret(f)) {
		pf_slice_end(&c->pf, c->base_ns + f->end_ns); /* the hot path */
	} else if (c->threshold) {
		pend_flush(c, f->end_ns);
		if (c->npend > c->pend_lo) {
			/* Shorter than the threshold: left out, as were its calls. */
			if (c->pend[c->npend - 1].frame_id != f->frame_id)
				BUG("frame %" PRIu64 " ends, %" PRIu64 " is waiting", f->frame_id,
				    c->pend[c->npend - 1].frame_id);
			if (--c->npend == c->pend_lo)
				c->pend_lo = c->npend = 0;
			c->left_out++;
		} else {
			conv_end(c, f);
		}
	} else if (c->size) {
		size_leave(c, f, stack);
	} else {
		conv_end(c, f);
	}
	if (++c->events >= c->next_tick)
		return conv_tick(c);
	return 0;
}

static int on_ctx_save(void *ctx, uint64_t key, size_t depth)
{
	struct conv *c = ctx;

	if (c->threshold)
		pend_flush_all(c);
	else if (c->size)
		size_ctx_save(c, depth);
	return 0;
}

static int on_thread_end(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct conv *c = ctx;

	if (c->size)
		size_thread_end(c);
	c->pend_lo = c->npend = 0;
	return 0;
}

static int on_mem(void *ctx, const struct mem_event *m, const struct frame *stack, size_t depth)
{
	struct conv *c = ctx;
	struct mm_rec r = { .ns = m->ns, .size = m->size, .ptr = m->ptr, .kind = m->kind };

	if (c->chrome)
		return 0;
	if (mm_spill_add(&c->spill, &r))
		return 1;
	if (++c->events >= c->next_tick)
		return conv_tick(c);
	return 0;
}

static const struct frames_ops conv_ops = {
	.thread_begin = on_thread_begin,
	.thread_end = on_thread_end,
	.enter = on_call,
	.exit = on_leave,
	.mem = on_mem,
	.ctx_save = on_ctx_save,
};

/* The process's heap counter track: the uuid of its process track, high bit set. */
static uint64_t heap_uuid(const struct conv *c)
{
	return c->uuid_base | 1ull << 63;
}

static void heap_flush(struct conv *c)
{
	if (c->heap_pending)
		pf_counter(&c->pf, c->heap_ns, (int64_t)c->heap);
	c->heap_pending = false;
}

/* One memory event of the process, in time order. */
static int heap_step(void *ctx, const struct mm_rec *r)
{
	struct conv *c = ctx;
	uint64_t ns = c->base_ns + r->ns, size = r->size;
	bool existed;

	if (!r->ptr) /* a failed allocation, free(NULL) */
		return 0;
	if (!c->heap_started) {
		pf_start_sequence(&c->pf, c->next_seq++, ns, heap_uuid(c));
		c->heap_started = true;
	} else if (ns != c->heap_ns) {
		heap_flush(c);
	}
	if (trace_mem_acquires(r->kind)) {
		uint64_t *v = mm_live_put(&c->live, r->ptr, &existed);

		/* The address is allocated again: its block was freed unseen. */
		if (existed)
			c->heap -= *v < c->heap ? *v : c->heap;
		*v = size;
		c->heap += size;
	} else {
		mm_live_take(&c->live, r->ptr, &size);
		c->heap -= size < c->heap ? size : c->heap;
	}
	c->heap_ns = ns;
	c->heap_pending = true;
	if (++c->events >= c->next_tick)
		return conv_tick(c);
	return 0;
}

/* After the log's threads: its heap counter track, if it has memory events. */
static int conv_heap(struct conv *c)
{
	int ret;

	if (c->chrome || !c->spill.total)
		return 0;
	pf_write_counter_track(&c->pf, c->base_ns, heap_uuid(c), c->uuid_base, "heap");
	c->heap = 0;
	c->heap_started = c->heap_pending = false;
	ret = mm_spill_merge(&c->spill, heap_step, c);
	heap_flush(c);
	mm_live_clear(&c->live);
	mm_spill_reset(&c->spill);
	return ret;
}

/* An instant event of what a log is missing, before it is written. */
struct loss_mark {
	uint64_t ns, track;
	char *name;
	struct pf_arg args[8];
	size_t nargs;
	char *text; /* owned, among args */
};

static int cmp_mark(const void *x, const void *y)
{
	const struct loss_mark *a = x, *b = y;

	return a->ns < b->ns ? -1 : a->ns > b->ns;
}

/*
 * Perfetto: what the log is missing (tools/read/loss.h), on a sequence of
 * its own: an instant event on the process track, when recording stopped
 * or at the log's end, named as the line on stderr, with the counts as
 * debug annotations; and one on each thread that lost events, where its
 * events end.
 */
static void conv_loss(struct conv *c)
{
	const struct trace *t = c->t;
	struct trace_loss l;
	struct loss_mark *m;
	char *line, *damage, reason[512] = "", buf[160];
	uint64_t end = t->end_ns;
	size_t n = 0;

	trace_loss_get(t, &l);
	if (c->chrome || !trace_loss_any(&l))
		return;
	m = xcalloc(t->nthreads + 1, sizeof(*m));
	line = trace_loss_line(&l);
	damage = trace_loss_damage_line(&l);
	for (uint32_t r = 0; r < LOSS_REASONS; r++)
		if (l.by_reason[r])
			snprintf(reason + strlen(reason), sizeof(reason) - strlen(reason), "%s%s",
				 *reason ? "; " : "",
				 trace_loss_reason_text(r, r == l.stop_reason ? l.stop_errno : 0, buf,
							sizeof(buf)));
	for (size_t i = 0; i < t->nthreads; i++) {
		const struct trace_thread *th = &t->threads[i];
		struct loss_mark *k;
		uint32_t r;

		if (th->last_ns > end)
			end = th->last_ns;
		if (!th->lost)
			continue;
		k = &m[n++];
		k->ns = c->base_ns + th->last_ns;
		k->track = c->uuid_base + th->serial;
		k->name = xasprintf("sftrace: %" PRIu64 " events of this thread lost", th->lost);
		r = th->lost_reason == FMT_LOST_STOPPED && l.stop_reason ? l.stop_reason
									 : th->lost_reason;
		k->text = xstrdup(trace_loss_reason_text(r, r == l.stop_reason ? l.stop_errno : 0,
							 buf, sizeof(buf)));
		k->args[k->nargs++] = (struct pf_arg){ "lost_events", NULL, th->lost };
		k->args[k->nargs++] = (struct pf_arg){ "lost_reason", k->text, 0 };
	}
	{
		struct loss_mark *k = &m[n++];

		k->ns = c->base_ns + (l.stopped && t->stop_ns ? t->stop_ns : end);
		k->track = c->uuid_base;
		k->name = xasprintf("sftrace: %s%s%s%s", line ? line : "",
				    line && damage ? "; " : "", damage ? "damaged: " : "",
				    damage ? damage : "");
		k->args[k->nargs++] = (struct pf_arg){ "lost_events", NULL, l.lost };
		k->args[k->nargs++] = (struct pf_arg){ "lost_threads", NULL, l.lost_threads };
		k->args[k->nargs++] = (struct pf_arg){ "lost_reason", reason, 0 };
		if (l.stopped)
			k->args[k->nargs++] = (struct pf_arg){ "stopped_before_end_ns", NULL,
							       l.stop_before_end_ns };
		k->args[k->nargs++] = (struct pf_arg){ "filter_dropped", NULL, l.filter_dropped };
		k->args[k->nargs++] = (struct pf_arg){ "damage", damage ? damage : "", 0 };
	}
	qsort(m, n, sizeof(*m), cmp_mark);
	pf_start_sequence(&c->pf, c->next_seq++, m[0].ns, c->uuid_base);
	for (size_t i = 0; i < n; i++) {
		pf_instant(&c->pf, m[i].ns, m[i].track == c->uuid_base ? 0 : m[i].track, m[i].name,
			   m[i].args, m[i].nargs);
		free(m[i].name);
		free(m[i].text);
	}
	free(m);
	free(line);
	free(damage);
}

/* Convert one log (already opened and added to the symbolizer). */
static int conv_log(struct conv *c, int index, uint64_t *next_frame_id)
{
	struct trace *t = &c->logs[index];
	struct frames_stats stats = { 0 };
	uint32_t max_func = 0;
	int ret;

	c->t = t;
	c->log_index = index;
	c->base_ns = t->start_mono_ns;
	c->uuid_base = (uint64_t)(index + 1) << 32;
	c->thread_index = 0;
	if (c->chrome) {
		cj_process_name(&c->cj, t->pid, trace_process_name(t));
	} else {
		pf_write_process(&c->pf, c->base_ns, c->uuid_base, t->pid, trace_process_name(t),
				 (const char *const *)t->argv, t->argc);
	}
	for (size_t i = 0; i < t->nmodules; i++) {
		uint32_t end = t->modules[i].id_base + t->modules[i].nfuncs;
		if (end > max_func)
			max_func = end;
	}
	conv_grow_funcs(c, max_func);

	if (c->chrome) {
		c->flows = flows_resolve(t, *next_frame_id); /* arrows out, no way back */
	} else {
		/* --max-size: the first pass resolves them for both */
		if (c->log_flows && c->log_flows[index] && !c->size) {
			c->flows = c->log_flows[index];
			c->log_flows[index] = NULL;
		} else {
			c->flows = flows_resolve(t, *next_frame_id);
			flows_resolve_back(c->flows);
		}
	}
	/* the frames of this log that started later logs' processes */
	procflows_log_walked(c->procs, (size_t)index, *next_frame_id);
	c->proc_causes = procflows_causes_in(c->procs, (size_t)index);
	ret = frames_walk(t, &conv_ops, c, next_frame_id, &stats);
	if (c->size && c->log_flows)
		c->log_flows[index] = c->flows;
	else
		flows_free(c->flows);
	c->flows = NULL;
	if (!ret && conv_heap(c))
		ret = 1; /* the error is already reported */
	if (c->o->progress)
		clear_progress(c);
	if (ret < 0)
		return error("cannot convert '%s': the log could not be decoded", t->path);
	if (ret > 0 || c->out.failed)
		return -1; /* the sink's error is reported by sink_close() */
	if (!c->size) {
		trace_loss_note(t);
		frames_stats_report(&stats, t->path);
	}
	conv_loss(c);

	/* The next log's iids start above every id this one used. */
	c->iid_base += c->nfuncs;
	conv_release_funcs(c);
	return 0;
}

/* The logs in the order their processes started (order[0] first). */
static int conv_logs(struct conv *c, const int *order)
{
	uint64_t next_frame_id = 1;

	c->next_seq = PF_SEQ_GLOBAL + 1;
	c->iid_base = 0;
	c->events = 0;
	c->next_tick = CONV_TICK;
	if (c->chrome) {
		cj_begin(&c->cj, &c->out);
	} else {
		/* The earliest log's clocks anchor MONOTONIC to wall time. */
		const struct trace *first = &c->logs[order[0]];

		pf_writer_release(&c->pf);
		pf_writer_init(&c->pf, &c->out);
		pf_write_clock_snapshot(&c->pf, first->start_mono_ns, first->start_realtime_ns);
	}
	for (int i = 0; i < c->nlogs; i++)
		if (conv_log(c, order[i], &next_frame_id))
			return -1;
	if (c->chrome)
		cj_end(&c->cj);
	return 0;
}

/* --max-size: what the trace says of it (an instant event, see mark_write). */
struct size_mark {
	uint64_t max_size, threshold, kept, left_out;
};

/*
 * The mark of --max-size: an instant event named like the line on stderr
 * on the process track of the first log, at its start, on a sequence of
 * its own (seq), with the figures as debug annotations.
 */
static void mark_write(struct conv *c, struct pf_writer *w, uint32_t seq, const int *order,
		       const struct size_mark *m)
{
	const struct trace *t = &c->logs[order[0]];
	uint64_t track = (uint64_t)(order[0] + 1) << 32;
	char size[FMT_BYTES_MAX], dur[FMT_DURATION_MAX], *name;
	struct pf_arg args[] = {
		{ "max_size", NULL, m->max_size },
		{ "threshold_ns", NULL, m->threshold },
		{ "calls_kept", NULL, m->kept },
		{ "calls_left_out", NULL, m->left_out },
	};

	fmt_bytes(size, m->max_size);
	if (!m->left_out)
		name = xasprintf("sftrace: --max-size %s: no call left out", size);
	else if (m->threshold == BUDGET_ALWAYS)
		name = xasprintf("sftrace: --max-size %s: %" PRIu64 " calls left out, %" PRIu64
				 " kept",
				 size, m->left_out, m->kept);
	else
		name = xasprintf("sftrace: --max-size %s: %" PRIu64 " calls shorter than %s left out, %" PRIu64
				 " kept",
				 size, m->left_out, fmt_duration(dur, m->threshold, 0), m->kept);
	pf_start_sequence(w, seq, t->start_mono_ns, track);
	pf_instant(w, t->start_mono_ns, 0, name, args, sizeof(args) / sizeof(args[0]));
	free(name);
}

/* The bytes of that mark. */
static uint64_t mark_size(struct conv *c, const int *order, const struct size_mark *m)
{
	struct sink s;
	struct pf_writer w;
	uint64_t n;

	sink_open_null(&s);
	pf_writer_init(&w, &s);
	mark_write(c, &w, c->next_seq, order, m);
	n = sink_bytes(&s);
	pf_writer_release(&w);
	sink_close(&s);
	return n;
}

/*
 * --max-size, the first pass: convert into a null sink, measuring; then
 * choose the threshold (c->threshold, BUDGET_ALWAYS to leave every call
 * out; 0 when the whole trace fits) and say it. Returns 0 or -1.
 */
static int conv_measure(struct conv *c, const int *order)
{
	const struct convert_opts *o = c->o;
	struct conv_size *z = xcalloc(1, sizeof(*z));
	struct size_mark m = { o->max_size, 0, 0, 0 };
	uint64_t whole, mark0, reserve = 0, bytes = 0, need;
	char b1[FMT_BYTES_MAX], b2[FMT_BYTES_MAX], dur[FMT_DURATION_MAX];
	int ret = -1;

	mm_live_init(&z->forced, sizeof(uint64_t));
	c->size = z;
	c->log_flows = xcalloc((size_t)c->nlogs, sizeof(*c->log_flows));
	sink_open_null(&c->out);
	if (conv_logs(c, order))
		goto out;
	m.kept = c->size_calls = z->b.all_calls;
	mark0 = mark_size(c, order, &m);
	whole = sink_bytes(&c->out) + mark0;
	fmt_bytes(b1, o->max_size);
	if (whole <= o->max_size) {
		note("--max-size %s: the whole trace fits (%" PRIu64 " bytes uncompressed): "
		     "no call left out, %" PRIu64 " kept", b1, whole, m.kept);
		c->threshold = 0;
		ret = 0;
		goto out;
	}
	/* Whatever the threshold: descriptors, memory counters, marks of loss. */
	z->b.fixed += whole - mark0 - z->call_bytes;
	for (;;) {
		if (reserve > o->max_size ||
		    budget_choose(&z->b, o->max_size - reserve, &m.threshold, &bytes, &m.kept)) {
			error("--max-size %s is too small: the trace needs %s without any call "
			      "(its tracks, memory counters and marks)",
			      b1, fmt_bytes(b2, z->b.fixed + (reserve ? reserve : mark0)));
			goto out;
		}
		m.left_out = z->b.all_calls - m.kept;
		need = mark_size(c, order, &m);
		if (need <= reserve)
			break;
		reserve = need; /* the figures in the mark grew: choose again */
	}
	c->threshold = m.threshold;
	if (m.threshold == BUDGET_ALWAYS)
		note("--max-size %s: every call left out (%" PRIu64 "), %" PRIu64
		     " kept; at most %" PRIu64 " bytes uncompressed",
		     b1, m.left_out, m.kept, bytes + reserve);
	else
		note("--max-size %s: threshold %" PRIu64 " ns%s%s%s: %" PRIu64
		     " calls shorter left out, %" PRIu64 " kept; at most %" PRIu64
		     " bytes uncompressed (the whole trace: %" PRIu64 ")",
		     b1, m.threshold, m.threshold >= 1000 ? " (" : "",
		     m.threshold >= 1000 ? fmt_duration(dur, m.threshold, 0) : "",
		     m.threshold >= 1000 ? ")" : "", m.left_out, m.kept, bytes + reserve, whole);
	ret = 0;
out:
	sink_close(&c->out);
	qsort(c->ends, c->nends, sizeof(*c->ends), cmp_flow_end);
	c->size = NULL;
	budget_sibs_release(&z->sibs);
	mm_live_release(&z->forced);
	free(z->open);
	free(z->func_max);
	free(z->touched);
	free(z);
	return ret;
}

static int conv_run(const struct convert_opts *o, bool chrome)
{
	struct conv c = { .o = o, .chrome = chrome };
	struct symbolizer_opts so = { .debug_files = &o->symbol_files, .force = o->force };
	int *order = NULL;
	int nopen = 0, ret = -1;
	bool sink_open_ok = false;

	c.logs = xcalloc((size_t)o->ninputs, sizeof(*c.logs));
	c.sym = symbolizer_new(&so);
	c.vals = values_new(&o->symbol_files);
	mm_spill_init(&c.spill);
	mm_live_init(&c.live, sizeof(uint64_t));
	for (; nopen < o->ninputs; nopen++) {
		if (trace_open(&c.logs[nopen], o->inputs[nopen]))
			goto out;
		frames_tail_nesting(&c.logs[nopen], !o->no_tail_nesting);
		if (symbolizer_add_trace(c.sym, &c.logs[nopen])) {
			nopen++;
			goto out;
		}
	}
	c.nlogs = nopen;
	/*
	 * Logs in the order their processes started: a process and the program
	 * it exec'd share pid and tid, and Chrome JSON viewers want each
	 * thread's events in time order.
	 */
	order = xmalloc((size_t)c.nlogs * sizeof(*order));
	trace_start_order(c.logs, c.nlogs, order);
	if (sink_open(&c.out, o->output, -1))
		goto out;
	sink_open_ok = true;
	if (o->max_size && !chrome) {
		struct sink out = c.out; /* conv_measure() uses a null sink */
		int r = conv_measure(&c, order);

		c.out = out;
		if (r)
			goto out;
	}
	/* Arrows between processes (Perfetto, the logs of a recording given
	 * together, not with --max-size): logs are walked in start order, so a
	 * process's cause is walked before it. */
	if (!chrome && !o->max_size && c.nlogs > 1)
		c.procs = procflows_new(c.logs, (size_t)c.nlogs);
	if (conv_logs(&c, order))
		goto out;
	if (o->max_size && !chrome) {
		struct size_mark m = { o->max_size, c.threshold, 0, c.left_out };
		uint64_t all = c.size_calls;

		m.kept = all - c.left_out;
		mark_write(&c, &c.pf, c.next_seq++, order, &m);
	}
	if (!chrome && c.pf.clamped)
		warning("%" PRIu64 " timestamps went backwards on a thread and were clamped",
			c.pf.clamped);
	sink_open_ok = false;
	ret = sink_close(&c.out);
out:
	if (sink_open_ok) {
		if (c.out.failed)
			sink_close(&c.out); /* prints the write error, removes the file */
		else
			sink_abort(&c.out);
	}
	free(order);
	mm_spill_release(&c.spill);
	mm_live_release(&c.live);
	pf_writer_release(&c.pf);
	conv_release_funcs(&c);
	symbolizer_free(c.sym);
	values_free(c.vals);
	procflows_free(c.procs);
	for (int i = 0; c.log_flows && i < c.nlogs; i++)
		flows_free(c.log_flows[i]);
	free(c.log_flows);
	free(c.ends);
	free(c.pend);
	free(c.flow_buf);
	for (int i = 0; i < nopen; i++)
		trace_close(&c.logs[i]);
	free(c.logs);
	return ret;
}

int convert_perfetto(const struct convert_opts *o)
{
	return conv_run(o, false);
}

int convert_chrome(const struct convert_opts *o)
{
	return conv_run(o, true);
}
