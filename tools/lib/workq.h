/*
 * A small pool of worker threads that run jobs in the order they were
 * submitted (first in, first out), for the output writers: gzip members
 * and Parquet pages are compressed on every core while the converter's
 * own thread goes on producing.
 *
 * A job is a struct workq_job embedded in the caller's own record; run()
 * gets that job and may use container_of-style arithmetic to reach the
 * rest. The pool does not order completions: callers that must consume
 * results in order keep their jobs in a queue of their own and wait on
 * the oldest one (workq_wait(), which runs the job in the calling thread
 * if no worker has taken it yet, so that waiting never idles a core).
 *
 * workq_jobs() is the number of threads the writers use: what `-j N` set
 * through workq_set_jobs(), else the number of online CPUs.
 *
 * Ownership: the pool owns its threads; jobs stay the caller's, and must
 * outlive their run. workq_free() waits for the jobs still queued.
 */
#ifndef SFTRACE_TOOLS_LIB_WORKQ_H
#define SFTRACE_TOOLS_LIB_WORKQ_H

#include <stdbool.h>

struct workq_job {
	void (*run)(struct workq_job *job);
	/* owned by the pool */
	struct workq_job *next;
	int state; /* 0 idle or done, 1 queued, 2 running */
};

struct workq;

/* Start a pool of `threads` workers; 0 runs each job at once in workq_submit(). */
struct workq *workq_new(int threads);

/* Queue job (its run member set). */
void workq_submit(struct workq *q, struct workq_job *job);

/* Return when job has run, running it here if no worker has started it. */
void workq_wait(struct workq *q, struct workq_job *job);

/* True when job was submitted and has not finished yet. */
bool workq_busy(struct workq *q, struct workq_job *job);

/* Run what is queued, stop the workers and free the pool; NULL is accepted. */
void workq_free(struct workq *q);

/* The writers' thread count: -j N, or the number of online CPUs (at least 1). */
int workq_jobs(void);
void workq_set_jobs(int n);

#endif
