/*
 * The Rust sftrace's logs, translated into sftrace logs (see rustlog.h and
 * docs/format.md "Logs of the Rust sftrace").
 *
 * The metadata map is decoded with cbor_load(); the events, which may be
 * hundreds of millions, with libcbor's streaming decoder and a small state
 * machine, so no item is allocated per event. Each thread's events are
 * encoded into blocks of its own (a buffer per thread, written out when
 * full), the way the runtime writes them; the file header goes last,
 * once the extent of the log is known.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cbor.h>
#include <elfutils/libdwelf.h>
#include <gelf.h>

#include "common/format.h"
#include "common/xray-map.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/read/rustlog.h"

/* Trace time 0 as a timestamp of the translated log (sync points of 0 mean
 * "none" to the reader). */
#define TIME_BASE 1000000000ull
#define BLOCK_SIZE (64u * 1024)
#define PAYLOAD_MAX (BLOCK_SIZE - FMT_BLOCK_HEADER_SIZE - 40)
#define MAX_THREADS (1u << 22) /* the Rust runtime numbers threads 0, 1, ... */
#define MAX_DEPTH 32	       /* nesting of CBOR containers we follow */

/* The Rust sftrace's event kinds (src/layout.rs). */
enum { RK_ENTRY = 1, RK_EXIT, RK_TAIL, RK_ALLOC, RK_DEALLOC, RK_REALLOC_ALLOC, RK_REALLOC_DEALLOC };

static const struct string_list *objects;

void rustlog_set_objects(const struct string_list *files)
{
	objects = files;
}

int rustlog_is(const uint8_t *p, size_t n)
{
	return n >= RUSTLOG_MAGIC_LEN && !memcmp(p, RUSTLOG_MAGIC, RUSTLOG_MAGIC_LEN);
}

/* ---- the module: sled index -> function -------------------------------- */

struct object {
	uint8_t build_id[64];
	size_t build_id_len;
	uint32_t nsleds, nfuncs;
	uint32_t *sled_func; /* [nsleds] function index (0-based), UINT32_MAX: unusable */
	uint64_t *func_vaddr; /* [nfuncs] in order of each function's first sled */
	bool executable;      /* has a program interpreter: the process's executable */
};

static void object_release(struct object *o)
{
	free(o->sled_func);
	free(o->func_vaddr);
	memset(o, 0, sizeof(*o));
}

struct addr_idx {
	uint64_t func;
	uint32_t sled;
};

static int cmp_addr_idx(const void *a, const void *b)
{
	const struct addr_idx *x = a, *y = b;
	if (x->func != y->func)
		return x->func < y->func ? -1 : 1;
	return x->sled < y->sled ? -1 : x->sled > y->sled;
}

static int cmp_first_sled(const void *a, const void *b)
{
	const struct addr_idx *x = a, *y = b;
	return x->sled < y->sled ? -1 : x->sled > y->sled;
}

/* Number the functions of the map as the runtime does: in the order of
 * their first sled. */
static int number_functions(struct object *o, const uint8_t *sec, uint64_t sec_addr, long n)
{
	struct addr_idx *v = xmalloc(((size_t)n + 1) * sizeof(*v));
	struct addr_idx *firsts = xmalloc(((size_t)n + 1) * sizeof(*firsts));
	size_t nv = 0, nf = 0;

	o->nsleds = (uint32_t)n;
	o->sled_func = xmalloc(((size_t)n + 1) * sizeof(*o->sled_func));
	for (long i = 0; i < n; i++) {
		struct xray_sled s;
		o->sled_func[i] = UINT32_MAX;
		if (xray_map_entry(sec, sec_addr, (size_t)i, &s))
			continue; /* a later map version: its sleds are not used */
		v[nv].func = s.func;
		v[nv++].sled = (uint32_t)i;
	}
	qsort(v, nv, sizeof(*v), cmp_addr_idx);
	for (size_t i = 0; i < nv; i++)
		if (!i || v[i].func != v[i - 1].func)
			firsts[nf++] = v[i];
	qsort(firsts, nf, sizeof(*firsts), cmp_first_sled);
	o->nfuncs = (uint32_t)nf;
	o->func_vaddr = xmalloc((nf + 1) * sizeof(*o->func_vaddr));
	for (size_t f = 0; f < nf; f++) {
		o->func_vaddr[f] = firsts[f].func;
		firsts[f].sled = (uint32_t)f; /* now: function address -> index */
	}
	qsort(firsts, nf, sizeof(*firsts), cmp_addr_idx);
	for (size_t i = 0, f = 0; i < nv; i++) {
		while (f < nf && firsts[f].func < v[i].func)
			f++;
		o->sled_func[v[i].sled] = firsts[f].sled;
	}
	free(v);
	free(firsts);
	return nf ? 0 : -1;
}

/* Load the XRay map and build-id of path; 0, or -1 with *why set. */
static int object_load(struct object *o, const char *path, const char **why)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), ret = -1;
	Elf *elf = NULL;
	Elf_Scn *scn = NULL;
	size_t shstrndx, nph = 0;
	const void *id;
	ssize_t idlen;

	memset(o, 0, sizeof(*o));
	if (fd < 0) {
		*why = strerror(errno);
		return -1;
	}
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	*why = "not an ELF file";
	if (!elf || elf_kind(elf) != ELF_K_ELF || elf_getshdrstrndx(elf, &shstrndx))
		goto out;
	*why = "it has no XRay sleds (no xray_instr_map section)";
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		const char *name;
		Elf_Data *d;
		long n;

		if (!gelf_getshdr(scn, &sh) || !(name = elf_strptr(elf, shstrndx, sh.sh_name)) ||
		    strcmp(name, XRAY_MAP_SECTION) || sh.sh_type == SHT_NOBITS)
			continue;
		d = elf_getdata(scn, NULL);
		n = xray_map_count(sh.sh_size);
		*why = "its xray_instr_map section cannot be read";
		if (!d || d->d_size != sh.sh_size || n <= 0 || n > UINT32_MAX)
			goto out;
		if (number_functions(o, d->d_buf, sh.sh_addr, n))
			goto out;
		ret = 0;
		break;
	}
	if (ret)
		goto out;
	idlen = dwelf_elf_gnu_build_id(elf, &id);
	if (idlen > 0 && (size_t)idlen <= sizeof(o->build_id)) {
		memcpy(o->build_id, id, (size_t)idlen);
		o->build_id_len = (size_t)idlen;
	}
	if (!elf_getphdrnum(elf, &nph))
		for (size_t i = 0; i < nph; i++) {
			GElf_Phdr ph;
			if (gelf_getphdr(elf, (int)i, &ph) && ph.p_type == PT_INTERP)
				o->executable = true;
		}
out:
	if (ret)
		object_release(o);
	if (elf)
		elf_end(elf);
	close(fd);
	return ret;
}

static bool same_id(const struct object *o, const uint8_t *id, size_t len)
{
	return len && o->build_id_len == len && !memcmp(o->build_id, id, len);
}

/*
 * The module of the log: a -s file with its build-id, else the path it
 * names (which must not be another build). Returns 0, or -1 after an error.
 */
static int find_object(struct object *o, const char *log, const char *shlib_path,
		       const uint8_t *id, size_t idlen)
{
	const char *why;

	for (size_t i = 0; objects && i < objects->nr; i++) {
		if (object_load(o, objects->items[i], &why))
			continue;
		if (same_id(o, id, idlen) || (!idlen && objects->nr == 1))
			return 0;
		object_release(o);
	}
	if (object_load(o, shlib_path, &why))
		return error("'%s' is a log of the Rust sftrace, which names functions by their sled "
			     "number in '%s': that file cannot be read (%s); give it with -s FILE",
			     log, shlib_path, why);
	if (idlen && o->build_id_len && !same_id(o, id, idlen)) {
		object_release(o);
		return error("'%s' is a log of the Rust sftrace recorded from another build of '%s' "
			     "(its build-id differs): give the recorded build with -s FILE",
			     log, shlib_path);
	}
	return 0;
}

/* ---- writing the translated log ---------------------------------------- */

struct rthread {
	uint8_t *buf; /* the current block's payload */
	size_t len, alloc;
	uint64_t open, base, close; /* times (with TIME_BASE) */
	uint64_t lastptr;
	uint32_t last_id, seq;
};

struct out {
	int fd;
	const char *log;
	uint64_t off; /* where the next block goes */
	int failed;   /* a write failed (errno printed once) */
	struct rthread **threads;
	size_t nthreads;
	uint64_t first, last; /* of every event, with TIME_BASE; first 0: none */
	uint64_t events, bad_sleds, bad_records, bad_threads;
};

static void out_write(struct out *w, const void *p, size_t n, uint64_t at)
{
	const char *q = p;

	while (n && !w->failed) {
		ssize_t k = pwrite(w->fd, q, n, (off_t)at);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			error_errno("cannot translate '%s': writing the translation into memory",
				    w->log);
			w->failed = 1;
			return;
		}
		q += k;
		n -= (size_t)k;
		at += (uint64_t)k;
	}
}

/* Write block payload p (len bytes) with a block header at w->off. */
static void write_block(struct out *w, uint16_t type, uint32_t tid, uint32_t serial, uint32_t seq,
			uint64_t open, uint64_t close, const uint8_t *p, size_t len)
{
	struct fmt_block_header h = { 0 };
	size_t size = (FMT_BLOCK_HEADER_SIZE + len + 1 + FMT_PAGE - 1) / FMT_PAGE * FMT_PAGE;

	h.magic = FMT_BLOCK_MAGIC;
	h.type = type;
	h.header_size = FMT_BLOCK_HEADER_SIZE;
	h.size = (uint32_t)size;
	h.used = (uint32_t)len;
	h.tid = tid;
	h.thread_serial = serial;
	h.seq = seq;
	h.flags = FMT_BLOCK_CLOSED;
	h.open_tsc = h.open_ns = open;
	h.close_tsc = h.close_ns = close;
	out_write(w, &h, sizeof(h), w->off);
	out_write(w, p, len, w->off + sizeof(h));
	if (!w->failed && ftruncate(w->fd, (off_t)(w->off + size)) && !w->failed) {
		error_errno("cannot translate '%s'", w->log);
		w->failed = 1;
	}
	w->off += size;
}

static void flush_thread(struct out *w, size_t tid)
{
	struct rthread *th = w->threads[tid];

	if (!th->len)
		return;
	write_block(w, FMT_BLOCK_EVENTS, (uint32_t)tid, (uint32_t)tid + 1, th->seq++, th->open,
		    th->close, th->buf, th->len);
	th->len = 0;
}

static struct rthread *get_thread(struct out *w, uint64_t tid)
{
	if (tid >= MAX_THREADS)
		return NULL;
	w->threads = xgrow_zeroed(w->threads, &w->nthreads, (size_t)tid, 16, sizeof(*w->threads));
	if (!w->threads[tid])
		w->threads[tid] = xcalloc(1, sizeof(struct rthread));
	return w->threads[tid];
}

/* Room for one more record of th (starting a new block if needed) at time t. */
static uint8_t *record_room(struct out *w, size_t tid, uint64_t t)
{
	struct rthread *th = w->threads[tid];

	if (th->len + 40 > PAYLOAD_MAX)
		flush_thread(w, tid);
	if (!th->len) {
		th->open = th->base = t;
		th->last_id = 0;
		th->lastptr = 0;
	}
	ALLOC_GROW(th->buf, th->len + 40, th->alloc);
	return th->buf + th->len;
}

/* ---- the event stream --------------------------------------------------- */

enum role { R_EVENT, R_ALLOC, R_SKIP };
enum key { K_OTHER, K_TID, K_FUNC, K_TIME, K_KIND, K_ALLOC, K_SIZE, K_ALIGN, K_PTR };

struct level {
	enum role role;
	bool map, indef;
	uint64_t items, seen; /* items: 2n for a map of n pairs */
	enum key key;	      /* maps: the key of the value that comes next */
};

struct event {
	uint64_t tid, func, time, kind, size, align, ptr;
	bool has_tid, has_time, has_kind, has_alloc;
};

struct dec {
	struct level st[MAX_DEPTH];
	int depth;
	bool error; /* not an event stream we understand */
	struct event ev;
	struct out *w;
	const struct object *obj;
};

static void emit(struct dec *d);

static bool key_position(const struct level *l)
{
	return l->map && !(l->seen & 1);
}

/* One item of the innermost container is complete. */
static void item_done(struct dec *d)
{
	while (d->depth > 0) {
		struct level *l = &d->st[d->depth - 1];
		l->seen++;
		if (l->map && (l->seen & 1))
			return; /* a key: its value comes next */
		if (l->indef || l->seen < l->items)
			return;
		/* the container is complete: it is an item of its parent */
		d->depth--;
		if (l->role == R_EVENT) {
			emit(d);
			return;
		}
	}
}

static void push(struct dec *d, enum role role, bool map, bool indef, uint64_t n)
{
	struct level *l;

	if (d->depth == MAX_DEPTH) {
		d->error = true;
		return;
	}
	l = &d->st[d->depth++];
	l->role = role;
	l->map = map;
	l->indef = indef;
	l->items = map ? 2 * n : n;
	l->seen = 0;
	l->key = K_OTHER;
	if (!indef && !l->items) {
		d->depth--;
		if (role == R_EVENT)
			emit(d);
		else
			item_done(d);
	}
}

/* A container starts: what it is depends on where it is. */
static void container(struct dec *d, bool map, bool indef, uint64_t n)
{
	struct level *l = d->depth ? &d->st[d->depth - 1] : NULL;

	if (!l) {
		if (!map) {
			d->error = true;
			return;
		}
		memset(&d->ev, 0, sizeof(d->ev));
		push(d, R_EVENT, true, indef, n);
		return;
	}
	if (l->role == R_EVENT && !key_position(l) && l->key == K_ALLOC && map) {
		d->ev.has_alloc = true;
		push(d, R_ALLOC, true, indef, n);
		return;
	}
	if (l->role != R_SKIP && key_position(l))
		l->key = K_OTHER;
	push(d, R_SKIP, map, indef, n);
}

static void uint_item(struct dec *d, uint64_t v)
{
	struct level *l = d->depth ? &d->st[d->depth - 1] : NULL;

	if (!l) {
		d->error = true;
		return;
	}
	if (l->role != R_SKIP && !key_position(l)) {
		switch (l->key) {
		case K_TID: d->ev.tid = v; d->ev.has_tid = true; break;
		case K_FUNC: d->ev.func = v; break;
		case K_TIME: d->ev.time = v; d->ev.has_time = true; break;
		case K_KIND: d->ev.kind = v; d->ev.has_kind = true; break;
		case K_SIZE: d->ev.size = v; break;
		case K_ALIGN: d->ev.align = v; break;
		case K_PTR: d->ev.ptr = v; break;
		default: break;
		}
	} else if (l->role != R_SKIP) {
		l->key = K_OTHER; /* a number as a key: not one of ours */
	}
	item_done(d);
}

/* Any other complete item (strings, negative numbers, floats, simple values). */
static void other_item(struct dec *d, const unsigned char *s, size_t n, bool text)
{
	struct level *l = d->depth ? &d->st[d->depth - 1] : NULL;

	if (!l) {
		d->error = true;
		return;
	}
	if (l->role != R_SKIP && key_position(l)) {
		l->key = K_OTHER;
		if (text && n == 1) {
			switch (s[0]) {
			case 't': l->key = l->role == R_EVENT ? K_TID : K_OTHER; break;
			case 'f': l->key = l->role == R_EVENT ? K_FUNC : K_OTHER; break;
			case 'T': l->key = l->role == R_EVENT ? K_TIME : K_OTHER; break;
			case 'k': l->key = l->role == R_EVENT ? K_KIND : K_OTHER; break;
			case 'A': l->key = l->role == R_EVENT ? K_ALLOC : K_OTHER; break;
			case 's': l->key = l->role == R_ALLOC ? K_SIZE : K_OTHER; break;
			case 'a': l->key = l->role == R_ALLOC ? K_ALIGN : K_OTHER; break;
			case 'p': l->key = l->role == R_ALLOC ? K_PTR : K_OTHER; break;
			}
		}
	}
	item_done(d);
}

static void cb_u8(void *c, uint8_t v) { uint_item(c, v); }
static void cb_u16(void *c, uint16_t v) { uint_item(c, v); }
static void cb_u32(void *c, uint32_t v) { uint_item(c, v); }
static void cb_u64(void *c, uint64_t v) { uint_item(c, v); }
static void cb_n8(void *c, uint8_t v) { other_item(c, NULL, 0, false); }
static void cb_n16(void *c, uint16_t v) { other_item(c, NULL, 0, false); }
static void cb_n32(void *c, uint32_t v) { other_item(c, NULL, 0, false); }
static void cb_n64(void *c, uint64_t v) { other_item(c, NULL, 0, false); }
static void cb_str(void *c, cbor_data s, size_t n) { other_item(c, s, n, true); }
static void cb_bytes(void *c, cbor_data s, size_t n) { other_item(c, s, n, false); }
static void cb_simple(void *c) { other_item(c, NULL, 0, false); }
static void cb_bool(void *c, bool v) { other_item(c, NULL, 0, false); }
static void cb_f4(void *c, float v) { other_item(c, NULL, 0, false); }
static void cb_f8(void *c, double v) { other_item(c, NULL, 0, false); }
static void cb_tag(void *c, uint64_t v) { } /* a tag qualifies the item that follows */
static void cb_array(void *c, size_t n) { container(c, false, false, n); }
static void cb_map(void *c, size_t n) { container(c, true, false, n); }
static void cb_indef_array(void *c) { container(c, false, true, 0); }
static void cb_indef_map(void *c) { container(c, true, true, 0); }
static void cb_indef_str(void *c) { container(c, false, true, 0); } /* chunks, then a break */

static void cb_break(void *c)
{
	struct dec *d = c;
	struct level *l = d->depth ? &d->st[d->depth - 1] : NULL;

	if (!l || !l->indef || (l->map && (l->seen & 1))) {
		d->error = true;
		return;
	}
	d->depth--;
	if (l->role == R_EVENT)
		emit(d);
	else
		item_done(d);
}

static const struct cbor_callbacks callbacks = {
	.uint8 = cb_u8, .uint16 = cb_u16, .uint32 = cb_u32, .uint64 = cb_u64,
	.negint8 = cb_n8, .negint16 = cb_n16, .negint32 = cb_n32, .negint64 = cb_n64,
	.byte_string_start = cb_indef_str, .byte_string = cb_bytes,
	.string = cb_str, .string_start = cb_indef_str,
	.indef_array_start = cb_indef_array, .array_start = cb_array,
	.indef_map_start = cb_indef_map, .map_start = cb_map,
	.tag = cb_tag, .float2 = cb_f4, .float4 = cb_f4, .float8 = cb_f8,
	.undefined = cb_simple, .null = cb_simple, .boolean = cb_bool, .indef_break = cb_break,
};

static unsigned align_code(uint64_t align, unsigned *log2)
{
	unsigned k = 0;

	if (!align || (align & (align - 1)))
		return 0; /* not given, or not a power of two */
	while ((1ull << k) != align)
		k++;
	*log2 = k;
	return k <= 5 ? k + 1 : FMT_MEM_ALIGN_EXT;
}

/* One decoded event: encode it in its thread's block. */
static void emit(struct dec *d)
{
	const struct event *e = &d->ev;
	struct out *w = d->w;
	struct rthread *th;
	uint64_t t, delta;
	uint8_t *p;
	unsigned n;

	if (!e->has_tid || !e->has_time || !e->has_kind || e->kind < RK_ENTRY ||
	    e->kind > RK_REALLOC_DEALLOC || e->time > UINT64_MAX - TIME_BASE ||
	    (e->kind >= RK_ALLOC && (!e->has_alloc || e->size >= (1ull << 60)))) {
		w->bad_records++;
		return;
	}
	th = get_thread(w, e->tid);
	if (!th) {
		w->bad_threads++;
		return;
	}
	if (e->kind <= RK_TAIL && (e->func >= d->obj->nsleds ||
				   d->obj->sled_func[e->func] == UINT32_MAX)) {
		w->bad_sleds++;
		return;
	}
	t = e->time + TIME_BASE;
	p = record_room(w, (size_t)e->tid, t);
	if (t < th->base)
		t = th->base; /* never backwards within a thread */
	delta = t - th->base;
	th->base = th->close = t;
	if (e->kind <= RK_TAIL) {
		uint32_t id = d->obj->sled_func[e->func] + 1;
		n = fmt_encode_event(p, (unsigned)e->kind, delta, 1, id, &th->last_id);
	} else {
		unsigned lg = 0, code = align_code(e->align, &lg);
		p[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_ALLOC + (e->kind - RK_ALLOC));
		n = 1;
		n += fmt_put_uleb(p + n, delta);
		n += fmt_put_uleb(p + n, e->size << 3 | code);
		n += fmt_put_uleb(p + n, fmt_zigzag((int64_t)(e->ptr - th->lastptr)));
		th->lastptr = e->ptr;
		if (code == FMT_MEM_ALIGN_EXT)
			n += fmt_put_uleb(p + n, lg);
	}
	th->len += n;
	if (!w->first)
		w->first = t;
	if (t > w->last)
		w->last = t;
	w->events++;
}

/* ---- metadata ------------------------------------------------------------ */

struct meta {
	uint8_t id[64];
	size_t idlen;
	uint64_t pid, base;
	char *path;
};

static cbor_item_t *map_get(cbor_item_t *map, const char *key)
{
	struct cbor_pair *pairs = cbor_map_handle(map);

	for (size_t i = 0; i < cbor_map_size(map); i++) {
		cbor_item_t *k = pairs[i].key;
		if (cbor_isa_string(k) && cbor_string_is_definite(k) &&
		    cbor_string_length(k) == strlen(key) &&
		    !memcmp(cbor_string_handle(k), key, strlen(key)))
			return pairs[i].value;
	}
	return NULL;
}

static char *string_of(cbor_item_t *v)
{
	if (v && (cbor_isa_string(v) || cbor_isa_bytestring(v)) &&
	    (cbor_isa_string(v) ? cbor_string_is_definite(v) : cbor_bytestring_is_definite(v))) {
		size_t n = cbor_isa_string(v) ? cbor_string_length(v) : cbor_bytestring_length(v);
		const unsigned char *s = cbor_isa_string(v) ? cbor_string_handle(v)
							    : cbor_bytestring_handle(v);
		if (!memchr(s, 0, n))
			return xstrndup((const char *)s, n);
	}
	return NULL;
}

/* Decode the metadata map at p; returns its length, or 0 after an error. */
static size_t read_meta(const char *log, const uint8_t *p, size_t n, struct meta *m)
{
	struct cbor_load_result res;
	cbor_item_t *item = cbor_load(p, n, &res), *v;
	size_t used = 0;

	if (!item || res.error.code != CBOR_ERR_NONE || !cbor_isa_map(item)) {
		error("'%s' is not a readable Rust sftrace log: its metadata (CBOR) cannot be "
		      "decoded", log);
		goto out;
	}
	m->path = string_of(map_get(item, "shlib_path"));
	if (!m->path || !*m->path) {
		error("'%s': the Rust sftrace log names no module (shlib_path)", log);
		goto out;
	}
	if ((v = map_get(item, "pid")) && cbor_isa_uint(v))
		m->pid = cbor_get_int(v);
	if ((v = map_get(item, "shlib_base")) && cbor_isa_uint(v))
		m->base = cbor_get_int(v);
	v = map_get(item, "shlibid");
	if (v && cbor_isa_bytestring(v) && cbor_bytestring_is_definite(v) &&
	    cbor_bytestring_length(v) <= sizeof(m->id)) {
		m->idlen = cbor_bytestring_length(v);
		memcpy(m->id, cbor_bytestring_handle(v), m->idlen);
	}
	used = res.read;
out:
	if (item)
		cbor_decref(&item);
	return used;
}

/* The META block: a PROCESS record when the module is an executable, and
 * the MODULE record. */
static void write_meta(struct out *w, const struct meta *m, const struct object *o)
{
	size_t plen = strlen(m->path) + 1, idpad = (m->idlen + 7) & ~(size_t)7;
	size_t modlen = sizeof(struct fmt_meta_module) + idpad + 8 * (size_t)o->nfuncs + plen;
	size_t proclen = 8 + plen, cap = 16 + ((proclen + 7) & ~(size_t)7) + ((modlen + 7) & ~(size_t)7);
	uint8_t *buf = xcalloc(1, cap + 8), *q = buf;
	struct fmt_meta_record r = { 0 };
	struct fmt_meta_module mod = { 0 };

	if (o->executable) {
		r.type = FMT_META_PROCESS;
		r.length = (uint32_t)proclen;
		memcpy(q, &r, sizeof(r));
		memcpy(q + 16, m->path, plen); /* argc 0, then the executable path */
		q += 8 + ((proclen + 7) & ~(size_t)7);
	}
	r.type = FMT_META_MODULE;
	r.length = (uint32_t)modlen;
	memcpy(q, &r, sizeof(r));
	q += sizeof(r);
	mod.index = 0;
	mod.id_base = 1;
	mod.nfuncs = o->nfuncs;
	mod.nsleds = o->nsleds;
	mod.npatched = o->nfuncs;
	mod.build_id_len = (uint32_t)m->idlen;
	mod.load_bias = m->base;
	mod.load_tsc = TIME_BASE;
	memcpy(q, &mod, sizeof(mod));
	q += sizeof(mod);
	memcpy(q, m->id, m->idlen);
	q += idpad;
	memcpy(q, o->func_vaddr, 8 * (size_t)o->nfuncs);
	q += 8 * (size_t)o->nfuncs;
	memcpy(q, m->path, plen);
	q += plen;
	q = buf + ((size_t)(q - buf) + 7) / 8 * 8;
	write_block(w, FMT_BLOCK_META, 0, 0, 0, TIME_BASE, TIME_BASE, buf, (size_t)(q - buf));
	free(buf);
}

int rustlog_open(int *fd, const char *path)
{
	uint8_t magic[RUSTLOG_MAGIC_LEN];
	int nfd;

	if (pread(*fd, magic, sizeof(magic), 0) != (ssize_t)sizeof(magic) ||
	    !rustlog_is(magic, sizeof(magic)))
		return 0;
	nfd = rustlog_translate(*fd, path);
	if (nfd < 0)
		return -1;
	close(*fd);
	*fd = nfd;
	return 0;
}

int rustlog_translate(int fd, const char *path)
{
	struct stat st;
	const uint8_t *map = MAP_FAILED;
	struct meta m = { 0 };
	struct object o = { 0 };
	struct out w = { .fd = -1, .log = path, .off = FMT_PAGE };
	struct dec d = { .w = &w, .obj = &o };
	struct fmt_file_header h = { 0 };
	size_t off, size;
	bool cut = false;
	int ret = -1;

	if (fstat(fd, &st) < 0)
		return error_errno("cannot stat '%s'", path);
	size = (size_t)st.st_size;
	map = size ? mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
	if (map == MAP_FAILED)
		return error_errno("cannot map '%s'", path);
	madvise((void *)map, size, MADV_SEQUENTIAL);
	off = read_meta(path, map + RUSTLOG_MAGIC_LEN, size - RUSTLOG_MAGIC_LEN, &m);
	if (!off)
		goto out;
	off += RUSTLOG_MAGIC_LEN;
	if (find_object(&o, path, m.path, m.id, m.idlen))
		goto out;
	w.fd = memfd_create("sftrace-rust-log", MFD_CLOEXEC);
	if (w.fd < 0) {
		error_errno("cannot translate '%s': no anonymous file", path);
		goto out;
	}
	write_meta(&w, &m, &o);

	while (off < size && !w.failed) {
		struct cbor_decoder_result r = cbor_stream_decode(map + off, size - off, &callbacks, &d);
		if (r.status == CBOR_DECODER_NEDATA)
			break; /* cut in the middle of an item */
		if (r.status != CBOR_DECODER_FINISHED || d.error || !r.read) {
			warning("'%s': the Rust sftrace log is damaged at byte %zu of %zu (not an "
				"event in CBOR); the events after it are left out", path, off, size);
			cut = true;
			break;
		}
		off += r.read;
	}
	if (!cut && (off < size || d.depth)) {
		warning("'%s': the Rust sftrace log ends in the middle of an event (cut short)",
			path);
		cut = true;
	}
	if (w.bad_sleds)
		warning("'%s': %" PRIu64 " events name sleds that '%s' does not have (%u sleds); "
			"they are left out", path, w.bad_sleds, m.path, o.nsleds);
	if (w.bad_records || w.bad_threads)
		warning("'%s': %" PRIu64 " events of the Rust sftrace log could not be read (fields "
			"missing or out of range); they are left out", path,
			w.bad_records + w.bad_threads);
	for (size_t i = 0; i < w.nthreads; i++)
		if (w.threads[i])
			flush_thread(&w, i);

	memcpy(h.magic, FMT_MAGIC, FMT_MAGIC_LEN);
	h.version = FMT_VERSION;
	h.header_size = FMT_PAGE;
	h.pid = (uint32_t)m.pid;
	h.flags = FMT_FLAG_CLOCK_NS;
	h.start_mono_ns = h.start_tsc = TIME_BASE;
	{
		uint64_t mtime = (uint64_t)st.st_mtim.tv_sec * 1000000000ull + (uint64_t)st.st_mtim.tv_nsec;
		uint64_t dur = w.last ? w.last - TIME_BASE : 0;
		h.start_realtime_ns = mtime > dur ? mtime - dur : 0;
	}
	if (!cut) {
		h.flags |= FMT_FLAG_CLOSED;
		h.end_offset = w.off;
		h.close_tsc = h.close_mono_ns = w.last ? w.last : TIME_BASE;
	}
	out_write(&w, &h, sizeof(h), 0);
	if (!w.failed)
		ret = w.fd;
out:
	if (ret < 0 && w.fd >= 0)
		close(w.fd);
	for (size_t i = 0; i < w.nthreads; i++)
		if (w.threads[i]) {
			free(w.threads[i]->buf);
			free(w.threads[i]);
		}
	free(w.threads);
	object_release(&o);
	free(m.path);
	munmap((void *)map, size);
	return ret;
}
