/*
 * A buffered output file for the converters, optionally gzip-compressed.
 *
 * Writers append bytes to a 1 MiB buffer, either with sink_write() or, on
 * hot paths, by encoding straight into the space sink_reserve() returns and
 * then advancing s->len. A full buffer is handed to worker threads
 * (tools/lib/workq.h): compressed there as one gzip member (libdeflate),
 * or written as is, in order, while the caller fills the next one. A gzip
 * output is thus a series of members, one per buffer: one valid .gz file
 * (RFC 1952, 2.2) that gzip, zcat and Perfetto read whole, the same bytes
 * whatever the number of threads (workq_jobs(), `-j`).
 *
 * Errors are sticky: after the first failed write the sink discards data
 * and s->failed is set (by the next sink_flush(), since the writes happen
 * behind the caller); sink_close() reports it, so hot loops need not check
 * every call (they should poll s->failed now and then to stop early).
 *
 * Ownership: the sink owns its buffers, threads and file descriptor;
 * sink_close() or sink_abort() releases them.
 */
#ifndef SFTRACE_TOOLS_OUT_SINK_H
#define SFTRACE_TOOLS_OUT_SINK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SINK_BUF_SIZE (1u << 20)
/* sink_reserve() never needs more than this to be free. */
#define SINK_MAX_RESERVE (SINK_BUF_SIZE / 2)

#include "tools/out/outfile.h"

struct sink_pipe;

struct sink {
	char *path;	  /* for messages; "-" is standard output */
	int fd;
	bool is_stdout;
	struct outfile file; /* the output, unless is_stdout */
	bool failed;	  /* sticky: a write or compression error happened */
	int err;	  /* errno of the first failure, 0 for a zlib error */
	uint8_t *buf;	  /* pending uncompressed bytes */
	size_t len;	  /* bytes used in buf */
	struct sink_pipe *pipe; /* the buffers being compressed and written */
	bool null;	  /* counts, writes nothing (sink_open_null) */
	uint64_t bytes_in;  /* uncompressed bytes accepted so far */
	uint64_t bytes_out; /* bytes written to the file (known after sink_close) */
};

/* gzip level used when the name ends in ".gz" (measured: see sink.c). */
#define SINK_GZ_LEVEL_DEFAULT 1

/*
 * Create path for writing (tools/out/outfile.h: it appears on
 * sink_close(), whole); "-" writes to standard output.
 * gz_level < 0 picks gzip at SINK_GZ_LEVEL_DEFAULT when path ends in ".gz"
 * and plain bytes otherwise; 0 forces plain; 1..9 forces gzip at that level.
 * Returns 0, or -1 after printing an error.
 */
int sink_open(struct sink *s, const char *path, int gz_level);

/*
 * A sink that writes nothing and counts what it is given (sink_bytes()):
 * an output's size without writing it (convert --max-size measures the
 * whole trace so). sink_close() releases it and returns 0.
 */
void sink_open_null(struct sink *s);

/* The uncompressed bytes accepted so far, the buffer's included. */
static inline uint64_t sink_bytes(const struct sink *s)
{
	return s->bytes_in + s->len;
}

/*
 * Pass the buffer on (to the compressing and writing threads) and take a
 * free one, waiting for one if all are in flight. Returns 0 or -1
 * (s->failed: an earlier buffer could not be written).
 */
int sink_flush(struct sink *s);

/* Make room for n <= SINK_MAX_RESERVE bytes and return where they go. */
static inline uint8_t *sink_reserve(struct sink *s, size_t n)
{
	if (SINK_BUF_SIZE - s->len < n)
		sink_flush(s);
	return s->buf + s->len;
}

/* Append n bytes (any size). */
void sink_write(struct sink *s, const void *p, size_t n);

static inline void sink_puts(struct sink *s, const char *str, size_t n)
{
	sink_write(s, str, n);
}

/*
 * Flush, finish the gzip stream, close the file and move it into place.
 * Returns 0, or -1 after printing an error naming the file (the first
 * failure seen, if any); nothing is left at path then (a device or a pipe
 * is never removed). The sink is released either way.
 */
int sink_close(struct sink *s);

/* Release the sink and drop what was written (as for a failed sink_close). */
void sink_abort(struct sink *s);

#endif
