/*
 * The memory events of one process in time order, and the blocks still
 * live: what a converter needs to match a free with its allocation.
 *
 * Memory records (docs/format.md "Memory records") come per thread, and
 * the frames layer walks one thread at a time; a block allocated on one
 * thread is often freed on another. A converter therefore spills each
 * thread's memory events, as the walk meets them, to an anonymous
 * temporary file (a few bytes an event, varint-coded), then merges the
 * threads' runs by time (a heap of cursors, each reading its run through
 * a small buffer). Memory stays bounded whatever the length of the log:
 * one buffer per thread, plus the live-block table of the caller, which
 * holds one entry per block allocated and not yet freed.
 *
 * Usage, per log:
 *	mm_spill_thread(&s, tid) at each thread's start, mm_spill_add(&s, &rec)
 *	for its memory events, then mm_spill_merge(&s, fn, ctx) and
 *	mm_spill_reset(&s) before the next log.
 */
#ifndef SFTRACE_TOOLS_READ_MEMMERGE_H
#define SFTRACE_TOOLS_READ_MEMMERGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One memory event as spilled and merged back. */
struct mm_rec {
	uint64_t ns;	   /* trace time; never decreasing within a thread */
	uint64_t size, ptr;
	uint64_t align;	   /* 0: not given */
	uint64_t site;	   /* the caller's: e.g. the function of the allocation site */
	uint64_t frame_id; /* the caller's: e.g. the innermost open frame */
	uint32_t tid;	   /* set by the spill from mm_spill_thread() */
	uint8_t kind;	   /* TRACE_ALLOC, TRACE_FREE, TRACE_REALLOC_NEW, TRACE_REALLOC_OLD */
};

struct mm_run {
	uint64_t off, len; /* bytes in the temporary file */
	uint64_t n;	   /* records */
	uint32_t tid;
};

struct mm_spill {
	int fd;		   /* the temporary file, -1 until the first record */
	uint8_t *buf;	   /* write buffer */
	size_t len;
	uint64_t off;	   /* file size, buffer excluded */
	struct mm_run *runs;
	size_t nruns, alloc;
	struct mm_rec last; /* previous record of the current run (delta coding) */
	uint64_t total;	   /* records since the last reset */
	bool failed;	   /* a write failed (reported once) */
};

void mm_spill_init(struct mm_spill *s);
void mm_spill_release(struct mm_spill *s);

/* Start the run of thread tid; records until the next call belong to it. */
void mm_spill_thread(struct mm_spill *s, uint32_t tid);

/* Append a record to the current run (r->tid is ignored). Returns 0 or -1
 * after printing an error (the temporary file cannot be written). */
int mm_spill_add(struct mm_spill *s, const struct mm_rec *r);

/*
 * Hand every record spilled since the last reset to fn, in time order;
 * records of the same time keep the order of their runs (thread order),
 * and a thread's records keep theirs. Returns 0, fn's non-zero result, or
 * -1 after printing an error.
 */
int mm_spill_merge(struct mm_spill *s, int (*fn)(void *ctx, const struct mm_rec *r),
		   void *ctx);

/* Forget the records (the next log); the temporary file is reused. */
void mm_spill_reset(struct mm_spill *s);

/*
 * Blocks allocated and not yet freed, by address: an open-addressing table
 * of (ptr, value of vsize bytes). Address 0 is never stored.
 */
struct mm_live {
	uint8_t *slots;
	size_t cap;	/* slots, a power of two (0 before the first put) */
	size_t n;	/* blocks stored */
	size_t vsize, esize;
};

void mm_live_init(struct mm_live *m, size_t vsize);
void mm_live_release(struct mm_live *m);
void mm_live_clear(struct mm_live *m);

/*
 * The value slot of ptr (!= 0), added if absent: *existed tells which (the
 * slot then still holds the previous value). Valid until the next put or
 * take.
 */
void *mm_live_put(struct mm_live *m, uint64_t ptr, bool *existed);

/* Remove ptr; copy its value to out (when not NULL). False if absent. */
bool mm_live_take(struct mm_live *m, uint64_t ptr, void *out);

/* Call fn for every stored block, in no particular order. */
void mm_live_each(const struct mm_live *m, void (*fn)(void *ctx, uint64_t ptr, void *value),
		  void *ctx);

#endif
