/*
 * `sftrace convert --type pola` and `--type calls`: Parquet tables for
 * polars and DuckDB (tools/out/parquet.h does the writing).
 *
 *  pola   OUTPUT: one row per event, as the frames layer pairs them:
 *         frame_id UInt64, parent UInt64, tid UInt32, func_id UInt64,
 *         time Duration(ns), kind UInt32 (1 entry, 2 exit, 3 tail call).
 *         Frames closed by repair (unwound or still open at the end) get
 *         a kind 2 row at the time they were closed.
 *  calls  OUTPUT: one row per call, written when it ends: frame_id, parent
 *         (UInt64), depth, tid (UInt32), func_id (UInt64), start, end,
 *         duration, self (Duration(ns); self = duration minus the time in
 *         direct children).
 *  Both   OUTPUT.symtab: func_id UInt64, name String (demangled), path
 *         String ("file:line"), one row per function that occurs.
 *
 * Memory records (docs/format.md "Memory records") become pola rows of
 * kind 4 alloc, 5 free, 6 realloc new block, 7 realloc old block, in
 * stream order among the thread's calls, with three more columns, null in
 * call rows: size, align (null when not given) and ptr, all UInt64. Such
 * a row's frame_id and parent are those of the innermost open frame (0
 * outside every frame), so queries grouping rows by frame see the
 * allocations of each call; func_id is the allocation *site* (the
 * innermost frame outside the allocator, tools/read/memsite.h), or the
 * innermost frame when only allocator frames are open. The extra columns
 * exist only when the logs hold memory events: without them the file is
 * what it was before memory records existed, byte for byte. Whether they
 * do is known only by walking, so a walk starts without them and, at the
 * first memory event, starts over with them (the events before it are
 * usually few: programs allocate early).
 *
 * Identifiers across several logs (the process tree of one recording):
 * func_id is (input index << 32) | the log's function id, which is already
 * unique across that log's modules; frame ids come from one counter shared
 * by all logs; time is ns since the earliest process of the inputs started,
 * so rows of different processes line up.
 *
 * Rows are collected in small column batches and handed to the writer, so
 * memory stays at one row group whatever the size of the log.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common/format.h"
#include "tools/convert.h"
#include "tools/lib/usage.h"
#include "tools/out/outfile.h"
#include "tools/out/parquet.h"
#include "tools/out/utf8.h"
#include "tools/read/flows.h"
#include "tools/read/procflows.h"
#include "tools/read/frames.h"
#include "tools/read/loss.h"
#include "tools/read/memsite.h"
#include "tools/read/symbols.h"
#include "tools/read/trace.h"
#include "tools/read/values-compat.h"
#include "tools/read/values.h"

#define POLA_BATCH 4096
#define POLA_MAX_COLS 9
#define POLA_COLS 6	 /* without the memory columns */
#define POLA_RESTART 2	 /* a callback's value: walk again with the memory columns */

/*
 * Encodings, measured on 50 M synthetic events: DELTA_BINARY_PACKED for
 * ids, times and small codes; PLAIN for parent, whose values repeat (the
 * siblings of one caller) but jump by whole subtrees, which costs delta
 * packing a wide bit width per miniblock while zstd finds the repeats in
 * the plain values (35 MB against 69 MB). zstd level 3 instead of 1 gained
 * under 1 %. For the same reason duration and self are PLAIN in the calls
 * table: on a recorded fib(35) (30 M calls) 29 + 19 MB against 53 + 29 MB,
 * for 0.6 s more CPU time.
 */
static const struct pq_column pola_cols[] = {
	{ "frame_id", PQ_UINT64, PQ_ENC_DELTA }, { "parent", PQ_UINT64, PQ_ENC_PLAIN },
	{ "tid", PQ_UINT32, PQ_ENC_DELTA },	 { "func_id", PQ_UINT64, PQ_ENC_DELTA },
	{ "time", PQ_DURATION_NS, PQ_ENC_DELTA }, { "kind", PQ_UINT32, PQ_ENC_DELTA },
	/*
	 * With memory events only. DELTA even for addresses: on 10 M memory
	 * events among 40 M rows, 60 MB in 1.9 s against 65 MB in 2.2 s
	 * PLAIN (zstd spends its time on the plain 8-byte addresses).
	 */
	{ "size", PQ_UINT64, PQ_ENC_DELTA, true }, { "align", PQ_UINT64, PQ_ENC_DELTA, true },
	{ "ptr", PQ_UINT64, PQ_ENC_DELTA, true },
};

static const struct pq_column calls_cols[] = {
	{ "frame_id", PQ_UINT64, PQ_ENC_DELTA }, { "parent", PQ_UINT64, PQ_ENC_PLAIN },
	{ "depth", PQ_UINT32, PQ_ENC_DELTA },	 { "tid", PQ_UINT32, PQ_ENC_DELTA },
	{ "func_id", PQ_UINT64, PQ_ENC_DELTA },	 { "start", PQ_DURATION_NS, PQ_ENC_DELTA },
	{ "end", PQ_DURATION_NS, PQ_ENC_DELTA }, { "duration", PQ_DURATION_NS, PQ_ENC_PLAIN },
	{ "self", PQ_DURATION_NS, PQ_ENC_PLAIN },
};

/*
 * With value records only (logs with FMT_FLAG_VALUES), after the others:
 * a marked function's arguments and return value as text (values.h), null
 * for every other row.
 */
static const struct pq_column value_cols[] = {
	{ "args", PQ_STRING, PQ_ENC_PLAIN, true },
	{ "ret", PQ_STRING, PQ_ENC_PLAIN, true },
	/* the raw registers: bit i of the mask set for each value, in bit order */
	{ "args_mask", PQ_UINT32, PQ_ENC_PLAIN, true },
	{ "args_regs", PQ_LIST_UINT64, PQ_ENC_PLAIN, true },
	{ "ret_mask", PQ_UINT32, PQ_ENC_PLAIN, true },
	{ "ret_regs", PQ_LIST_UINT64, PQ_ENC_PLAIN, true },
};
#define POLA_VALUE_COLS 6

/*
 * With work items only (logs with FMT_FLAG_FLOWS; calls also for logs
 * whose thread creations were recorded, FMT_FLAG_THREAD_FLOWS), last: the
 * frame that caused this one (tools/read/flows.h: made the work item it
 * executes, or created its thread, for a thread's outermost frames), null
 * when none. pola: on entry rows. A program with threads but no work
 * items keeps the seed's pola schema.
 */
static const struct pq_column cause_col = { "cause", PQ_UINT64, PQ_ENC_PLAIN, true };
#define POLA_ALL_COLS (POLA_MAX_COLS + POLA_VALUE_COLS + 1)

static const struct pq_column symtab_cols[] = {
	{ "func_id", PQ_UINT64, PQ_ENC_DELTA },
	{ "name", PQ_STRING, PQ_ENC_PLAIN },
	{ "path", PQ_STRING, PQ_ENC_PLAIN },
};

struct pola {
	const struct convert_opts *o;
	struct pq_writer *w;
	bool calls;
	bool mem;	  /* pola: the memory columns are written */
	bool values;	  /* the args and ret columns are written */
	size_t ncols;	  /* of cols */
	size_t vcol;	  /* index of the args column when values */
	struct pq_column cols[POLA_ALL_COLS];
	bool flows;	  /* the cause column is written (at ccol) */
	size_t ccol;
	struct flows *fl; /* the causes of the log being walked */
	struct procflows *pf; /* the processes' causes across the logs, or NULL */
	int *order;	      /* with pf: the logs, parents first (trace_start_order()) */
	size_t log_index;     /* the log being walked */
	const struct trace_thread *th;
	struct values *vals;
	struct memsite ms;

	/* the log being walked */
	const struct trace *t;
	uint64_t func_hi; /* input index << 32 */
	uint64_t time_off;
	uint32_t tid;
	struct convert_seen *seen;

	/* the batch: one array per column, 8 bytes per value */
	size_t n;
	uint64_t *col[POLA_MAX_COLS];
	uint32_t *col32[POLA_MAX_COLS]; /* the UInt32 columns, narrowed for the writer */
	uint8_t *def[POLA_ALL_COLS]; /* nullable columns: 1 a value, 0 null */
	uint64_t *cause;		    /* the cause column's values */
	uint8_t *cause_def;		    /* and whether each is set */
	struct pq_str *str[2];	  /* args, ret: the texts */
	uint32_t *mask[2];	  /* args_mask, ret_mask */
	struct pq_list *list[2];  /* args_regs, ret_regs */
	uint64_t *regs[2];	  /* their values, 16 slots a row */
	char **owned;	/* the batch's text copies, freed at flush */
	size_t nowned, owned_alloc;

	/* progress */
	uint64_t rows_done, next_progress;
	struct timespec t0;
};

void convert_seen_mark(struct convert_seen *s, uint32_t func)
{
	size_t byte = func >> 3;

	s->bits = xgrow_zeroed(s->bits, &s->len, byte, 64, 1);
	s->bits[byte] |= (uint8_t)(1u << (func & 7));
}

static double elapsed(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static void pola_progress(struct pola *p, bool last)
{
	double s = elapsed(&p->t0);

	fprintf(stderr, "\rsftrace: converting: %.1f M rows, %.1f s (%.1f M rows/s)%s",
		(double)p->rows_done / 1e6, s, s > 0 ? (double)p->rows_done / 1e6 / s : 0.0,
		last ? "\n" : "");
}

/* Hand the batch to the writer. */
static int pola_flush(struct pola *p)
{
	const void *vals[POLA_ALL_COLS];
	const uint8_t *defs[POLA_ALL_COLS];
	const struct pq_column *cols = p->cols;
	int ret;

	if (!p->n)
		return 0;
	for (size_t i = 0; i < p->ncols; i++) {
		defs[i] = p->def[i];
		if (p->flows && i == p->ccol) {
			vals[i] = p->cause;
			defs[i] = p->cause_def;
			continue;
		}
		if (p->values && i >= p->vcol) {
			size_t k = i - p->vcol;

			vals[i] = k < 2 ? (const void *)p->str[k]
				: k % 2 ? (const void *)p->list[(k - 3) / 2]
					: (const void *)p->mask[(k - 2) / 2];
			continue;
		}
		vals[i] = p->col[i];
		if (cols[i].type == PQ_UINT32) {
			for (size_t j = 0; j < p->n; j++)
				p->col32[i][j] = (uint32_t)p->col[i][j];
			vals[i] = p->col32[i];
		}
	}
	ret = pq_write_nulls(p->w, p->n, vals, defs);
	for (size_t i = 0; i < p->nowned; i++)
		free(p->owned[i]);
	p->nowned = 0;
	if (ret)
		return -1;
	p->rows_done += p->n;
	p->n = 0;
	if (p->o->progress && p->rows_done >= p->next_progress) {
		p->next_progress = p->rows_done + (1u << 22);
		pola_progress(p, false);
	}
	return 0;
}

/* Row i's value column k: the text, or null. */
static void pola_value(struct pola *p, size_t i, unsigned k, const char *text)
{
	char *copy;

	p->def[p->vcol + k][i] = text != NULL;
	if (!text)
		return;
	text = utf8_clean(text, &copy);
	if (!copy)
		copy = xstrdup(text);
	ALLOC_GROW(p->owned, p->nowned + 1, p->owned_alloc);
	p->owned[p->nowned++] = copy;
	p->str[k][i] = (struct pq_str){ copy, (uint32_t)strlen(copy) };
}

/* Row i's raw registers k (0 args, 1 ret): mask and values, or nulls. */
static void pola_regs(struct pola *p, size_t i, unsigned k, const struct trace_values *tv)
{
	uint64_t *slot = p->regs[k] + 16 * i;
	uint32_t n = 0;

	p->def[p->vcol + 2 + 2 * k][i] = p->def[p->vcol + 3 + 2 * k][i] = tv != NULL;
	if (!tv)
		return;
	for (int b = 0; b < 16; b++)
		if (tv->mask & (1u << b))
			slot[n++] = tv->reg[b];
	p->mask[k][i] = tv->mask & 0xffff;
	p->list[k][i] = (struct pq_list){ slot, n };
}

/* Row i's args (at an entry) or ret (at an exit) for frame f. */
static void pola_values(struct pola *p, size_t i, const struct frame *f, bool entry, bool exit)
{
	const struct trace_values *a = f && entry ? frame_args(f) : NULL;
	const struct trace_values *r = f && exit ? frame_ret(f) : NULL;

	pola_value(p, i, 0, a ? values_args_text(p->vals, p->t, f->func, a) : NULL);
	pola_value(p, i, 1, r ? values_ret_text(p->vals, p->t, f->func, r) : NULL);
	pola_regs(p, i, 0, a);
	pola_regs(p, i, 1, r);
}

/* Row i's cause: of frame f, or null. */
static void pola_cause(struct pola *p, size_t i, const struct frame *f)
{
	uint64_t c = f ? flows_cause(p->fl, p->th, f) : 0;

	if (!c && f && !f->depth && p->pf) /* a process's first thread: who started it */
		c = procflows_cause(p->pf, p->log_index, p->th->serial);

	p->cause_def[i] = c != 0;
	p->cause[i] = c;
}

static inline int pola_row(struct pola *p, const struct frame *f, uint64_t ns, uint32_t kind)
{
	size_t i = p->n;

	p->col[0][i] = f->frame_id;
	p->col[1][i] = f->parent_id;
	p->col[2][i] = p->tid;
	p->col[3][i] = p->func_hi | f->func;
	p->col[4][i] = ns + p->time_off;
	p->col[5][i] = kind;
	if (p->mem)
		p->def[6][i] = p->def[7][i] = p->def[8][i] = 0;
	if (p->values)
		pola_values(p, i, f, kind == TRACE_ENTRY, kind == TRACE_EXIT);
	if (p->flows)
		pola_cause(p, i, kind == TRACE_ENTRY ? f : NULL);
	if (++p->n == POLA_BATCH)
		return pola_flush(p);
	return 0;
}

static int pola_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct pola *p = ctx;

	convert_seen_mark(p->seen, f->func);
	return pola_row(p, f, f->start_ns, TRACE_ENTRY);
}

/* A memory event: the innermost open frame's ids, the site's function. */
static int pola_mem(void *ctx, const struct mem_event *m, const struct frame *stack, size_t depth)
{
	struct pola *p = ctx;
	const struct frame *top = depth ? &stack[depth - 1] : NULL;
	size_t i = p->n;
	long site;

	if (!p->mem)
		return POLA_RESTART;
	site = memsite_find(&p->ms, p->t, stack, depth);
	if (site < 0 && top)
		site = (long)depth - 1;
	p->col[0][i] = top ? top->frame_id : 0;
	p->col[1][i] = top ? top->parent_id : 0;
	p->col[2][i] = p->tid;
	p->col[3][i] = 0;
	if (site >= 0) {
		convert_seen_mark(p->seen, stack[site].func);
		p->col[3][i] = p->func_hi | stack[site].func;
	}
	p->col[4][i] = m->ns + p->time_off;
	p->col[5][i] = m->kind;
	p->col[6][i] = m->size;
	p->col[7][i] = m->align;
	p->col[8][i] = m->ptr;
	p->def[6][i] = p->def[8][i] = 1;
	p->def[7][i] = m->align != 0;
	if (p->values)
		pola_values(p, i, top, false, false);
	if (p->flows)
		pola_cause(p, i, NULL);
	if (++p->n == POLA_BATCH)
		return pola_flush(p);
	return 0;
}

static int pola_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	return pola_row(ctx, f, f->end_ns, f->end == FRAME_END_TAIL ? TRACE_TAIL : TRACE_EXIT);
}

static int calls_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct pola *p = ctx;
	size_t i = p->n;
	uint64_t dur = f->end_ns - f->start_ns;

	convert_seen_mark(p->seen, f->func);
	p->col[0][i] = f->frame_id;
	p->col[1][i] = f->parent_id;
	p->col[2][i] = f->depth;
	p->col[3][i] = p->tid;
	p->col[4][i] = p->func_hi | f->func;
	p->col[5][i] = f->start_ns + p->time_off;
	p->col[6][i] = f->end_ns + p->time_off;
	p->col[7][i] = dur;
	p->col[8][i] = dur - (f->child_ns < dur ? f->child_ns : dur);
	if (p->values)
		pola_values(p, i, f, true, f->end == FRAME_END_EXIT);
	if (p->flows)
		pola_cause(p, i, f);
	if (++p->n == POLA_BATCH)
		return pola_flush(p);
	return 0;
}

static int pola_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct pola *p = ctx;

	p->t = t;
	p->tid = th->tid;
	p->th = th;
	return 0;
}

/* OUTPUT.symtab: the functions that occur, in func_id order. */
struct symtab_batch {
	size_t n;
	uint64_t ids[POLA_BATCH];
	struct pq_str names[POLA_BATCH], locs[POLA_BATCH];
	char *copies[2 * POLA_BATCH]; /* names repaired to valid UTF-8 */
	size_t ncopies;
};

static struct pq_str symtab_str(struct symtab_batch *b, const char *s)
{
	char *copy;

	s = utf8_clean(s, &copy);
	if (copy)
		b->copies[b->ncopies++] = copy;
	return (struct pq_str){ s, (uint32_t)strlen(s) };
}

static int symtab_flush(struct pq_writer *w, struct symtab_batch *b)
{
	const void *v[3] = { b->ids, b->names, b->locs };
	int ret = b->n ? pq_write(w, b->n, v) : 0;

	for (size_t i = 0; i < b->ncopies; i++)
		free(b->copies[i]);
	b->n = b->ncopies = 0;
	return ret;
}

/* Append "what" to the string *s (a list separated by sep). */
static void join(char **s, const char *sep, const char *what)
{
	char *n = *s ? xasprintf("%s%s%s", *s, sep, what) : xstrdup(what);

	free(*s);
	*s = n;
}

/*
 * What the logs miss, as key-value metadata of a table: sftrace.lost_events
 * and sftrace.filter_dropped (counts over the logs), sftrace.lost_reason
 * (the reasons, "; " between them), sftrace.damage and sftrace.loss (the
 * lines the command prints, "LOG: ...", one per line); "0" and "" when
 * there is nothing (docs/sftrace-convert.md).
 */
static void loss_metadata(struct pq_writer *w, const struct trace *traces, int n)
{
	uint64_t lost = 0, dropped = 0;
	char *reasons = NULL, *damage = NULL, *lines = NULL, num[24], buf[160];

	for (int i = 0; i < n; i++) {
		struct trace_loss l;
		char *line, *dline;

		trace_loss_get(&traces[i], &l);
		lost += l.lost;
		dropped += l.filter_dropped;
		for (uint32_t r = 0; r < LOSS_REASONS; r++) {
			const char *text;

			if (!l.by_reason[r])
				continue;
			text = trace_loss_reason_text(r, r == l.stop_reason ? l.stop_errno : 0, buf,
						      sizeof(buf));
			if (!reasons || !strstr(reasons, text))
				join(&reasons, "; ", text);
		}
		if ((line = trace_loss_line(&l))) {
			char *s = xasprintf("%s: %s", traces[i].path, line);
			join(&lines, "\n", s);
			free(s);
		}
		if ((dline = trace_loss_damage_line(&l))) {
			char *s = xasprintf("%s: %s", traces[i].path, dline);
			join(&damage, "\n", s);
			join(&lines, "\n", s);
			free(s);
		}
		free(line);
		free(dline);
	}
	snprintf(num, sizeof(num), "%" PRIu64, lost);
	pq_set_metadata(w, "sftrace.lost_events", num);
	pq_set_metadata(w, "sftrace.lost_reason", reasons ? reasons : "");
	snprintf(num, sizeof(num), "%" PRIu64, dropped);
	pq_set_metadata(w, "sftrace.filter_dropped", num);
	pq_set_metadata(w, "sftrace.damage", damage ? damage : "");
	pq_set_metadata(w, "sftrace.loss", lines ? lines : "");
	free(reasons);
	free(damage);
	free(lines);
}

static int write_symtab(const struct convert_opts *o, struct trace *traces,
			struct convert_seen *seen, struct symbolizer *sym)
{
	char *path = xasprintf("%s.symtab", o->output);
	struct pq_writer *w = pq_open(path, symtab_cols, 3, NULL);
	struct symtab_batch *b = xcalloc(1, sizeof(*b));
	int ret = 0;

	if (!w) {
		free(b);
		free(path);
		return -1;
	}
	loss_metadata(w, traces, o->ninputs);
	for (int li = 0; li < o->ninputs && !ret; li++) {
		for (size_t byte = 0; byte < seen[li].len && !ret; byte++) {
			if (!seen[li].bits[byte])
				continue;
			for (unsigned bit = 0; bit < 8 && !ret; bit++) {
				uint32_t func = (uint32_t)(byte * 8 + bit);
				const struct sym_info *si;

				if (!(seen[li].bits[byte] & (1u << bit)))
					continue;
				si = symbolizer_lookup(sym, &traces[li], func);
				b->ids[b->n] = (uint64_t)li << 32 | func;
				b->names[b->n] = symtab_str(b, si->name);
				b->locs[b->n] = symtab_str(b, symbolizer_location(sym, si));
				if (++b->n == POLA_BATCH)
					ret = symtab_flush(w, b);
			}
		}
	}
	if (!ret)
		ret = symtab_flush(w, b);
	if (ret)
		pq_abort(w);
	else
		ret = pq_close(w);
	free(b);
	free(path);
	return ret;
}

int convert_logs_open(struct convert_logs *l, const struct convert_opts *o)
{
	memset(l, 0, sizeof(*l));
	l->traces = xcalloc((size_t)o->ninputs, sizeof(*l->traces));
	l->seen = xcalloc((size_t)o->ninputs, sizeof(*l->seen));
	l->sym = symbolizer_new(&(struct symbolizer_opts){ .debug_files = &o->symbol_files,
							     .force = o->force });
	l->t0 = UINT64_MAX;
	for (; l->opened < o->ninputs; l->opened++) {
		struct trace *t = &l->traces[l->opened];

		if (trace_open(t, o->inputs[l->opened]))
			return -1;
		/* pola's rows are the events as recorded: a tail call is a kind 3
		 * row at the jump, whatever the other tables nest */
		frames_tail_nesting(t, !o->no_tail_nesting && strcmp(o->type, "pola"));
		if (symbolizer_add_trace(l->sym, t)) {
			l->opened++;
			return -1;
		}
		if (t->start_mono_ns < l->t0)
			l->t0 = t->start_mono_ns;
	}
	return 0;
}

void convert_logs_close(struct convert_logs *l, const struct convert_opts *o)
{
	for (int i = 0; l->seen && i < o->ninputs; i++)
		free(l->seen[i].bits);
	free(l->seen);
	symbolizer_free(l->sym);
	for (int i = 0; i < l->opened; i++)
		trace_close(&l->traces[i]);
	free(l->traces);
	memset(l, 0, sizeof(*l));
}

void convert_warn_truncated(const struct trace *t)
{
	trace_loss_note(t);
}

int convert_commit_tables(const struct convert_opts *o, struct pq_writer *w,
			  struct convert_logs *l)
{
	struct outfile table = { .fd = -1 };
	int ret;

	/* The table appears only once its symbol table is written. */
	loss_metadata(w, l->traces, o->ninputs);
	ret = pq_close_pending(w, &table);
	if (!ret)
		ret = write_symtab(o, l->traces, l->seen, l->sym);
	if (ret) {
		outfile_discard(&table);
	} else if ((ret = outfile_commit(&table))) {
		char *symtab = xasprintf("%s.symtab", o->output);
		unlink(symtab); /* no symbols without their table */
		free(symtab);
	}
	return ret;
}

/*
 * One walk over every log into a new OUTPUT. Returns 0, POLA_RESTART when
 * a memory event came while the memory columns were off, or -1.
 */
static int pola_pass(struct pola *p, struct convert_logs *l, struct frames_stats *stats)
{
	const struct convert_opts *o = p->o;
	struct frames_ops ops = {
		.thread_begin = pola_thread_begin,
		.enter = p->calls ? NULL : pola_enter,
		.exit = p->calls ? calls_exit : pola_exit,
		.mem = p->calls ? NULL : pola_mem,
	};
	uint64_t next_frame_id = 1;
	int ret;

	p->ncols = p->calls ? sizeof(calls_cols) / sizeof(*calls_cols)
			    : p->mem ? sizeof(pola_cols) / sizeof(*pola_cols) : POLA_COLS;
	memcpy(p->cols, p->calls ? calls_cols : pola_cols, p->ncols * sizeof(*p->cols));
	if (p->values) {
		p->vcol = p->ncols;
		memcpy(p->cols + p->ncols, value_cols, sizeof(value_cols));
		p->ncols += POLA_VALUE_COLS;
	}
	if (p->flows) {
		p->ccol = p->ncols;
		p->cols[p->ncols++] = cause_col;
	}
	p->n = 0;
	p->rows_done = 0;
	p->next_progress = 1u << 22;
	clock_gettime(CLOCK_MONOTONIC, &p->t0);
	memset(stats, 0, sizeof(*stats));
	for (int i = 0; i < o->ninputs; i++)
		if (l->seen[i].bits)
			memset(l->seen[i].bits, 0, l->seen[i].len);
	p->w = pq_open(o->output, p->cols, p->ncols, NULL);
	if (!p->w)
		return -1;
	for (int n = 0; n < o->ninputs; n++) {
		/* parents before children, when a process's cause is in another log */
		int i = p->order ? p->order[n] : n;

		p->log_index = (size_t)i;
		procflows_log_walked(p->pf, (size_t)i, next_frame_id);
		p->func_hi = (uint64_t)i << 32;
		p->time_off = l->traces[i].start_mono_ns - l->t0;
		p->seen = &l->seen[i];
		p->fl = p->flows ? flows_resolve(&l->traces[i], next_frame_id) : NULL;
		ret = frames_walk(&l->traces[i], &ops, p, &next_frame_id, stats);
		flows_free(p->fl);
		p->fl = NULL;
		if (ret)
			return ret == POLA_RESTART && !p->mem ? POLA_RESTART : -1;
	}
	return pola_flush(p);
}

static int convert_parquet(const struct convert_opts *o, bool calls)
{
	struct convert_logs l;
	struct pola p = { .o = o, .calls = calls };
	struct frames_stats stats = { 0 };
	int ret = -1;

	if (convert_logs_open(&l, o))
		goto out;
	memsite_init(&p.ms, l.sym);
	for (size_t i = 0; i < POLA_MAX_COLS; i++) {
		p.col[i] = xmalloc(POLA_BATCH * sizeof(uint64_t));
		p.col32[i] = xmalloc(POLA_BATCH * sizeof(uint32_t));
	}
	for (int i = 0; i < o->ninputs; i++) {
		p.values = p.values || (l.traces[i].flags & FMT_FLAG_VALUES);
		/* the seed's pola table gets it for work items; calls for thread
		 * creations as well */
		p.flows = p.flows || (l.traces[i].flags & FMT_FLAG_FLOWS) ||
			  (calls && (l.traces[i].flags & FMT_FLAG_THREAD_FLOWS));
	}
	/* the calls table links a process to the frame that started it (pola
	 * too when it has the column for work items) */
	if ((calls || p.flows) && o->ninputs > 1 &&
	    (p.pf = procflows_new(l.traces, (size_t)o->ninputs))) {
		p.flows = true;
		p.order = xmalloc((size_t)o->ninputs * sizeof(*p.order));
		trace_start_order(l.traces, o->ninputs, p.order);
	}
	if (p.flows) {
		p.cause = xmalloc(POLA_BATCH * sizeof(*p.cause));
		p.cause_def = xmalloc(POLA_BATCH);
	}
	if (p.values) {
		size_t base = calls ? sizeof(calls_cols) / sizeof(*calls_cols) : POLA_MAX_COLS;

		p.vals = values_new(&o->symbol_files);
		for (unsigned k = 0; k < 2; k++) {
			p.str[k] = xcalloc(POLA_BATCH, sizeof(*p.str[k]));
			p.mask[k] = xcalloc(POLA_BATCH, sizeof(*p.mask[k]));
			p.list[k] = xcalloc(POLA_BATCH, sizeof(*p.list[k]));
			p.regs[k] = xcalloc(16 * POLA_BATCH, sizeof(*p.regs[k]));
		}
		for (unsigned k = 0; k < POLA_VALUE_COLS; k++) {
			/* pola's columns move when the memory columns come in: both slots */
			if (!p.def[base + k])
				p.def[base + k] = xmalloc(POLA_BATCH);
			if (!calls && !p.def[POLA_COLS + k])
				p.def[POLA_COLS + k] = xmalloc(POLA_BATCH);
		}
	}
	ret = pola_pass(&p, &l, &stats);
	if (ret == POLA_RESTART) {
		pq_abort(p.w);
		p.mem = true;
		for (size_t i = POLA_COLS; i < POLA_MAX_COLS; i++)
			if (!p.def[i])
				p.def[i] = xmalloc(POLA_BATCH);
		ret = pola_pass(&p, &l, &stats);
	}
	if (ret)
		goto out;
	if (o->progress)
		pola_progress(&p, true);
	for (int i = 0; i < o->ninputs; i++) /* once, whichever pass wrote the table */
		convert_warn_truncated(&l.traces[i]);
	ret = convert_commit_tables(o, p.w, &l);
	p.w = NULL;
	frames_stats_report(&stats, o->output);

out:
	pq_abort(p.w);
	for (size_t i = 0; i < POLA_MAX_COLS; i++) {
		free(p.col[i]);
		free(p.col32[i]);
	}
	for (size_t i = 0; i < POLA_ALL_COLS; i++)
		free(p.def[i]);
	free(p.cause);
	procflows_free(p.pf);
	free(p.order);
	free(p.cause_def);
	for (unsigned k = 0; k < 2; k++) {
		free(p.str[k]);
		free(p.mask[k]);
		free(p.list[k]);
		free(p.regs[k]);
	}
	for (size_t i = 0; i < p.nowned; i++)
		free(p.owned[i]);
	free(p.owned);
	values_free(p.vals);
	memsite_release(&p.ms);
	convert_logs_close(&l, o);
	return ret ? 1 : 0;
}

int convert_pola(const struct convert_opts *o)
{
	return convert_parquet(o, false);
}

int convert_calls(const struct convert_opts *o)
{
	return convert_parquet(o, true);
}
