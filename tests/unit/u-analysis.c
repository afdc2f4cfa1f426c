/*
 * Unit tests of the analysis layer: the duration histogram against exact
 * sorted samples, the call-path tree (insert, merge, graft, the recursion
 * folding rule), and both aggregations fed with hand-made frames through
 * their struct frames_ops, with expectations worked out by hand; the
 * text helpers (duration columns that stay 10 wide, names that stay valid
 * UTF-8 in every format).
 */
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "tools/analysis/analysis.h"
#include "tools/analysis/calltree.h"
#include "tools/analysis/fmt.h"
#include "tools/analysis/funcstats.h"
#include "tools/analysis/hist.h"
#include "tools/out/folded.h"

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Nearest rank on sorted samples: the oracle for hist_percentile(). */
static uint64_t exact_percentile(const uint64_t *v, size_t n, double p)
{
	size_t rank = (size_t)(p / 100.0 * n);

	if ((double)rank < p / 100.0 * n)
		rank++;
	if (!rank)
		rank = 1;
	return v[rank - 1];
}

static uint64_t rng_state = 88172645463325252ull;

static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

static void test_hist(void)
{
	struct hist h = HIST_INIT, h2 = HIST_INIT;
	enum { N = 100000 };
	uint64_t *v = malloc(N * sizeof(*v));
	static const double ps[] = { 1, 10, 50, 90, 99, 99.9, 100 };
	int bad = 0;

	/* Small values are exact. */
	for (uint64_t i = 1; i <= 100; i++)
		hist_add(&h, i);
	TEST_EQ(hist_percentile(&h, 50), 50, "p50 of 1..100 is exact");
	TEST_EQ(hist_percentile(&h, 90), 90, "p90 of 1..100 is exact");
	TEST_EQ(hist_percentile(&h, 99), 99, "p99 of 1..100 is exact");
	TEST_EQ(hist_percentile(&h, 100), 100, "p100 is the maximum");
	TEST_EQ(h.min, 1, "min");
	hist_release(&h);
	TEST_EQ(hist_percentile(&h, 50), 0, "empty histogram gives 0");

	/* Log-uniform samples from 10 ns to 10 s: relative error <= 1/128. */
	for (size_t i = 0; i < N; i++) {
		double e = (double)(rng() % 1000000) / 1000000.0 * 9.0;
		uint64_t x = 10;

		for (double k = 0; k < e; k += 1)
			x = (uint64_t)(x * (e - k >= 1 ? 10.0 : 1.0 + 9.0 * (e - k)));
		v[i] = x;
		if (i % 2)
			hist_add(&h, x);
		else
			hist_add(&h2, x);
	}
	hist_merge(&h, &h2);
	qsort(v, N, sizeof(*v), cmp_u64);
	TEST_EQ(h.count, N, "merged count");
	for (size_t i = 0; i < sizeof(ps) / sizeof(ps[0]); i++) {
		uint64_t want = exact_percentile(v, N, ps[i]);
		uint64_t got = hist_percentile(&h, ps[i]);
		double err = got > want ? (double)(got - want) / want : (double)(want - got) / want;

		if (err > 1.0 / 128) {
			printf("#   p%g: exact %llu, histogram %llu\n", ps[i], (unsigned long long)want,
			       (unsigned long long)got);
			bad++;
		}
	}
	TEST_EQ(bad, 0, "percentiles within 1/128 of the exact nearest rank");
	TEST_EQ(h.min, v[0], "merged min exact");
	TEST_EQ(h.max, v[N - 1], "merged max exact");
	{
		uint64_t lo, hi;

		hist_bucket_bounds(1000000, &lo, &hi);
		TEST_OK(lo <= 1000000 && hi >= 1000000 && (hi - lo + 1) * 64 <= lo,
			"bucket width at most 1/64 of its lower bound");
	}
	hist_release(&h);
	hist_release(&h2);
	free(v);
}

static void test_calltree(void)
{
	struct calltree a, b, c;
	uint32_t m, x, y, n;
	uint64_t *calls;

	calltree_init(&a);
	m = calltree_child(&a, CT_ROOT, 1);
	x = calltree_child(&a, m, 2);
	TEST_EQ(calltree_child(&a, m, 2), x, "same path, same node");
	y = calltree_child(&a, x, 1);
	TEST_EQ(a.nodes[y].depth, 3, "depth");
	TEST_EQ(calltree_find(&a, m, 3), CT_NONE, "find of a missing child");
	a.nodes[m].calls = 1, a.nodes[m].total_ns = 100, a.nodes[m].self_ns = 40;
	a.nodes[x].calls = 2, a.nodes[x].total_ns = 60, a.nodes[x].self_ns = 50;
	a.nodes[y].calls = 5, a.nodes[y].total_ns = 10, a.nodes[y].self_ns = 10;

	/* Many children: forces the hash table to grow. */
	calltree_init(&b);
	for (uint64_t k = 0; k < 5000; k++) {
		n = calltree_child(&b, CT_ROOT, 1);
		n = calltree_child(&b, n, 100 + k);
		b.nodes[n].calls++;
	}
	TEST_EQ(b.nr, 5002, "5000 distinct children plus the root and their parent");
	calltree_merge(&b, &a);
	TEST_EQ(b.nr, 5004, "merge adds only the new paths");
	n = calltree_find(&b, CT_ROOT, 1);
	TEST_EQ(b.nodes[n].calls, 1, "merged calls");
	n = calltree_find(&b, calltree_find(&b, n, 2), 1);
	TEST_EQ(b.nodes[n].calls, 5, "merged deep node");

	/* Graft the subtree at x under a new root twice: statistics add. */
	calltree_init(&c);
	calltree_graft(&c, CT_ROOT, &a, x);
	calltree_graft(&c, CT_ROOT, &a, x);
	TEST_EQ(c.nr, 3, "graft copies the subtree only");
	n = calltree_find(&c, CT_ROOT, 2);
	TEST_EQ(c.nodes[n].total_ns, 120, "grafted totals add");
	TEST_EQ(c.nodes[calltree_find(&c, n, 1)].calls, 10, "grafted child");

	calls = calltree_subtree_calls(&a);
	TEST_EQ(calls[m], 8, "subtree calls");
	TEST_EQ(calls[CT_ROOT], 8, "subtree calls of the root");
	free(calls);
	calltree_release(&a);
	calltree_release(&b);
	calltree_release(&c);
}

/* calltree_fold_child() on its own: which node a frame goes to. */
static void test_fold_rule(void)
{
	struct calltree t;
	uint32_t m, n, p, cyc, path[CT_FOLD_MAX + 2];
	char *buf = NULL;
	size_t alloc = 0;

	calltree_init(&t);
	m = calltree_fold_child(&t, CT_ROOT, 1);
	TEST_EQ(calltree_fold_child(&t, m, 1), m, "direct recursion: the caller's node");
	n = calltree_fold_child(&t, m, 2);
	TEST_OK(n != m, "another function: a child");
	/* 1 -> 2 -> 1: a cycle node under 2, period 2; 1 and 2 stay in it. */
	cyc = calltree_fold_child(&t, n, 1);
	TEST_EQ(t.nodes[cyc].key, CT_KEY_CYCLE(1), "re-entry: a cycle node keyed by the function");
	TEST_EQ(t.nodes[cyc].parent, n, "under the last node of the first pass");
	TEST_EQ(t.nodes[cyc].period, 2, "period 2");
	TEST_EQ(calltree_fold_child(&t, cyc, 2), cyc, "a member of the cycle stays in it");
	TEST_EQ(calltree_fold_child(&t, cyc, 1), cyc, "so does the other");
	p = calltree_fold_child(&t, cyc, 3);
	TEST_EQ(t.nodes[p].parent, cyc, "a non-member: a child of the cycle node");
	TEST_EQ(t.nodes[calltree_fold_child(&t, p, 1)].key, CT_KEY_FUNC(0, 1),
		"coming back through it: a plain node (the walk stops at the cycle node)");
	TEST_EQ(calltree_fold_child(&t, n, 1), cyc, "the same path, the same cycle node");

	/* A chain of distinct functions 11..19: a cycle of CT_FOLD_MAX folds, one more does not. */
	path[0] = CT_ROOT;
	for (uint32_t i = 1; i <= CT_FOLD_MAX + 1; i++)
		path[i] = calltree_fold_child(&t, path[i - 1], 10 + i);
	n = calltree_fold_child(&t, path[CT_FOLD_MAX], 11);
	TEST_EQ(t.nodes[n].period, CT_FOLD_MAX, "a cycle of CT_FOLD_MAX functions folds");
	n = calltree_fold_child(&t, path[CT_FOLD_MAX + 1], 12);
	TEST_EQ(t.nodes[n].period, CT_FOLD_MAX, "from 19, 12 is CT_FOLD_MAX nodes up: a cycle");
	n = calltree_fold_child(&t, path[CT_FOLD_MAX + 1], 11);
	TEST_EQ(t.nodes[n].key, CT_KEY_FUNC(0, 11), "CT_FOLD_MAX + 1 up: no fold");

	t.nodes[m].name = "f";
	TEST_STREQ(calltree_label(&t, m, &buf, &alloc), "f", "label without recursion");
	t.nodes[m].nest = 3;
	TEST_STREQ(calltree_label(&t, m, &buf, &alloc), "f \xc3\x97" "3", "label: f ×3");
	t.nodes[cyc].name = "f \xe2\x86\x92 g";
	t.nodes[cyc].nest = 1;
	TEST_STREQ(calltree_label(&t, cyc, &buf, &alloc), "f \xe2\x86\x92 g \xc3\x97" "1",
		   "a cycle node always shows its depth");
	free(buf);
	calltree_release(&t);
}

/*
 * A tiny frame generator for the aggregation callbacks: "E f t" opens a
 * frame of function f at time t, "X t" closes the innermost one.
 */
struct fake {
	struct frame st[64];
	int depth;
	uint64_t next_id;
};

static void fake_run(const struct frames_ops *ops, void *ctx, struct trace *t, const char *script)
{
	struct fake fk = { .depth = 0, .next_id = 1 };
	const char *p = script;

	ops->thread_begin(ctx, t, NULL);
	while (*p) {
		char op;
		unsigned long f, ts;
		int used;

		if (sscanf(p, " E %lu %lu%n", &f, &ts, &used) == 2) {
			struct frame *fr = &fk.st[fk.depth];

			memset(fr, 0, sizeof(*fr));
			fr->frame_id = fk.next_id++;
			fr->parent_id = fk.depth ? fk.st[fk.depth - 1].frame_id : 0;
			fr->func = (uint32_t)f;
			fr->depth = (uint32_t)fk.depth;
			fr->start_ns = ts;
			fr->entry_kind = TRACE_ENTRY;
			ops->enter(ctx, fr, fk.st);
			fk.depth++;
		} else if (sscanf(p, " %c %lu%n", &op, &ts, &used) == 2 && op == 'X') {
			struct frame *fr = &fk.st[--fk.depth];

			fr->end_ns = ts;
			fr->end = FRAME_END_EXIT;
			ops->exit(ctx, fr, fk.st);
			if (fk.depth)
				fk.st[fk.depth - 1].child_ns += ts - fr->start_ns;
		} else {
			break;
		}
		p += used;
	}
}

/* An analysis of one empty log without a window, for the callbacks. */
static void fake_analysis(struct an_log *log, struct analysis *a)
{
	memset(log, 0, sizeof(*log));
	memset(a, 0, sizeof(*a));
	a->logs = log;
	a->nlogs = 1;
	a->to_ns = UINT64_MAX;
}

/* What folded_write() makes of ct (caller frees). */
static char *folded_string(const struct calltree *ct, bool by_calls)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	folded_write(f, ct, by_calls);
	fclose(f);
	return buf;
}

/*
 * main(1) 0..100 calls rec(2) 10..60, which recurses: rec 20..50, whose
 * child leaf(3) runs 30..40; then leaf 70..80 directly from main.
 */
static const char *script = "E 1 0  E 2 10  E 2 20  E 3 30 X 40  X 50  X 60  E 3 70 X 80  X 100";

static void test_funcstats(void)
{
	struct an_log log;
	struct analysis a;
	struct an_fs_worker w;
	struct fstat *fs;

	fake_analysis(&log, &a);
	memset(&w, 0, sizeof(w));
	w.a = &a;
	fstat_table_init(&w.tab);
	fake_run(&analysis_fs_ops, &w, &log.t, script);

	fs = fstat_get(&w.tab, 0, 2);
	TEST_EQ(fs->calls, 2, "recursive function: 2 calls");
	TEST_EQ(fs->total_ns, 50, "recursion counted once: total is the outer 50 ns");
	TEST_EQ(fs->sum_ns, 80, "sum of both activations");
	TEST_EQ(fs->self_ns, 40, "self: (50-30) + (30-10)");
	TEST_EQ(fs->hist.min, 30, "min");
	TEST_EQ(fs->hist.max, 50, "max");
	fs = fstat_get(&w.tab, 0, 1);
	TEST_EQ(fs->total_ns, 100, "main total");
	TEST_EQ(fs->self_ns, 40, "main self: 100 - 50 - 10");
	fs = fstat_get(&w.tab, 0, 3);
	TEST_EQ(fs->calls, 2, "leaf calls");
	TEST_EQ(fs->total_ns, 20, "leaf total");
	TEST_EQ(hist_percentile(&fs->hist, 50), 10, "leaf p50");
	fstat_table_release(&w.tab);
	analysis_depth_release(&w.ds);

	/* Window [35, 75): clipped durations. */
	a.windowed = true;
	a.from_ns = 35;
	a.to_ns = 75;
	memset(&w, 0, sizeof(w));
	w.a = &a;
	fstat_table_init(&w.tab);
	fake_run(&analysis_fs_ops, &w, &log.t, script);
	fs = fstat_get(&w.tab, 0, 1);
	TEST_EQ(fs->total_ns, 40, "window: main clipped to 40");
	TEST_EQ(fs->self_ns, 10, "window: main self 40 - 25 (rec) - 5 (leaf)");
	fs = fstat_get(&w.tab, 0, 2);
	TEST_EQ(fs->total_ns, 25, "window: rec outermost clipped 35..60");
	TEST_EQ(fs->self_ns, 20, "window: rec self (15 + 10 - 5)");
	fs = fstat_get(&w.tab, 0, 3);
	TEST_EQ(fs->calls, 2, "window: both leaves overlap");
	TEST_EQ(fs->total_ns, 10, "window: leaf 35..40 and 70..75");
	fstat_table_release(&w.tab);
	analysis_depth_release(&w.ds);
}

static int cmp_name(const struct ct_node *x, const struct ct_node *y)
{
	return strcmp(x->name, y->name);
}

static void test_tree_agg(void)
{
	struct an_log log;
	struct analysis a;
	struct an_ct_worker w;
	static const char *names[] = { "?", "main", "rec", "leaf" };
	char *buf;
	uint32_t n;

	fake_analysis(&log, &a);
	memset(&w, 0, sizeof(w));
	w.a = &a;
	calltree_init(&w.ct);
	fake_run(&analysis_ct_ops, &w, &log.t, script);
	fake_run(&analysis_ct_ops, &w, &log.t, script);
	TEST_EQ(w.ct.nr, 6, "paths: root, main, main;rec, main;rec;rec, ...;leaf, main;leaf");
	for (size_t i = 1; i < w.ct.nr; i++)
		w.ct.nodes[i].name = names[CT_KEY_FUNCID(w.ct.nodes[i].key)];
	w.ct.nodes[0].name = "all";
	n = calltree_find(&w.ct, CT_ROOT, CT_KEY_FUNC(0, 1));
	TEST_EQ(w.ct.nodes[n].calls, 2, "main twice");
	TEST_EQ(w.ct.nodes[n].total_ns, 200, "main total");
	TEST_EQ(w.ct.nodes[n].self_ns, 80, "main self");

	buf = folded_string(&w.ct, false);
	TEST_STREQ(buf,
		   "main 80\n"
		   "main;leaf 20\n"
		   "main;rec 40\n"
		   "main;rec;rec 40\n"
		   "main;rec;rec;leaf 20\n",
		   "folded stacks by self time");
	free(buf);
	buf = folded_string(&w.ct, true);
	TEST_STREQ(buf,
		   "main 2\n"
		   "main;leaf 2\n"
		   "main;rec 2\n"
		   "main;rec;rec 2\n"
		   "main;rec;rec;leaf 2\n",
		   "folded stacks by calls");
	free(buf);
	{
		size_t nk;
		uint32_t *kids = calltree_children(&w.ct, n, cmp_name, &nk);

		TEST_EQ(nk, 2, "main has two children");
		TEST_STREQ(w.ct.nodes[kids[0]].name, "leaf", "sorted by name");
		free(kids);
	}
	calltree_release(&w.ct);
	analysis_depth_release(&w.ds);
}

/*
 * Folding, by hand: main(1) 0..200 calls rec(2) 10..60 > rec 20..50 >
 * leaf(3) 30..40, then a(4) 70..190 > b(5) 80..180 > a 90..170 > b
 * 100..160 > a 110..150 > c(6) 120..140 > a 125..135.
 */
static const char *fold_script = "E 1 0  E 2 10 E 2 20 E 3 30 X 40 X 50 X 60  "
				 "E 4 70 E 5 80 E 4 90 E 5 100 E 4 110 E 6 120 E 4 125 "
				 "X 135 X 140 X 150 X 160 X 170 X 180 X 190  X 200";

static void test_tree_fold(void)
{
	struct an_log log;
	struct analysis a;
	struct an_ct_worker w, w2;
	static const char *names[] = { "?", "main", "rec", "leaf", "a", "b", "c" };
	char *buf;
	uint32_t m, r, cyc;

	fake_analysis(&log, &a);
	memset(&w, 0, sizeof(w));
	w.a = &a;
	w.fold = true;
	calltree_init(&w.ct);
	fake_run(&analysis_ct_ops, &w, &log.t, fold_script);
	TEST_EQ(w.ct.nr, 9, "nodes: root, main, rec, leaf, a, b, a -> b, c, a");
	for (size_t i = 1; i < w.ct.nr; i++)
		w.ct.nodes[i].name = names[CT_KEY_FUNCID(w.ct.nodes[i].key)];
	m = calltree_find(&w.ct, CT_ROOT, CT_KEY_FUNC(0, 1));
	r = calltree_find(&w.ct, m, CT_KEY_FUNC(0, 2));
	TEST_EQ(w.ct.nodes[r].calls, 2, "rec: both frames");
	TEST_EQ(w.ct.nodes[r].nest, 2, "rec: nested 2 deep");
	TEST_EQ(w.ct.nodes[r].total_ns, 50, "rec: total of the outermost frame");
	TEST_EQ(w.ct.nodes[r].self_ns, 40, "rec: self (50-30) + (30-10)");
	cyc = calltree_find(&w.ct,
			    calltree_find(&w.ct, calltree_find(&w.ct, m, CT_KEY_FUNC(0, 4)),
					  CT_KEY_FUNC(0, 5)),
			    CT_KEY_CYCLE(CT_KEY_FUNC(0, 4)));
	TEST_OK(cyc != CT_NONE, "a -> b -> a: a cycle node under main;a;b");
	TEST_EQ(w.ct.nodes[cyc].calls, 3, "cycle: its three frames");
	TEST_EQ(w.ct.nodes[cyc].nest, 3, "cycle: nested 3 deep");
	TEST_EQ(w.ct.nodes[cyc].total_ns, 80, "cycle: total of a 90..170");
	TEST_EQ(w.ct.nodes[cyc].self_ns, 60, "cycle: self 20 + 20 + 20");
	w.ct.nodes[cyc].name = "a \xe2\x86\x92 b";

	buf = folded_string(&w.ct, false);
	TEST_STREQ(buf,
		   "main 30\n"
		   "main;a 20\n"
		   "main;a;b 20\n"
		   "main;a;b;a \xe2\x86\x92 b \xc3\x97" "3 60\n"
		   "main;a;b;a \xe2\x86\x92 b \xc3\x97" "3;c 10\n"
		   "main;a;b;a \xe2\x86\x92 b \xc3\x97" "3;c;a 10\n"
		   "main;rec \xc3\x97" "2 40\n"
		   "main;rec \xc3\x97" "2;leaf 10\n",
		   "folded stacks of the folded tree: self times, 200 in all");
	free(buf);

	/* A second worker's tree merges in: counts add, nest and period stay. */
	memset(&w2, 0, sizeof(w2));
	w2.a = &a;
	w2.fold = true;
	calltree_init(&w2.ct);
	fake_run(&analysis_ct_ops, &w2, &log.t, fold_script);
	calltree_merge(&w.ct, &w2.ct);
	TEST_EQ(w.ct.nr, 9, "merge: the same nodes");
	TEST_EQ(w.ct.nodes[cyc].calls, 6, "merge: calls add");
	TEST_EQ(w.ct.nodes[cyc].nest, 3, "merge: nest stays");
	TEST_EQ(w.ct.nodes[cyc].period, 2, "merge: period stays");
	calltree_release(&w2.ct);
	analysis_depth_release(&w2.ds);
	calltree_release(&w.ct);
	analysis_depth_release(&w.ds);
}

/* What one of the fmt_*_string() writers makes of s. */
static char *fmt_to_string(void (*w)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	w(f, s);
	fclose(f);
	return buf;
}

#define R3 "\xef\xbf\xbd" /* U+FFFD */

static void test_fmt(void)
{
	static const uint64_t edges[] = {
		0, 999, 1000, 999999, 1000000, 999999499, 999999999, 1000000000,
		999999999999, 1000000000000, 4999000000000, 99999999999999, 9999999999999999,
		100000000000000000, UINT64_MAX,
	};
	char buf[FMT_DURATION_MAX], folded[64];
	int wide = 0;
	char *s;

	for (size_t i = 0; i < sizeof(edges) / sizeof(edges[0]); i++)
		for (uint64_t v = edges[i] ? edges[i] - 1 : 0; v <= edges[i] + 1 && v >= edges[i] - 1; v++)
			wide += strlen(fmt_duration(buf, v, 1)) != 10;
	TEST_EQ(wide, 0, "aligned durations are 10 columns from 0 ns to UINT64_MAX");
	TEST_STREQ(fmt_duration(buf, 999, 1), "    999 ns", "999 ns");
	TEST_STREQ(fmt_duration(buf, 999999, 1), "999.999 us", "999.999 us");
	TEST_STREQ(fmt_duration(buf, 999999999, 1), "  1.000 s ", "999999999 ns rounds to seconds");
	TEST_STREQ(fmt_duration(buf, 999999999999, 0), "1000.00 s", "1000 s keeps 7 digits");
	TEST_STREQ(fmt_duration(buf, 4999000000000, 1), "4999.00 s ", "4999 s");
	TEST_STREQ(fmt_duration(buf, UINT64_MAX, 0), "1.8e+10 s", "UINT64_MAX ns");
	TEST_STREQ(fmt_duration(buf, 1500, 0), "1.500 us", "unaligned");

	{
		size_t bytes;

		TEST_EQ(fmt_utf16_units("a\xf0\x9f\x98\x80\xc3\xa9\xff", NULL, SIZE_MAX), 5,
			"UTF-16 units: a, a surrogate pair, e acute, one U+FFFD");
		TEST_EQ(fmt_utf16_units("a\xf0\x9f\x98\x80\xc3\xa9", &bytes, 2), 1,
			"a pair is not split");
		TEST_EQ(bytes, 1, "bytes counted up to the limit");
	}

	s = fmt_to_string(fmt_json_string, "\xc0\xaf\xed\xa0\x80");
	TEST_STREQ(s, "\"" R3 R3 R3 R3 R3 "\"", "JSON: overlong form and surrogate, byte by byte");
	free(s);
	s = fmt_to_string(fmt_json_string, "a\xff\"\\\x01\xc3\xa9");
	TEST_STREQ(s, "\"a\xef\xbf\xbd\\\"\\\\\\u0001\xc3\xa9\"", "JSON: escapes, U+FFFD for 0xff");
	free(s);
	s = fmt_to_string(fmt_xml_string, "<\x01&\xef\xbf\xbf\xc3>");
	TEST_STREQ(s, "&lt; &amp;\xef\xbf\xbd\xef\xbf\xbd&gt;", "XML: escapes, no control, no U+FFFF");
	free(s);
	s = fmt_to_string(fmt_csv_string, "f<int, char>(\"x\")\xe2\x82");
	TEST_STREQ(s, "\"f<int, char>(\"\"x\"\")\xef\xbf\xbd\xef\xbf\xbd\"", "CSV: quoted, U+FFFD");
	free(s);
	s = fmt_to_string(fmt_csv_string, "plain::name");
	TEST_STREQ(s, "plain::name", "CSV: unquoted when it can be");
	free(s);
	s = fmt_to_string(fmt_text_string, "a\x1b[31m\x7f\xc3\xa9");
	TEST_STREQ(s, "a?[31m?\xc3\xa9", "text: no terminal escapes");
	free(s);
	TEST_EQ(fmt_folded_frame(folded, "<[u8; 4]>::f\n\xff"), 16, "folded: length");
	TEST_STREQ(folded, "<[u8: 4]>::f \xef\xbf\xbd", "folded: no ';', no line end, U+FFFD");
}

int main(void)
{
	test_fmt();
	test_hist();
	test_calltree();
	test_funcstats();
	test_fold_rule();
	test_tree_agg();
	test_tree_fold();
	return tap_done();
}
