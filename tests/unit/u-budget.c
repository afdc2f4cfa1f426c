/*
 * Unit test of the --max-size pieces (tools/convert-budget.h): SIZE
 * parsing, the histogram's buckets, the threshold's choice against a
 * brute force over every duration, and the sibling bound against the
 * definition (the latest end among earlier siblings at least as long).
 */
#include <stdlib.h>

#include "tap.h"
#include "tools/convert-budget.h"

static void test_parse(void)
{
	static const struct {
		const char *s;
		uint64_t v;
	} good[] = {
		{ "3000000", 3000000 },	     { "1", 1 },
		{ "500M", 500ull << 20 },    { "500m", 500ull << 20 },
		{ "2G", 2ull << 30 },	     { "1.5GiB", 3ull << 29 },
		{ "64K", 65536 },	     { "64KiB", 65536 },
		{ "0.0625MiB", 65536 },	     { "64kB", 64000 },
		{ "2GB", 2000000000 },	     { "1T", 1ull << 40 },
		{ "1TB", 1000000000000ull }, { "18446744073709551615", UINT64_MAX },
	};
	static const char *const bad[] = { "", "M", "12X", "1.5", "0", "0K", "-1", "1 M",
					   "1Mb", "1e6", "99999999999999999999", "16777216T" };
	uint64_t v;

	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		const char *why = budget_parse_size(good[i].s, &v);
		TAP_RESULT(!why && v == good[i].v, "'%s' is %" PRIu64 " bytes (%s, %" PRIu64 ")",
			   good[i].s, good[i].v, why ? why : "ok", why ? 0 : v);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *why = budget_parse_size(bad[i], &v);
		TAP_RESULT(why != NULL, "'%s' is refused (%s)", bad[i], why ? why : "accepted");
	}
}

static void test_buckets(void)
{
	int bad = 0;
	uint64_t d;

	/* Every bucket's bound is in it, the one before in the bucket before. */
	for (size_t b = 1; b < BUDGET_NBUCKETS; b++) {
		uint64_t lo = budget_bucket_low(b);
		if (budget_bucket(lo) != b || budget_bucket(lo - 1) != b - 1 ||
		    budget_bucket_low(b - 1) >= lo)
			bad++;
	}
	TEST_EQ(bad, 0, "bucket bounds are increasing and each starts its bucket");
	TEST_EQ(budget_bucket(0), 0, "0 ns: bucket 0");
	TEST_EQ(budget_bucket(1023), 1023, "below 1024 ns: one bucket per ns");
	TEST_EQ(budget_bucket(UINT64_MAX - 1), BUDGET_NBUCKETS - 1, "the longest: the last bucket");
	TEST_EQ(budget_bucket_low(BUDGET_NBUCKETS), BUDGET_ALWAYS, "past the last: never");
	/* A bucket is at most 1/64 of its bound wide. */
	bad = 0;
	for (d = 1024; d < (1ull << 40); d = d * 3 / 2 + 7) {
		size_t b = budget_bucket(d);
		uint64_t lo = budget_bucket_low(b), hi = budget_bucket_low(b + 1);
		if (d < lo || d >= hi || (hi - lo) * 64 > lo)
			bad++;
	}
	TEST_EQ(bad, 0, "durations fall in their bucket, each at most 1/64 wide");
}

/* The threshold against a brute force: the least duration bound whose
 * calls kept fit, from random calls. */
static void test_choose(void)
{
	enum { N = 2000 };
	static uint64_t dur[N], cost[N];
	struct budget *b = calloc(1, sizeof(*b));
	uint64_t total = 0, fixed = 300;
	int bad = 0, rounds = 0;

	srand(7);
	for (int i = 0; i < N; i++) {
		dur[i] = (uint64_t)(rand() % 5000) * (uint64_t)(rand() % 3 ? 1 : 1000);
		cost[i] = 10 + (uint64_t)(rand() % 20);
		budget_add(b, dur[i], 1, cost[i]);
		total += cost[i];
	}
	budget_add(b, BUDGET_ALWAYS, 1, 50); /* a call kept in any case */
	budget_add(b, 0, 0, 0);
	b->fixed += fixed;
	for (uint64_t limit = fixed + 50; limit < total + fixed + 100; limit += 997, rounds++) {
		uint64_t th, bytes, kept, want_bytes = fixed + 50, want_kept = 1;

		if (budget_choose(b, limit, &th, &bytes, &kept)) {
			bad++;
			continue;
		}
		for (int i = 0; i < N; i++)
			if (dur[i] >= th) {
				want_bytes += cost[i];
				want_kept++;
			}
		/* It fits, and the next lower bound (a bucket below) does not. */
		if (bytes != want_bytes || kept != want_kept || bytes > limit)
			bad++;
		if (th) {
			uint64_t lower = budget_bucket_low(budget_bucket(th - 1)), more = fixed + 50;
			for (int i = 0; i < N; i++)
				if (dur[i] >= lower)
					more += cost[i];
			if (more <= limit)
				bad++;
		}
	}
	TEST_EQ(bad, 0, "the threshold is the least bucket bound that fits, at every limit");
	TEST_OK(rounds > 20, "many limits tried");
	{
		uint64_t th, bytes, kept;
		TEST_OK(budget_choose(b, fixed + 49, &th, &bytes, &kept) != 0,
			"less than the fixed bytes: no threshold");
		TEST_OK(!budget_choose(b, fixed + 50, &th, &bytes, &kept) && kept == 1 &&
				th > 5000 * 1000,
			"just the fixed bytes: every call left out but the one kept anyway");
	}
	free(b);
}

/* budget_sibs against its definition, on random nested calls. */
static void test_sibs(void)
{
	struct budget_sibs s = { 0 };
	/* the siblings so far of one parent: (end, dur) */
	uint64_t ends[400], durs[400];
	int bad = 0;

	srand(11);
	for (int round = 0; round < 20; round++) {
		uint64_t t = 1000;
		size_t lo = s.n, n = 0;

		for (int i = 0; i < 400; i++) {
			uint64_t d = (uint64_t)(rand() % (round % 2 ? 50 : 5000)), want = 0, got;

			t += (uint64_t)(rand() % 10);
			for (size_t j = 0; j < n; j++)
				if (durs[j] >= d)
					want = ends[j];
			got = budget_sibs_latest(&s, lo, d);
			/* A full segment may forget some: then an earlier end. */
			if (got > want || (n < BUDGET_SIBS_MAX && got != want))
				bad++;
			t += d;
			budget_sibs_push(&s, lo, t, d);
			ends[n] = t;
			durs[n++] = d;
		}
	}
	TEST_EQ(bad, 0, "the latest earlier sibling at least as long, every time");
	budget_sibs_release(&s);
}

int main(void)
{
	test_parse();
	test_buckets();
	test_choose();
	test_sibs();
	return tap_done();
}
