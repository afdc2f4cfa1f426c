/*
 * Per-function statistics of a log of one thread on two threads (`report
 * -j 2` and more). The walk over one thread's events is one job, so the
 * per-thread parallelism of analysis_walk() leaves every other core idle:
 * here the decoding and the frames walk run on the calling thread and the
 * statistics (analysis_fs_ops: the per-function table, the histograms) on
 * a second one, fed the frames' entries and exits in chunks. The result is
 * the one analysis_fs_ops gives on one thread, in the same order.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_FSRELAY_H
#define SFTRACE_TOOLS_ANALYSIS_FSRELAY_H

#include "tools/analysis/analysis.h"

/*
 * Walk a's threads (analysis_walk() with one worker) into w, the
 * statistics kept by a second thread. Returns as analysis_walk() does. If
 * the second thread cannot be started, everything runs here.
 */
int fs_relay_walk(struct analysis *a, struct an_fs_worker *w);

#endif
