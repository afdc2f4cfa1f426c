/*
 * sftrace convert --max-size (docs/sftrace-convert.md, "Size budget"): the
 * pieces of the threshold's choice that know nothing of Perfetto.
 *
 * The converter measures every call's bytes in a sizing pass and adds them
 * to a histogram by the call's duration (struct budget); the threshold is
 * then the lower bound of the first bucket from which the calls kept fit
 * (budget_choose). Buckets are exact below BUDGET_EXACT ns and 1/64 of a
 * power of two wide above (a step of at most 1.6%), 4,480 of them: the
 * histogram is a fixed 70 KiB whatever the trace.
 *
 * A call kept needs its parent kept (a parent lasts at least as long as
 * its child), so the calls kept under any threshold are whole subtrees'
 * tops, and the event before a kept call's begin on its thread is at or
 * after its parent's begin, or after the end of an earlier sibling that
 * is at least as long as it (that one is kept whenever it is).
 * budget_sibs finds that latest earlier sibling: the bound on the delta
 * time a begin can carry whatever the threshold.
 */
#ifndef SFTRACE_TOOLS_CONVERT_BUDGET_H
#define SFTRACE_TOOLS_CONVERT_BUDGET_H

#include <stddef.h>
#include <stdint.h>

#define BUDGET_EXACT 1024u
#define BUDGET_SUB 64u
#define BUDGET_NBUCKETS (BUDGET_EXACT + (64u - 10u) * BUDGET_SUB)
/* A duration that no threshold leaves out (a call kept in any case). */
#define BUDGET_ALWAYS UINT64_MAX

/*
 * "500M", "2G", "1.5GiB", "3000000" as bytes into *out: a number (a
 * decimal fraction allowed with a unit), optionally followed by K, M, G
 * or T (powers of 1024; KiB, MiB, GiB, TiB the same) or kB, MB, GB, TB
 * (powers of 1000), case-insensitive apart from that B. Returns NULL, or
 * what is wrong (a constant string).
 */
const char *budget_parse_size(const char *s, uint64_t *out);

/* The bucket of duration d and the least duration of bucket b
 * (BUDGET_ALWAYS for b >= BUDGET_NBUCKETS). */
size_t budget_bucket(uint64_t d);
uint64_t budget_bucket_low(size_t b);

struct budget {
	uint64_t calls[BUDGET_NBUCKETS]; /* calls, by duration */
	uint64_t bytes[BUDGET_NBUCKETS]; /* bytes kept while the bucket is */
	uint64_t fixed;	      /* bytes written whatever the threshold */
	uint64_t fixed_calls; /* calls kept whatever the threshold */
	uint64_t all_calls;
};

/* calls (0 for bytes that are no call's: an interned name) costing bytes,
 * written when the threshold is at most d (BUDGET_ALWAYS: always). */
void budget_add(struct budget *b, uint64_t d, uint64_t calls, uint64_t bytes);

/*
 * The least threshold (a bucket's lower bound) with which the calls kept
 * and the fixed bytes fit in limit bytes: *threshold (BUDGET_ALWAYS when
 * only leaving every call out fits), *bytes their size, *kept the calls
 * kept. Returns 0, or -1 when the fixed bytes alone exceed limit.
 */
int budget_choose(const struct budget *b, uint64_t limit, uint64_t *threshold,
		  uint64_t *bytes, uint64_t *kept);

/*
 * The ends of the calls already returned at each open depth of a thread,
 * as a stack of monotone stacks: the children of the frame open at depth
 * k are the segment pushed since it began. An entry an earlier and no
 * longer call dominates is dropped; a segment holds at most
 * BUDGET_SIBS_MAX entries (a sibling not kept only weakens the bound).
 */
#define BUDGET_SIBS_MAX 1024u
struct budget_sib {
	uint64_t end_ns, dur;
};
struct budget_sibs {
	struct budget_sib *s;
	size_t n, alloc;
};

/*
 * The latest end among the siblings in s->s[lo..n) that last at least
 * dur, 0 for none.
 */
uint64_t budget_sibs_latest(const struct budget_sibs *s, size_t lo, uint64_t dur);
/* A call of duration dur ended at end_ns in the segment starting at lo. */
void budget_sibs_push(struct budget_sibs *s, size_t lo, uint64_t end_ns, uint64_t dur);
void budget_sibs_release(struct budget_sibs *s);

#endif
