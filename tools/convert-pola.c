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

#include "tools/convert.h"
#include "tools/lib/usage.h"
#include "tools/out/outfile.h"
#include "tools/out/parquet.h"
#include "tools/out/utf8.h"
#include "tools/read/frames.h"
#include "tools/read/symbols.h"
#include "tools/read/trace.h"

#define POLA_BATCH 4096
#define POLA_MAX_COLS 9

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
};

static const struct pq_column calls_cols[] = {
	{ "frame_id", PQ_UINT64, PQ_ENC_DELTA }, { "parent", PQ_UINT64, PQ_ENC_PLAIN },
	{ "depth", PQ_UINT32, PQ_ENC_DELTA },	 { "tid", PQ_UINT32, PQ_ENC_DELTA },
	{ "func_id", PQ_UINT64, PQ_ENC_DELTA },	 { "start", PQ_DURATION_NS, PQ_ENC_DELTA },
	{ "end", PQ_DURATION_NS, PQ_ENC_DELTA }, { "duration", PQ_DURATION_NS, PQ_ENC_PLAIN },
	{ "self", PQ_DURATION_NS, PQ_ENC_PLAIN },
};

static const struct pq_column symtab_cols[] = {
	{ "func_id", PQ_UINT64, PQ_ENC_DELTA },
	{ "name", PQ_STRING, PQ_ENC_PLAIN },
	{ "path", PQ_STRING, PQ_ENC_PLAIN },
};

/* Function ids seen in one log. */
struct seen {
	uint8_t *bits;
	size_t len; /* bytes */
};

struct pola {
	const struct convert_opts *o;
	struct pq_writer *w;
	bool calls;
	size_t ncols;

	/* the log being walked */
	uint64_t func_hi; /* input index << 32 */
	uint64_t time_off;
	uint32_t tid;
	struct seen *seen;

	/* the batch: one array per column, 8 bytes per value */
	size_t n;
	uint64_t *col[POLA_MAX_COLS];
	uint32_t *col32[POLA_MAX_COLS]; /* the UInt32 columns, narrowed for the writer */

	/* progress */
	uint64_t rows_done, next_progress;
	struct timespec t0;
};

static void seen_mark(struct seen *s, uint32_t func)
{
	size_t byte = func >> 3;

	if (byte >= s->len) {
		size_t len = s->len ? s->len : 64;
		while (len <= byte)
			len *= 2;
		s->bits = xrealloc(s->bits, len);
		memset(s->bits + s->len, 0, len - s->len);
		s->len = len;
	}
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
	const void *vals[POLA_MAX_COLS];
	const struct pq_column *cols = p->calls ? calls_cols : pola_cols;

	if (!p->n)
		return 0;
	for (size_t i = 0; i < p->ncols; i++) {
		vals[i] = p->col[i];
		if (cols[i].type == PQ_UINT32) {
			for (size_t j = 0; j < p->n; j++)
				p->col32[i][j] = (uint32_t)p->col[i][j];
			vals[i] = p->col32[i];
		}
	}
	if (pq_write(p->w, p->n, vals))
		return -1;
	p->rows_done += p->n;
	p->n = 0;
	if (p->o->progress && p->rows_done >= p->next_progress) {
		p->next_progress = p->rows_done + (1u << 22);
		pola_progress(p, false);
	}
	return 0;
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
	if (++p->n == POLA_BATCH)
		return pola_flush(p);
	return 0;
}

static int pola_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct pola *p = ctx;

	seen_mark(p->seen, f->func);
	return pola_row(p, f, f->start_ns, TRACE_ENTRY);
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

	seen_mark(p->seen, f->func);
	p->col[0][i] = f->frame_id;
	p->col[1][i] = f->parent_id;
	p->col[2][i] = f->depth;
	p->col[3][i] = p->tid;
	p->col[4][i] = p->func_hi | f->func;
	p->col[5][i] = f->start_ns + p->time_off;
	p->col[6][i] = f->end_ns + p->time_off;
	p->col[7][i] = dur;
	p->col[8][i] = dur - (f->child_ns < dur ? f->child_ns : dur);
	if (++p->n == POLA_BATCH)
		return pola_flush(p);
	return 0;
}

static int pola_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct pola *p = ctx;

	p->tid = th->tid;
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

static int write_symtab(const struct convert_opts *o, struct trace *traces, struct seen *seen,
			struct symbolizer *sym)
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

static int convert_parquet(const struct convert_opts *o, bool calls)
{
	struct trace *traces = xcalloc((size_t)o->ninputs, sizeof(*traces));
	struct seen *seen = xcalloc((size_t)o->ninputs, sizeof(*seen));
	struct symbolizer *sym = symbolizer_new(&(struct symbolizer_opts){
		.debug_files = &o->symbol_files, .force = o->force });
	struct frames_ops ops = {
		.thread_begin = pola_thread_begin,
		.enter = calls ? NULL : pola_enter,
		.exit = calls ? calls_exit : pola_exit,
	};
	struct pola p = { .o = o, .calls = calls };
	struct frames_stats stats = { 0 };
	uint64_t next_frame_id = 1, t0 = UINT64_MAX;
	struct outfile table = { .fd = -1 };
	int opened = 0, ret = -1;

	for (; opened < o->ninputs; opened++) {
		if (trace_open(&traces[opened], o->inputs[opened]))
			goto out;
		if (symbolizer_add_trace(sym, &traces[opened])) {
			opened++;
			goto out;
		}
		if (traces[opened].start_mono_ns < t0)
			t0 = traces[opened].start_mono_ns;
	}

	p.ncols = calls ? sizeof(calls_cols) / sizeof(*calls_cols)
			: sizeof(pola_cols) / sizeof(*pola_cols);
	for (size_t i = 0; i < p.ncols; i++) {
		p.col[i] = xmalloc(POLA_BATCH * sizeof(uint64_t));
		p.col32[i] = xmalloc(POLA_BATCH * sizeof(uint32_t));
	}
	p.w = pq_open(o->output, calls ? calls_cols : pola_cols, p.ncols, NULL);
	if (!p.w)
		goto out;
	clock_gettime(CLOCK_MONOTONIC, &p.t0);
	p.next_progress = 1u << 22;

	for (int i = 0; i < o->ninputs; i++) {
		p.func_hi = (uint64_t)i << 32;
		p.time_off = traces[i].start_mono_ns - t0;
		p.seen = &seen[i];
		if (frames_walk(&traces[i], &ops, &p, &next_frame_id, &stats))
			goto out;
		if (traces[i].truncated)
			warning("'%s' was not closed by its process (still running, killed, exec'd, or "
				"out of disk space): converted what was recorded",
				traces[i].path);
	}
	if (pola_flush(&p))
		goto out;
	if (o->progress)
		pola_progress(&p, true);
	/* The table appears only once its symbol table is written. */
	ret = pq_close_pending(p.w, &table);
	p.w = NULL;
	if (!ret)
		ret = write_symtab(o, traces, seen, sym);
	if (ret) {
		outfile_discard(&table);
	} else if ((ret = outfile_commit(&table))) {
		char *symtab = xasprintf("%s.symtab", o->output);
		unlink(symtab); /* no symbols without their table */
		free(symtab);
	}
	frames_stats_report(&stats, o->output);

out:
	pq_abort(p.w);
	for (size_t i = 0; i < p.ncols; i++) {
		free(p.col[i]);
		free(p.col32[i]);
	}
	for (int i = 0; i < o->ninputs; i++)
		free(seen[i].bits);
	free(seen);
	symbolizer_free(sym);
	for (int i = 0; i < opened; i++)
		trace_close(&traces[i]);
	free(traces);
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
