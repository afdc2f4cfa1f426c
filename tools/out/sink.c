/*
 * Buffered, optionally gzip-compressed output for the converters (sink.h).
 *
 * Design: a ring of 1 MiB buffers. The caller fills one; sink_flush()
 * queues it on a pool of worker threads (tools/lib/workq.h) and moves to
 * the next free one. A worker compresses its buffer into a gzip member of
 * its own with libdeflate (whole-buffer deflate, about twice as fast as
 * zlib at the same ratio); then whichever worker holds the oldest finished
 * buffer writes it, and the ones after it that are done, so that the file
 * gets them in order. Member boundaries depend only on where the caller
 * flushed, never on the threads: any -j gives the same bytes. A member per
 * MiB costs about 0.1% in size (each starts with an empty window).
 *
 * The gzip level matters most for throughput: on a Perfetto trace (about
 * 13 bytes per event, highly repetitive) level 1 runs about 500 MB/s per
 * core, level 4 330 MB/s for a file 40% smaller, level 6 190 MB/s; level
 * 1 is the default.
 *
 * Writing large files: on a machine whose memory is mostly free (a fresh
 * virtual machine above all), every page the page cache takes for the
 * first time costs a page fault in the host, and a multi-gigabyte output
 * spent most of its time there (docs/performance.md). The writer keeps
 * the file's cached pages few instead: each 16 MiB window written is sent
 * to the disk at once (sync_file_range) and the one before it, by then
 * on disk, is dropped from the cache (POSIX_FADV_DONTNEED), so the pages
 * freed are the ones reused. The wait for the disk happens in the worker,
 * behind the caller. Outputs under 32 MiB are left alone.
 *
 * A plain output that is not a regular file (a pipe, a terminal,
 * /dev/null) is written by the calling thread, as a plain write(2) would.
 */
#include <errno.h>
#include <fcntl.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tools/lib/usage.h"
#include "tools/lib/workq.h"
#include "tools/out/sink.h"

/* At most this many compressing threads: past it the caller is the limit. */
#define SINK_MAX_THREADS 16
/* The page cache window (see above). */
#define SINK_TRIM_WINDOW (16u << 20)

struct sink_slot {
	struct workq_job job;
	struct sink_pipe *pipe;
	uint8_t *in;
	size_t len;
	uint8_t *out; /* the gzip member (gzip only) */
	size_t out_len;
	struct libdeflate_compressor *comp;
	bool ready; /* compressed, waiting for its turn to be written */
};

struct sink_pipe {
	struct workq *q;
	pthread_mutex_t mu;
	pthread_cond_t freed; /* a slot was written */
	struct sink_slot *slots;
	unsigned nslots;
	uint64_t submitted, written; /* buffers; slot of buffer i: i % nslots */
	bool writing;		     /* a worker is writing: others leave it to it */
	int fd;
	bool gz;
	/* written by the writer only, read after the last write */
	bool failed;
	int err;
	uint64_t bytes_out;
	bool trim;	     /* drop written windows from the page cache */
	uint64_t trim_next; /* end of the next window to send to the disk */
};

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

static void pipe_fail(struct sink_pipe *p, int err)
{
	if (!p->failed) {
		p->err = err;
		__atomic_store_n(&p->failed, true, __ATOMIC_RELAXED);
	}
}

static void write_all(struct sink_pipe *p, const uint8_t *b, size_t n)
{
	while (n && !p->failed) {
		ssize_t w = write(p->fd, b, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			pipe_fail(p, errno);
			return;
		}
		if (w == 0) {
			pipe_fail(p, ENOSPC);
			return;
		}
		b += w;
		n -= (size_t)w;
		p->bytes_out += (uint64_t)w;
	}
}

/*
 * After a write: start the disk write of each window now complete, and
 * drop the window before it, whose write is waited for first.
 */
static void trim_cache(struct sink_pipe *p)
{
	const unsigned wait = SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
			      SYNC_FILE_RANGE_WAIT_AFTER;

	while (p->trim && !p->failed && p->bytes_out >= p->trim_next) {
		off_t end = (off_t)p->trim_next, w = SINK_TRIM_WINDOW;

		if (sync_file_range(p->fd, end - w, w, SYNC_FILE_RANGE_WRITE)) {
			p->trim = false; /* not supported here: leave the cache be */
			break;
		}
		if (end >= 2 * w) {
			if (sync_file_range(p->fd, end - 2 * w, w, wait)) {
				if (errno == EIO || errno == ENOSPC)
					pipe_fail(p, errno);
				p->trim = false;
				break;
			}
			posix_fadvise(p->fd, end - 2 * w, w, POSIX_FADV_DONTNEED);
		}
		p->trim_next += SINK_TRIM_WINDOW;
	}
}

/*
 * A worker's job: compress the buffer, then write every finished buffer
 * whose turn it is, unless another worker is at it.
 */
static void slot_run(struct workq_job *job)
{
	struct sink_slot *sl = (struct sink_slot *)job;
	struct sink_pipe *p = sl->pipe;

	if (p->gz) {
		sl->out_len = libdeflate_gzip_compress(sl->comp, sl->in, sl->len, sl->out,
						       libdeflate_gzip_compress_bound(sl->comp, sl->len));
	}
	pthread_mutex_lock(&p->mu);
	sl->ready = true;
	if (p->writing) {
		pthread_mutex_unlock(&p->mu);
		return;
	}
	p->writing = true;
	for (;;) {
		struct sink_slot *w = &p->slots[p->written % p->nslots];

		if (p->written == p->submitted || !w->ready)
			break;
		pthread_mutex_unlock(&p->mu);
		if (p->gz && !w->out_len)
			pipe_fail(p, 0); /* libdeflate had no room: cannot happen */
		else if (p->gz)
			write_all(p, w->out, w->out_len);
		else
			write_all(p, w->in, w->len);
		trim_cache(p);
		pthread_mutex_lock(&p->mu);
		w->ready = false;
		p->written++;
		pthread_cond_broadcast(&p->freed);
	}
	p->writing = false;
	pthread_mutex_unlock(&p->mu);
}

static void pipe_free(struct sink_pipe *p)
{
	workq_free(p->q);
	for (unsigned i = 0; i < p->nslots; i++) {
		free(p->slots[i].in);
		free(p->slots[i].out);
		if (p->slots[i].comp)
			libdeflate_free_compressor(p->slots[i].comp);
	}
	free(p->slots);
	pthread_cond_destroy(&p->freed);
	pthread_mutex_destroy(&p->mu);
	free(p);
}

static struct sink_pipe *pipe_new(int fd, int gz_level, bool regular)
{
	struct sink_pipe *p = xcalloc(1, sizeof(*p));
	int threads = 1;

	p->fd = fd;
	p->gz = gz_level > 0;
	if (p->gz) {
		threads = workq_jobs();
		if (threads > SINK_MAX_THREADS)
			threads = SINK_MAX_THREADS;
	} else if (!regular) {
		threads = 0;
	}
	/* Enough buffers for every thread to have one and one more queued. */
	p->nslots = threads ? 2 * (unsigned)threads + 2 : 1;
	p->slots = xcalloc(p->nslots, sizeof(*p->slots));
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->freed, NULL);
	for (unsigned i = 0; i < p->nslots; i++) {
		struct sink_slot *sl = &p->slots[i];

		sl->job.run = slot_run;
		sl->pipe = p;
		sl->in = xmalloc(SINK_BUF_SIZE);
		if (!p->gz)
			continue;
		sl->comp = libdeflate_alloc_compressor(gz_level > 12 ? 12 : gz_level);
		if (!sl->comp) {
			pipe_free(p);
			return NULL;
		}
		sl->out = xmalloc(libdeflate_gzip_compress_bound(sl->comp, SINK_BUF_SIZE));
	}
	p->trim = regular;
	p->trim_next = SINK_TRIM_WINDOW;
	p->q = workq_new(threads);
	return p;
}

int sink_open(struct sink *s, const char *path, int gz_level)
{
	struct stat st;

	memset(s, 0, sizeof(*s));
	s->fd = -1;
	if (gz_level < 0)
		gz_level = ends_with(path, ".gz") ? SINK_GZ_LEVEL_DEFAULT : 0;
	if (!strcmp(path, "-")) {
		s->fd = STDOUT_FILENO;
		s->is_stdout = true;
	} else {
		s->fd = outfile_open(&s->file, path);
		if (s->fd < 0)
			return -1;
	}
	s->path = xstrdup(path);
	s->pipe = pipe_new(s->fd, gz_level, !s->is_stdout && !fstat(s->fd, &st) &&
						  S_ISREG(st.st_mode));
	if (!s->pipe) {
		sink_abort(s);
		return error("cannot start gzip compression for '%s'", path);
	}
	s->buf = s->pipe->slots[0].in;
	return 0;
}

void sink_open_null(struct sink *s)
{
	memset(s, 0, sizeof(*s));
	s->fd = -1;
	s->file.fd = -1;
	s->null = true;
	s->path = xstrdup("(size estimate)");
	s->buf = xmalloc(SINK_BUF_SIZE);
}

/* Queue the current buffer (len bytes, maybe none). */
static void submit(struct sink *s)
{
	struct sink_pipe *p = s->pipe;
	struct sink_slot *sl = &p->slots[p->submitted % p->nslots];

	sl->len = s->len;
	sl->ready = false;
	pthread_mutex_lock(&p->mu);
	p->submitted++;
	pthread_mutex_unlock(&p->mu);
	s->bytes_in += s->len;
	s->len = 0;
	workq_submit(p->q, &sl->job);
}

int sink_flush(struct sink *s)
{
	struct sink_pipe *p = s->pipe;

	if (s->null) {
		s->bytes_in += s->len;
		s->len = 0;
		return 0;
	}
	if (s->len && !s->failed) {
		submit(s);
		pthread_mutex_lock(&p->mu);
		while (p->submitted - p->written >= p->nslots)
			pthread_cond_wait(&p->freed, &p->mu);
		pthread_mutex_unlock(&p->mu);
		s->buf = p->slots[p->submitted % p->nslots].in;
	}
	s->len = 0;
	/* The writer sets it; a stale read only reports the failure later. */
	if (__atomic_load_n(&p->failed, __ATOMIC_RELAXED))
		s->failed = true;
	return s->failed ? -1 : 0;
}

void sink_write(struct sink *s, const void *p, size_t n)
{
	const uint8_t *src = p;

	while (n) {
		size_t room = SINK_BUF_SIZE - s->len;
		size_t k = n < room ? n : room;
		memcpy(s->buf + s->len, src, k);
		s->len += k;
		src += k;
		n -= k;
		if (s->len == SINK_BUF_SIZE)
			sink_flush(s);
	}
}

static void sink_release(struct sink *s)
{
	if (s->pipe)
		pipe_free(s->pipe);
	if (s->null)
		free(s->buf); /* its own buffer; the pipe's are freed with it */
	free(s->path);
	memset(s, 0, sizeof(*s));
	s->fd = -1;
	s->file.fd = -1;
}

/* Queue what is left and wait until everything is written. */
static void sink_drain(struct sink *s)
{
	struct sink_pipe *p = s->pipe;

	/* An empty gzip file is still one member. */
	if (s->len || (p->gz && !p->submitted))
		submit(s);
	pthread_mutex_lock(&p->mu);
	while (p->written < p->submitted)
		pthread_cond_wait(&p->freed, &p->mu);
	pthread_mutex_unlock(&p->mu);
	if (p->failed) {
		s->failed = true;
		s->err = p->err;
	}
	s->bytes_out = p->bytes_out;
}

int sink_close(struct sink *s)
{
	int ret = 0;

	if (s->null) {
		sink_flush(s);
		sink_release(s);
		return 0;
	}
	if (s->pipe)
		sink_drain(s);
	if (s->failed) {
		if (s->err)
			ret = error("cannot write '%s': %s", s->path, strerror(s->err));
		else
			ret = error("cannot write '%s': gzip compression failed", s->path);
		outfile_discard(&s->file);
	} else if (!s->is_stdout) {
		ret = outfile_commit(&s->file);
	}
	sink_release(s);
	return ret;
}

void sink_abort(struct sink *s)
{
	if (s->null) {
		sink_release(s);
		return;
	}
	if (s->pipe) {
		/* Let the workers finish with the buffers before freeing them. */
		pthread_mutex_lock(&s->pipe->mu);
		while (s->pipe->written < s->pipe->submitted)
			pthread_cond_wait(&s->pipe->freed, &s->pipe->mu);
		pthread_mutex_unlock(&s->pipe->mu);
	}
	outfile_discard(&s->file);
	sink_release(s);
}
