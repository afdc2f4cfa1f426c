/*
 * The analyses of a log of one thread on two threads (`report`, `tree`,
 * `flamegraph` with -j 2 and more). The walk over one thread's events is
 * one job, so the per-thread parallelism of analysis_walk() leaves every
 * other core idle: here the decoding and the frames walk run on the
 * calling thread and the analysis's callbacks (the per-function table, the
 * call-path tree) on a second one, fed the frames' entries and exits in
 * chunks. The result is the one the callbacks give on one thread.
 *
 * Only for callbacks that read nothing of a frame but its function, depth
 * and times, and nothing of the stack (analysis_fs_ops; analysis_ct_ops
 * without --stitch, whose flows read the frame's FLOW record and the
 * stack).
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_RELAY_H
#define SFTRACE_TOOLS_ANALYSIS_RELAY_H

#include "tools/analysis/analysis.h"

/*
 * Walk a's threads (analysis_walk() with one worker) into ops with ctx,
 * called by a second thread. Returns as analysis_walk() does. If the
 * second thread cannot be started, everything runs here.
 */
int analysis_relay_walk(struct analysis *a, const struct frames_ops *ops, void *ctx);

#endif
