/*
 * sftrace-test-tool: drives internals from scripts and benchmarks.
 *
 *   synth OUT EVENTS [THREADS]   write a log of EVENTS events per thread
 *                                following fib-like recursion, with the
 *                                encoder of common/format.h (no runtime)
 *   walk LOG                     walk the frames of a log and print counts
 *                                and the decode rate
 *   maxrss CMD [ARGS...]         run CMD, print "maxrss KB" (its peak
 *                                resident size) on stderr, exit with its
 *                                status
 *   summary LOG                  print "events N": the count `sftrace
 *                                record` gives for LOG (record-summary.c)
 */
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/read/frames.h"
#include "tools/record-summary.h"
#include "tools/read/trace.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

#define BLOCK (1u << 20)

struct synth {
	FILE *f;
	uint64_t off;
};

static void put_block(struct synth *s, const uint8_t *payload, size_t len, uint32_t tid,
		      uint32_t serial, uint32_t seq, uint64_t open_tsc, uint64_t close_tsc,
		      uint16_t type)
{
	static uint8_t buf[BLOCK];
	struct fmt_block_header *h = (void *)buf;
	memset(buf, 0, BLOCK);
	h->magic = FMT_BLOCK_MAGIC;
	h->type = type;
	h->header_size = FMT_BLOCK_HEADER_SIZE;
	h->size = BLOCK;
	h->used = (uint32_t)len;
	h->tid = tid;
	h->thread_serial = serial;
	h->seq = seq;
	h->flags = FMT_BLOCK_CLOSED;
	h->open_tsc = open_tsc;
	h->open_ns = open_tsc / 2;
	h->close_tsc = close_tsc;
	h->close_ns = close_tsc / 2;
	snprintf(h->name, sizeof(h->name), "synth-%u", serial);
	memcpy(buf + FMT_BLOCK_HEADER_SIZE, payload, len);
	if (fwrite(buf, 1, BLOCK, s->f) != BLOCK)
		die_errno("write");
	s->off += BLOCK;
}

static int cmd_synth(int argc, char **argv)
{
	struct synth s = { 0 };
	uint64_t nev, nthreads = 1;
	static uint8_t payload[BLOCK];
	struct fmt_file_header hdr = { 0 };

	if (argc < 3)
		die("usage: synth OUT EVENTS [THREADS]");
	nev = strtoull(argv[2], NULL, 0);
	if (argc > 3)
		nthreads = strtoull(argv[3], NULL, 0);
	s.f = fopen(argv[1], "wb");
	if (!s.f)
		die_errno("cannot create '%s'", argv[1]);
	memcpy(hdr.magic, FMT_MAGIC, 8);
	hdr.version = FMT_VERSION;
	hdr.header_size = FMT_PAGE;
	hdr.pid = getpid();
	hdr.ppid = getppid();
	hdr.flags = FMT_FLAG_CLOSED;
	hdr.start_tsc = 2000;
	hdr.start_mono_ns = 1000;
	hdr.tsc_hz = 2000000000;
	fwrite(&hdr, 1, sizeof(hdr), s.f);
	s.off = FMT_PAGE;
	{
		/* one module with 16 functions */
		uint8_t *p = payload;
		struct fmt_meta_record r = { FMT_META_PROCESS, 0, 8 + 6 };
		memset(payload, 0, sizeof(payload));
		memcpy(p, &r, 8);
		uint32_t argc1 = 1;
		memcpy(p + 8, &argc1, 4);
		memcpy(p + 16, "synth", 6);
		p += 8 + 16;
		struct fmt_meta_module mm = { 0, 1, 16, 32, 16, 0, 0, 2000 };
		const char *path = "/nonexistent/synth";
		uint32_t len = sizeof(mm) + 16 * 8 + strlen(path) + 1;
		r = (struct fmt_meta_record){ FMT_META_MODULE, 0, len };
		memcpy(p, &r, 8);
		memcpy(p + 8, &mm, sizeof(mm));
		for (uint64_t i = 0; i < 16; i++) {
			uint64_t va = 0x1000 + i * 0x40;
			memcpy(p + 8 + sizeof(mm) + i * 8, &va, 8);
		}
		memcpy(p + 8 + sizeof(mm) + 16 * 8, path, strlen(path) + 1);
		p += 8 + ((len + 7) & ~7u);
		put_block(&s, payload, p - payload, 0, 0, 0, 2000, 0, FMT_BLOCK_META);
	}
	for (uint32_t th = 1; th <= nthreads; th++) {
		uint64_t tsc = 2000 + th, base = tsc, open = tsc;
		uint32_t last = 0, seq = 0, depth = 0, stack[64];
		size_t len = 0;
		uint64_t rng = 88172645463325252ull + th;
		for (uint64_t e = 0; e < nev; e++) {
			unsigned kind;
			uint32_t id;
			int expl;
			rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
			if (depth == 0 || (depth < 30 && (rng & 3) < 2)) {
				kind = FMT_KIND_ENTRY;
				id = (rng >> 8) % 5 ? (depth ? stack[depth - 1] : 1) : 1 + (rng >> 16) % 16;
				stack[depth++] = id;
				expl = id != last;
			} else {
				kind = FMT_KIND_EXIT;
				id = stack[--depth];
				expl = 0;
			}
			tsc += 20 + (rng >> 40) % 40;
			if (len + FMT_MAX_RECORD > BLOCK - FMT_BLOCK_HEADER_SIZE) {
				put_block(&s, payload, len, 1000 + th, th, seq++, open, base, FMT_BLOCK_EVENTS);
				len = 0;
				open = base;
				last = 0;
			}
			len += fmt_encode_event(payload + len, kind, tsc - base, expl, id, &last);
			base = tsc;
		}
		put_block(&s, payload, len, 1000 + th, th, seq, open, base, FMT_BLOCK_EVENTS);
	}
	if (fclose(s.f))
		die_errno("cannot write '%s'", argv[1]);
	return 0;
}

struct walk_count {
	uint64_t enter, exit;
};

static int count_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	((struct walk_count *)ctx)->enter++;
	return 0;
}

static int count_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	((struct walk_count *)ctx)->exit++;
	return 0;
}

static int cmd_walk(int argc, char **argv)
{
	struct trace t;
	struct walk_count c = { 0 };
	struct frames_ops ops = { NULL, NULL, count_enter, count_exit };
	struct frames_stats st = { 0 };
	uint64_t next = 1;
	double t0;

	if (argc < 2)
		die("usage: walk LOG");
	if (trace_open(&t, argv[1]))
		return 1;
	t0 = now();
	frames_walk(&t, &ops, &c, &next, &st);
	t0 = now() - t0;
	printf("events %" PRIu64 " frames %" PRIu64 " exits %" PRIu64 " repaired %" PRIu64
	       " truncated %" PRIu64 " unmatched %" PRIu64 " bytes %zu\n",
	       st.events, c.enter, c.exit, st.repaired, st.truncated, st.unmatched_exits, t.size);
	fprintf(stderr, "walk: %.3f s, %.1f M events/s, %.2f bytes/event\n", t0,
		st.events / t0 / 1e6, (double)t.size / (st.events ? st.events : 1));
	trace_close(&t);
	return 0;
}

static int cmd_maxrss(int argc, char **argv)
{
	struct rusage ru;
	int status;
	pid_t pid;

	if (argc < 2)
		die("usage: maxrss CMD [ARGS...]");
	pid = fork();
	if (pid < 0)
		die_errno("fork");
	if (!pid) {
		execvp(argv[1], argv + 1);
		die_errno("cannot run '%s'", argv[1]);
	}
	if (wait4(pid, &status, 0, &ru) < 0)
		die_errno("wait4");
	fprintf(stderr, "maxrss %ld\n", ru.ru_maxrss);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int cmd_summary(int argc, char **argv)
{
	struct log_summary sum;
	struct stat st;
	void *map;
	int fd;

	if (argc != 2)
		die("usage: summary LOG");
	fd = open(argv[1], O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st))
		die_errno("cannot open '%s'", argv[1]);
	if (!st.st_size) {
		printf("events 0\n");
		return 0;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		die_errno("cannot map '%s'", argv[1]);
	record_summarize(map, (size_t)st.st_size, &sum);
	printf("events %" PRIu64 "\n", sum.events);
	munmap(map, (size_t)st.st_size);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "synth"))
		return cmd_synth(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "walk"))
		return cmd_walk(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "maxrss"))
		return cmd_maxrss(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "summary"))
		return cmd_summary(argc - 1, argv + 1);
	fprintf(stderr, "usage: sftrace-test-tool (synth OUT EVENTS [THREADS] | walk LOG | "
		"maxrss CMD [ARGS...] | summary LOG)\n");
	return 2;
}
