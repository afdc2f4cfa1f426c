/*
 * Reader and frames layer against logs built here byte by byte from the
 * specification (docs/format.md), not by the runtime: block order, sync
 * interpolation, id elision, NESTED/LOST/PAD/SYNC records, an unstarted
 * block, repair of unwound and unfinished frames, a record cut short.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/format.h"
#include "tap.h"
#include "tools/read/frames.h"
#include "tools/read/trace.h"

static uint8_t *file;
static size_t file_size;

static uint8_t *block(size_t off, uint16_t type, uint32_t size, uint32_t tid, uint32_t serial,
		      uint32_t seq, uint64_t open_tsc, uint64_t open_ns)
{
	struct fmt_block_header *h = (void *)(file + off);
	h->magic = FMT_BLOCK_MAGIC;
	h->type = type;
	h->header_size = FMT_BLOCK_HEADER_SIZE;
	h->size = size;
	h->tid = tid;
	h->thread_serial = serial;
	h->seq = seq;
	h->open_tsc = open_tsc;
	h->open_ns = open_ns;
	snprintf(h->name, sizeof(h->name), "worker-%u", serial);
	return file + off + FMT_BLOCK_HEADER_SIZE;
}

static uint8_t *meta_rec(uint8_t *p, uint16_t type, const void *payload, uint32_t len)
{
	struct fmt_meta_record r = { type, 0, len };
	memcpy(p, &r, 8);
	memcpy(p + 8, payload, len);
	return p + 8 + ((len + 7) & ~7u);
}

/* Events are written with tsc = ns * 2 + 1000 (a 2 GHz counter). */
#define TSC(ns) ((uint64_t)(ns) * 2 + 1000)

struct ev {
	unsigned kind;
	uint32_t id;
	uint64_t ns;
	int elide; /* leave the id implicit (exit) / equal to last (entry) */
};

static uint8_t *put_events(uint8_t *p, uint64_t open_ns, const struct ev *evs, size_t n)
{
	uint64_t base = TSC(open_ns);
	uint32_t last = 0;
	for (size_t i = 0; i < n; i++) {
		uint64_t tsc = TSC(evs[i].ns);
		p += fmt_encode_event(p, evs[i].kind, tsc - base, !evs[i].elide, evs[i].id, &last);
		base = tsc;
	}
	return p;
}

struct collect {
	char buf[4096];
	size_t len;
};

static int on_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct collect *c = ctx;
	c->len += snprintf(c->buf + c->len, sizeof(c->buf) - c->len, "+%u@%llu/%u ", f->func,
			   (unsigned long long)f->start_ns, f->depth);
	return 0;
}

static int on_leave(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct collect *c = ctx;
	c->len += snprintf(c->buf + c->len, sizeof(c->buf) - c->len, "-%u@%llu:%c%llu ", f->func,
			   (unsigned long long)f->end_ns, "?xtrT"[f->end],
			   (unsigned long long)f->child_ns);
	return 0;
}

static int on_thread(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct collect *c = ctx;
	c->len += snprintf(c->buf + c->len, sizeof(c->buf) - c->len, "| ");
	return 0;
}

static void write_file(const char *path)
{
	FILE *f = fopen(path, "wb");
	fwrite(file, 1, file_size, f);
	fclose(f);
}

int main(void)
{
	char path[] = "/tmp/u-reader-XXXXXX";
	struct fmt_file_header *hdr;
	struct trace t;
	uint8_t *p;
	int fd = mkstemp(path);

	close(fd);
	file_size = FMT_PAGE * 8;
	file = calloc(1, file_size);
	hdr = (void *)file;
	memcpy(hdr->magic, FMT_MAGIC, 8);
	hdr->version = FMT_VERSION;
	hdr->header_size = FMT_PAGE;
	hdr->pid = 4242;
	hdr->ppid = 1;
	hdr->start_mono_ns = 5000;
	hdr->start_tsc = TSC(5000);
	hdr->tsc_hz = 2000000000;

	/* page 1: META with the process and one module of 4 functions */
	p = block(FMT_PAGE, FMT_BLOCK_META, FMT_PAGE, 0, 0, 0, TSC(5000), 5000);
	{
		uint8_t proc[64] = { 0 };
		uint32_t argc = 2;
		memcpy(proc, &argc, 4);
		memcpy(proc + 8, "./prog\0arg1\0/bin/prog", 22);
		p = meta_rec(p, FMT_META_PROCESS, proc, 30);

		uint8_t mod[256] = { 0 };
		struct fmt_meta_module mm = { 0, 1, 4, 9, 4, 4, 0x10000, TSC(5000) };
		uint64_t vaddr[4] = { 0x1000, 0x1100, 0x1200, 0x1300 };
		memcpy(mod, &mm, sizeof(mm));
		memcpy(mod + 40, "\xde\xad\xbe\xef", 4);
		memcpy(mod + 48, vaddr, 32);
		memcpy(mod + 80, "/bin/prog", 10);
		p = meta_rec(p, FMT_META_MODULE, mod, 90);
	}
	/* page 2: thread 2's only block, stored before thread 1's blocks */
	{
		struct ev evs[] = {
			{ 1, 3, 6000, 0 }, /* f3 */
			{ 1, 4, 6010, 0 }, /* f4 */
			/* f4 and f3 never exit: truncated at 6010 */
		};
		p = block(2 * FMT_PAGE, FMT_BLOCK_EVENTS, FMT_PAGE, 101, 2, 0, TSC(5990), 5990);
		p = put_events(p, 5990, evs, 2);
	}
	/* page 3: thread 1 block seq 1 (second in time) */
	{
		struct ev evs[] = {
			{ 2, 2, 7100, 1 },  /* exit f2 implicit, closes f2 */
			{ 1, 1, 7200, 0 },  /* f1 again */
			{ 1, 2, 7300, 0 },  /* f2 */
			{ 1, 3, 7400, 0 },  /* f3 */
			{ 2, 1, 7500, 0 },  /* explicit exit f1: f3, f2 repaired */
			{ 2, 4, 7600, 0 },  /* f4 not open: ignored */
		};
		p = block(3 * FMT_PAGE, FMT_BLOCK_EVENTS, FMT_PAGE, 100, 1, 1, TSC(7000), 7000);
		p = put_events(p, 7000, evs, 6);
		/* a LOST record, a PAD, and a NESTED entry+exit of f4 at 7550/7560 */
		*p++ = FMT_SPECIAL_TAG(FMT_SPECIAL_LOST);
		p += fmt_put_uleb(p, 7);
		*p++ = FMT_SPECIAL_TAG(FMT_SPECIAL_PAD);
		*p++ = FMT_SPECIAL_TAG(FMT_SPECIAL_NESTED);
		*p++ = 1;
		p += fmt_put_uleb(p, TSC(7550));
		p += fmt_put_uleb(p, 4);
		*p++ = FMT_SPECIAL_TAG(FMT_SPECIAL_NESTED);
		*p++ = 2;
		p += fmt_put_uleb(p, TSC(7560));
		p += fmt_put_uleb(p, 4);
		/* SYNC then an entry of f1 at 9000 with delta from the new base */
		*p++ = FMT_SPECIAL_TAG(FMT_SPECIAL_SYNC);
		p += fmt_put_uleb(p, TSC(8000));
		{
			uint32_t last = 4; /* the explicit exit of f4 set it */
			p += fmt_encode_event(p, 1, TSC(9000) - TSC(8000), 1, 1, &last);
			/* an unknown special record: the rest of the block is skipped */
			*p++ = 0xfc;
			p += fmt_encode_event(p, 2, 1, 1, 1, &last);
		}
		((struct fmt_block_header *)(file + 3 * FMT_PAGE))->lost = 2;
	}
	/* page 4: a reserved block never started (zeros) */
	/* page 5: thread 1 block seq 0 */
	{
		struct ev evs[] = {
			{ 1, 1, 6100, 0 }, /* f1 */
			{ 1, 2, 6200, 0 }, /* f2 */
			{ 2, 2, 6300, 1 }, /* exit f2 (implicit) */
			{ 1, 2, 6400, 1 }, /* f2 again: id == last, elided */
			{ 3, 2, 6500, 1 }, /* tail call out of f2 */
			{ 1, 3, 6500, 0 }, /* f3 (the callee) */
			{ 2, 3, 6600, 1 },
			{ 2, 1, 6700, 1 }, /* exit f1 */
			{ 1, 2, 6800, 0 }, /* f2: open across the block boundary */
		};
		p = block(5 * FMT_PAGE, FMT_BLOCK_EVENTS, 2 * FMT_PAGE, 100, 1, 0, TSC(6000), 6000);
		p = put_events(p, 6000, evs, 9);
		struct fmt_block_header *h = (void *)(file + 5 * FMT_PAGE);
		h->flags = FMT_BLOCK_CLOSED;
		h->close_tsc = TSC(60006000);
		h->close_ns = 60006000; /* a far sync point: 10 ms apart at least */
	}
	/* page 7: damaged header (bad magic) is skipped */
	memset(file + 7 * FMT_PAGE, 0xab, 64);
	write_file(path);

	TEST_EQ(trace_open(&t, path), 0, "synthetic log opens");
	TEST_EQ(t.pid, 4242, "pid");
	TEST_EQ(t.argc, 2, "argc");
	TEST_STREQ(t.argc > 1 ? t.argv[1] : NULL, "arg1", "argv[1]");
	TEST_STREQ(t.exe, "/bin/prog", "executable");
	TEST_STREQ(trace_process_name(&t), "prog", "process name");
	TEST_EQ(t.nmodules, 1, "one module");
	TEST_EQ(t.modules[0].nfuncs, 4, "module functions");
	TEST_EQ(t.modules[0].build_id_len, 4, "build id length");
	TEST_EQ(trace_func_addr(&t, 3), 0x11200, "address of function 3");
	TEST_OK(trace_func_module(&t, 5) == NULL, "id past the module has no module");
	TEST_OK(trace_func_module(&t, 0) == NULL, "id 0 has no module");
	TEST_EQ(t.nthreads, 2, "two threads");
	TEST_EQ(t.threads[0].serial, 1, "threads in serial order");
	TEST_EQ(t.threads[0].tid, 100, "tid of thread 1");
	TEST_EQ(t.threads[0].nblocks, 2, "thread 1 has two blocks");
	TEST_STREQ(t.threads[1].name, "worker-2", "thread name from the block");
	TEST_EQ(trace_ns(&t, TSC(6100)), 1100, "tsc to trace ns");
	TEST_EQ(trace_ns(&t, TSC(60006000) + 2000), 60002000, "extrapolation past the last sync");

	struct collect c = { .len = 0 };
	struct frames_ops ops = { on_thread, NULL, on_enter, on_leave };
	struct frames_stats st = { 0 };
	uint64_t next = 1;
	TEST_EQ(frames_walk(&t, &ops, &c, &next, &st), 0, "frames walk");
	/* f2's tail call keeps it open over f3, its callee, until f3 returns */
	TEST_STREQ(c.buf,
		   "| +1@1100/0 +2@1200/1 -2@1300:x0 +2@1400/1 +3@1500/2 -3@1600:x0 -2@1600:t100 "
		   "-1@1700:x300 +2@1800/0 -2@2100:x0 +1@2200/0 +2@2300/1 +3@2400/2 -3@2500:r0 "
		   "-2@2500:r100 -1@2500:x200 +4@2600/0 -4@2600:x0 +1@4000/0 -1@4000:T0 "
		   "| +3@1000/0 +4@1010/1 -4@1010:T0 -3@1010:T0 ",
		   "frames with repair, tail calls, nesting and truncation");
	TEST_EQ(st.repaired, 2, "two frames unwound");
	TEST_EQ(st.truncated, 3, "three frames open at the end");
	TEST_EQ(st.unmatched_exits, 1, "one exit without an entry");
	TEST_EQ(t.threads[0].lost, 9, "lost events: block header plus LOST record");
	TEST_EQ(next, 13, "twelve frames");
	TEST_EQ(t.threads[0].damaged, 1, "the undecodable record is counted");
	TEST_OK(t.truncated, "log marked truncated (unclosed blocks)");
	t.flat_tails = true;
	c.len = 0;
	c.buf[0] = 0;
	TEST_EQ(frames_walk(&t, &ops, &c, &next, &st), 0, "frames walk, tail calls flat");
	TEST_STREQ(c.buf,
		   "| +1@1100/0 +2@1200/1 -2@1300:x0 +2@1400/1 -2@1500:t0 +3@1500/1 -3@1600:x0 "
		   "-1@1700:x300 +2@1800/0 -2@2100:x0 +1@2200/0 +2@2300/1 +3@2400/2 -3@2500:r0 "
		   "-2@2500:r100 -1@2500:x200 +4@2600/0 -4@2600:x0 +1@4000/0 -1@4000:T0 "
		   "| +3@1000/0 +4@1010/1 -4@1010:T0 -3@1010:T0 ",
		   "flat: the callee of a tail call beside its caller, as recorded");
	trace_close(&t);

	/*
	 * Tail nesting with a signal handler's NESTED events between a tail
	 * call and its callee's entry: f1 > f2, f2 jumps to f3 at 1200 with
	 * f4 (a handler) at 1210..1220 in between; f3 returns at 1400 and
	 * ends f2 too. f2 again jumps at 1600, a handler runs f4 at
	 * 1610..1620, and f1's exit follows at 1700: no entry replaced f2,
	 * which ends there (it must contain f4).
	 */
	memset(file + 2 * FMT_PAGE, 0, file_size - 2 * FMT_PAGE);
	p = block(2 * FMT_PAGE, FMT_BLOCK_EVENTS, FMT_PAGE, 300, 1, 0, TSC(6000), 6000);
	{
		uint64_t base = TSC(6000);
		uint32_t last = 0;
		const struct ev evs[] = {
			{ 1, 1, 6000, 0 }, { 1, 2, 6100, 0 }, { 3, 2, 6200, 1 },
			{ 1, 3, 6300, 0 }, { 2, 3, 6400, 1 }, { 1, 2, 6500, 0 },
			{ 3, 2, 6600, 1 }, { 2, 1, 6700, 1 },
		};
		for (size_t i = 0; i < sizeof(evs) / sizeof(*evs); i++) {
			p += fmt_encode_event(p, evs[i].kind, TSC(evs[i].ns) - base, !evs[i].elide,
					      evs[i].id, &last);
			base = TSC(evs[i].ns);
			if (i != 2 && i != 6)
				continue;
			for (unsigned k = 1; k <= 2; k++) {
				*p++ = FMT_SPECIAL_TAG(FMT_SPECIAL_NESTED);
				*p++ = (uint8_t)k;
				p += fmt_put_uleb(p, TSC(evs[i].ns + 10 * k));
				p += fmt_put_uleb(p, 4);
			}
		}
	}
	write_file(path);
	TEST_EQ(trace_open(&t, path), 0, "tail-call log opens");
	c.len = 0;
	c.buf[0] = 0;
	memset(&st, 0, sizeof(st));
	TEST_EQ(frames_walk(&t, &ops, &c, &next, &st), 0, "frames walk of the tail calls");
	TEST_STREQ(c.buf,
		   "| +1@1000/0 +2@1100/1 +4@1210/2 -4@1220:x0 +3@1300/2 -3@1400:x0 -2@1400:t110 "
		   "+2@1500/1 +4@1610/2 -4@1620:x0 -2@1700:t10 -1@1700:x500 ",
		   "tail calls: a handler between jump and entry, a jump with no entry after it");
	TEST_EQ(st.repaired + st.truncated + st.unmatched_exits, 0, "nothing repaired");
	trace_close(&t);

	/* Not a log, a newer version, an empty file */
	memcpy(hdr->magic, "NOTALOG", 8);
	write_file(path);
	TEST_EQ(trace_open(&t, path), (uint64_t)-1, "bad magic is refused");
	memcpy(hdr->magic, FMT_MAGIC, 8);
	hdr->version = FMT_VERSION + 1;
	write_file(path);
	TEST_EQ(trace_open(&t, path), (uint64_t)-1, "newer version is refused");
	file_size = 100;
	write_file(path);
	TEST_EQ(trace_open(&t, path), (uint64_t)-1, "short file is refused");
	TEST_EQ(trace_open(&t, "/nonexistent/sf.log"), (uint64_t)-1, "missing file is refused");
	unlink(path);
	free(file);
	return tap_done();
}
