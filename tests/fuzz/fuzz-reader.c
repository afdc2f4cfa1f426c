/*
 * libFuzzer harness for the log reader (tools/read/): the input is written
 * to a memfd and opened through /proc/self/fd like any log, then indexed
 * (trace_open), walked as frames (frames_walk) and as raw events
 * (trace_thread_events), checking the invariants every writer relies on:
 * frames nest, each entered frame exits once, times never go backwards
 * within a thread, both walks see the same events, and a function id that
 * trace_func_module() maps is inside that module's range.
 *
 * Built with FUZZ_CONVERT, the same input also goes through every
 * converter (perfetto, chrome, pola, calls) and report/tree/flamegraph,
 * with outputs in a private temporary directory: slower, but it covers the
 * code that indexes tables by function id.
 *
 * A broken invariant calls abort(), which libFuzzer reports as a crash.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tools/read/frames.h"
#include "tools/read/trace.h"
#ifdef FUZZ_CONVERT
#include "tools/builtin.h"
#include "tools/convert.h"
#endif

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "fuzz-reader: %s:%d: check failed: %s\n", __FILE__,       \
				__LINE__, #cond);                                                  \
			abort();                                                                   \
		}                                                                                  \
	} while (0)

struct check_ctx {
	struct trace *t;
	uint64_t depth;	     /* open frames, as the callbacks saw them */
	uint64_t enters, exits;
	uint64_t last_ns;    /* raw walk: previous event time */
	uint64_t raw_events;
};

static int on_begin(void *vctx, struct trace *t, struct trace_thread *th)
{
	struct check_ctx *c = vctx;
	c->depth = 0;
	return 0;
}

static void check_func(const struct trace *t, uint32_t func)
{
	const struct trace_module *m = trace_func_module(t, func);
	if (m) {
		CHECK(func >= m->id_base && func - m->id_base < m->nfuncs);
		(void)trace_func_addr(t, func);
	}
}

static int on_call(void *vctx, const struct frame *f, const struct frame *stack)
{
	struct check_ctx *c = vctx;
	CHECK(f->depth == c->depth);
	CHECK(&stack[f->depth] == f);
	CHECK(f->parent_id == (f->depth ? stack[f->depth - 1].frame_id : 0));
	CHECK(!f->depth || stack[f->depth - 1].start_ns <= f->start_ns);
	check_func(c->t, f->func);
	c->depth++;
	c->enters++;
	return 0;
}

static int on_leave(void *vctx, const struct frame *f, const struct frame *stack)
{
	struct check_ctx *c = vctx;
	CHECK(c->depth && f->depth == c->depth - 1);
	CHECK(f->end_ns >= f->start_ns);
	CHECK(f->child_ns <= f->end_ns - f->start_ns);
	CHECK(f->end >= FRAME_END_EXIT && f->end <= FRAME_END_TRUNCATED);
	c->depth--;
	c->exits++;
	return 0;
}

static int on_end(void *vctx, struct trace *t, struct trace_thread *th)
{
	struct check_ctx *c = vctx;
	CHECK(c->depth == 0);
	return 0;
}

static int on_raw(void *vctx, const struct trace_event *ev)
{
	struct check_ctx *c = vctx;
	CHECK(ev->kind >= TRACE_ENTRY && ev->kind <= TRACE_TAIL);
	CHECK(ev->ns >= c->last_ns);
	c->last_ns = ev->ns;
	c->raw_events++;
	check_func(c->t, ev->func);
	return 0;
}

static void check_log(const char *path)
{
	static const struct frames_ops ops = { on_begin, on_end, on_call, on_leave };
	struct trace t;
	struct check_ctx c = { &t };
	struct frames_stats st = { 0 };
	uint64_t next_id = 1, raw_total = 0;

	if (trace_open(&t, path))
		return;
	CHECK(frames_walk(&t, &ops, &c, &next_id, &st) == 0);
	CHECK(c.enters == c.exits && c.enters == st.frames);
	CHECK(next_id == st.frames + 1);
	for (size_t i = 0; i < t.nthreads; i++) {
		struct trace_thread *th = &t.threads[i];
		uint64_t walked = th->nevents;

		c.last_ns = 0;
		c.raw_events = 0;
		CHECK(trace_thread_events(&t, th, on_raw, &c) == 0);
		CHECK(c.raw_events == th->nevents && th->nevents == walked);
		CHECK(!th->nevents || th->last_ns == c.last_ns);
		raw_total += c.raw_events;
	}
	CHECK(raw_total == st.events);
	for (size_t i = 0; i < t.nmodules; i++)
		CHECK(t.modules[i].index == i);
	(void)trace_process_name(&t);
	trace_close(&t);
}

#ifdef FUZZ_CONVERT
static char outdir[] = "/tmp/sftrace-fuzz.XXXXXX";

static void run_cmd(int (*fn)(int, char **), int argc, const char **argv)
{
	int ret = fn(argc, (char **)argv);
	CHECK(ret == 0 || ret == 1);
}

static void convert_all(const char *path)
{
	static const char *const types[] = { "perfetto", "chrome", "pola", "calls" };
	char out[64], symtab[80];

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		snprintf(out, sizeof(out), "%s/out", outdir);
		const char *argv[] = { "convert", "--no-progress", "-t", types[i], "-o", out,
				       path, NULL };
		run_cmd(cmd_convert, 7, argv);
		unlink(out);
		snprintf(symtab, sizeof(symtab), "%s.symtab", out);
		unlink(symtab);
	}
	{
		const char *argv[] = { "report", "-j", "1", path, NULL };
		run_cmd(cmd_report, 4, argv);
	}
	{
		const char *argv[] = { "tree", "-j", "1", path, NULL };
		run_cmd(cmd_tree, 4, argv);
	}
	{
		snprintf(out, sizeof(out), "%s/flame.svg", outdir);
		const char *argv[] = { "flamegraph", "-j", "1", "-o", out, path, NULL };
		run_cmd(cmd_flamegraph, 6, argv);
		unlink(out);
	}
	{
		const char *argv[] = { "dump", path, NULL };
		run_cmd(cmd_dump, 2, argv);
	}
}
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
#ifdef FUZZ_CONVERT
	if (!mkdtemp(outdir)) {
		perror("mkdtemp");
		exit(1);
	}
#endif
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = memfd_create("sf.log", MFD_CLOEXEC);

	CHECK(fd >= 0);
	for (size_t off = 0; off < size;) {
		ssize_t n = write(fd, data + off, size - off);
		CHECK(n > 0);
		off += (size_t)n;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	check_log(path);
#ifdef FUZZ_CONVERT
	convert_all(path);
#endif
	close(fd);
	return 0;
}
