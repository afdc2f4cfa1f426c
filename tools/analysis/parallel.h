/*
 * `sftrace report --stitch` and `--threads`: how a program used its
 * threads, from the work items of its logs (tools/read/flows.h).
 *
 * Parallel regions: the calls (call-tree nodes, stitched) under which
 * other threads ran work items, with their wall time on their own thread,
 * the work other threads did for them, how many threads, and that work
 * over the wall time (2.0: two other threads busy for the whole call, on
 * average; the calling thread's own share is not in it, it may have
 * waited or worked). The lives of threads a call created are not
 * work items of it: a pool's workers would count their idle loops.
 *
 * Threads: per thread its lifetime (first to last event), the time in
 * traced calls (its outermost frames), the time running work items that
 * other threads made (frames executing an item whose cause is on another
 * thread, outermost ones), their number, and the idle time: the lifetime
 * minus the time running items for a thread that ran any (a pool's
 * worker), minus the time in traced calls for the others.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_PARALLEL_H
#define SFTRACE_TOOLS_ANALYSIS_PARALLEL_H

#include <stdio.h>

#include "tools/analysis/analysis.h"

/* Print the parallel regions of the stitched tree of a (its o->stitch set)
 * as text, or as a JSON array; at most top rows (0: all). 0 or -1. */
int parallel_regions(struct analysis *a, FILE *f, int json, long top);

/* Print the threads table, as text or a JSON array. 0 or -1. */
int parallel_threads(struct analysis *a, FILE *f, int json);

#endif
