/*
 * Log-linear histogram of durations, for percentiles with bounded error.
 *
 * Values below 128 ns are counted exactly. Above, each power of two
 * [2^k, 2^(k+1)) is split into 64 equal buckets, so a bucket is at most
 * 1/64 of its lower bound wide; a percentile is reported as the middle of
 * its bucket, clamped to the exact minimum and maximum, which bounds the
 * relative error by 1/128 (0.8 %). The first and last ranks are the exact
 * minimum and maximum. Buckets are allocated per power of two
 * on first use, so a function whose calls all take about the same time
 * costs one 512-byte group.
 *
 * Percentiles use the nearest-rank definition: p50 is the smallest value
 * such that at least half of the samples are less than or equal to it.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_HIST_H
#define SFTRACE_TOOLS_ANALYSIS_HIST_H

#include <stdint.h>

#define HIST_SUB_BITS 6
#define HIST_SUB (1u << HIST_SUB_BITS)
/* Group 0 holds 0 .. 2*HIST_SUB-1 exactly; group g >= 1 holds k = g + HIST_SUB_BITS. */
#define HIST_GROUPS (64 - HIST_SUB_BITS)

struct hist {
	uint64_t *grp[HIST_GROUPS]; /* NULL until a value falls in the group */
	uint64_t count;
	uint64_t min, max; /* exact; min is UINT64_MAX while empty */
};

#define HIST_INIT { { NULL }, 0, UINT64_MAX, 0 }

void hist_init(struct hist *h);
/* Free the buckets; h is empty (and reusable) afterwards. */
void hist_release(struct hist *h);

/* Count one value. */
void hist_add(struct hist *h, uint64_t v);

/* Add every count of src to dst. src is unchanged. */
void hist_merge(struct hist *dst, const struct hist *src);

/*
 * The p-th percentile (0 < p <= 100) by nearest rank, within the error
 * bound above; 0 for an empty histogram.
 */
uint64_t hist_percentile(const struct hist *h, double p);

/* Index of the bucket of v and its bounds [lo, hi] (for tests). */
void hist_bucket_bounds(uint64_t v, uint64_t *lo, uint64_t *hi);

#endif
