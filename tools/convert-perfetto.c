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
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/format.h"
#include "tools/convert.h"
#include "tools/lib/usage.h"
#include "tools/out/chrome-json.h"
#include "tools/out/perfetto.h"
#include "tools/out/sink.h"
#include "tools/read/flows.h"
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

struct conv_func {
	uint32_t seq;	/* Perfetto: sequence where the iid was last defined */
	uint8_t has_loc; /* Perfetto: the iid has a source location too */
	char *json;	/* Chrome: ,"name":"...","args":{...} */
	uint32_t json_len;
};

struct conv {
	const struct convert_opts *o;
	bool chrome;
	struct symbolizer *sym;
	struct values *vals;	/* arguments and return values of marked functions */
	struct flows *flows;	/* work items of the log being converted (flows.h) */
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
};

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
	fprintf(stderr, "\rsftrace: converting '%s': thread %zu/%zu, %.1f M events\033[K",
		c->t->path, c->thread_index + 1, c->t->nthreads, (double)c->events / 1e6);
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

static int on_call(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct conv *c = ctx;
	uint64_t ns = c->base_ns + f->start_ns;
	struct conv_func *cf;
	const char *args = frame_args(f) ? values_args_text(c->vals, c->t, f->func, frame_args(f))
					 : NULL;
	struct pf_flows fl = { NULL, 0, NULL, 0, 0 };

	/* Perfetto: arrows from the frame that made a work item to the frame
	 * that executed it; a flow's id is the executor's frame id. */
	if (c->flows && !c->chrome) {
		fl.nout = flows_effects(c->flows, f->frame_id, &fl.out);
		if (flows_cause_is_item(c->flows, f)) {
			fl.in = &f->frame_id;
			fl.nin = 1;
		}
	}
	if (f->func >= c->nfuncs)
		conv_grow_funcs(c, f->func);
	cf = &c->funcs[f->func];
	if (args && c->chrome) {
		if (!cf->json)
			cj_make_fields(c, cf, f->func);
		cj_begin_args(c, cf, ns, args);
	} else if (args || fl.nout || fl.nin) {
		if (!c->seq_started) {
			pf_start_sequence(&c->pf, c->next_seq++, ns, c->uuid_base + c->th->serial);
			c->seq_started = true;
		}
		pf_begin_args(c, cf, f->func, ns, args, fl.nout || fl.nin ? &fl : NULL);
	} else if (c->chrome) {
		if (!cf->json)
			cj_make_fields(c, cf, f->func);
		cj_slice_begin(&c->cj, ns, c->key, c->keylen, cf->json, cf->json_len);
	} else {
		if (!c->seq_started) {
			pf_start_sequence(&c->pf, c->next_seq++, ns, c->uuid_base + c->th->serial);
			c->seq_started = true;
		}
		if (cf->seq == c->pf.seq)
			pf_slice_begin(&c->pf, ns, c->iid_base + f->func,
				       cf->has_loc ? c->iid_base + f->func : 0);
		else
			pf_enter_new(c, cf, f->func, ns);
	}
	if (++c->events >= c->next_tick)
		return conv_tick(c);
	return 0;
}

static int on_leave(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct conv *c = ctx;
	uint64_t ns = c->base_ns + f->end_ns;
	const char *ret = frame_ret(f) ? values_ret_text(c->vals, c->t, f->func, frame_ret(f)) : NULL;
	struct pf_flows fl = { NULL, 0, NULL, 0, PF_FLOW_BACK };

	/* The way back: an arrow from the end of an executed work item to the
	 * end of the frame on the spawning thread that waited for it. */
	if (c->flows && !c->chrome) {
		if (flows_back_waiter(c->flows, f->frame_id)) {
			fl.out = &f->frame_id;
			fl.nout = 1;
		}
		fl.nin = flows_back_joined(c->flows, f->frame_id, &fl.in);
	}
	if (fl.nout || fl.nin) {
		struct pf_arg arg = { .name = "return", .str = ret };

		pf_slice_end_flows(&c->pf, ns, &arg, ret ? 1 : 0, &fl);
	} else if (ret && c->chrome) {
		char *e = cj_escape(ret), *fields = xasprintf(",\"args\":{\"return\":\"%s\"}", e);

		cj_slice_end_fields(&c->cj, ns, c->key, c->keylen, fields, strlen(fields));
		free(fields);
		free(e);
	} else if (ret) {
		struct pf_arg arg = { .name = "return", .str = ret };

		pf_slice_end_args(&c->pf, ns, &arg, 1);
	} else if (c->chrome)
		cj_slice_end(&c->cj, ns, c->key, c->keylen);
	else
		pf_slice_end(&c->pf, ns);
	if (++c->events >= c->next_tick)
		return conv_tick(c);
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
	.enter = on_call,
	.exit = on_leave,
	.mem = on_mem,
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

	if (!c->chrome) {
		c->flows = flows_resolve(t, *next_frame_id);
		flows_resolve_back(c->flows);
	}
	ret = frames_walk(t, &conv_ops, c, next_frame_id, &stats);
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
	trace_loss_note(t);
	frames_stats_report(&stats, t->path);
	conv_loss(c);

	/* The next log's iids start above every id this one used. */
	c->iid_base += c->nfuncs;
	conv_release_funcs(c);
	return 0;
}

static int conv_run(const struct convert_opts *o, bool chrome)
{
	struct conv c = { .o = o, .chrome = chrome, .next_seq = PF_SEQ_GLOBAL + 1 };
	struct symbolizer_opts so = { .debug_files = &o->symbol_files, .force = o->force };
	uint64_t next_frame_id = 1;
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
	if (sink_open(&c.out, o->output, -1))
		goto out;
	sink_open_ok = true;
	c.next_tick = CONV_TICK;

	if (chrome) {
		cj_begin(&c.cj, &c.out);
	} else {
		/* The earliest log's clocks anchor MONOTONIC to wall time. */
		const struct trace *first = &c.logs[0];
		for (int i = 1; i < c.nlogs; i++)
			if (c.logs[i].start_mono_ns < first->start_mono_ns)
				first = &c.logs[i];
		pf_writer_init(&c.pf, &c.out);
		pf_write_clock_snapshot(&c.pf, first->start_mono_ns, first->start_realtime_ns);
	}
	/*
	 * Logs in the order their processes started: a process and the program
	 * it exec'd share pid and tid, and Chrome JSON viewers want each
	 * thread's events in time order.
	 */
	order = xmalloc((size_t)c.nlogs * sizeof(*order));
	for (int i = 0; i < c.nlogs; i++) {
		int j = i;
		for (; j > 0 && c.logs[order[j - 1]].start_mono_ns > c.logs[i].start_mono_ns; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	for (int i = 0; i < c.nlogs; i++)
		if (conv_log(&c, order[i], &next_frame_id))
			goto out;
	if (chrome)
		cj_end(&c.cj);
	else if (c.pf.clamped)
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
