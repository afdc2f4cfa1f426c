/*
 * Memory events of a process in time order (see memmerge.h).
 *
 * A spilled record is a kind byte, then ULEB128s: the time and, zigzag
 * coded, the pointer, site and frame id as differences from the previous
 * record of the same run; size and alignment as they are. A record is
 * 6 to 12 bytes on typical runs, at most MM_REC_MAX. The file is written
 * through one buffer and read back with pread() by per-run cursors, so
 * the merge never needs a run in memory.
 *
 * The live-block table is linear probing at most half full, with
 * backward-shift deletion (no tombstones: a table that sees every
 * allocation of a long run stays as fast as on its first block).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tools/lib/usage.h"
#include "tools/read/memmerge.h"

#define MM_BUF (1u << 20)
#define MM_REC_MAX 72		  /* kind byte + 7 ULEB128s of 10 bytes at most */
#define MM_CURSOR_BYTES (64u << 20) /* read buffers of a merge, all runs together */

static uint8_t *put_uleb(uint8_t *p, uint64_t v)
{
	while (v >= 0x80) {
		*p++ = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8_t)v;
	return p;
}

static uint64_t zz(uint64_t d)
{
	return (d << 1) ^ (uint64_t)((int64_t)d >> 63);
}

static uint64_t unzz(uint64_t v)
{
	return (v >> 1) ^ (uint64_t)-(int64_t)(v & 1);
}

void mm_spill_init(struct mm_spill *s)
{
	memset(s, 0, sizeof(*s));
	s->fd = -1;
}

void mm_spill_release(struct mm_spill *s)
{
	if (s->fd >= 0)
		close(s->fd);
	free(s->buf);
	free(s->runs);
	mm_spill_init(s);
}

void mm_spill_reset(struct mm_spill *s)
{
	s->len = 0;
	s->off = 0;
	s->nruns = 0;
	s->total = 0;
	/* Give the space back; if that fails the next log just overwrites it. */
	if (s->fd >= 0 && ftruncate(s->fd, 0) < 0)
		errno = 0;
}

void mm_spill_thread(struct mm_spill *s, uint32_t tid)
{
	struct mm_run *r;

	/* A run without records is taken over by the next thread. */
	if (s->nruns && !s->runs[s->nruns - 1].n) {
		s->runs[s->nruns - 1].tid = tid;
	} else {
		ALLOC_GROW(s->runs, s->nruns + 1, s->alloc);
		r = &s->runs[s->nruns++];
		r->off = s->off + s->len;
		r->len = r->n = 0;
		r->tid = tid;
	}
	memset(&s->last, 0, sizeof(s->last));
}

static int open_temp(struct mm_spill *s)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0) { /* a file system without O_TMPFILE */
		path = xasprintf("%s/.sftrace-mem.XXXXXX", dir);
		fd = mkostemp(path, O_CLOEXEC);
		if (fd >= 0)
			unlink(path);
		free(path);
	}
	if (fd < 0) {
		s->failed = true;
		return error_errno("cannot create a temporary file in '%s'", dir);
	}
	s->fd = fd;
	return 0;
}

static int spill_flush(struct mm_spill *s)
{
	const uint8_t *p = s->buf;
	size_t n = s->len;

	if (s->fd < 0 && open_temp(s))
		return -1;
	while (n) {
		ssize_t w = pwrite(s->fd, p, n, (off_t)s->off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (!w)
				errno = ENOSPC;
			s->failed = true;
			return error_errno("cannot write the temporary file of memory events");
		}
		p += w;
		n -= (size_t)w;
		s->off += (uint64_t)w;
	}
	s->len = 0;
	return 0;
}

int mm_spill_add(struct mm_spill *s, const struct mm_rec *r)
{
	struct mm_run *run;
	uint8_t *p, *p0;

	if (s->failed)
		return -1;
	if (!s->nruns)
		mm_spill_thread(s, 0);
	if (!s->buf)
		s->buf = xmalloc(MM_BUF);
	if (s->len + MM_REC_MAX > MM_BUF && spill_flush(s))
		return -1;
	p = p0 = s->buf + s->len;
	*p++ = r->kind;
	p = put_uleb(p, r->ns - s->last.ns);
	p = put_uleb(p, r->size);
	p = put_uleb(p, zz(r->ptr - s->last.ptr));
	p = put_uleb(p, r->align);
	p = put_uleb(p, zz(r->site - s->last.site));
	p = put_uleb(p, zz(r->frame_id - s->last.frame_id));
	s->len += (size_t)(p - p0);
	s->last = *r;
	run = &s->runs[s->nruns - 1];
	run->len += (uint64_t)(p - p0);
	run->n++;
	s->total++;
	return 0;
}

/* A run being read back. */
struct cursor {
	const struct mm_run *run;
	uint64_t pos;	  /* next file offset to read */
	uint64_t left;	  /* records not yet decoded */
	uint8_t *buf;
	size_t cap, blen, bpos;
	struct mm_rec cur; /* the record at the head of the run */
};

static uint64_t get_uleb(struct cursor *c)
{
	uint64_t v = 0;
	unsigned shift = 0;

	while (c->bpos < c->blen) {
		uint8_t b = c->buf[c->bpos++];

		if (shift < 64)
			v |= (uint64_t)(b & 0x7f) << shift;
		shift += 7;
		if (!(b & 0x80))
			break;
	}
	return v;
}

/* Decode the run's next record into c->cur; false at its end or on a read error. */
static bool cursor_next(struct cursor *c, int fd, bool *failed)
{
	uint64_t end = c->run->off + c->run->len;
	struct mm_rec *r = &c->cur;

	if (!c->left)
		return false;
	if (c->blen - c->bpos < MM_REC_MAX && c->pos < end) {
		size_t keep = c->blen - c->bpos, want = c->cap - keep;

		memmove(c->buf, c->buf + c->bpos, keep);
		c->blen = keep;
		c->bpos = 0;
		if (want > end - c->pos)
			want = (size_t)(end - c->pos);
		while (want) {
			ssize_t n = pread(fd, c->buf + c->blen, want, (off_t)c->pos);

			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				if (!n)
					errno = EIO;
				error_errno("cannot read the temporary file of memory events");
				*failed = true;
				return false;
			}
			c->blen += (size_t)n;
			c->pos += (uint64_t)n;
			want -= (size_t)n;
		}
	}
	r->kind = c->buf[c->bpos++];
	r->ns += get_uleb(c);
	r->size = get_uleb(c);
	r->ptr += unzz(get_uleb(c));
	r->align = get_uleb(c);
	r->site += unzz(get_uleb(c));
	r->frame_id += unzz(get_uleb(c));
	c->left--;
	return true;
}

/* Heap order: earlier time first, then the earlier run. */
static bool before(const struct cursor *cs, int a, int b)
{
	if (cs[a].cur.ns != cs[b].cur.ns)
		return cs[a].cur.ns < cs[b].cur.ns;
	return a < b;
}

static void sift_down(int *heap, int n, int i, const struct cursor *cs)
{
	for (;;) {
		int l = 2 * i + 1, m = i, t;

		if (l < n && before(cs, heap[l], heap[m]))
			m = l;
		if (l + 1 < n && before(cs, heap[l + 1], heap[m]))
			m = l + 1;
		if (m == i)
			return;
		t = heap[i];
		heap[i] = heap[m];
		heap[m] = t;
		i = m;
	}
}

int mm_spill_merge(struct mm_spill *s, int (*fn)(void *ctx, const struct mm_rec *r),
		   void *ctx)
{
	struct cursor *cs;
	int *heap, n = 0, ret = 0;
	size_t cap;
	bool failed = false;

	if (s->failed)
		return -1;
	if (!s->total)
		return 0;
	if (s->len && spill_flush(s))
		return -1;
	cap = MM_CURSOR_BYTES / s->nruns;
	cap = cap < 4096 ? 4096 : cap > (256u << 10) ? 256u << 10 : cap;
	cs = xcalloc(s->nruns, sizeof(*cs));
	heap = xcalloc(s->nruns, sizeof(*heap));
	for (size_t i = 0; i < s->nruns; i++) {
		struct cursor *c = &cs[i];

		c->run = &s->runs[i];
		c->pos = c->run->off;
		c->left = c->run->n;
		c->cur.tid = c->run->tid;
		if (!c->left)
			continue;
		c->cap = cap;
		c->buf = xmalloc(cap);
		if (cursor_next(c, s->fd, &failed))
			heap[n++] = (int)i;
		else if (failed)
			goto out;
	}
	for (int i = n / 2; i-- > 0;)
		sift_down(heap, n, i, cs);
	while (n) {
		struct cursor *c = &cs[heap[0]];

		if ((ret = fn(ctx, &c->cur)))
			goto out;
		if (!cursor_next(c, s->fd, &failed)) {
			if (failed)
				goto out;
			heap[0] = heap[--n];
		}
		sift_down(heap, n, 0, cs);
	}
out:
	for (size_t i = 0; i < s->nruns; i++)
		free(cs[i].buf);
	free(cs);
	free(heap);
	return failed ? -1 : ret;
}

/* The live-block table. */

void mm_live_init(struct mm_live *m, size_t vsize)
{
	memset(m, 0, sizeof(*m));
	m->vsize = vsize;
	m->esize = 8 + (vsize + 7) / 8 * 8;
}

void mm_live_release(struct mm_live *m)
{
	free(m->slots);
	mm_live_init(m, m->vsize);
}

void mm_live_clear(struct mm_live *m)
{
	if (m->slots)
		memset(m->slots, 0, m->cap * m->esize);
	m->n = 0;
}

static inline uint64_t *slot_at(const struct mm_live *m, size_t i)
{
	return (uint64_t *)(m->slots + i * m->esize);
}

static inline size_t home(const struct mm_live *m, uint64_t ptr)
{
	/* Fibonacci hashing: the top bits of the product */
	return (size_t)((ptr * 0x9e3779b97f4a7c15ull) >> (64 - __builtin_ctzll(m->cap)));
}

static void live_grow(struct mm_live *m)
{
	uint8_t *old = m->slots;
	size_t oldcap = m->cap;

	m->cap = oldcap ? oldcap * 2 : 1024;
	m->slots = xcalloc(m->cap, m->esize);
	for (size_t i = 0; i < oldcap; i++) {
		const uint64_t *e = (const uint64_t *)(old + i * m->esize);
		size_t j;

		if (!*e)
			continue;
		for (j = home(m, *e); *slot_at(m, j); j = (j + 1) & (m->cap - 1))
			;
		memcpy(slot_at(m, j), e, m->esize);
	}
	free(old);
}

void *mm_live_put(struct mm_live *m, uint64_t ptr, bool *existed)
{
	size_t i;

	if (!ptr)
		BUG("address 0 in the live-block table");
	if ((m->n + 1) * 2 > m->cap)
		live_grow(m);
	for (i = home(m, ptr);; i = (i + 1) & (m->cap - 1)) {
		uint64_t *e = slot_at(m, i);

		if (*e == ptr) {
			*existed = true;
			return e + 1;
		}
		if (!*e) {
			*e = ptr;
			m->n++;
			*existed = false;
			return e + 1;
		}
	}
}

bool mm_live_take(struct mm_live *m, uint64_t ptr, void *out)
{
	size_t i, j;

	if (!m->cap || !ptr)
		return false;
	for (i = home(m, ptr);; i = (i + 1) & (m->cap - 1)) {
		uint64_t *e = slot_at(m, i);

		if (!*e)
			return false;
		if (*e == ptr)
			break;
	}
	if (out)
		memcpy(out, slot_at(m, i) + 1, m->vsize);
	/* Backward shift: move up every later entry that may live in the hole. */
	for (j = (i + 1) & (m->cap - 1);; j = (j + 1) & (m->cap - 1)) {
		uint64_t *e = slot_at(m, j);
		size_t h;

		if (!*e)
			break;
		h = home(m, *e);
		/* e stays if its home lies cyclically in (i, j] */
		if (i <= j ? (i < h && h <= j) : (i < h || h <= j))
			continue;
		memcpy(slot_at(m, i), e, m->esize);
		i = j;
	}
	memset(slot_at(m, i), 0, m->esize);
	m->n--;
	return true;
}

void mm_live_each(const struct mm_live *m, void (*fn)(void *ctx, uint64_t ptr, void *value),
		  void *ctx)
{
	for (size_t i = 0; i < m->cap; i++) {
		uint64_t *e = slot_at(m, i);

		if (*e)
			fn(ctx, *e, e + 1);
	}
}
