/*
 * The --max-size histogram, threshold and sibling bound (convert-budget.h).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tools/convert-budget.h"
#include "tools/lib/usage.h"

const char *budget_parse_size(const char *s, uint64_t *out)
{
	static const struct {
		const char *name;
		double mult;
	} units[] = {
		{ "", 1 },
		{ "k", 1024.0 }, { "kib", 1024.0 }, { "kB", 1e3 },
		{ "m", 1048576.0 }, { "mib", 1048576.0 }, { "MB", 1e6 },
		{ "g", 1073741824.0 }, { "gib", 1073741824.0 }, { "GB", 1e9 },
		{ "t", 1099511627776.0 }, { "tib", 1099511627776.0 }, { "TB", 1e12 },
	};
	const char *p = s, *unit;
	uint64_t whole = 0;
	double frac = 0, scale = 1, v;
	bool digits = false, dot = false;

	if (!s || !*s)
		return "an empty size";
	for (; isdigit((unsigned char)*p); p++, digits = true) {
		uint64_t digit = (uint64_t)(*p - '0');

		if (whole > (UINT64_MAX - digit) / 10)
			return "too large";
		whole = whole * 10 + digit;
	}
	if (*p == '.') {
		dot = true;
		for (p++; isdigit((unsigned char)*p); p++, digits = true) {
			scale /= 10;
			frac += scale * (*p - '0');
		}
	}
	if (!digits)
		return "not a number of bytes";
	unit = p;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		const char *n = units[i].name;
		/* kB, MB, GB, TB: the B says decimal; k/K, m/M...: binary */
		bool exact = n[0] && n[strlen(n) - 1] == 'B';

		if (exact ? !strcasecmp(unit, n) && unit[strlen(unit) - 1] == 'B'
			  : !strcasecmp(unit, n)) {
			if (!i && dot)
				return "a fraction of a byte (give a unit: 1.5G)";
			v = ((double)whole + frac) * units[i].mult;
			if (i && v >= 18446744073709551616.0)
				return "too large";
			*out = i ? (uint64_t)v : whole;
			if (!*out)
				return "zero: nothing fits";
			return NULL;
		}
	}
	return "an unknown unit (K, M, G, T: powers of 1024; kB, MB, GB, TB: of 1000)";
}

size_t budget_bucket(uint64_t d)
{
	unsigned e;

	if (d < BUDGET_EXACT)
		return (size_t)d;
	e = 63u - (unsigned)__builtin_clzll(d); /* 10..63 */
	return BUDGET_EXACT + (e - 10) * BUDGET_SUB + (size_t)((d >> (e - 6)) & (BUDGET_SUB - 1));
}

uint64_t budget_bucket_low(size_t b)
{
	size_t k;
	unsigned e;

	if (b < BUDGET_EXACT)
		return b;
	if (b >= BUDGET_NBUCKETS)
		return BUDGET_ALWAYS;
	k = b - BUDGET_EXACT;
	e = 10 + (unsigned)(k / BUDGET_SUB);
	return (uint64_t)(BUDGET_SUB + k % BUDGET_SUB) << (e - 6);
}

void budget_add(struct budget *b, uint64_t d, uint64_t calls, uint64_t bytes)
{
	b->all_calls += calls;
	if (d == BUDGET_ALWAYS) {
		b->fixed += bytes;
		b->fixed_calls += calls;
		return;
	}
	size_t k = budget_bucket(d);
	b->calls[k] += calls;
	b->bytes[k] += bytes;
}

int budget_choose(const struct budget *b, uint64_t limit, uint64_t *threshold,
		  uint64_t *bytes, uint64_t *kept)
{
	uint64_t total = b->fixed, calls = b->fixed_calls;
	size_t k = BUDGET_NBUCKETS;

	if (total > limit)
		return -1;
	/* From the longest calls down, while the next bucket still fits. */
	while (k > 0 && b->bytes[k - 1] <= limit - total) {
		k--;
		total += b->bytes[k];
		calls += b->calls[k];
	}
	/* Empty buckets below cost nothing: the threshold is the lowest
	 * one that keeps the same calls. */
	while (k > 0 && !b->bytes[k - 1] && !b->calls[k - 1])
		k--;
	if (k == BUDGET_NBUCKETS) {
		/* Every call is left out: a threshold above the longest. */
		*threshold = BUDGET_ALWAYS;
	} else {
		*threshold = budget_bucket_low(k);
	}
	*bytes = total;
	*kept = calls;
	return 0;
}

uint64_t budget_sibs_latest(const struct budget_sibs *s, size_t lo, uint64_t dur)
{
	size_t hi = s->n;

	/* Durations decrease from lo up: find the last one >= dur. */
	if (lo >= hi || s->s[lo].dur < dur)
		return 0;
	if (s->s[hi - 1].dur >= dur) /* the previous sibling, most often */
		return s->s[hi - 1].end_ns;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->s[mid].dur >= dur)
			lo = mid;
		else
			hi = mid;
	}
	return s->s[lo].end_ns;
}

void budget_sibs_push(struct budget_sibs *s, size_t lo, uint64_t end_ns, uint64_t dur)
{
	while (s->n > lo && s->s[s->n - 1].dur <= dur)
		s->n--;
	if (s->n - lo >= BUDGET_SIBS_MAX)
		return;
	ALLOC_GROW(s->s, s->n + 1, s->alloc);
	s->s[s->n++] = (struct budget_sib){ end_ns, dur };
}

void budget_sibs_release(struct budget_sibs *s)
{
	free(s->s);
	memset(s, 0, sizeof(*s));
}
