/*
 * The memory analysis behind `sftrace memory`: what every function
 * allocated, freed and left allocated, the heap over time, stages cut by
 * a milestone function, and the life of single blocks.
 *
 * Counting rules (docs/sftrace-memory.md):
 *  - bytes are requested sizes; a reallocation is a free of the old block
 *    (REALLOC_OLD) and an allocation of the new one (REALLOC_NEW); a free
 *    of a block whose allocation is unknown counts with the size its
 *    record carries;
 *  - allocs, frees, alloc_bytes, free_bytes, live_bytes and peak_bytes
 *    are inclusive: an allocation counts for every function on the stack
 *    that made it, a free for every function on the stack that freed,
 *    each function once however often it appears on that stack;
 *  - live_bytes is what is still allocated at the end; peak_bytes the
 *    highest value over time of the bytes allocated under the function
 *    and not yet freed (by any thread);
 *  - self_allocs and self_bytes count the allocations whose site
 *    (tools/read/memsite.h) is the function;
 *  - the allocator's own frames (memsite_is_allocator) have no row and
 *    are left out of every stack that is counted or drawn.
 *
 * How: the frames of every selected thread are walked (in parallel, one
 * job per thread); each memory record and each milestone call is spilled
 * to a temporary file, a few bytes each, with the call path interned in
 * a context tree. The per-thread streams are then merged by time with a
 * heap, reading each back through a small buffer, and replayed against
 * one map of live blocks keyed by (log, address) across all threads and
 * processes. Memory is therefore the live blocks, the context tree and a
 * buffer per thread, whatever the number of events; the temporary file
 * (in $TMPDIR, else /tmp; deleted on open) holds about 8 bytes per event.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_MEMORY_H
#define SFTRACE_TOOLS_ANALYSIS_MEMORY_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "tools/analysis/calltree.h"
#include "tools/out/memplot-svg.h"

struct analysis;

/* The columns of a function's row, in output order. */
enum mem_col {
	MEM_ALLOCS,
	MEM_FREES,
	MEM_ALLOC_BYTES,
	MEM_FREE_BYTES,
	MEM_LIVE_BYTES,
	MEM_PEAK_BYTES,
	MEM_SELF_ALLOCS,
	MEM_SELF_BYTES,
	MEM_NCOLS
};

/* "allocs", "frees", ... as in the CSV header. */
extern const char *const mem_col_names[MEM_NCOLS];

struct mem_row {
	const char *name; /* disambiguated as in sftrace report; lives as long as the analysis */
	uint64_t v[MEM_NCOLS];
};

#define MEM_STAGE_TOP 3

/* One stage: from a milestone call (or the start) to the next one (or the end). */
struct mem_stage {
	uint64_t start_ns, end_ns; /* on the shared time line of the logs */
	uint64_t allocs, frees, alloc_bytes, free_bytes;
	uint64_t live_bytes;	   /* live at the end of the stage (all stages' blocks) */
	uint64_t peak_bytes;	   /* highest live total during the stage */
	uint64_t retained_bytes;   /* allocated in the stage, still live at its end */
	struct {
		const char *name;  /* a site function, NULL past the last */
		uint64_t bytes;	   /* its retained bytes */
	} top[MEM_STAGE_TOP];	   /* the sites that retained most, largest first */
};

struct mem_totals {
	uint64_t events;       /* events walked, calls included */
	uint64_t mem_events;   /* memory records replayed */
	uint64_t allocs, frees, alloc_bytes, free_bytes;
	uint64_t live_bytes, live_blocks; /* at the end */
	uint64_t peak_bytes, peak_ns;	  /* highest live total, and when */
	uint64_t unknown_frees;		  /* frees of blocks allocated before or outside the selection */
	uint64_t reused;		  /* allocations at an address still live (a free was lost) */
	uint64_t end_ns;		  /* time of the last event replayed */
	uint64_t spill_bytes;		  /* size of the temporary file */
};

enum mem_query {
	MEM_QUERY_NONE,
	MEM_QUERY_EVENTS, /* list every memory event, numbered */
	MEM_QUERY_SHOW,	  /* one event (number arg) with its stack */
	MEM_QUERY_TRACK,  /* every event at address arg, with stacks */
};

struct mem_opts {
	const char *milestone; /* NULL: the run is one stage */
	long select;	       /* the stage whose live blocks the flame tree holds; -1: the end */
	bool flame;	       /* build mem_result.flame */
	bool plot;	       /* build mem_result.curves */
	bool fold;	       /* one curve per stage, time from the stage's start */
	enum mem_query query;
	uint64_t query_arg;
	FILE *query_out;       /* where a query prints (while the events are replayed) */
};

struct mem_result {
	struct mem_row *rows; /* one per function that any memory event had on its stack */
	size_t nrows;
	struct mem_stage *stages; /* at least one */
	size_t nstages;
	struct mem_totals tot;
	/*
	 * opts.flame: the call paths (allocator frames left out) of the
	 * blocks live at the end, or at the end of stage opts.select: a node's
	 * self_ns is the bytes allocated right there, total_ns its subtree's,
	 * calls the number of blocks. Allocations outside every traced frame
	 * hang from the root (or their process frame) as "[no traced frame]".
	 * Named; a process frame per log with several logs.
	 */
	struct calltree flame;
	/* opts.plot: the live total over time, one curve (or one per stage with fold) */
	struct memplot_series *curves;
	size_t ncurves;
	uint64_t *milestones; /* start times of stages 1.. (nstages - 1 of them) */
	bool query_found;     /* the query's event or address was seen */
};

/*
 * Resolve opts->milestone in the logs of a (see docs/sftrace-memory.md:
 * an exact name, else a regular expression), walk, merge and replay.
 * Returns 0, or -1 after printing an error (a decode error, a milestone
 * that names no function, with close names, a temporary file that cannot
 * be written). out->tot.mem_events == 0 means the selection holds no
 * memory event. out is initialised here; release it with
 * mem_result_release() (also after an error).
 */
int memory_analyse(struct analysis *a, const struct mem_opts *opts, struct mem_result *out);

void mem_result_release(struct mem_result *r);

#endif
