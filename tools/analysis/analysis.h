/*
 * Shared driver of `sftrace report`, `tree` and `flamegraph`: opens the
 * logs, selects threads and a time window, walks the balanced frames of
 * every selected thread (tools/read/frames.h) on worker threads, and names
 * functions once after aggregation.
 *
 * Time window: --from/--to count from the start of the earliest log
 * (several logs of a process tree share one time line through their
 * CLOCK_MONOTONIC start). A frame counts when it overlaps the window, with
 * its duration clipped to the window; self time is the clipped duration
 * minus the clipped durations of the direct children. Without a window
 * nothing is clipped.
 *
 * Parallelism: each thread of each log is one job; workers (one per CPU by
 * default, -j) take jobs largest first and aggregate into private tables
 * that are merged at the end, so the walk takes no locks.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_ANALYSIS_H
#define SFTRACE_TOOLS_ANALYSIS_ANALYSIS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "tools/lib/parse-options.h"
#include "tools/read/frames.h"
#include "tools/read/trace.h"

#include "tools/analysis/calltree.h"
#include "tools/analysis/funcstats.h"

struct symbolizer;

struct analysis_opts {
	struct string_list tid_args;	 /* --tid values, "1,2" or repeated */
	uint64_t from_ns, to_ns;	 /* window; to_ns UINT64_MAX: to the end */
	struct string_list symbol_files; /* -s/--symbol */
	int force;			 /* accept modules whose build-id changed */
	long jobs;			 /* workers; 0: one per CPU */
	int no_fold;			 /* call tree: keep recursion unfolded (calltree.h) */
	int no_tail_nesting;		 /* tail-called functions beside their caller (frames.h) */
	int stitch;			 /* call trees: work other threads ran for a frame
					  * grafted under it (tools/read/flows.h) */
};

#define ANALYSIS_OPTS_INIT { STRING_LIST_INIT, 0, UINT64_MAX, STRING_LIST_INIT, 0, 0, 0, 0 }

/* Option rows shared by report, tree and flamegraph. */
#define ANALYSIS_OPTIONS(o)                                                                        \
	OPT_GROUP("Selection"),                                                                    \
	OPT_STRING_LIST(0, "tid", &(o)->tid_args, "TID[,TID...]",                                  \
			"only these threads (repeatable)"),                                        \
	OPT_DURATION(0, "from", &(o)->from_ns, "TIME",                                             \
		     "start of the time window, from the start of the trace (e.g. 1.5s)"),        \
	OPT_DURATION(0, "to", &(o)->to_ns, "TIME", "end of the time window"),                    \
	OPT_BOOL(0, "no-tail-nesting", &(o)->no_tail_nesting,                                      \
		 "a tail-called function beside its caller, as recorded, not under it"),            \
	OPT_GROUP("Symbols and performance"),                                                      \
	OPT_STRING_LIST('s', "symbol", &(o)->symbol_files, "FILE",                                 \
			"separate debug file for a module (repeatable)"),                          \
	OPT_BOOL(0, "force", &(o)->force, "use module files whose build-id changed"),             \
	OPT_INT('j', "jobs", &(o)->jobs, "N", "worker threads (default: one per CPU)")

/* The call-tree commands' (report, tree, flamegraph) --stitch. */
#define ANALYSIS_STITCH_OPTION(o)                                                                  \
	OPT_BOOL(0, "stitch", &(o)->stitch,                                                        \
		 "graft the work that other threads ran for a call (work items, threads it "         \
		 "created) under it")

struct flows;
struct an_log {
	struct trace t;
	uint64_t offset_ns; /* this log's time 0 on the shared time line */
	struct flows *flows; /* with --stitch: its work items, else NULL */
};

struct analysis {
	const struct analysis_opts *o;
	struct an_log *logs;
	size_t nlogs;
	uint32_t *tids; /* selected thread ids, or NULL for all */
	size_t ntids;
	bool windowed;
	uint64_t from_ns, to_ns;
	struct symbolizer *sym;
	struct frames_stats stats; /* summed over the walk */
	uint64_t threads_walked;
	char **names; /* strings made for process frames, freed at release */
	size_t nnames, names_alloc;
};

/*
 * Open the logs at paths[0..n-1], parse the thread list and prepare the
 * symbolizer. Returns 0, or -1 after printing an error (a log that cannot
 * be read, a bad --tid value, an empty window); usage errors exit 2.
 * o must outlive a.
 */
int analysis_open(struct analysis *a, const struct analysis_opts *o, char *const *paths, int n);
void analysis_release(struct analysis *a);

/* Index of t in a->logs. */
uint32_t analysis_log_index(const struct analysis *a, const struct trace *t);

/*
 * Walk the frames of every selected thread. ctxs[i] is the context of
 * worker i, passed to ops (which must be safe to run concurrently on
 * different contexts); nworkers is analysis_workers(a) or less. Returns 0,
 * a callback's non-zero value, or -1 on a decode error.
 */
int analysis_walk(struct analysis *a, const struct frames_ops *ops, void *const *ctxs,
		  int nworkers);

/* How many workers are worth starting (jobs option, CPUs, threads). */
int analysis_workers(const struct analysis *a);

/* Per-function statistics of every selected frame (out is initialised here). */
int analysis_funcstats(struct analysis *a, struct fstat_table *out);

/*
 * The call-path tree of every selected frame (out is initialised here),
 * recursion folded (calltree_fold_child()) unless o->no_fold. With
 * several logs each process is a child of the root, named "name [pid]",
 * whose total is that of its threads' outermost frames. Nodes are named;
 * a cycle node after its cycle, "a → b".
 */
int analysis_calltree(struct analysis *a, struct calltree *out);

/*
 * What analysis_calltree() does after its walk, for trees built by other
 * walks over analysis_ct_ops (tree --args): the process nodes' totals,
 * then the names of the nodes not named yet.
 */
void analysis_finish_tree(struct analysis *a, struct calltree *ct);

/*
 * Re-root src at the functions whose name matches the PCRE2 pattern
 * (unanchored): every matching node that has no matching ancestor is
 * grafted, with its subtree, under the root of dst (or under its process
 * frame with several logs); paths from different call sites merge.
 * Returns the number of grafted nodes, or -1 on a bad pattern.
 */
int analysis_reroot(struct analysis *a, struct calltree *dst, const struct calltree *src,
		    const char *pattern);

/* The demangled name of function func of log (never NULL). */
const char *analysis_func_name(struct analysis *a, uint32_t log, uint32_t func);

/*
 * Different functions with one name (static functions of different files,
 * one name in two modules) must not look like one, and one function seen
 * in several processes must stay one. Entries are (log, func) with their
 * name; out is where a changed name goes.
 *
 * analysis_locate() sets loc: "" when every entry of that name is the same
 * function (module and address), else where it is: "file:line" from DWARF
 * (read for these functions only), else "module+0xADDR". Entries with the
 * same name and loc are the same function and may be merged.
 * analysis_disambiguate() then renames, through out, every entry whose
 * name comes with more than one loc to "name (loc)". Both reorder v.
 */
struct an_name {
	const char *name, *loc;
	uint32_t log, func;
	const char **out;
};
void analysis_locate(struct analysis *a, struct an_name *v, size_t n);
void analysis_disambiguate(struct analysis *a, struct an_name *v, size_t n);

/* Fill in the name of every node of ct that has none; disambiguated. */
void analysis_name_tree(struct analysis *a, struct calltree *ct);

/*
 * Output files of the analysis commands: path, or stdout when NULL or "-".
 * analysis_close_output() checks that everything was written (and removes
 * a partial file); both return -1 after printing an error.
 */
FILE *analysis_open_output(const char *path);
int analysis_close_output(FILE *f, const char *path);

/*
 * After the walk, on stderr: what each log is missing (lost events,
 * filter drops, damage: tools/read/loss.h), then the frame repair counts,
 * when there is anything to say.
 */
void analysis_report_repairs(const struct analysis *a);

/*
 * The same losses for an output: analysis_loss_text() writes one line per
 * thing to say, "LOG: 4,210 events lost ..." and "LOG: damaged: ...",
 * then an empty line (nothing when nothing is missing);
 * analysis_loss_json() writes a JSON object: lost_events, filter_dropped
 * and damaged over all logs, and logs, the logs that have anything to say
 * with their counts, reasons, damage and the text lines (see
 * docs/sftrace-report.md).
 */
void analysis_loss_text(FILE *f, const struct analysis *a);
void analysis_loss_json(FILE *f, const struct analysis *a);

/*
 * The aggregation callbacks, exposed for unit tests that feed them frames
 * directly. A worker is zeroed, then gets a (an analysis whose logs and
 * window are set) and an initialised table or tree.
 */
struct an_depth_stack {
	uint64_t *child; /* clipped time of the direct children, per depth */
	uint32_t *node;	 /* the tree node of the open frame, per depth */
	uint32_t *nest;	 /* its nesting in that node: 1 when its caller is in another */
	uint8_t *graft;	 /* stitched: the frame was grafted under its cause */
	size_t alloc;
	/* coroutines (frames.h ctx_save): the rows of suspended contexts */
	struct an_depth_saved {
		uint64_t key;
		size_t n;
		uint64_t *child;
		uint32_t *node, *nest;
		uint8_t *graft;
	} *saved;
	size_t nsaved, saved_alloc;
};
void analysis_depth_release(struct an_depth_stack *ds);

struct an_fs_worker {
	struct analysis *a;
	struct fstat_table tab;
	struct an_depth_stack ds;
	uint32_t log;
	uint64_t off;
};
extern const struct frames_ops analysis_fs_ops;

struct an_ct_worker {
	struct analysis *a;
	struct calltree ct;
	struct an_depth_stack ds;
	uint32_t log;
	uint64_t off;
	uint32_t base;
	bool fold; /* fold recursion (calltree_fold_child()) */
	const struct trace_thread *th;
	const struct flows *fl; /* the log's work items with --stitch */
};
extern const struct frames_ops analysis_ct_ops;

#endif
