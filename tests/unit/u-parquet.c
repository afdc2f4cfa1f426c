/*
 * Unit tests for the Parquet writer (tools/out/parquet.c).
 *
 * This program checks what it can without a Parquet reader (the file's
 * framing, error paths) and writes sample files together with the values
 * it put in them. With a directory argument (or SFTRACE_PQ_DIR) the files
 * stay there: tests/e2e/t3300-parquet-writer.sh then reads them with
 * polars and DuckDB and compares against the NAME.expect files, which are
 * printed from the generators here, not from the writer.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tap.h"
#include "tools/out/arrow-schema.h"
#include "tools/out/outfile.h"
#include "tools/out/parquet.h"

static char dir[4096];

static char *path_of(const char *name, const char *ext)
{
	static char buf[2][4200];
	static int k;
	k ^= 1;
	snprintf(buf[k], sizeof(buf[k]), "%s/%s%s", dir, name, ext);
	return buf[k];
}

/* Deterministic values (xorshift) so a failure reproduces. */
static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Check the framing: PAR1 at both ends, a footer length that fits. */
static bool check_framing(const char *path, size_t *footer_len)
{
	uint8_t head[4], tail[8];
	struct stat st;
	uint32_t len;
	int fd = open(path, O_RDONLY);
	bool ok;

	if (fd < 0)
		return false;
	ok = !fstat(fd, &st) && st.st_size >= 12 && pread(fd, head, 4, 0) == 4 &&
	     pread(fd, tail, 8, st.st_size - 8) == 8;
	close(fd);
	if (!ok || memcmp(head, "PAR1", 4) || memcmp(tail + 4, "PAR1", 4))
		return false;
	memcpy(&len, tail, 4);
	*footer_len = len;
	return len > 0 && len <= (uint64_t)st.st_size - 12;
}

static void json_string(FILE *f, const char *s, size_t n)
{
	fputc('"', f);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"' || s[i] == '\\')
			fputc('\\', f);
		fputc(s[i], f);
	}
	fputc('"', f);
}

#define NCOLS 5
static const struct pq_column mixed_cols[NCOLS] = {
	{ "u32", PQ_UINT32, PQ_ENC_DELTA },
	{ "u64", PQ_UINT64, PQ_ENC_DELTA },
	{ "i64", PQ_INT64, PQ_ENC_DELTA },
	{ "dur", PQ_DURATION_NS, PQ_ENC_DELTA },
	{ "name", PQ_STRING, PQ_ENC_PLAIN },
};

struct mixed {
	size_t n;
	uint32_t *u32;
	uint64_t *u64;
	int64_t *i64;
	int64_t *dur;
	struct pq_str *str;
	char **strbuf;
};

/*
 * Values that stress the encoder: extremes, wrap-around deltas, long
 * monotonic runs (small widths) next to random jumps (width 64), empty
 * and non-ASCII strings.
 */
static void mixed_fill(struct mixed *m, size_t n)
{
	static const char *const words[] = { "", "main", "caf\xc3\xa9 \xe2\x86\x92 \"q\" \\b",
					     "std::vector<int>::push_back(int const&)" };
	m->n = n;
	m->u32 = calloc(n + 1, 4);
	m->u64 = calloc(n + 1, 8);
	m->i64 = calloc(n + 1, 8);
	m->dur = calloc(n + 1, 8);
	m->str = calloc(n + 1, sizeof(*m->str));
	m->strbuf = calloc(n + 1, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		uint64_t r = next_rand();
		switch ((i / 300) % 4) {
		case 0: /* runs */
			m->u32[i] = (uint32_t)(i / 7);
			m->u64[i] = i * 3;
			m->i64[i] = -(int64_t)i;
			break;
		case 1: /* extremes */
			m->u32[i] = i % 2 ? UINT32_MAX : 0;
			m->u64[i] = i % 3 == 0 ? UINT64_MAX : i % 3 == 1 ? 0 : 1ull << 63;
			m->i64[i] = i % 2 ? INT64_MIN : INT64_MAX;
			break;
		default: /* random */
			m->u32[i] = (uint32_t)r;
			m->u64[i] = r;
			m->i64[i] = (int64_t)(r * 31);
			break;
		}
		m->dur[i] = (int64_t)(i * 1000 + (i % 5 == 0 ? 0 : r % 999)) - (i % 250 == 0 ? 7000 : 0);
		if (i % 97 == 5) {
			size_t len = 300 + i % 50;
			m->strbuf[i] = malloc(len + 1);
			for (size_t j = 0; j < len; j++)
				m->strbuf[i][j] = (char)('a' + (i + j) % 26);
			m->strbuf[i][len] = '\0';
		} else {
			m->strbuf[i] = strdup(words[i % 4]);
		}
		m->str[i] = (struct pq_str){ m->strbuf[i], (uint32_t)strlen(m->strbuf[i]) };
	}
}

static void mixed_free(struct mixed *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->strbuf[i]);
	free(m->strbuf);
	free(m->u32);
	free(m->u64);
	free(m->i64);
	free(m->dur);
	free(m->str);
}

/* The values in the layout of tests/oracles/polars-dump.mjs data. */
static void mixed_expect(const struct mixed *m, const char *name)
{
	FILE *f = fopen(path_of(name, ".expect"), "w");

	if (!f)
		return;
	fprintf(f, "# rows %zu\n# column u32\n", m->n);
	for (size_t i = 0; i < m->n; i++)
		fprintf(f, "%" PRIu32 "\n", m->u32[i]);
	fprintf(f, "# column u64\n");
	for (size_t i = 0; i < m->n; i++)
		fprintf(f, "%" PRIu64 "\n", m->u64[i]);
	fprintf(f, "# column i64\n");
	for (size_t i = 0; i < m->n; i++)
		fprintf(f, "%" PRId64 "\n", m->i64[i]);
	fprintf(f, "# column dur\n");
	for (size_t i = 0; i < m->n; i++)
		fprintf(f, "%" PRId64 "\n", m->dur[i]);
	fprintf(f, "# column name\n");
	for (size_t i = 0; i < m->n; i++) {
		json_string(f, m->str[i].s, m->str[i].len);
		fputc('\n', f);
	}
	fclose(f);
}

/* Write m to NAME.parquet in batches of varying size. */
static int mixed_write(const struct mixed *m, const char *name, const struct pq_column *cols,
		       const struct pq_opts *o)
{
	struct pq_writer *w = pq_open(path_of(name, ".parquet"), cols, NCOLS, o);
	size_t i = 0, step = 1;

	if (!w)
		return -1;
	while (i < m->n) {
		size_t k = m->n - i < step ? m->n - i : step;
		const void *v[NCOLS] = { m->u32 + i, m->u64 + i, m->i64 + i, m->dur + i,
					 m->str + i };
		if (pq_write(w, k, v)) {
			pq_abort(w);
			return -1;
		}
		i += k;
		step = step * 3 + 1;
	}
	if (pq_rows(w) != m->n) {
		pq_abort(w);
		return -1;
	}
	mixed_expect(m, name);
	return pq_close(w);
}

static void test_mixed(const char *name, size_t n, const struct pq_column *cols,
		       const struct pq_opts *o)
{
	struct mixed m;
	size_t footer;
	char what[128];

	mixed_fill(&m, n);
	snprintf(what, sizeof(what), "%s: %zu rows written", name, n);
	TEST_OK(mixed_write(&m, name, cols, o) == 0, what);
	snprintf(what, sizeof(what), "%s: PAR1 framing and footer length", name);
	TEST_OK(check_framing(path_of(name, ".parquet"), &footer), what);
	mixed_free(&m);
}

/* A file of n rows of one u64 column, value 3 * i: for sums at scale. */
static void test_big(size_t n)
{
	static const struct pq_column col[1] = { { "v", PQ_UINT64, PQ_ENC_DELTA } };
	struct pq_writer *w = pq_open(path_of("big", ".parquet"), col, 1, NULL);
	uint64_t batch[4096];
	size_t i = 0, footer;
	int ret = w ? 0 : -1;
	FILE *f;

	while (!ret && i < n) {
		size_t k = n - i < 4096 ? n - i : 4096;
		for (size_t j = 0; j < k; j++)
			batch[j] = 3 * (i + j);
		const void *v[1] = { batch };
		ret = pq_write(w, k, v);
		i += k;
	}
	ret = ret ? (pq_abort(w), -1) : pq_close(w);
	TEST_OK(ret == 0, "big: written in default-sized row groups");
	TEST_OK(check_framing(path_of("big", ".parquet"), &footer), "big: framing");
	f = fopen(path_of("big", ".expect"), "w");
	if (f) {
		/* count, min, max, sum: what the e2e test asks DuckDB and polars */
		fprintf(f, "%zu\t0\t%zu\t%zu\n", n, 3 * (n - 1), 3 * (n - 1) * n / 2);
		fclose(f);
	}
}

/*
 * Optional columns: nulls in runs longer than a page and a row group (no
 * min/max there, only the null count), alternating, random, and columns
 * without a null; every type and both encodings. NAME.expect prints a
 * null as polars-dump.mjs and duckdb-dump.mjs do: an empty line, or
 * `null` in a string column.
 */
#define NNULL 6
static const struct pq_column null_cols[NNULL] = {
	{ "id", PQ_UINT64, PQ_ENC_DELTA },
	{ "a", PQ_UINT64, PQ_ENC_DELTA, true },
	{ "b", PQ_UINT32, PQ_ENC_PLAIN, true },
	{ "d", PQ_DURATION_NS, PQ_ENC_DELTA, true },
	{ "s", PQ_STRING, PQ_ENC_PLAIN, true },
	{ "full", PQ_UINT64, PQ_ENC_PLAIN, true },
};

static bool null_row(size_t col, size_t i, uint64_t r)
{
	switch (col) {
	case 1: /* rows 300..899 null: whole pages and a whole row group */
		return (i >= 300 && i < 900) || i % 50 == 7;
	case 2: /* alternating, then random */
		return i < 400 ? i % 2 == 0 : r % 3 == 0;
	case 3: /* short runs of nulls */
		return i % 11 < 3;
	case 4:
		return i % 5 == 1 || (i >= 1000 && i < 1040);
	default: /* "full": nullable, never null */
		return false;
	}
}

static void test_nulls(const char *name, size_t n)
{
	uint64_t *id = calloc(n + 1, 8), *a = calloc(n + 1, 8), *full = calloc(n + 1, 8);
	uint32_t *b = calloc(n + 1, 4);
	int64_t *d = calloc(n + 1, 8);
	struct pq_str *str = calloc(n + 1, sizeof(*str));
	uint8_t *def[NNULL] = { NULL };
	static const char *const words[] = { "x", "", "caf\xc3\xa9", "null" };
	struct pq_writer *w = pq_open(path_of(name, ".parquet"), null_cols, NNULL,
				      &(struct pq_opts){ .row_group_rows = 250, .page_rows = 100 });
	size_t nulls[NNULL] = { 0 }, footer;
	int ret = w ? 0 : -1;
	FILE *f;

	for (int c = 1; c < NNULL; c++)
		def[c] = calloc(n + 1, 1);
	for (size_t i = 0; i < n; i++) {
		uint64_t r = next_rand();

		id[i] = i;
		a[i] = i % 7 == 0 ? UINT64_MAX - i : i * 1000 + r % 1000;
		b[i] = (uint32_t)r;
		d[i] = (int64_t)(i * 10) - 500;
		str[i] = (struct pq_str){ words[i % 4], (uint32_t)strlen(words[i % 4]) };
		full[i] = r >> 3;
		for (int c = 1; c < NNULL; c++) {
			def[c][i] = !null_row((size_t)c, i, r);
			nulls[c] += !def[c][i];
		}
	}
	for (size_t i = 0, step = 1; !ret && i < n; i += step, step = step * 2 + 1) {
		size_t k = n - i < step ? n - i : step;
		const void *v[NNULL] = { id + i, a + i, b + i, d + i, str + i, full + i };
		const uint8_t *dv[NNULL] = { NULL };

		for (int c = 1; c < NNULL; c++)
			dv[c] = c == NNULL - 1 && i % 2 ? NULL : def[c] + i; /* NULL: all defined */
		ret = pq_write_nulls(w, k, v, dv);
	}
	if (w)
		ret = ret ? (pq_abort(w), -1) : pq_close(w);
	TEST_OK(ret == 0, "nulls: optional columns written");
	TEST_OK(check_framing(path_of(name, ".parquet"), &footer), "nulls: framing");
	TEST_OK(nulls[1] > 600 && nulls[2] > 0 && nulls[3] > 0 && nulls[4] > 0 && !nulls[5],
		"nulls: the sample has nulls where it should");

	f = fopen(path_of(name, ".expect"), "w");
	if (f) {
		fprintf(f, "# rows %zu\n", n);
		for (int c = 0; c < NNULL; c++) {
			fprintf(f, "# column %s\n", null_cols[c].name);
			for (size_t i = 0; i < n; i++) {
				if (c && !def[c][i]) {
					fputs(c == 4 ? "null\n" : "\n", f);
					continue;
				}
				switch (c) {
				case 0: fprintf(f, "%" PRIu64 "\n", id[i]); break;
				case 1: fprintf(f, "%" PRIu64 "\n", a[i]); break;
				case 2: fprintf(f, "%" PRIu32 "\n", b[i]); break;
				case 3: fprintf(f, "%" PRId64 "\n", d[i]); break;
				case 4:
					json_string(f, str[i].s, str[i].len);
					fputc('\n', f);
					break;
				default: fprintf(f, "%" PRIu64 "\n", full[i]); break;
				}
			}
		}
		fclose(f);
	}
	f = fopen(path_of(name, ".nulls"), "w");
	if (f) { /* null counts per column, as `SELECT count(*) - count(col)` gives them */
		for (int c = 0; c < NNULL; c++)
			fprintf(f, "%s%zu", c ? "\t" : "", nulls[c]);
		fputc('\n', f);
		fclose(f);
	}
	for (int c = 1; c < NNULL; c++)
		free(def[c]);
	free(id);
	free(a);
	free(b);
	free(d);
	free(str);
	free(full);
}

/* Hidden files (the writer's temporary files) in the test directory. */
static int count_hidden(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	while (d && (e = readdir(d)))
		n += e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	if (d)
		closedir(d);
	return n;
}

static bool read_small(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return false;
	n = fread(buf, 1, size - 1, f);
	buf[n] = 0;
	fclose(f);
	return true;
}

static void test_errors(void)
{
	static const struct pq_column col[1] = { { "v", PQ_UINT64, PQ_ENC_DELTA } };
	struct rlimit old, small;
	struct pq_writer *w;
	struct outfile out;
	struct stat st;
	char text[64];
	size_t flen;
	FILE *f;
	uint64_t v[1024];
	int ret = 0;

	TEST_OK(pq_open(path_of("no/such/dir", ".parquet"), col, 1, NULL) == NULL,
		"open in a missing directory fails");
	TEST_OK(pq_open(path_of("nocols", ".parquet"), col, 0, NULL) == NULL,
		"a table without columns is refused");

	/* A full disk, simulated with a file size limit: close fails, and the
	 * partial file is removed; an older file of that name stays. */
	f = fopen(path_of("full", ".parquet"), "w");
	if (f) {
		fputs("older\n", f);
		fclose(f);
	}
	memset(v, 0x5a, sizeof(v));
	signal(SIGXFSZ, SIG_IGN);
	getrlimit(RLIMIT_FSIZE, &old);
	small = old;
	small.rlim_cur = 4096;
	setrlimit(RLIMIT_FSIZE, &small);
	w = pq_open(path_of("full", ".parquet"), col, 1,
		    &(struct pq_opts){ .row_group_rows = 1024, .page_rows = 1024 });
	for (int i = 0; w && !ret && i < 64; i++) {
		const void *vals[1] = { v };
		for (int j = 0; j < 1024; j++)
			v[j] = next_rand();
		ret = pq_write(w, 1024, vals);
	}
	if (w)
		ret = ret ? (pq_abort(w), -1) : pq_close(w);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, SIG_DFL);
	TEST_OK(w && ret == -1, "a write error is reported");
	TEST_OK(read_small(path_of("full", ".parquet"), text, sizeof(text)) &&
			!strcmp(text, "older\n"),
		"the older file is kept as it was");
	TEST_EQ(count_hidden(), 0, "no temporary file is left");
	unlink(path_of("full", ".parquet"));

	/* The file appears only on pq_close(), or on outfile_commit() after
	 * pq_close_pending(). */
	w = pq_open(path_of("late", ".parquet"), col, 1, NULL);
	TEST_OK(w && stat(path_of("late", ".parquet"), &st) == -1 && errno == ENOENT,
		"an open table is not visible under its name");
	TEST_EQ(count_hidden(), 1, "... but as one temporary file beside it");
	ret = w ? pq_close_pending(w, &out) : -1;
	TEST_OK(!ret && stat(path_of("late", ".parquet"), &st) == -1,
		"pq_close_pending: still not visible");
	if (!ret)
		outfile_discard(&out);
	TEST_OK(stat(path_of("late", ".parquet"), &st) == -1 && !count_hidden(),
		"outfile_discard: nothing left");
	w = pq_open(path_of("late", ".parquet"), col, 1, NULL);
	ret = w ? pq_close_pending(w, &out) : -1;
	TEST_OK(!ret && !outfile_commit(&out) && check_framing(path_of("late", ".parquet"), &flen),
		"outfile_commit: a whole table under its name");
	TEST_EQ(count_hidden(), 0, "... and no temporary file");
}

static void test_base64(void)
{
	char *s;

	s = base64_encode("", 0);
	TEST_STREQ(s, "", "base64 of nothing");
	free(s);
	s = base64_encode("f", 1);
	TEST_STREQ(s, "Zg==", "base64 pads one byte");
	free(s);
	s = base64_encode("fo", 2);
	TEST_STREQ(s, "Zm8=", "base64 pads two bytes");
	free(s);
	s = base64_encode("foobar", 6);
	TEST_STREQ(s, "Zm9vYmFy", "base64 of RFC 4648 test vector");
	free(s);
}

int main(int argc, char **argv)
{
	const char *out = argc > 1 ? argv[1] : getenv("SFTRACE_PQ_DIR");
	bool keep = out && *out;
	struct pq_column plain[NCOLS];

	if (keep) {
		snprintf(dir, sizeof(dir), "%s", out);
		mkdir(dir, 0777);
	} else {
		snprintf(dir, sizeof(dir), "%s/u-parquet.XXXXXX",
			 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
		if (!mkdtemp(dir)) {
			perror("mkdtemp");
			return 1;
		}
	}

	test_base64();
	test_mixed("mixed", 3000, mixed_cols,
		   &(struct pq_opts){ .row_group_rows = 1000, .page_rows = 128 });
	for (int i = 0; i < NCOLS; i++) {
		plain[i] = mixed_cols[i];
		plain[i].enc = PQ_ENC_PLAIN;
	}
	test_mixed("plain", 2500, plain,
		   &(struct pq_opts){ .row_group_rows = 999, .page_rows = 100, .zstd_level = 9 });
	test_mixed("one", 1, mixed_cols, NULL);
	test_mixed("two", 2, mixed_cols, NULL);
	test_mixed("block", 129, mixed_cols, NULL);
	test_mixed("empty", 0, mixed_cols, NULL);
	test_big(2500000);
	test_nulls("nulls", 1200);
	test_errors();

	if (!keep) {
		static const char *const names[] = { "mixed", "plain", "one", "two",
						     "block", "empty", "big", "nulls" };
		for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
			unlink(path_of(names[i], ".parquet"));
			unlink(path_of(names[i], ".expect"));
		}
		unlink(path_of("nulls", ".nulls"));
		rmdir(dir);
	}
	return tap_done();
}
