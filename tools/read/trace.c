/*
 * The log reader: opens a log (docs/format.md), indexes its blocks by
 * thread, parses the META records (process, modules, thread names) and the
 * clock sync points, and decodes a thread's event stream on demand.
 *
 * The whole file is mapped read-only; nothing is copied but the module
 * tables. Every length read from the file is checked against what remains,
 * and a damaged or unfinished tail (crash, SIGKILL, full disk) ends the
 * readable part instead of failing the whole log.
 *
 * Work and memory stay proportional to the file size whatever its bytes
 * say: blocks are grouped into threads by sorting, counts (argc, nfuncs)
 * are bounded by the record that holds them, and function ids by what the
 * file could describe (DECODE_ID_LIMIT), because every table the commands
 * index by function id is sized by the largest id. tests/fuzz/ fuzzes this.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/read/decode.h"
#include "tools/read/rustlog.h"
#include "tools/read/tailcalls.h"
#include "tools/read/trace.h"

/* Sync points closer than this are dropped: see docs/format.md "Time". */
#define SYNC_MIN_GAP_NS 10000000ull

static int cmp_block_ref(const void *a, const void *b)
{
	const struct trace_block_ref *x = a, *y = b;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A block of the scan, before it is grouped by thread. */
struct scan_ref {
	uint32_t serial;
	struct trace_block_ref ref;
	struct fmt_block_header h; /* a copy: the index never touches the map */
};

static int cmp_scan_ref(const void *a, const void *b)
{
	const struct scan_ref *x = a, *y = b;
	if (x->serial != y->serial)
		return x->serial < y->serial ? -1 : 1;
	if (x->ref.seq != y->ref.seq)
		return x->ref.seq < y->ref.seq ? -1 : 1;
	return x->ref.offset < y->ref.offset ? -1 : x->ref.offset > y->ref.offset;
}

/* qsort() of an empty array may get NULL, which qsort does not accept. */
static void sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

static int cmp_sync(const void *a, const void *b)
{
	const struct trace_sync *x = a, *y = b;
	return x->tsc < y->tsc ? -1 : x->tsc > y->tsc;
}

static void add_sync(struct trace *t, size_t *alloc, uint64_t tsc, uint64_t ns)
{
	if (!tsc || !ns)
		return;
	ALLOC_GROW(t->syncs, t->nsyncs + 1, *alloc);
	t->syncs[t->nsyncs].tsc = tsc;
	t->syncs[t->nsyncs].ns = ns;
	t->nsyncs++;
}

static char *dup_bounded(const char *p, const char *end)
{
	const char *nul = memchr(p, 0, end - p);
	return xstrndup(p, nul ? (size_t)(nul - p) : (size_t)(end - p));
}

/* What the META records of all blocks share while they are parsed. */
struct meta_state {
	size_t mod_alloc;
	uint32_t *recidx;	/* [nmodules] the index each kept module was recorded with */
	size_t recidx_alloc;
};

/*
 * A MODULE record. Returns -1 when the record does not hold what its
 * header says (the block is damaged), 0 otherwise. A module whose id range
 * is impossible (id 0, past 2^32, beyond what the file could describe, or
 * not above the previous module's: the writer hands out increasing
 * consecutive ranges) is left out with a warning so that every id maps to
 * at most one module and tables indexed by id stay bounded by the file size.
 */
static int parse_module(struct trace *t, struct meta_state *ms, const uint8_t *p, uint32_t len)
{
	struct fmt_meta_module mm;
	const uint8_t *end = p + len;
	struct trace_module *m;
	size_t bid_padded;
	uint64_t id_end;

	if (len < sizeof(mm))
		return -1;
	memcpy(&mm, p, sizeof(mm));
	p += sizeof(mm);
	bid_padded = ((size_t)mm.build_id_len + 7) & ~(size_t)7;
	if (mm.build_id_len > 64 || (size_t)(end - p) < bid_padded)
		return -1;
	if ((size_t)(end - p - bid_padded) / 8 < mm.nfuncs)
		return -1;
	id_end = (uint64_t)mm.id_base + mm.nfuncs;
	if (!mm.nfuncs)
		id_end = (uint64_t)mm.id_base + 1;
	if (!mm.id_base || id_end > UINT32_MAX || id_end > DECODE_ID_LIMIT(t) ||
	    (t->nmodules && (mm.id_base < t->modules[t->nmodules - 1].id_base +
						  t->modules[t->nmodules - 1].nfuncs ||
			     mm.index <= ms->recidx[t->nmodules - 1]))) {
		const char *path = (const char *)p + bid_padded + (size_t)mm.nfuncs * 8;
		char *name = dup_bounded(path, (const char *)end);
		warning("'%s': module %u '%s' (function ids %u..%" PRIu64
			") is invalid or overlaps another module; its calls are shown as "
			"unknown functions",
			t->path, mm.index, name, mm.id_base, id_end - 1);
		free(name);
		return 0;
	}
	ALLOC_GROW(t->modules, t->nmodules + 1, ms->mod_alloc);
	ALLOC_GROW(ms->recidx, t->nmodules + 1, ms->recidx_alloc);
	ms->recidx[t->nmodules] = mm.index;
	m = &t->modules[t->nmodules++];
	memset(m, 0, sizeof(*m));
	m->index = (uint32_t)(t->nmodules - 1);
	memcpy(m->build_id, p, mm.build_id_len);
	m->build_id_len = mm.build_id_len;
	p += bid_padded;
	m->load_bias = mm.load_bias;
	m->id_base = mm.id_base;
	m->nfuncs = mm.nfuncs;
	m->nsleds = mm.nsleds;
	m->npatched = mm.npatched;
	m->load_ns = mm.load_tsc; /* converted once the sync points are known */
	m->func_vaddr = xmalloc((size_t)mm.nfuncs * 8 + 8);
	memcpy(m->func_vaddr, p, (size_t)mm.nfuncs * 8);
	p += (size_t)mm.nfuncs * 8;
	m->path = dup_bounded((const char *)p, (const char *)end);
	return 0;
}

static void parse_process(struct trace *t, const uint8_t *p, uint32_t len)
{
	const char *s, *end = (const char *)p + len;
	uint32_t argc;

	if (len < 8 || t->argv)
		return;
	memcpy(&argc, p, 4);
	s = (const char *)p + 8;
	/* every argument takes at least its NUL: argc is bounded by the record */
	if (argc > len - 8)
		argc = len - 8;
	if (argc > INT32_MAX / 2)
		argc = INT32_MAX / 2;
	t->argv = xcalloc((size_t)argc + 1, sizeof(char *));
	for (uint32_t i = 0; i < argc && s < end; i++) {
		t->argv[t->argc++] = dup_bounded(s, end);
		s += strlen(t->argv[t->argc - 1]) + 1;
	}
	if (s < end && *s)
		t->exe = dup_bounded(s, end);
}

/* The thread with this serial (threads are sorted by serial), or NULL. */
static struct trace_thread *find_thread(struct trace *t, uint32_t serial)
{
	size_t lo = 0, hi = t->nthreads;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->threads[mid].serial < serial)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->nthreads && t->threads[lo].serial == serial ? &t->threads[lo] : NULL;
}

/* The module recorded with index idx (recorded indices increase), or NULL. */
static struct trace_module *find_module(struct trace *t, const struct meta_state *ms, uint32_t idx)
{
	size_t lo = 0, hi = t->nmodules;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ms->recidx[mid] < idx)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->nmodules && ms->recidx[lo] == idx ? &t->modules[lo] : NULL;
}

/* Parse the records of one META block. Returns -1 when damaged. */
static int parse_meta(struct trace *t, struct meta_state *ms, const uint8_t *p, const uint8_t *end)
{
	while (end - p >= 8) {
		struct fmt_meta_record r;
		memcpy(&r, p, sizeof(r));
		if (!r.type)
			break;
		p += 8;
		if ((uint64_t)r.length > (uint64_t)(end - p))
			return -1;
		switch (r.type) {
		case FMT_META_PROCESS:
			parse_process(t, p, r.length);
			break;
		case FMT_META_MODULE:
			if (parse_module(t, ms, p, r.length))
				return -1;
			break;
		case FMT_META_MODULE_UNLOAD:
			if (r.length >= 16) {
				uint32_t idx;
				uint64_t tsc;
				memcpy(&idx, p, 4);
				memcpy(&tsc, p + 8, 8);
				struct trace_module *m = find_module(t, ms, idx);
				if (m)
					m->unload_ns = tsc;
			}
			break;
		case FMT_META_THREAD_NAME:
			/* a thread that has no block has no events: nothing to name */
			if (r.length >= 32) {
				uint32_t serial;
				struct trace_thread *th;
				memcpy(&serial, p, 4);
				if (!(th = find_thread(t, serial)))
					break;
				memcpy(&th->tid, p + 4, 4);
				memcpy(th->name, p + 16, 16);
				th->name[16] = 0;
				th->named_by_meta = 1;
			}
			break;
		default:
			break; /* unknown records are skipped: newer writers may add some */
		}
		if ((((uint64_t)r.length + 7) & ~(uint64_t)7) >= (uint64_t)(end - p))
			break;
		p += ((size_t)r.length + 7) & ~(size_t)7;
	}
	return 0;
}

static int block_header_valid(const struct fmt_block_header *h)
{
	if (h->magic != FMT_BLOCK_MAGIC || h->header_size != FMT_BLOCK_HEADER_SIZE)
		return 0;
	if (h->type != FMT_BLOCK_META && h->type != FMT_BLOCK_EVENTS)
		return 0;
	if (!h->size || h->size % FMT_PAGE)
		return 0;
	return 1;
}

/* Keep sync points at least SYNC_MIN_GAP_NS apart, with increasing ns. */
static void thin_syncs(struct trace *t)
{
	size_t n = 0;

	sort(t->syncs, t->nsyncs, sizeof(*t->syncs), cmp_sync);
	for (size_t i = 0; i < t->nsyncs; i++) {
		const struct trace_sync *s = &t->syncs[i];
		if (n && (s->ns <= t->syncs[n - 1].ns || s->tsc <= t->syncs[n - 1].tsc))
			continue;
		if (n && s->ns - t->syncs[n - 1].ns < SYNC_MIN_GAP_NS) {
			/* keep the later of two close points only at the very end */
			if (i == t->nsyncs - 1 && n > 1 &&
			    s->ns - t->syncs[n - 2].ns >= SYNC_MIN_GAP_NS)
				t->syncs[n - 1] = *s;
			continue;
		}
		t->syncs[n++] = *s;
	}
	t->nsyncs = n;
}

/*
 * Hand the pages of [off, off + len) back once read: the map is private
 * and read-only, so they come back from the file if touched again. A page
 * fault maps a window of pages around the faulting one (the kernel's
 * fault-around, 64 KiB by default), so the range is widened to that
 * window: otherwise the edges of every block read would stay resident
 * and the resident size would still grow with the log.
 */
#define FAULT_AROUND ((size_t)64 * 1024)

void trace_release(const struct trace *t, size_t off, size_t len)
{
	size_t lo, hi;

	if (!t->map || off >= t->size)
		return;
	lo = off & ~(FAULT_AROUND - 1);
	hi = len > t->size - off ? t->size : off + len;
	hi = (hi + FAULT_AROUND - 1) & ~(FAULT_AROUND - 1);
	if (hi > t->size)
		hi = t->size;
	madvise((void *)(t->map + lo), hi - lo, MADV_DONTNEED);
}

/*
 * Group the EVENTS blocks of the scan into threads: sorted by (serial,
 * seq), so this is O(n log n) whatever the number of threads. A thread's
 * tid and name come from its block with the highest seq.
 */
static void build_threads(struct trace *t, struct scan_ref *refs, size_t n)
{
	size_t alloc = 0;

	sort(refs, n, sizeof(*refs), cmp_scan_ref);
	for (size_t i = 0; i < n;) {
		struct trace_thread *th;
		size_t j = i;

		while (j < n && refs[j].serial == refs[i].serial)
			j++;
		ALLOC_GROW(t->threads, t->nthreads + 1, alloc);
		th = &t->threads[t->nthreads++];
		memset(th, 0, sizeof(*th));
		th->serial = refs[i].serial;
		th->nblocks = j - i;
		th->blocks = xmalloc(th->nblocks * sizeof(*th->blocks));
		th->first_ns = refs[i].h.open_tsc; /* converted once the clock is known */
		for (size_t k = i; k < j; k++) {
			const struct fmt_block_header *h = &refs[k].h;
			th->blocks[k - i] = refs[k].ref;
			th->lost += h->lost; /* refined by a walk */
			if (h->lost) {
				uint32_t r = h->lost_reason < TRACE_LOST_REASONS ? h->lost_reason
										 : FMT_LOST_UNKNOWN;
				t->lost_by_reason[r] += h->lost;
				if (r)
					th->lost_reason = r;
			}
			t->filter_dropped_blocks += h->filter_dropped;
			th->tid = h->tid;
			th->max_seq = h->seq;
			if (h->name[0]) {
				memcpy(th->name, h->name, 16);
				th->name[16] = 0;
			}
		}
		th->lost_blocks = th->lost;
		i = j;
	}
}

_Static_assert(TRACE_LOST_REASONS == FMT_LOST_LAST + 1, "a loss reason per FMT_LOST_*");

/*
 * Whether the page at off, which has no valid block header, was written:
 * a writer never stores a wrong magic, and a block it started (or whose
 * header was overwritten) has records right after its header; a block
 * reserved but never started is zeros, up to a header filled but not yet
 * published by its magic. A page in the middle of a block is written when
 * it starts with records. hb holds the page's first bytes.
 */
static bool page_written(const struct trace *t, size_t off, const struct fmt_block_header *hb)
{
	uint8_t next[FMT_BLOCK_HEADER_SIZE];
	size_t n = t->size - off - FMT_BLOCK_HEADER_SIZE;

	if (hb->magic)
		return true;
	if (n > sizeof(next))
		n = sizeof(next);
	if (pread(t->fd, next, n, (off_t)(off + FMT_BLOCK_HEADER_SIZE)) != (ssize_t)n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (next[i])
			return true;
	return false;
}

/*
 * The payload a block held, from a header whose magic is wrong but whose
 * other fields still hold together (only the magic was hit); 0 otherwise.
 */
static uint64_t plausible_used(const struct fmt_block_header *h, size_t avail)
{
	if (h->header_size != FMT_BLOCK_HEADER_SIZE || h->type != FMT_BLOCK_EVENTS ||
	    !(h->flags & FMT_BLOCK_CLOSED) || !h->size || h->size % FMT_PAGE || h->size > avail ||
	    h->used > h->size - FMT_BLOCK_HEADER_SIZE)
		return 0;
	return h->used;
}

/* Whether the file ends in a part of a page that holds something. */
static bool tail_written(const struct trace *t)
{
	uint8_t tail[FMT_PAGE];
	size_t n = t->size % FMT_PAGE;

	if (!n || pread(t->fd, tail, n, (off_t)(t->size - n)) != (ssize_t)n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (tail[i])
			return true;
	return false;
}

/* A run of pages without a valid block header ends: damage if written. */
static void end_bad_run(struct trace *t, uint64_t written, uint64_t used)
{
	if (!written)
		return;
	t->damage.bad_regions++;
	t->damage.bad_bytes += used ? used : written;
	t->truncated = true;
}

int trace_open(struct trace *t, const char *path)
{
	struct fmt_file_header hdr;
	struct stat st;
	struct meta_state ms = { 0 };
	size_t sync_alloc = 0;
	size_t nmeta = 0, meta_alloc = 0, nrefs = 0, refs_alloc = 0;
	struct trace_block_ref *meta = NULL;
	struct scan_ref *refs = NULL;
	size_t off, bad_off = 0, reach = 0;
	uint64_t bad_written = 0, bad_used = 0, last_mono = 0;
	int ret = -1;

	memset(t, 0, sizeof(*t));
	t->fd = -1;
	t->path = xstrdup(path);
	/* O_NONBLOCK: a FIFO must not block before its type is checked */
	t->fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (t->fd < 0) {
		error_errno("cannot open '%s'", path);
		goto out;
	}
	if (fstat(t->fd, &st) < 0) {
		error_errno("cannot stat '%s'", path);
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		error("'%s' is a directory, not an sftrace log", path);
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		error("'%s' is not a regular file", path);
		goto out;
	}
	/* a log of the Rust sftrace is read through its translation */
	if (rustlog_open(&t->fd, path) || fstat(t->fd, &st) < 0)
		goto out;
	t->size = (size_t)st.st_size;
	if (t->size < sizeof(hdr)) {
		if (t->size >= FMT_MAGIC_LEN && pread(t->fd, &hdr, FMT_MAGIC_LEN, 0) == FMT_MAGIC_LEN &&
		    !memcmp(hdr.magic, FMT_MAGIC, FMT_MAGIC_LEN))
			error("'%s' is truncated: %zu bytes, shorter than the %u-byte header", path,
			      t->size, FMT_PAGE);
		else
			error("'%s' is not an sftrace log (%zu bytes, too short for a header)",
			      path, t->size);
		goto out;
	}
	t->map = mmap(NULL, t->size, PROT_READ, MAP_PRIVATE, t->fd, 0);
	if (t->map == MAP_FAILED) {
		t->map = NULL;
		error_errno("cannot map '%s'", path);
		goto out;
	}
	madvise((void *)t->map, t->size, MADV_SEQUENTIAL);
	memcpy(&hdr, t->map, sizeof(hdr));
	if (memcmp(hdr.magic, FMT_MAGIC, FMT_MAGIC_LEN)) {
		error("'%s' is not an sftrace log (bad magic)", path);
		goto out;
	}
	if (hdr.version > FMT_VERSION || hdr.version == 0) {
		error("'%s' is a version %u log; this sftrace reads version %u", path, hdr.version,
		      FMT_VERSION);
		goto out;
	}
	if (hdr.header_size != FMT_PAGE) {
		error("'%s' has a damaged header (header size %u)", path, hdr.header_size);
		goto out;
	}
	t->version = hdr.version;
	t->arch = hdr.arch;
	t->pid = hdr.pid;
	t->ppid = hdr.ppid;
	t->flags = hdr.flags;
	t->memory = !!(hdr.flags & FMT_FLAG_MEMORY);
	t->start_realtime_ns = hdr.start_realtime_ns;
	t->start_mono_ns = hdr.start_mono_ns;
	t->tsc_hz = hdr.tsc_hz;
	t->filter_dropped = hdr.filter_dropped;
	t->lost = hdr.lost;
	t->end_offset = hdr.end_offset;
	if (hdr.flags & FMT_FLAG_STOPPED) {
		t->stop_reason = hdr.stop_reason;
		t->stop_errno = hdr.stop_errno;
		t->stop_ns = hdr.stop_tsc; /* converted once the sync points are known */
	}
	if (hdr.close_tsc)
		last_mono = hdr.close_mono_ns;
	add_sync(t, &sync_alloc, hdr.start_tsc, hdr.start_mono_ns);
	add_sync(t, &sync_alloc, hdr.close_tsc, hdr.close_mono_ns);

	/*
	 * Index the blocks. Headers are read with pread(), not through the
	 * map: a fault would map a whole window of the block around each
	 * header and the resident size would grow with the log.
	 */
	for (off = FMT_PAGE; off + FMT_BLOCK_HEADER_SIZE <= t->size;) {
		struct fmt_block_header hb;
		const struct fmt_block_header *h = &hb;
		struct trace_block_ref ref;
		size_t avail;

		if (pread(t->fd, &hb, sizeof(hb), (off_t)off) != (ssize_t)sizeof(hb)) {
			t->truncated = true; /* shrunk while being read */
			t->damage.cut_size = off;
			break;
		}
		if (!block_header_valid(h)) {
			/* never started (zeros), or damage: see page_written() */
			if (!bad_off) {
				bad_off = off;
				bad_written = 0;
				bad_used = plausible_used(h, t->size - off);
			}
			if (page_written(t, off, h))
				bad_written += FMT_PAGE;
			off += FMT_PAGE;
			continue;
		}
		if (bad_off)
			end_bad_run(t, bad_written, bad_used);
		bad_off = 0;
		avail = t->size - off;
		ref.offset = off;
		ref.seq = h->seq;
		ref.size = h->size <= avail ? h->size : (uint32_t)avail;
		if (h->size > avail) {
			t->truncated = true;
			t->damage.cut_size = t->size;
			reach = off + h->size;
		}
		if (!(h->flags & FMT_BLOCK_CLOSED))
			t->unclosed_blocks++;
		if (h->open_ns > last_mono)
			last_mono = h->open_ns;
		if ((h->flags & FMT_BLOCK_CLOSED) && h->close_ns > last_mono)
			last_mono = h->close_ns;
		add_sync(t, &sync_alloc, h->open_tsc, h->open_ns);
		if (h->flags & FMT_BLOCK_CLOSED)
			add_sync(t, &sync_alloc, h->close_tsc, h->close_ns);
		if (h->type == FMT_BLOCK_META) {
			ALLOC_GROW(meta, nmeta + 1, meta_alloc);
			meta[nmeta++] = ref;
		} else {
			ALLOC_GROW(refs, nrefs + 1, refs_alloc);
			refs[nrefs].serial = h->thread_serial;
			refs[nrefs].h = hb;
			refs[nrefs++].ref = ref;
		}
		off += ref.size;
	}
	if (bad_off)
		end_bad_run(t, bad_written, bad_used);
	/*
	 * A closed log says how large it was. A log is whole pages, but a
	 * file system without fallocate may have been given part of a page
	 * of zeros when it filled up: only a written part page is a cut.
	 */
	if ((t->flags & FMT_FLAG_CLOSED) && t->end_offset > t->size) {
		t->damage.cut_size = t->size;
		t->damage.full_size = t->end_offset;
		t->damage.full_size_exact = true;
	} else if (t->damage.cut_size || tail_written(t)) {
		t->damage.cut_size = t->size;
		t->damage.full_size = reach > t->size ? reach : 0;
	}
	if (t->damage.cut_size)
		t->truncated = true;
	build_threads(t, refs, nrefs);

	sort(meta, nmeta, sizeof(*meta), cmp_block_ref);
	for (size_t i = 0; i < nmeta; i++) {
		const struct fmt_block_header *h = (const void *)(t->map + meta[i].offset);
		const uint8_t *p = t->map + meta[i].offset + FMT_BLOCK_HEADER_SIZE;
		const uint8_t *end = t->map + meta[i].offset + meta[i].size;
		if (h->used && h->used <= meta[i].size - FMT_BLOCK_HEADER_SIZE)
			end = p + h->used;
		if (parse_meta(t, &ms, p, end)) {
			warning("'%s': damaged metadata block at offset %zu; later modules may be "
				"missing", path, meta[i].offset);
			t->truncated = true;
		}
		trace_release(t, meta[i].offset, meta[i].size);
	}
	if (!t->filter_dropped)
		t->filter_dropped = t->filter_dropped_blocks;

	thin_syncs(t);
	for (size_t i = 0; i < t->nmodules; i++) {
		struct trace_module *m = &t->modules[i];
		m->load_ns = trace_ns(t, m->load_ns);
		if (m->unload_ns)
			m->unload_ns = trace_ns(t, m->unload_ns);
	}
	for (size_t i = 0; i < t->nthreads; i++) {
		struct trace_thread *th = &t->threads[i];
		th->first_ns = trace_ns(t, th->first_ns);
		if (!th->name[0])
			snprintf(th->name, sizeof(th->name), "%u", th->tid);
	}
	if (t->stop_ns)
		t->stop_ns = trace_ns(t, t->stop_ns);
	t->end_ns = last_mono > t->start_mono_ns ? last_mono - t->start_mono_ns : 0;
	ret = 0;
out:
	free(meta);
	free(refs);
	free(ms.recidx);
	if (ret)
		trace_close(t);
	return ret;
}

void trace_close(struct trace *t)
{
	if (t->map)
		munmap((void *)t->map, t->size);
	if (t->fd >= 0)
		close(t->fd);
	for (size_t i = 0; i < t->nmodules; i++) {
		free(t->modules[i].path);
		free(t->modules[i].func_vaddr);
	}
	free(t->modules);
	for (size_t i = 0; i < t->nthreads; i++)
		free(t->threads[i].blocks);
	free(t->threads);
	for (int i = 0; i < t->argc; i++)
		free(t->argv[i]);
	free(t->argv);
	free(t->exe);
	free(t->syncs);
	free(t->path);
	tailcalls_free(t->tails);
	memset(t, 0, sizeof(*t));
	t->fd = -1;
}

void trace_clock_init(const struct trace *t, struct trace_clock *c)
{
	memset(c, 0, sizeof(*c));
	c->t = t;
	c->seg = (size_t)-1;
	c->hi = 0; /* forces a lookup on first use */
}

/* Nanoseconds per tick outside the sync points. */
static double extrapolation_slope(const struct trace *t)
{
	if (t->tsc_hz)
		return 1e9 / (double)t->tsc_hz;
	if (t->nsyncs >= 2) {
		const struct trace_sync *a = &t->syncs[0], *b = &t->syncs[t->nsyncs - 1];
		return (double)(b->ns - a->ns) / (double)(b->tsc - a->tsc);
	}
	return 1.0;
}

uint64_t trace_clock_slow(struct trace_clock *c, uint64_t tsc)
{
	const struct trace *t = c->t;
	size_t n = t->nsyncs;

	if (t->flags & FMT_FLAG_CLOCK_NS) {
		c->lo = 0;
		c->hi = UINT64_MAX;
		c->base_tsc = 0;
		c->base_ns = -(double)t->start_mono_ns;
		c->slope = 1.0;
	} else if (n == 0) {
		c->lo = 0;
		c->hi = UINT64_MAX;
		c->base_tsc = 0;
		c->base_ns = 0;
		c->slope = extrapolation_slope(t);
	} else if (tsc < t->syncs[0].tsc) {
		c->lo = 0;
		c->hi = t->syncs[0].tsc;
		c->base_tsc = t->syncs[0].tsc;
		c->base_ns = (double)t->syncs[0].ns - (double)t->start_mono_ns;
		c->slope = extrapolation_slope(t);
	} else if (tsc >= t->syncs[n - 1].tsc) {
		c->lo = t->syncs[n - 1].tsc;
		c->hi = UINT64_MAX;
		c->base_tsc = c->lo;
		c->base_ns = (double)t->syncs[n - 1].ns - (double)t->start_mono_ns;
		c->slope = extrapolation_slope(t);
	} else {
		size_t lo = 0, hi = n - 1; /* syncs[lo].tsc <= tsc < syncs[hi].tsc */
		while (hi - lo > 1) {
			size_t mid = (lo + hi) / 2;
			if (t->syncs[mid].tsc <= tsc)
				lo = mid;
			else
				hi = mid;
		}
		c->lo = t->syncs[lo].tsc;
		c->hi = t->syncs[hi].tsc;
		c->base_tsc = c->lo;
		c->base_ns = (double)t->syncs[lo].ns - (double)t->start_mono_ns;
		c->slope = (double)(t->syncs[hi].ns - t->syncs[lo].ns) /
			   (double)(t->syncs[hi].tsc - t->syncs[lo].tsc);
	}
	/* not trace_clock_ns(): tsc may be UINT64_MAX, outside every segment */
	return trace_clock_eval(c, tsc);
}

uint64_t trace_ns(const struct trace *t, uint64_t tsc)
{
	struct trace_clock c;
	trace_clock_init(t, &c);
	return trace_clock_slow(&c, tsc);
}

const struct trace_module *trace_func_module(const struct trace *t, uint32_t func)
{
	size_t lo = 0, hi = t->nmodules;

	/* modules are registered with increasing id_base */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct trace_module *m = &t->modules[mid];
		if (func < m->id_base)
			hi = mid;
		else if (func - m->id_base >= m->nfuncs)
			lo = mid + 1;
		else
			return m;
	}
	return NULL;
}

uint64_t trace_func_addr(const struct trace *t, uint32_t func)
{
	const struct trace_module *m = trace_func_module(t, func);
	if (!m)
		return 0;
	return m->func_vaddr[func - m->id_base] + m->load_bias;
}

void trace_start_order(const struct trace *t, int n, int *order)
{
	for (int i = 0; i < n; i++) { /* insertion: stable, and a log set is small */
		int j = i;
		for (; j > 0 && t[order[j - 1]].start_mono_ns > t[i].start_mono_ns; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
}

const char *trace_process_name(const struct trace *t)
{
	const char *s = t->argc ? t->argv[0] : t->exe;
	const char *slash;
	if (!s || !*s)
		return "process";
	slash = strrchr(s, '/');
	return slash && slash[1] ? slash + 1 : s;
}

struct raw_ctx {
	trace_event_fn fn;
	void *ctx;
	uint32_t *stack;
	size_t depth, alloc;
	struct open_count open;
};

static inline int raw_event(void *vctx, const struct decoded *d)
{
	struct raw_ctx *rc = vctx;
	struct trace_event ev = { d->ns, d->id, d->kind, d->nested, 0, 0, 0, d->values, d->flow };

	if (d->kind == TRACE_FLOW) {
		ev.func = 0;
	} else if (d->kind == TRACE_CONTEXT) {
		ev.func = 0;
		ev.ptr = d->ptr;
		ev.size = d->size;
		ev.align = d->align;
	} else if (d->kind == TRACE_UNWIND) {
		/* frames left without exits: pop them as the frames layer does */
		for (uint64_t n = d->size; n && rc->depth; n--)
			open_count_dec(&rc->open, rc->stack[--rc->depth]);
		ev.size = d->size;
	} else if (trace_kind_is_mem(d->kind)) {
		ev.func = rc->depth ? rc->stack[rc->depth - 1] : 0;
		ev.size = d->size;
		ev.ptr = d->ptr;
		ev.align = d->align;
	} else if (d->kind == FMT_KIND_ENTRY) {
		ALLOC_GROW(rc->stack, rc->depth + 1, rc->alloc);
		rc->stack[rc->depth++] = d->id;
		open_count_inc(&rc->open, d->id);
	} else if (!d->has_id) {
		if (rc->depth) {
			ev.func = rc->stack[--rc->depth];
			open_count_dec(&rc->open, ev.func);
		} else {
			ev.func = 0;
		}
	} else if (open_count_get(&rc->open, d->id)) {
		/* pop up to and including the innermost frame of the function */
		while (rc->depth) {
			uint32_t f = rc->stack[--rc->depth];
			open_count_dec(&rc->open, f);
			if (f == d->id)
				break;
		}
	}
	return rc->fn(rc->ctx, &ev);
}

int trace_thread_events(struct trace *t, struct trace_thread *th, trace_event_fn fn, void *ctx)
{
	struct raw_ctx rc = { fn, ctx, NULL, 0, 0, { NULL, 0 } };
	int ret = decode_thread(t, th, raw_event, &rc);
	free(rc.stack);
	free(rc.open.n);
	return ret;
}
