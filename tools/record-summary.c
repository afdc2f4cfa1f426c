/*
 * The summary `sftrace record` prints for each log (record-summary.h): a
 * walk over record tags, not a full decode. Blocks are counted in
 * parallel, one thread per CPU: 204 MiB of a Lua interpreter's events
 * (76 million) in 0.27 s on one core of the development VM, half that on
 * two (docs/performance.md).
 */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/record-summary.h"

/* Below this many payload bytes one thread counts (threads cost more). */
#define SUMMARY_PARALLEL_BYTES (2u << 20)
#define SUMMARY_MAX_THREADS 16

/* Skip a ULEB128 in [*p, end); 0, or -1 when it runs past end. */
/* Skip a ULEB128 in [*p, end) as fmt_get_uleb() reads one: 0, or -1
 * when it runs past end or is longer than 10 bytes. */
static int skip_uleb(const uint8_t **p, const uint8_t *end)
{
	const uint8_t *q = *p;

	for (unsigned i = 0; i < 10 && q < end; i++)
		if (!(*q++ & 0x80)) {
			*p = q;
			return 0;
		}
	return -1;
}

/* The first byte at or after p that is not zero, or end. */
static const uint8_t *skip_zeros(const uint8_t *p, const uint8_t *end)
{
	while (p < end && ((uintptr_t)p & 7) && !*p)
		p++;
	while (end - p >= 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		if (w)
			break;
		p += 8;
	}
	while (p < end && !*p)
		p++;
	return p;
}

/*
 * Count the event records of one EVENTS block payload (docs/format.md):
 * a walk over tags without decoding times, so that reporting a
 * multi-gigabyte log costs a fraction of reading it. It stops where the
 * readers' decoder (tools/read/decode.h) stops: at the end (a zero tag),
 * at an unknown or malformed record, a record cut short, or a function id
 * of id_limit or more (DECODE_ID_LIMIT: a damaged log's), and skips the
 * zeros of a reservation a signal handler abandoned by longjmp as it does;
 * t0001 compares the two on damaged logs.
 */
static uint64_t count_block_events(const uint8_t *p, const uint8_t *end, uint64_t id_limit,
				   uint64_t *mem)
{
	uint64_t n = 0, last = 0, v;

	while (p < end) {
		uint8_t t = *p++;

		if (!t) {
			/* The end, unless it is a reservation a signal handler
			 * abandoned by longjmp: FMT_RESERVE zero bytes or more
			 * with records after them. */
			const uint8_t *z = skip_zeros(p, end);
			if (z - (p - 1) < (ptrdiff_t)FMT_RESERVE || z == end)
				break;
			p = z;
			continue;
		}

		if (t & 3) {
			if ((t & FMT_TAG_MORE) && skip_uleb(&p, end))
				break;
			if (t & FMT_TAG_ID) {
				if (fmt_get_uleb(&p, end, &v))
					break;
				v = last + (uint64_t)fmt_unzigzag(v);
				if (v >= id_limit)
					break;
				last = v;
			}
			n++;
			continue;
		}
		switch (t >> 2) {
		case FMT_SPECIAL_NESTED:
			if (p >= end || *p < 1 || *p > 3)
				return n;
			p++;
			if (skip_uleb(&p, end) || fmt_get_uleb(&p, end, &v) || v >= id_limit)
				return n;
			n++;
			break;
		case FMT_SPECIAL_LOST:
		case FMT_SPECIAL_SYNC:
		case FMT_SPECIAL_UNWIND:
			if (skip_uleb(&p, end))
				return n;
			break;
		case FMT_SPECIAL_PAD:
			break;
		case FMT_SPECIAL_CONTEXT: /* a ucontext switch: no event of its own */
			if (skip_uleb(&p, end) || skip_uleb(&p, end) || p >= end ||
			    *p < FMT_CONTEXT_RESTORED || *p > FMT_CONTEXT_SAME)
				return n;
			if (*p++ == FMT_CONTEXT_FRESH && skip_uleb(&p, end))
				return n;
			break;
		case FMT_SPECIAL_FLOW: { /* work items (format.md): no event of its own */
			unsigned k = p < end ? fmt_flow_fields(*p++) : 0;
			if (!k)
				return n;
			while (k--)
				if (skip_uleb(&p, end))
					return n;
			break;
		}
		case FMT_SPECIAL_ARGS:
		case FMT_SPECIAL_RETVAL: {
			/* value records (format.md): registers, no event of their own */
			uint64_t mask = 0;
			unsigned shift = 0;
			const uint8_t *m = p;
			if (skip_uleb(&p, end))
				return n;
			for (; m < p && shift < 64; m++, shift += 7)
				mask |= (uint64_t)(*m & 0x7f) << shift;
			for (unsigned i = 0; i < FMT_VAL_NREGS; i++) {
				if (!(mask & (1u << i)))
					continue;
				if (i >= FMT_VAL_FIRST_VEC ? (p += 8) > end : skip_uleb(&p, end) != 0)
					return n;
			}
			break;
		}
		case FMT_SPECIAL_STRING: {
			uint64_t len = 0;
			unsigned shift = 0;
			const uint8_t *l;
			if ((p += 2) > end)
				return n;
			l = p;
			if (skip_uleb(&p, end))
				return n;
			for (; l < p && shift < 64; l++, shift += 7)
				len |= (uint64_t)(*l & 0x7f) << shift;
			if (len > (uint64_t)(end - p))
				return n;
			p += len;
			break;
		}
		case FMT_SPECIAL_ALLOC:
		case FMT_SPECIAL_FREE:
		case FMT_SPECIAL_REALLOC_NEW:
		case FMT_SPECIAL_REALLOC_OLD: {
			const uint8_t *size;
			if (skip_uleb(&p, end))
				return n;
			size = p; /* its first byte holds the align code */
			if (skip_uleb(&p, end) || skip_uleb(&p, end))
				return n;
			if ((*size & 7) == FMT_MEM_ALIGN_EXT &&
			    (fmt_get_uleb(&p, end, &v) || v > 63))
				return n;
			n++;
			(*mem)++;
			break;
		}
		default:
			return n;
		}
	}
	return n;
}


/* Add up the MODULE records of a META block payload (format.md "META"). */
static void sum_modules(const uint8_t *p, const uint8_t *end, struct log_summary *s)
{
	while ((size_t)(end - p) >= sizeof(struct fmt_meta_record)) {
		struct fmt_meta_record r;
		memcpy(&r, p, sizeof(r));
		if (!r.type || r.length > (size_t)(end - p) - sizeof(r))
			break;
		if (r.type == FMT_META_MODULE && r.length >= sizeof(struct fmt_meta_module)) {
			struct fmt_meta_module m;
			memcpy(&m, p + sizeof(r), sizeof(m));
			s->funcs += m.nfuncs;
			s->patched += m.npatched;
		}
		p += sizeof(r) + ((r.length + 7u) & ~7u);
	}
}

/* The EVENTS payloads to count, shared by the counting threads. */
struct count_work {
	const uint8_t *(*range)[2];
	size_t n;
	uint64_t id_limit; /* DECODE_ID_LIMIT of the log */
	size_t next;	 /* atomic: the next range to take */
	uint64_t events; /* atomic sums */
	uint64_t mem;
};

static void *count_thread(void *arg)
{
	struct count_work *w = arg;
	uint64_t events = 0, mem = 0;
	size_t i;

	while ((i = __atomic_fetch_add(&w->next, 1, __ATOMIC_RELAXED)) < w->n) {
		/* the block starts a page; its header is the page's start */
		uint8_t *blk = (uint8_t *)(uintptr_t)(w->range[i][0] - FMT_BLOCK_HEADER_SIZE);

		events += count_block_events(w->range[i][0], w->range[i][1], w->id_limit, &mem);
		/* Counted: give its pages back (they stay in the page cache),
		 * so that the summary of a 2 GB log does not hold 2 GB. */
		madvise(blk, (size_t)(w->range[i][1] - blk) & ~(size_t)(FMT_PAGE - 1), MADV_DONTNEED);
	}
	__atomic_fetch_add(&w->events, events, __ATOMIC_RELAXED);
	__atomic_fetch_add(&w->mem, mem, __ATOMIC_RELAXED);
	return NULL;
}

/*
 * Count the events of every payload, blocks shared out over up to one
 * thread per CPU when there is enough to count (a block is independent:
 * its records need nothing of the blocks before it).
 */
static void count_all(struct count_work *w, uint64_t bytes)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nt = ncpu > 1 ? (size_t)ncpu : 1, started = 0;
	pthread_t th[SUMMARY_MAX_THREADS];

	if (nt > SUMMARY_MAX_THREADS)
		nt = SUMMARY_MAX_THREADS;
	if (nt > w->n)
		nt = w->n;
	if (bytes < SUMMARY_PARALLEL_BYTES)
		nt = 1;
	for (size_t i = 1; i < nt; i++) {
		if (pthread_create(&th[started], NULL, count_thread, w))
			break;
		started++;
	}
	count_thread(w);
	for (size_t i = 0; i < started; i++)
		pthread_join(th[i], NULL);
}

void record_summarize(const uint8_t *map, size_t size, struct log_summary *s)
{
	uint32_t *serials = NULL;
	size_t nserials = 0, alloc = 0, ralloc = 0;
	size_t off = FMT_PAGE;
	struct count_work w = { 0 };
	uint64_t bytes = 0;

	memset(s, 0, sizeof(*s));
	madvise((void *)map, size, MADV_SEQUENTIAL);
	w.id_limit = (uint64_t)size / 8 + 1; /* as the readers' DECODE_ID_LIMIT */
	/* The blocks as the readers index them (tools/read/trace.c): a
	 * header that is not valid skips a page; a block that runs past the
	 * end of the file (a cut log) is read up to it. */
	while (off + FMT_BLOCK_HEADER_SIZE <= size) {
		struct fmt_block_header b;
		const uint8_t *payload, *end;
		size_t i, avail = size - off, bsize;

		memcpy(&b, map + off, sizeof(b));
		if (b.magic != FMT_BLOCK_MAGIC || b.header_size != FMT_BLOCK_HEADER_SIZE ||
		    (b.type != FMT_BLOCK_META && b.type != FMT_BLOCK_EVENTS) || !b.size ||
		    b.size % FMT_PAGE) {
			off += FMT_PAGE;
			continue;
		}
		bsize = b.size <= avail ? b.size : avail;
		payload = map + off + FMT_BLOCK_HEADER_SIZE;
		end = map + off + bsize;
		if (b.type == FMT_BLOCK_META) {
			if ((b.flags & FMT_BLOCK_CLOSED) && b.used <= bsize - FMT_BLOCK_HEADER_SIZE)
				end = payload + b.used;
			sum_modules(payload, end, s);
		} else {
			s->filter_dropped += b.filter_dropped;
			s->lost += b.lost;
			if (b.lost && b.lost_reason)
				s->lost_reason = b.lost_reason;
			/* the whole block, not its used: the readers decode
			 * up to the end of its records, wherever used says */
			ALLOC_GROW(w.range, w.n + 1, ralloc);
			w.range[w.n][0] = payload;
			w.range[w.n][1] = end;
			w.n++;
			bytes += (uint64_t)(end - payload);
			for (i = 0; i < nserials && serials[i] != b.thread_serial; i++)
				;
			if (i == nserials) {
				ALLOC_GROW(serials, nserials + 1, alloc);
				serials[nserials++] = b.thread_serial;
			}
		}
		off += bsize;
	}
	s->threads = (uint32_t)nserials;
	free(serials);
	count_all(&w, bytes);
	s->events = w.events;
	s->mem_events = w.mem;
	free(w.range);
}
