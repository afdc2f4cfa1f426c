/*
 * Log-linear duration histogram (see hist.h for the error bound).
 *
 * hist_add() is on the hot path of `sftrace report` (one call per frame):
 * it is a count-leading-zeros, a shift and an increment, with the group
 * allocation behind an unlikely branch.
 */
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/hist.h"
#include "tools/lib/usage.h"

static inline unsigned group_size(unsigned g)
{
	return g ? HIST_SUB : 2 * HIST_SUB;
}

static inline void locate(uint64_t v, unsigned *g, unsigned *i)
{
	if (v < 2 * HIST_SUB) {
		*g = 0;
		*i = (unsigned)v;
	} else {
		unsigned k = 63 - (unsigned)__builtin_clzll(v);
		unsigned shift = k - HIST_SUB_BITS;

		*g = shift;
		*i = (unsigned)(v >> shift) - HIST_SUB;
	}
}

/* Lowest value of bucket i of group g, and the bucket's width. */
static inline void bucket_range(unsigned g, unsigned i, uint64_t *lo, uint64_t *width)
{
	if (!g) {
		*lo = i;
		*width = 1;
	} else {
		*lo = (uint64_t)(i + HIST_SUB) << g;
		*width = (uint64_t)1 << g;
	}
}

void hist_init(struct hist *h)
{
	memset(h, 0, sizeof(*h));
	h->min = UINT64_MAX;
}

void hist_release(struct hist *h)
{
	for (unsigned g = 0; g < HIST_GROUPS; g++)
		free(h->grp[g]);
	hist_init(h);
}

void hist_add(struct hist *h, uint64_t v)
{
	unsigned g, i;

	locate(v, &g, &i);
	if (__builtin_expect(!h->grp[g], 0))
		h->grp[g] = xcalloc(group_size(g), sizeof(uint64_t));
	h->grp[g][i]++;
	h->count++;
	if (v < h->min)
		h->min = v;
	if (v > h->max)
		h->max = v;
}

void hist_merge(struct hist *dst, const struct hist *src)
{
	for (unsigned g = 0; g < HIST_GROUPS; g++) {
		if (!src->grp[g])
			continue;
		if (!dst->grp[g])
			dst->grp[g] = xcalloc(group_size(g), sizeof(uint64_t));
		for (unsigned i = 0; i < group_size(g); i++)
			dst->grp[g][i] += src->grp[g][i];
	}
	dst->count += src->count;
	if (src->min < dst->min)
		dst->min = src->min;
	if (src->max > dst->max)
		dst->max = src->max;
}

uint64_t hist_percentile(const struct hist *h, double p)
{
	uint64_t rank, seen = 0;

	if (!h->count)
		return 0;
	if (p <= 0)
		return h->min;
	if (p >= 100)
		return h->max;
	/* Nearest rank: ceil(p/100 * n), at least 1. */
	rank = (uint64_t)(p / 100.0 * (double)h->count);
	if ((double)rank < p / 100.0 * (double)h->count)
		rank++;
	if (!rank)
		rank = 1;
	/* The extreme ranks are known exactly. */
	if (rank == 1)
		return h->min;
	if (rank >= h->count)
		return h->max;
	for (unsigned g = 0; g < HIST_GROUPS; g++) {
		if (!h->grp[g])
			continue;
		for (unsigned i = 0; i < group_size(g); i++) {
			uint64_t lo, width, v;

			seen += h->grp[g][i];
			if (seen < rank)
				continue;
			bucket_range(g, i, &lo, &width);
			v = lo + width / 2;
			if (v < h->min)
				v = h->min;
			if (v > h->max)
				v = h->max;
			return v;
		}
	}
	return h->max;
}

void hist_bucket_bounds(uint64_t v, uint64_t *lo, uint64_t *hi)
{
	unsigned g, i;
	uint64_t width;

	locate(v, &g, &i);
	bucket_range(g, i, lo, &width);
	*hi = *lo + width - 1;
}
