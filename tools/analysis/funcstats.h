/*
 * Per-function statistics behind `sftrace report`.
 *
 * One struct fstat per (log, function id) that was called. Each frame adds
 * one call: its duration goes into the histogram (min, max, percentiles)
 * and into sum_ns (for the average), its self time (duration minus the
 * direct children) into self_ns. total_ns counts a recursive function once
 * per outermost activation: a frame adds to it only when no other frame of
 * the same function is open below it on the same thread, so total_ns is
 * the wall time during which the function was on the stack.
 *
 * fstat_enter()/fstat_exit() are the hot path: per log an array maps a
 * function id to its slot, so a lookup is two loads.
 *
 * With memory (`report --memory`, fstat_walk_memory()), each allocation
 * (docs/format.md "Memory records": an ALLOC or the new block of a
 * REALLOC) also counts, by its requested size: for its *site*
 * (tools/read/memsite.h; the innermost frame when only allocator frames
 * are open) in self_alloc_bytes, and for every function on the stack,
 * once however often it appears there, in alloc_bytes and allocs. Like
 * total_ns, the inclusive counts are added when an outermost activation
 * closes, from a per-depth sum of what was allocated inside each open
 * frame, so an allocation costs O(1) whatever the depth. Allocations
 * outside every traced frame count nowhere.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_FUNCSTATS_H
#define SFTRACE_TOOLS_ANALYSIS_FUNCSTATS_H

#include <stddef.h>
#include <stdint.h>

#include "tools/analysis/hist.h"

struct fstat {
	uint32_t log, func;
	uint32_t active;   /* open frames of this function on the thread being walked */
	uint64_t calls;
	uint64_t total_ns; /* outermost activations only */
	uint64_t self_ns;
	uint64_t sum_ns;   /* every activation, for the average */
	struct hist hist;  /* every activation: min, max, percentiles */
	/* fstat_walk_memory() only */
	uint64_t alloc_bytes;	   /* allocated while on the stack */
	uint64_t allocs;	   /* allocations made while on the stack */
	uint64_t self_alloc_bytes; /* allocated with this function as the site */
};

struct fstat_log {
	uint32_t *slot; /* function id -> index into stats + 1, 0 when none */
	size_t nslots;
};

struct fstat_table {
	struct fstat *stats;
	size_t nr, alloc;
	struct fstat_log *logs;
	size_t nlogs;
};

void fstat_table_init(struct fstat_table *tab);
void fstat_table_release(struct fstat_table *tab);

/* The statistics of (log, func), created empty if absent. */
struct fstat *fstat_get(struct fstat_table *tab, uint32_t log, uint32_t func);

/* The statistics of (log, func): the inline fast path of fstat_get(). */
static inline struct fstat *fstat_lookup(struct fstat_table *tab, uint32_t log, uint32_t func)
{
	if (log < tab->nlogs && func < tab->logs[log].nslots && tab->logs[log].slot[func])
		return &tab->stats[tab->logs[log].slot[func] - 1];
	return fstat_get(tab, log, func);
}

/*
 * A frame of func opened. (Pointers into the table are not kept across
 * frames: a new function may move the array.)
 */
static inline void fstat_enter(struct fstat_table *tab, uint32_t log, uint32_t func)
{
	fstat_lookup(tab, log, func)->active++;
}

/*
 * A frame of func closed. dur_ns is its duration, self_ns the part not
 * spent in direct children. counted is 0 for a frame outside the time
 * window: it only leaves the recursion count.
 */
static inline void fstat_exit(struct fstat_table *tab, uint32_t log, uint32_t func,
			      uint64_t dur_ns, uint64_t self_ns, int counted)
{
	struct fstat *fs = fstat_lookup(tab, log, func);

	if (fs->active)
		fs->active--;
	if (!counted)
		return;
	fs->calls++;
	fs->sum_ns += dur_ns;
	fs->self_ns += self_ns;
	if (!fs->active)
		fs->total_ns += dur_ns;
	hist_add(&fs->hist, dur_ns);
}

/* Add src's statistics into dst (same log numbering). */
void fstat_table_merge(struct fstat_table *dst, const struct fstat_table *src);

/* Add b's statistics to a (a row merged from several functions). */
void fstat_add(struct fstat *a, const struct fstat *b);

struct analysis;

/*
 * analysis_funcstats() (tools/analysis/analysis.h) with the memory
 * counts too; *mem_events receives the number of memory events walked in
 * the selected threads and window. Returns 0, a callback's non-zero
 * value, or -1 on a decode error.
 */
int fstat_walk_memory(struct analysis *a, struct fstat_table *out, uint64_t *mem_events);

#endif
