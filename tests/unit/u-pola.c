/*
 * `convert --type pola` and `--type calls` on logs built here byte by byte
 * from docs/format.md (not by the runtime): two processes, two threads,
 * a tail call, frames unwound by an outer exit, a frame still open at the
 * end. The expected tables are written out by hand below; with a
 * directory argument (or SFTRACE_POLA_DIR) the converted files and the
 * expectations stay there for tests/e2e/t3301-pola-synthetic.sh, which
 * reads them with polars and DuckDB.
 *
 * The module of the synthetic logs is this program itself, so the symbol
 * table must name the pola_fn_* functions below, with their source lines.
 *
 * `u-pola bench N [DIR]` instead writes a log of about N events (2
 * threads, calls nested 1 to 8 deep) and times both converters on it.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/format.h"
#include "tap.h"
#include "tools/convert.h"

/* The functions the synthetic module contains (ids 1..4), one line each;
 * distinct bodies so the compiler cannot merge them. */
static volatile int pola_sink;
static __attribute__((noinline)) void pola_fn_main(void) { pola_sink = 1; } static const int line_main = __LINE__;
static __attribute__((noinline)) void pola_fn_parse(void) { pola_sink = 2; } static const int line_parse = __LINE__;
static __attribute__((noinline)) void pola_fn_emit(void) { pola_sink = 3; } static const int line_emit = __LINE__;
static __attribute__((noinline)) void pola_fn_leaf(void) { pola_sink = 4; } static const int line_leaf = __LINE__;

static char dir[4096];

static char *path_of(const char *name)
{
	static char buf[4][4200];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof(buf[k]), "%s/%s", dir, name);
	return buf[k];
}

struct ev {
	unsigned kind;
	uint32_t id;
	uint64_t t; /* trace ns */
	int implicit; /* exit without its id */
};

struct logbuf {
	uint8_t *p;
	size_t size;
	size_t next_page; /* next free block offset */
	uint64_t start;
};

static int load_bias_cb(struct dl_phdr_info *info, size_t size, void *data)
{
	*(uint64_t *)data = info->dlpi_addr;
	return 1; /* the first object is the executable */
}

static void log_init(struct logbuf *l, size_t size, uint32_t pid, uint64_t start)
{
	struct fmt_file_header *h;
	struct fmt_block_header *b;
	struct fmt_meta_record r;
	struct fmt_meta_module mm = { 0 };
	uint64_t bias = 0, vaddr[4];
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	uint8_t *p;

	exe[n > 0 ? n : 0] = '\0';
	dl_iterate_phdr(load_bias_cb, &bias);
	vaddr[0] = (uint64_t)(uintptr_t)pola_fn_main - bias;
	vaddr[1] = (uint64_t)(uintptr_t)pola_fn_parse - bias;
	vaddr[2] = (uint64_t)(uintptr_t)pola_fn_emit - bias;
	vaddr[3] = (uint64_t)(uintptr_t)pola_fn_leaf - bias;

	l->size = size;
	l->p = calloc(1, size);
	l->start = start;
	h = (void *)l->p;
	memcpy(h->magic, FMT_MAGIC, 8);
	h->version = FMT_VERSION;
	h->header_size = FMT_PAGE;
	h->pid = pid;
	h->ppid = 1;
	h->flags = FMT_FLAG_CLOCK_NS | FMT_FLAG_CLOSED;
	h->start_mono_ns = start;
	h->start_tsc = start;

	b = (void *)(l->p + FMT_PAGE);
	b->magic = FMT_BLOCK_MAGIC;
	b->type = FMT_BLOCK_META;
	b->header_size = FMT_BLOCK_HEADER_SIZE;
	b->size = FMT_PAGE;
	b->open_tsc = b->open_ns = start;
	p = l->p + FMT_PAGE + FMT_BLOCK_HEADER_SIZE;
	mm.id_base = 1;
	mm.nfuncs = mm.nsleds = mm.npatched = 4;
	mm.load_bias = bias;
	mm.load_tsc = start;
	r = (struct fmt_meta_record){ FMT_META_MODULE, 0,
				      (uint32_t)(sizeof(mm) + sizeof(vaddr) + strlen(exe) + 1) };
	memcpy(p, &r, 8);
	memcpy(p + 8, &mm, sizeof(mm));
	memcpy(p + 8 + sizeof(mm), vaddr, sizeof(vaddr));
	memcpy(p + 8 + sizeof(mm) + sizeof(vaddr), exe, strlen(exe) + 1);
	l->next_page = 2 * FMT_PAGE;
}

/* Start an EVENTS block of npages at trace time t; returns its payload. */
static uint8_t *log_block(struct logbuf *l, uint32_t tid, uint32_t serial, uint32_t seq,
			  uint64_t t, size_t npages, uint8_t **end)
{
	struct fmt_block_header *b = (void *)(l->p + l->next_page);

	b->magic = FMT_BLOCK_MAGIC;
	b->type = FMT_BLOCK_EVENTS;
	b->header_size = FMT_BLOCK_HEADER_SIZE;
	b->size = (uint32_t)(npages * FMT_PAGE);
	b->tid = tid;
	b->thread_serial = serial;
	b->seq = seq;
	b->open_tsc = b->open_ns = l->start + t;
	snprintf(b->name, sizeof(b->name), "t%u", tid);
	l->next_page += npages * FMT_PAGE;
	*end = (uint8_t *)b + b->size;
	return (uint8_t *)b + FMT_BLOCK_HEADER_SIZE;
}

static void log_thread(struct logbuf *l, uint32_t tid, uint32_t serial, const struct ev *evs,
		       size_t n)
{
	uint8_t *end, *p = log_block(l, tid, serial, 0, evs[0].t, 1, &end);
	uint64_t base = l->start + evs[0].t;
	uint32_t last = 0;

	for (size_t i = 0; i < n; i++) {
		uint64_t ts = l->start + evs[i].t;
		p += fmt_encode_event(p, evs[i].kind, ts - base, !evs[i].implicit, evs[i].id, &last);
		base = ts;
	}
}

static int log_write(struct logbuf *l, const char *path)
{
	FILE *f = fopen(path, "wb");
	int ok = f && fwrite(l->p, 1, l->next_page, f) == l->next_page;

	if (f && fclose(f))
		ok = 0;
	free(l->p);
	return ok ? 0 : -1;
}

static int write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

/* Rows in the layout of tests/oracles/polars-dump.mjs data. */
static const char expect_pola[] =
	"# rows 20\n"
	"# column frame_id\n1\n2\n2\n3\n3\n4\n4\n1\n5\n6\n7\n7\n6\n5\n8\n8\n9\n9\n10\n10\n"
	"# column parent\n0\n1\n1\n1\n1\n1\n1\n0\n0\n5\n6\n6\n5\n0\n0\n0\n0\n0\n0\n0\n"
	"# column tid\n100\n100\n100\n100\n100\n100\n100\n100\n100\n100\n100\n100\n100\n100\n100\n"
	"100\n101\n101\n200\n200\n"
	"# column func_id\n1\n2\n2\n2\n2\n3\n3\n1\n1\n2\n3\n3\n2\n1\n4\n4\n3\n3\n4294967297\n"
	"4294967297\n"
	"# column time\n10\n20\n30\n40\n50\n50\n60\n70\n100\n110\n120\n130\n130\n130\n200\n200\n"
	"15\n25\n505\n508\n"
	"# column kind\n1\n1\n2\n1\n3\n1\n2\n2\n1\n1\n1\n2\n2\n2\n1\n2\n1\n2\n1\n2\n";

/* One row per call, in the order calls end. */
static const char expect_calls[] =
	"# rows 10\n"
	"# column frame_id\n2\n3\n4\n1\n7\n6\n5\n8\n9\n10\n"
	"# column parent\n1\n1\n1\n0\n6\n5\n0\n0\n0\n0\n"
	"# column depth\n1\n1\n1\n0\n2\n1\n0\n0\n0\n0\n"
	"# column tid\n100\n100\n100\n100\n100\n100\n100\n100\n101\n200\n"
	"# column func_id\n2\n2\n3\n1\n3\n2\n1\n4\n3\n4294967297\n"
	"# column start\n20\n40\n50\n10\n120\n110\n100\n200\n15\n505\n"
	"# column end\n30\n50\n60\n70\n130\n130\n130\n200\n25\n508\n"
	"# column duration\n10\n10\n10\n60\n10\n20\n30\n0\n10\n3\n"
	"# column self\n10\n10\n10\n30\n10\n10\n10\n0\n10\n3\n";

static void build_logs(const char *a, const char *b)
{
	struct logbuf l;
	static const struct ev t1[] = {
		{ 1, 1, 10, 0 },  { 1, 2, 20, 0 },  { 2, 2, 30, 1 },  { 1, 2, 40, 0 },
		{ 3, 2, 50, 0 },  /* tail call out of parse into emit */
		{ 1, 3, 50, 0 },  { 2, 3, 60, 1 },  { 2, 1, 70, 0 },
		{ 1, 1, 100, 0 }, { 1, 2, 110, 0 }, { 1, 3, 120, 0 },
		{ 2, 1, 130, 0 }, /* main returns: emit and parse were unwound */
		{ 1, 4, 200, 0 }, /* leaf never returns: closed at the end */
	};
	static const struct ev t2[] = { { 1, 3, 15, 0 }, { 2, 3, 25, 0 } };
	static const struct ev t3[] = { { 1, 1, 5, 0 }, { 2, 1, 8, 1 } };
	/* log b starts 500 ns after log a; its function 1 is func_id 1 << 32 | 1 */
	log_init(&l, 8 * FMT_PAGE, 4242, 1000000);
	log_thread(&l, 100, 1, t1, sizeof(t1) / sizeof(*t1));
	log_thread(&l, 101, 2, t2, 2);
	TEST_OK(log_write(&l, a) == 0, "synthetic log a written");
	log_init(&l, 8 * FMT_PAGE, 4343, 1000500);
	log_thread(&l, 200, 1, t3, 2);
	TEST_OK(log_write(&l, b) == 0, "synthetic log b written");
}

static int run_convert(const char *type, const char *a, const char *b, const char *out)
{
	const char *inputs[2] = { a, b };
	/* calls as the events pair them (the hand-written rows: a tail
	 * call's callee beside its caller); t4200 checks the nesting */
	struct convert_opts o = { .inputs = inputs, .ninputs = 2, .output = out, .type = type,
				  .no_tail_nesting = true };

	return strcmp(type, "pola") ? convert_calls(&o) : convert_pola(&o);
}

static void test_synthetic(void)
{
	char sym[1024];
	struct stat st;

	build_logs(path_of("a.log"), path_of("b.log"));
	TEST_EQ(run_convert("pola", path_of("a.log"), path_of("b.log"), path_of("sf.pola")), 0,
		"convert --type pola");
	TEST_OK(stat(path_of("sf.pola.symtab"), &st) == 0, "sf.pola.symtab written");
	TEST_EQ(run_convert("calls", path_of("a.log"), path_of("b.log"), path_of("sf.calls")), 0,
		"convert --type calls");
	TEST_OK(stat(path_of("sf.calls.symtab"), &st) == 0, "sf.calls.symtab written");

	write_text(path_of("sf.pola.expect"), expect_pola);
	write_text(path_of("sf.calls.expect"), expect_calls);
	/* names exactly; paths end in "u-pola.c:LINE" (the directory varies) */
	snprintf(sym, sizeof(sym),
		 "1\tpola_fn_main\tu-pola.c:%d\n2\tpola_fn_parse\tu-pola.c:%d\n"
		 "3\tpola_fn_emit\tu-pola.c:%d\n4\tpola_fn_leaf\tu-pola.c:%d\n"
		 "4294967297\tpola_fn_main\tu-pola.c:%d\n",
		 line_main, line_parse, line_emit, line_leaf, line_main);
	write_text(path_of("symtab.expect"), sym);

	TEST_OK(run_convert("pola", path_of("a.log"), path_of("missing.log"),
			    path_of("x.pola")) != 0,
		"a missing input is an error");
	TEST_OK(stat(path_of("x.pola"), &st) == -1, "and leaves no output");
	TEST_OK(run_convert("pola", path_of("a.log"), path_of("b.log"),
			    path_of("no/such/dir.pola")) != 0,
		"an unwritable output is an error");
}

/*
 * A log of about n events: each thread repeats main -> parse -> (emit ->
 * leaf x k) patterns 1 to 8 deep; blocks of 1 MiB as the runtime writes.
 */
static int bench_log(const char *path, uint64_t n)
{
	struct logbuf l;
	size_t block_pages = 256;
	uint64_t per_thread = n / 2;
	size_t pages = 2 + (size_t)(n * 3 / (block_pages * FMT_PAGE - 256) + 4) * block_pages;

	log_init(&l, pages * FMT_PAGE, 1, 1000);
	if (!l.p)
		return -1;
	for (uint32_t th = 0; th < 2; th++) {
		uint8_t *end, *p;
		uint64_t t = 0, done = 0, base, rng = 12345 + th;
		uint32_t last = 0, seq = 0, stack[16], depth = 0;

		p = log_block(&l, 1000 + th, th + 1, seq++, t, block_pages, &end);
		base = l.start + t;
		while (done < per_thread || depth) {
			unsigned kind;
			uint32_t id;
			int explicit_id = 1;

			if (end - p < 64) {
				if (l.next_page + block_pages * FMT_PAGE > l.size)
					return -1;
				p = log_block(&l, 1000 + th, th + 1, seq++, t, block_pages, &end);
				base = l.start + t;
				last = 0;
			}
			rng = rng * 6364136223846793005ull + 1442695040888963407ull;
			if (depth < 8 && done < per_thread && (!depth || (rng >> 60) < 9)) {
				kind = FMT_KIND_ENTRY;
				id = depth ? 2 + (uint32_t)((rng >> 40) % 3) : 1;
				stack[depth++] = id;
			} else {
				kind = FMT_KIND_EXIT;
				id = stack[--depth];
				explicit_id = 0;
			}
			t += 5 + (rng >> 58);
			p += fmt_encode_event(p, kind, l.start + t - base, explicit_id, id, &last);
			base = l.start + t;
			done++;
		}
	}
	return log_write(&l, path);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int bench(uint64_t n)
{
	const char *types[2] = { "pola", "calls" };
	struct stat st;
	double t0;

	t0 = now();
	if (bench_log(path_of("bench.log"), n)) {
		fprintf(stderr, "cannot write the bench log\n");
		return 1;
	}
	stat(path_of("bench.log"), &st);
	printf("# log: %.0f M events, %.1f MB, written in %.2f s\n", (double)n / 1e6,
	       (double)st.st_size / 1e6, now() - t0);
	for (int i = 0; i < 2; i++) {
		const char *inputs[1] = { path_of("bench.log") };
		char *out = path_of(i ? "bench.calls" : "bench.pola");
		struct convert_opts o = { .inputs = inputs, .ninputs = 1, .output = out,
					  .type = types[i] };
		int ret;

		t0 = now();
		ret = i ? convert_calls(&o) : convert_pola(&o);
		double s = now() - t0;
		stat(out, &st);
		printf("# --type %s: %.2f s, %.1f M events/s, %.1f MB (%.2f bytes/event)%s\n",
		       types[i], s, (double)n / 1e6 / s, (double)st.st_size / 1e6,
		       (double)st.st_size / (double)n, ret ? " FAILED" : "");
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *out;
	bool keep;

	if (argc > 2 && !strcmp(argv[1], "bench")) {
		snprintf(dir, sizeof(dir), "%s",
			 argc > 3 ? argv[3] : getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
		return bench(strtoull(argv[2], NULL, 10));
	}
	out = argc > 1 ? argv[1] : getenv("SFTRACE_POLA_DIR");
	keep = out && *out;
	if (keep) {
		snprintf(dir, sizeof(dir), "%s", out);
		mkdir(dir, 0777);
	} else {
		snprintf(dir, sizeof(dir), "%s/u-pola.XXXXXX",
			 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
		if (!mkdtemp(dir)) {
			perror("mkdtemp");
			return 1;
		}
	}
	test_synthetic();
	if (!keep) {
		static const char *const names[] = {
			"a.log",	  "b.log",	    "sf.pola",	      "sf.pola.symtab",
			"sf.calls",	  "sf.calls.symtab", "sf.pola.expect", "sf.calls.expect",
			"symtab.expect",
		};
		for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
			unlink(path_of(names[i]));
		rmdir(dir);
	}
	return tap_done();
}
