/*
 * A streaming Parquet writer for flat tables of required and optional
 * columns, and lists of UInt64 (see parquet.h for the interface and the
 * type mapping).
 *
 * Written here because no C Parquet library is packaged for Debian
 * (Arrow's parquet-cpp is C++ and not in the archive); the subset a flat
 * table needs is small: data pages v1 (no repetition levels; definition
 * levels only in optional columns), PLAIN and DELTA_BINARY_PACKED values,
 * zstd page compression, and a footer in the Thrift compact protocol,
 * encoded by hand below.
 *
 * An optional column's page holds its definition levels first (bit width
 * 1: 1 a value, 0 null) in the RLE / bit-packed hybrid encoding, prefixed
 * by their length in 4 bytes, then only the values that are present. Its
 * page and chunk value counts include the nulls, and its statistics carry
 * the null count (and no min/max when every row is null).
 *
 * A list column (PQ_LIST_UINT64) is the standard three-level LIST: an
 * optional group, a repeated group "list", a required element. Its pages
 * hold repetition levels (bit width 1) and definition levels (bit width 2:
 * a null list, an empty list, an element), each as RLE runs with their
 * length first, then the elements; a page ends between rows.
 *
 * Data flow: pq_write() copies values into each column's page buffer
 * (updating min/max as it goes); a full page is handed, buffers and all,
 * to a worker thread (tools/lib/workq.h) that encodes and compresses it
 * while the column fills a spare buffer; finished pages are appended,
 * header first, to their column's chunk buffer in the order they were
 * cut, so the file is the same whatever the number of threads; at the end
 * of a row group the chunks are written to the file one after the other
 * and their metadata kept for the footer (a few hundred bytes per row
 * group). At most PQ_PAGES_PER_THREAD pages per thread are in flight.
 *
 * References: parquet-format's parquet.thrift and Encodings.md, Thrift's
 * compact protocol spec (thrift/doc/specs/thrift-compact-protocol.md).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zstd.h>

#include "tools/lib/usage.h"
#include "tools/lib/workq.h"
#include "tools/out/arrow-schema.h"
#include "tools/out/outfile.h"
#include "tools/out/parquet.h"

/* parquet.thrift enums */
enum {
	PT_INT32 = 1,
	PT_INT64 = 2,
	PT_BYTE_ARRAY = 6,
};
enum {
	CT_UTF8 = 0,
	CT_LIST = 3,
	CT_UINT_32 = 13,
	CT_UINT_64 = 14,
};
enum {
	ENC_PLAIN = 0,
	ENC_RLE = 3,
	ENC_DELTA_BINARY_PACKED = 5,
};
enum {
	CODEC_ZSTD = 6,
	PAGE_DATA = 0,
	REPETITION_REQUIRED = 0,
	REPETITION_OPTIONAL = 1,
	REPETITION_REPEATED = 2,
};

/* Thrift compact protocol type ids */
enum {
	TT_TRUE = 1,
	TT_FALSE = 2,
	TT_BYTE = 3,
	TT_I16 = 4,
	TT_I32 = 5,
	TT_I64 = 6,
	TT_BINARY = 8,
	TT_LIST = 9,
	TT_STRUCT = 12,
};

#define PQ_MAGIC "PAR1"
#define PQ_PAGE_MAX_BYTES (1u << 20) /* string pages: cut at about 1 MiB */
#define DELTA_BLOCK 128
#define DELTA_MINIBLOCKS 4
#define DELTA_MINI (DELTA_BLOCK / DELTA_MINIBLOCKS)
#define PQ_MAX_THREADS 16
#define PQ_PAGES_PER_THREAD 3
/* Raw page buffers hold the widest values, so that any column can take any. */
#define PQ_RAW_WIDTH 8

struct pq_buf {
	uint8_t *p;
	size_t len, alloc;
};

static uint8_t *buf_reserve(struct pq_buf *b, size_t n)
{
	ALLOC_GROW(b->p, b->len + n, b->alloc);
	return b->p + b->len;
}

static void buf_add(struct pq_buf *b, const void *p, size_t n)
{
	if (!n)
		return;
	memcpy(buf_reserve(b, n), p, n);
	b->len += n;
}

static void buf_byte(struct pq_buf *b, uint8_t c)
{
	*buf_reserve(b, 1) = c;
	b->len++;
}

static uint8_t *put_varint(uint8_t *o, uint64_t v)
{
	while (v >= 0x80) {
		*o++ = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	*o++ = (uint8_t)v;
	return o;
}

static void buf_varint(struct pq_buf *b, uint64_t v)
{
	uint8_t *o = buf_reserve(b, 10);
	b->len = put_varint(o, v) - b->p;
}

static uint64_t zigzag(int64_t v)
{
	return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static void buf_release(struct pq_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->alloc = 0;
}

/*
 * Thrift compact protocol. A field header carries the id as a delta from
 * the previous field of the same struct when that delta is 1..15; nested
 * structs keep their own "previous id", hence the stack.
 */
struct thrift {
	struct pq_buf *b;
	int16_t last[16];
	int depth;
};

static void th_field(struct thrift *t, int id, int type)
{
	int delta = id - t->last[t->depth];

	if (delta > 0 && delta <= 15) {
		buf_byte(t->b, (uint8_t)(delta << 4 | type));
	} else {
		buf_byte(t->b, (uint8_t)type);
		buf_varint(t->b, zigzag(id));
	}
	t->last[t->depth] = (int16_t)id;
}

static void th_push(struct thrift *t)
{
	if (++t->depth >= 16)
		BUG("thrift nesting too deep");
	t->last[t->depth] = 0;
}

static void th_struct(struct thrift *t, int id)
{
	th_field(t, id, TT_STRUCT);
	th_push(t);
}

static void th_end(struct thrift *t)
{
	buf_byte(t->b, 0);
	t->depth--;
}

static void th_i32(struct thrift *t, int id, int32_t v)
{
	th_field(t, id, TT_I32);
	buf_varint(t->b, zigzag(v));
}

static void th_i64(struct thrift *t, int id, int64_t v)
{
	th_field(t, id, TT_I64);
	buf_varint(t->b, zigzag(v));
}

static void th_i16(struct thrift *t, int id, int16_t v)
{
	th_field(t, id, TT_I16);
	buf_varint(t->b, zigzag(v));
}

static void th_i8(struct thrift *t, int id, int8_t v)
{
	th_field(t, id, TT_BYTE);
	buf_byte(t->b, (uint8_t)v);
}

static void th_bool(struct thrift *t, int id, bool v)
{
	th_field(t, id, v ? TT_TRUE : TT_FALSE);
}

static void th_binary(struct thrift *t, int id, const void *p, size_t n)
{
	th_field(t, id, TT_BINARY);
	buf_varint(t->b, n);
	buf_add(t->b, p, n);
}

static void th_string(struct thrift *t, int id, const char *s)
{
	th_binary(t, id, s, strlen(s));
}

static void th_list(struct thrift *t, int id, int elem_type, size_t n)
{
	th_field(t, id, TT_LIST);
	if (n < 15) {
		buf_byte(t->b, (uint8_t)(n << 4 | elem_type));
	} else {
		buf_byte(t->b, (uint8_t)(0xf0 | elem_type));
		buf_varint(t->b, n);
	}
}

/* What the footer needs about one column chunk. */
struct pq_chunk_meta {
	uint64_t offset; /* of the first page header */
	uint64_t compressed, uncompressed, nvalues;
	uint8_t *min, *max; /* statistics, PLAIN-encoded (NULL: none) */
	uint32_t min_len, max_len;
	bool nullable;	    /* statistics carry the null count even without min/max */
	uint64_t nulls;
};

struct pq_row_group {
	struct pq_chunk_meta *chunks; /* [ncols] */
	uint64_t nrows;
	uint64_t offset;
};

struct pq_col {
	struct pq_column def;
	int phys;	/* PT_* */
	int width;	/* bytes per raw value (4 or 8), 0 for strings */
	int encoding;	/* ENC_* */

	/* The page being filled. */
	uint8_t *raw;	      /* page_rows values of `width` bytes */
	struct pq_buf strs;   /* PLAIN-encoded strings */
	size_t page_n;	      /* rows, nulls included */
	size_t page_vals;     /* values present (page_n for a required column) */
	uint8_t *defs;	      /* optional column: page_rows definition levels */
	/*
	 * A list column (PQ_LIST_UINT64): page_n counts level entries, one per
	 * element and one per null or empty list; reps are their repetition
	 * levels (0 a new row, 1 the row goes on), defs their definition
	 * levels (0 a null list, 1 an empty one, 2 an element).
	 */
	bool list;
	uint8_t *reps;

	/* Statistics of the current row group. */
	bool has_stats;
	uint64_t umin, umax;  /* unsigned types */
	int64_t smin, smax;   /* signed types */
	struct pq_buf smin_s, smax_s; /* strings */

	/* Encoded, compressed pages of the current row group. */
	struct pq_buf chunk;
	uint64_t chunk_uncompressed, chunk_values, chunk_nulls;
};

/*
 * A page being encoded and compressed by a worker: the column's buffers
 * for it (the column goes on with the page's spares), scratch space and
 * the result, header and compressed bytes.
 */
struct pq_page {
	struct workq_job job; /* first: run() gets it */
	struct pq_writer *w;
	struct pq_col *c;
	uint8_t *raw, *defs, *reps;
	struct pq_buf strs;
	size_t page_n, page_vals;

	ZSTD_CCtx *zc;
	struct pq_buf enc, body, zbuf, hdr;
	size_t n, z;	 /* uncompressed and compressed size of the page body */
	bool has_stats;	 /* the page's minimum and maximum (integer columns) */
	uint64_t umin, umax;
	int64_t smin, smax;
	const char *err; /* why it failed (with the column's name), or NULL */
	struct pq_page *next; /* in the queue of pages in flight, or of free ones */
};

struct pq_writer {
	char *path;
	int fd;		    /* file.fd while writing */
	struct outfile file; /* appears whole on pq_close() */
	bool failed;
	uint64_t offset; /* file offset of the next write */

	struct pq_col *cols;
	size_t ncols;
	size_t row_group_rows, page_rows;
	int zstd_level;
	char *created_by;
	char **kv;	/* key_value_metadata after ARROW:schema: key, value, ... */
	size_t nkv;	/* pairs */

	struct workq *q;	/* started by the first page */
	struct pq_page *head, *tail; /* in flight, oldest first */
	struct pq_page *spare;	     /* done with */
	size_t npages, max_pages;    /* allocated, at most */

	uint64_t rg_n;	/* rows in the current row group */
	uint64_t total_rows;
	struct pq_row_group *rgs;
	size_t nrgs, alloc_rgs;
};

static int pq_write_out(struct pq_writer *w, const void *p, size_t n)
{
	const uint8_t *s = p;

	while (n) {
		ssize_t r = write(w->fd, s, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			if (r == 0)
				errno = ENOSPC;
			w->failed = true;
			return error_errno("cannot write '%s'", w->path);
		}
		s += r;
		n -= (size_t)r;
		w->offset += (uint64_t)r;
	}
	return 0;
}

struct pq_writer *pq_open(const char *path, const struct pq_column *cols, size_t ncols,
			  const struct pq_opts *opts)
{
	struct pq_writer *w;
	int fd;

	if (!ncols || ncols > 4096) {
		error("cannot write '%s': a table needs 1 to 4096 columns", path);
		return NULL;
	}
	w = xcalloc(1, sizeof(*w));
	fd = outfile_open(&w->file, path);
	if (fd < 0) {
		free(w);
		return NULL;
	}
	w->path = xstrdup(path);
	w->fd = fd;
	w->row_group_rows = opts && opts->row_group_rows ? opts->row_group_rows : 1u << 20;
	w->page_rows = opts && opts->page_rows ? opts->page_rows : 1u << 16;
	if (w->page_rows > w->row_group_rows)
		w->page_rows = w->row_group_rows;
	w->zstd_level = opts && opts->zstd_level ? opts->zstd_level : 1;
	w->created_by = xstrdup(opts && opts->created_by ? opts->created_by : "sftrace");

	w->ncols = ncols;
	w->cols = xcalloc(ncols, sizeof(*w->cols));
	for (size_t i = 0; i < ncols; i++) {
		struct pq_col *c = &w->cols[i];
		c->def = cols[i];
		c->def.name = xstrdup(cols[i].name);
		switch (c->def.type) {
		case PQ_UINT32:
			c->phys = PT_INT32;
			c->width = 4;
			break;
		case PQ_UINT64:
		case PQ_INT64:
		case PQ_DURATION_NS:
			c->phys = PT_INT64;
			c->width = 8;
			break;
		case PQ_STRING:
			c->phys = PT_BYTE_ARRAY;
			break;
		case PQ_LIST_UINT64:
			c->phys = PT_INT64;
			c->width = 8;
			c->list = true;
			c->def.enc = PQ_ENC_PLAIN;
			c->reps = xmalloc(w->page_rows + PQ_LIST_MAX);
			c->def.nullable = true; /* the levels are written either way */
			break;
		default:
			BUG("unknown column type %d", (int)c->def.type);
		}
		c->encoding = c->width && c->def.enc == PQ_ENC_DELTA ? ENC_DELTA_BINARY_PACKED
								   : ENC_PLAIN;
		if (c->width)
			c->raw = xmalloc((w->page_rows + PQ_LIST_MAX) * PQ_RAW_WIDTH);
		if (c->def.nullable)
			c->defs = xmalloc(w->page_rows + PQ_LIST_MAX);
	}
	if (pq_write_out(w, PQ_MAGIC, 4)) {
		pq_abort(w);
		return NULL;
	}
	return w;
}

uint64_t pq_rows(const struct pq_writer *w)
{
	return w->total_rows;
}

/*
 * Pack 32 values of `bw` bits each (every value < 2^bw), least significant
 * bit first, into 4 * bw bytes. Always inlined with a constant bw by
 * bitpack32(): the loop then unrolls into straight shifts and stores (the
 * variable-width loop was a third of a Parquet conversion's time).
 */
static inline __attribute__((always_inline)) uint8_t *bitpack32_w(uint8_t *o, const uint64_t *x,
								   const unsigned bw)
{
	uint64_t acc = 0;
	unsigned bits = 0;

	if (!bw)
		return o;
	for (int j = 0; j < 32; j++) {
		uint64_t v = x[j];
		acc |= v << bits;
		bits += bw;
		if (bits >= 64) {
			memcpy(o, &acc, 8); /* x86-64 is little-endian, as Parquet */
			o += 8;
			bits -= 64;
			acc = bits ? v >> (bw - bits) : 0;
		}
	}
	if (bits) { /* 32 * bw bits leave 0 or 32 */
		uint32_t lo = (uint32_t)acc;
		memcpy(o, &lo, 4);
		o += 4;
	}
	return o;
}

static uint8_t *bitpack32(uint8_t *o, const uint64_t *x, unsigned bw)
{
	switch (bw) {
#define BP(n)                                                                                      \
	case n:                                                                                    \
		return bitpack32_w(o, x, n);
#define BP8(n) BP(n) BP(n + 1) BP(n + 2) BP(n + 3) BP(n + 4) BP(n + 5) BP(n + 6) BP(n + 7)
		BP8(1) BP8(9) BP8(17) BP8(25) BP8(33) BP8(41) BP8(49) BP8(57)
#undef BP8
#undef BP
	}
	return o; /* 0: nothing to store */
}

/*
 * DELTA_BINARY_PACKED (Encodings.md): blocks of 128 deltas in 4 miniblocks
 * of 32. Each block stores its minimum delta, then each miniblock's
 * (delta - min) bit-packed at the smallest width that fits. Arithmetic
 * wraps at the physical width (32 or 64 bits), as readers undo it.
 */
static void delta_encode(struct pq_buf *out, const uint8_t *raw, size_t n, int width)
{
	uint64_t d[DELTA_BLOCK], prev;
	uint8_t *o;

	/* header + per block: min delta, widths, up to 64 bits per value */
	o = buf_reserve(out, 40 + (n / DELTA_BLOCK + 1) * (10 + DELTA_MINIBLOCKS) + n * 8 + 256);
	o = put_varint(o, DELTA_BLOCK);
	o = put_varint(o, DELTA_MINIBLOCKS);
	o = put_varint(o, n);
	if (!n) { /* a page of nulls: no first value to read */
		o = put_varint(o, 0);
	} else if (width == 4) {
		uint32_t v0;
		memcpy(&v0, raw, 4);
		o = put_varint(o, zigzag((int32_t)v0));
		prev = v0;
	} else {
		memcpy(&prev, raw, 8);
		o = put_varint(o, zigzag((int64_t)prev));
	}

	for (size_t i = 1; i < n; i += DELTA_BLOCK) {
		size_t m = n - i < DELTA_BLOCK ? n - i : DELTA_BLOCK;
		int64_t mn;

		if (width == 4) {
			const uint32_t *v = (const uint32_t *)raw + i;
			int32_t mn32 = INT32_MAX;
			uint32_t p32 = (uint32_t)prev;
			for (size_t j = 0; j < m; j++) {
				int32_t dj = (int32_t)(v[j] - p32);
				p32 = v[j];
				d[j] = (uint32_t)dj;
				mn32 = dj < mn32 ? dj : mn32;
			}
			prev = p32;
			mn = mn32;
		} else {
			const uint64_t *v = (const uint64_t *)raw + i;
			mn = INT64_MAX;
			for (size_t j = 0; j < m; j++) {
				d[j] = v[j] - prev;
				prev = v[j];
				mn = (int64_t)d[j] < mn ? (int64_t)d[j] : mn;
			}
		}
		/* d - min, at the physical width, and each miniblock's bits
		 * in one pass (four accumulators: no chain through one OR) */
		uint64_t any[DELTA_MINIBLOCKS] = { 0 };
		const uint64_t wmask = width == 4 ? UINT32_MAX : UINT64_MAX;
		for (size_t mb = 0; mb < DELTA_MINIBLOCKS; mb++) {
			uint64_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
			uint64_t *dm = d + mb * DELTA_MINI;
			size_t lim = m > mb * DELTA_MINI ? m - mb * DELTA_MINI : 0;

			if (lim >= DELTA_MINI) {
				for (size_t j = 0; j < DELTA_MINI; j += 4) {
					dm[j] = (dm[j] - (uint64_t)mn) & wmask;
					dm[j + 1] = (dm[j + 1] - (uint64_t)mn) & wmask;
					dm[j + 2] = (dm[j + 2] - (uint64_t)mn) & wmask;
					dm[j + 3] = (dm[j + 3] - (uint64_t)mn) & wmask;
					a0 |= dm[j];
					a1 |= dm[j + 1];
					a2 |= dm[j + 2];
					a3 |= dm[j + 3];
				}
			} else {
				for (size_t j = 0; j < DELTA_MINI; j++) {
					dm[j] = j < lim ? (dm[j] - (uint64_t)mn) & wmask : 0;
					a0 |= dm[j];
				}
			}
			any[mb] = a0 | a1 | a2 | a3;
		}

		o = put_varint(o, zigzag(mn));
		uint8_t *widths = o;
		o += DELTA_MINIBLOCKS;
		for (size_t mb = 0; mb < DELTA_MINIBLOCKS; mb++) {
			unsigned bw = 0;
			if (mb * DELTA_MINI < m) {
				bw = any[mb] ? 64 - (unsigned)__builtin_clzll(any[mb]) : 0;
				o = bitpack32(o, d + mb * DELTA_MINI, bw);
			}
			widths[mb] = (uint8_t)bw;
		}
	}
	out->len = o - out->p;
}

/* The bit-packed run of up to 64 groups of 8 levels in g[0..ng-1]. */
static void levels_packed(struct pq_buf *out, const uint8_t *g, size_t ng)
{
	if (!ng)
		return;
	buf_varint(out, ng << 1 | 1);
	buf_add(out, g, ng);
}

/*
 * Definition levels of bit width 1 in the RLE / bit-packed hybrid
 * encoding (Encodings.md): a run of 8 or more equal levels is one RLE run,
 * anything else goes into bit-packed groups of 8 (the last one padded
 * with zeros, which readers ignore past num_values).
 */
static void levels_encode(struct pq_buf *out, const uint8_t *d, size_t n)
{
	uint8_t groups[64];
	size_t ng = 0, i = 0;

	while (i < n) {
		size_t run = 1;

		while (i + run < n && d[i + run] == d[i])
			run++;
		if (run >= 8) {
			levels_packed(out, groups, ng);
			ng = 0;
			buf_varint(out, (uint64_t)run << 1);
			buf_byte(out, d[i]);
			i += run;
			continue;
		}
		groups[ng] = 0;
		for (size_t j = 0; j < 8 && i + j < n; j++)
			groups[ng] |= (uint8_t)(d[i + j] << j);
		i += 8;
		if (++ng == sizeof(groups)) {
			levels_packed(out, groups, ng);
			ng = 0;
		}
	}
	levels_packed(out, groups, ng);
}

/*
 * Levels of any bit width up to 8 as RLE runs only (each run: its length
 * << 1, then the value in one byte), with their 4-byte length first: the
 * repetition and definition levels of a list column.
 */
static void levels_rle(struct pq_buf *out, const uint8_t *d, size_t n)
{
	size_t at = out->len;
	uint32_t len;

	buf_reserve(out, 4);
	out->len += 4;
	for (size_t i = 0; i < n;) {
		size_t run = 1;

		while (i + run < n && d[i + run] == d[i])
			run++;
		buf_varint(out, (uint64_t)run << 1);
		buf_byte(out, d[i]);
		i += run;
	}
	len = (uint32_t)(out->len - at - 4);
	memcpy(out->p + at, &len, 4);
}

/* The minimum and maximum of an integer page's values. */
static void page_stats(struct pq_page *g)
{
	const struct pq_col *c = g->c;
	size_t n = g->page_vals;

	g->has_stats = c->width && n;
	if (!g->has_stats)
		return;
	switch (c->def.type) {
	case PQ_UINT32: {
		const uint32_t *v = (const uint32_t *)g->raw;
		uint32_t lo = v[0], hi = v[0];
		for (size_t i = 0; i < n; i++) {
			lo = v[i] < lo ? v[i] : lo;
			hi = v[i] > hi ? v[i] : hi;
		}
		g->umin = lo;
		g->umax = hi;
		break;
	}
	case PQ_UINT64:
	case PQ_LIST_UINT64: {
		const uint64_t *v = (const uint64_t *)g->raw;
		uint64_t lo = v[0], hi = v[0];
		for (size_t i = 0; i < n; i++) {
			lo = v[i] < lo ? v[i] : lo;
			hi = v[i] > hi ? v[i] : hi;
		}
		g->umin = lo;
		g->umax = hi;
		break;
	}
	default: {
		const int64_t *v = (const int64_t *)g->raw;
		int64_t lo = v[0], hi = v[0];
		for (size_t i = 0; i < n; i++) {
			lo = v[i] < lo ? v[i] : lo;
			hi = v[i] > hi ? v[i] : hi;
		}
		g->smin = lo;
		g->smax = hi;
		break;
	}
	}
}

/* Fold a finished page's minimum and maximum into its column's. */
static void merge_stats(struct pq_col *c, const struct pq_page *g)
{
	if (!g->has_stats)
		return;
	if (!c->has_stats) {
		c->umin = g->umin;
		c->umax = g->umax;
		c->smin = g->smin;
		c->smax = g->smax;
	} else {
		c->umin = g->umin < c->umin ? g->umin : c->umin;
		c->umax = g->umax > c->umax ? g->umax : c->umax;
		c->smin = g->smin < c->smin ? g->smin : c->smin;
		c->smax = g->smax > c->smax ? g->smax : c->smax;
	}
	c->has_stats = true;
}

/* A worker's job: encode and compress page g (PageHeader in g->hdr). */
static void page_run(struct workq_job *job)
{
	struct pq_page *g = (struct pq_page *)job;
	const struct pq_writer *w = g->w;
	const struct pq_col *c = g->c;
	const uint8_t *src;
	size_t n, bound, z;
	struct thrift t = { &g->hdr, { 0 }, 0 };

	page_stats(g);
	if (!c->width) {
		src = g->strs.p;
		n = g->strs.len;
	} else if (c->encoding == ENC_PLAIN) {
		src = g->raw;
		n = g->page_vals * (size_t)c->width;
	} else {
		g->enc.len = 0;
		delta_encode(&g->enc, g->raw, g->page_vals, c->width);
		src = g->enc.p;
		n = g->enc.len;
	}
	if (c->list) {
		/* repetition levels, definition levels, then the elements */
		g->body.len = 0;
		levels_rle(&g->body, g->reps, g->page_n);
		levels_rle(&g->body, g->defs, g->page_n);
		buf_add(&g->body, src, n);
		src = g->body.p;
		n = g->body.len;
	} else if (c->def.nullable) {
		uint32_t len;

		/* the levels, their length first, then the values */
		g->body.len = 0;
		buf_reserve(&g->body, 4);
		g->body.len = 4;
		levels_encode(&g->body, g->defs, g->page_n);
		len = (uint32_t)(g->body.len - 4);
		memcpy(g->body.p, &len, 4);
		buf_add(&g->body, src, n);
		src = g->body.p;
		n = g->body.len;
	}
	g->n = n;
	if (n > INT32_MAX) {
		g->err = "too large";
		return;
	}

	if (!g->zc && !(g->zc = ZSTD_createCCtx())) {
		g->err = "out of memory";
		return;
	}
	bound = ZSTD_compressBound(n);
	g->zbuf.len = 0;
	buf_reserve(&g->zbuf, bound);
	z = ZSTD_compressCCtx(g->zc, g->zbuf.p, bound, src, n, w->zstd_level);
	if (ZSTD_isError(z)) {
		g->err = ZSTD_getErrorName(z);
		return;
	}
	g->z = z;

	/* PageHeader { type, uncompressed_page_size, compressed_page_size,
	 * data_page_header { num_values, encoding, def/rep level encoding } } */
	g->hdr.len = 0;
	th_i32(&t, 1, PAGE_DATA);
	th_i32(&t, 2, (int32_t)n);
	th_i32(&t, 3, (int32_t)z);
	th_struct(&t, 5);
	th_i32(&t, 1, (int32_t)g->page_n);
	th_i32(&t, 2, c->encoding);
	th_i32(&t, 3, ENC_RLE);
	th_i32(&t, 4, ENC_RLE);
	th_end(&t);
	buf_byte(&g->hdr, 0);
}

/* Wait for the oldest page in flight and append it to its column's chunk. */
static int page_finish(struct pq_writer *w)
{
	struct pq_page *g = w->head;
	struct pq_col *c = g->c;
	int ret = 0;

	workq_wait(w->q, &g->job);
	w->head = g->next;
	if (!w->head)
		w->tail = NULL;
	if (g->err) {
		w->failed = true;
		ret = error("cannot write '%s': page of column '%s': %s", w->path, c->def.name,
			    g->err);
	} else {
		buf_add(&c->chunk, g->hdr.p, g->hdr.len);
		buf_add(&c->chunk, g->zbuf.p, g->z);
		c->chunk_uncompressed += g->hdr.len + g->n;
		c->chunk_values += g->page_n;
		merge_stats(c, g);
	}
	g->err = NULL;
	g->next = w->spare;
	w->spare = g;
	return ret;
}

/* Finish every page in flight. */
static int pages_finish(struct pq_writer *w)
{
	int ret = 0;

	while (w->head)
		if (page_finish(w))
			ret = -1;
	return ret;
}

static void swap_ptr(uint8_t **a, uint8_t **b)
{
	uint8_t *t = *a;
	*a = *b;
	*b = t;
}

/* Hand the current page of column c to a worker; the column goes on with spares. */
static int flush_page(struct pq_writer *w, struct pq_col *c)
{
	struct pq_page *g;
	struct pq_buf strs;
	size_t rows = w->page_rows + PQ_LIST_MAX;

	if (!c->page_n)
		return 0;
	if (!w->q) {
		int threads = workq_jobs();

		if (threads > PQ_MAX_THREADS)
			threads = PQ_MAX_THREADS;
		w->q = workq_new(threads);
		w->max_pages = (size_t)threads * PQ_PAGES_PER_THREAD + 1;
	}
	if (!w->spare && w->npages == w->max_pages && page_finish(w))
		return -1;
	g = w->spare;
	if (g) {
		w->spare = g->next;
	} else {
		g = xcalloc(1, sizeof(*g));
		g->job.run = page_run;
		g->w = w;
		w->npages++;
	}
	g->c = c;
	g->next = NULL;
	g->page_n = c->page_n;
	g->page_vals = c->page_vals;
	if (c->raw) {
		if (!g->raw)
			g->raw = xmalloc(rows * PQ_RAW_WIDTH);
		swap_ptr(&g->raw, &c->raw);
	}
	if (c->defs) {
		if (!g->defs)
			g->defs = xmalloc(rows);
		swap_ptr(&g->defs, &c->defs);
	}
	if (c->reps) {
		if (!g->reps)
			g->reps = xmalloc(rows);
		swap_ptr(&g->reps, &c->reps);
	}
	strs = g->strs;
	g->strs = c->strs;
	c->strs = strs;
	c->strs.len = 0;
	c->page_n = 0;
	c->page_vals = 0;

	if (w->tail)
		w->tail->next = g;
	else
		w->head = g;
	w->tail = g;
	workq_submit(w->q, &g->job);
	/* Append what is done already, keeping the queue short. */
	while (w->head && w->head != g && !workq_busy(w->q, &w->head->job))
		if (page_finish(w))
			return -1;
	return 0;
}

static uint8_t *dup_bytes(const void *p, size_t n)
{
	uint8_t *d = xmalloc(n ? n : 1);
	if (n)
		memcpy(d, p, n);
	return d;
}

static int flush_row_group(struct pq_writer *w)
{
	struct pq_row_group *rg;

	if (!w->rg_n)
		return 0;
	for (size_t i = 0; i < w->ncols; i++)
		if (flush_page(w, &w->cols[i]))
			return -1;
	if (pages_finish(w))
		return -1;

	ALLOC_GROW(w->rgs, w->nrgs + 1, w->alloc_rgs);
	rg = &w->rgs[w->nrgs++];
	rg->chunks = xcalloc(w->ncols, sizeof(*rg->chunks));
	rg->nrows = w->rg_n;
	rg->offset = w->offset;
	for (size_t i = 0; i < w->ncols; i++) {
		struct pq_col *c = &w->cols[i];
		struct pq_chunk_meta *m = &rg->chunks[i];
		uint64_t lo, hi;

		m->offset = w->offset;
		m->compressed = c->chunk.len;
		m->uncompressed = c->chunk_uncompressed;
		m->nvalues = c->chunk_values;
		m->nullable = c->def.nullable;
		m->nulls = c->chunk_nulls;
		if (c->has_stats) {
			switch (c->def.type) {
			case PQ_UINT32:
			case PQ_UINT64:
			case PQ_LIST_UINT64:
				lo = c->umin;
				hi = c->umax;
				break;
			case PQ_STRING:
				lo = hi = 0;
				break;
			default:
				lo = (uint64_t)c->smin;
				hi = (uint64_t)c->smax;
				break;
			}
			if (c->width) {
				m->min = dup_bytes(&lo, (size_t)c->width);
				m->max = dup_bytes(&hi, (size_t)c->width);
				m->min_len = m->max_len = (uint32_t)c->width;
			} else {
				m->min = dup_bytes(c->smin_s.p, c->smin_s.len);
				m->max = dup_bytes(c->smax_s.p, c->smax_s.len);
				m->min_len = (uint32_t)c->smin_s.len;
				m->max_len = (uint32_t)c->smax_s.len;
			}
		}
		if (pq_write_out(w, c->chunk.p, c->chunk.len))
			return -1;
		c->chunk.len = 0;
		c->chunk_uncompressed = c->chunk_values = c->chunk_nulls = 0;
		c->has_stats = false;
	}
	w->rg_n = 0;
	return 0;
}

static int str_less(const uint8_t *a, size_t an, const uint8_t *b, size_t bn)
{
	int r = an && bn ? memcmp(a, b, an < bn ? an : bn) : 0;
	return r < 0 || (r == 0 && an < bn);
}

/* Append n present values (n fits in the page) of one column; updates statistics. */
static void col_append_values(struct pq_col *c, const void *values, size_t n)
{
	if (c->def.type == PQ_STRING) {
		const struct pq_str *s = values;
		for (size_t i = 0; i < n; i++) {
			const uint8_t *p = (const uint8_t *)s[i].s;
			uint32_t len = s[i].len;
			buf_add(&c->strs, &len, 4);
			buf_add(&c->strs, p, len);
			if (!c->has_stats || str_less(p, len, c->smin_s.p, c->smin_s.len)) {
				c->smin_s.len = 0;
				buf_add(&c->smin_s, p, len);
			}
			if (!c->has_stats || str_less(c->smax_s.p, c->smax_s.len, p, len)) {
				c->smax_s.len = 0;
				buf_add(&c->smax_s, p, len);
			}
			c->has_stats = true;
		}
		c->page_vals += n;
		return;
	}

	memcpy(c->raw + c->page_vals * (size_t)c->width, values, n * (size_t)c->width);
	c->page_vals += n; /* the workers take min and max: page_stats() */
}

static size_t value_size(const struct pq_col *c)
{
	if (c->list)
		return sizeof(struct pq_list);
	return c->width ? (size_t)c->width : sizeof(struct pq_str);
}

/* One row of a list column: its levels and elements. */
static void col_append_list(struct pq_col *c, const struct pq_list *l, bool defined)
{
	uint32_t n = defined ? l->n : 0;

	if (n > PQ_LIST_MAX)
		BUG("a list of %u values (at most %d)", n, PQ_LIST_MAX);
	if (!n) {
		c->reps[c->page_n] = 0;
		c->defs[c->page_n++] = defined ? 1 : 0;
		if (!defined)
			c->chunk_nulls++;
		return;
	}
	for (uint32_t k = 0; k < n; k++) {
		c->reps[c->page_n] = k ? 1 : 0;
		c->defs[c->page_n++] = 2;
	}
	col_append_values(c, l->v, n);
}

/*
 * Append n rows (n fits in the page) of one column: def NULL when all of
 * them have a value, else their definition levels.
 */
static void col_append(struct pq_col *c, const void *values, size_t n, const uint8_t *def)
{
	const uint8_t *v = values;
	size_t vs = value_size(c);

	if (c->def.nullable) {
		if (def)
			memcpy(c->defs + c->page_n, def, n);
		else
			memset(c->defs + c->page_n, 1, n);
	}
	c->page_n += n;
	if (!def) {
		col_append_values(c, values, n);
		return;
	}
	for (size_t i = 0; i < n;) {
		size_t j = i;

		while (j < n && def[j])
			j++;
		if (j > i)
			col_append_values(c, v + i * vs, j - i);
		for (i = j; i < n && !def[i]; i++)
			c->chunk_nulls++;
	}
}

int pq_write(struct pq_writer *w, size_t nrows, const void *const *values)
{
	return pq_write_nulls(w, nrows, values, NULL);
}

int pq_write_nulls(struct pq_writer *w, size_t nrows, const void *const *values,
		   const uint8_t *const *defined)
{
	size_t done = 0;

	if (w->failed)
		return -1;
	for (size_t i = 0; defined && i < w->ncols; i++)
		if (defined[i] && !w->cols[i].def.nullable)
			BUG("nulls for required column '%s'", w->cols[i].def.name);
	while (done < nrows) {
		size_t take = nrows - done;
		if (take > w->row_group_rows - w->rg_n)
			take = w->row_group_rows - w->rg_n;

		for (size_t i = 0; i < w->ncols; i++) {
			struct pq_col *c = &w->cols[i];
			const uint8_t *v = (const uint8_t *)values[i] + done * value_size(c);
			const uint8_t *d = defined && defined[i] ? defined[i] + done : NULL;
			size_t left = take;

			/* A list column: row by row, a page ends between rows. */
			for (size_t r = 0; c->list && r < take; r++) {
				const struct pq_list *l = (const struct pq_list *)v + r;

				if (c->page_n + PQ_LIST_MAX > w->page_rows && flush_page(w, c))
					return -1;
				col_append_list(c, l, !d || d[r]);
			}
			if (c->list)
				continue;
			while (left) {
				size_t k = w->page_rows - c->page_n;
				if (k > left)
					k = left;
				col_append(c, v, k, d);
				v += k * value_size(c);
				if (d)
					d += k;
				left -= k;
				if ((c->page_n == w->page_rows ||
				     (!c->width && c->strs.len >= PQ_PAGE_MAX_BYTES)) &&
				    flush_page(w, c))
					return -1;
			}
		}
		done += take;
		w->rg_n += take;
		w->total_rows += take;
		if (w->rg_n == w->row_group_rows && flush_row_group(w))
			return -1;
	}
	return 0;
}

/* The three schema elements of a list column: LIST group, repeated group, element. */
static void write_list_schema(struct thrift *t, const struct pq_col *c)
{
	th_push(t);
	th_i32(t, 3, REPETITION_OPTIONAL);
	th_string(t, 4, c->def.name);
	th_i32(t, 5, 1);
	th_i32(t, 6, CT_LIST);
	th_struct(t, 10);
	th_struct(t, 3); /* LIST: ListType {} */
	th_end(t);
	th_end(t);
	th_end(t);
	th_push(t);
	th_i32(t, 3, REPETITION_REPEATED);
	th_string(t, 4, "list");
	th_i32(t, 5, 1);
	th_end(t);
	th_push(t);
	th_i32(t, 1, PT_INT64);
	th_i32(t, 3, REPETITION_REQUIRED);
	th_string(t, 4, "element");
	th_i32(t, 6, CT_UINT_64);
	th_struct(t, 10);
	th_struct(t, 10);
	th_i8(t, 1, 64);
	th_bool(t, 2, false);
	th_end(t);
	th_end(t);
	th_end(t);
}

static void write_schema(struct thrift *t, const struct pq_writer *w)
{
	size_t nlists = 0;

	for (size_t i = 0; i < w->ncols; i++)
		nlists += w->cols[i].list;
	th_list(t, 2, TT_STRUCT, w->ncols + 1 + 2 * nlists);
	th_push(t);
	th_string(t, 4, "schema");
	th_i32(t, 5, (int32_t)w->ncols);
	th_end(t);
	for (size_t i = 0; i < w->ncols; i++) {
		const struct pq_col *c = &w->cols[i];
		if (c->list) {
			write_list_schema(t, c);
			continue;
		}
		th_push(t);
		th_i32(t, 1, c->phys);
		th_i32(t, 3, c->def.nullable ? REPETITION_OPTIONAL : REPETITION_REQUIRED);
		th_string(t, 4, c->def.name);
		switch (c->def.type) {
		case PQ_UINT32:
		case PQ_UINT64:
			/* DuckDB reads only the converted type, polars either. */
			th_i32(t, 6, c->def.type == PQ_UINT32 ? CT_UINT_32 : CT_UINT_64);
			th_struct(t, 10); /* LogicalType */
			th_struct(t, 10); /* INTEGER: IntType { bitWidth, isSigned } */
			th_i8(t, 1, c->def.type == PQ_UINT32 ? 32 : 64);
			th_bool(t, 2, false);
			th_end(t);
			th_end(t);
			break;
		case PQ_STRING:
			th_i32(t, 6, CT_UTF8);
			th_struct(t, 10);
			th_struct(t, 1); /* STRING: StringType {} */
			th_end(t);
			th_end(t);
			break;
		default:
			break;
		}
		th_end(t);
	}
}

static void write_row_group(struct thrift *t, const struct pq_writer *w,
			    const struct pq_row_group *rg, size_t ordinal)
{
	uint64_t total_u = 0, total_c = 0;

	th_push(t);
	th_list(t, 1, TT_STRUCT, w->ncols);
	for (size_t i = 0; i < w->ncols; i++) {
		const struct pq_col *c = &w->cols[i];
		const struct pq_chunk_meta *m = &rg->chunks[i];

		total_u += m->uncompressed;
		total_c += m->compressed;
		th_push(t); /* ColumnChunk */
		th_i64(t, 2, (int64_t)m->offset);
		th_struct(t, 3); /* ColumnMetaData */
		th_i32(t, 1, c->phys);
		th_list(t, 2, TT_I32, 2);
		buf_varint(t->b, zigzag(c->encoding));
		buf_varint(t->b, zigzag(ENC_RLE));
		th_list(t, 3, TT_BINARY, c->list ? 3 : 1); /* path_in_schema */
		buf_varint(t->b, strlen(c->def.name));
		buf_add(t->b, c->def.name, strlen(c->def.name));
		if (c->list) {
			buf_varint(t->b, 4);
			buf_add(t->b, "list", 4);
			buf_varint(t->b, 7);
			buf_add(t->b, "element", 7);
		}
		th_i32(t, 4, CODEC_ZSTD);
		th_i64(t, 5, (int64_t)m->nvalues);
		th_i64(t, 6, (int64_t)m->uncompressed);
		th_i64(t, 7, (int64_t)m->compressed);
		th_i64(t, 9, (int64_t)m->offset);
		if (m->min || m->nullable) {
			th_struct(t, 12); /* Statistics */
			th_i64(t, 3, (int64_t)m->nulls); /* null_count */
			if (m->min) {
				th_binary(t, 5, m->max, m->max_len);
				th_binary(t, 6, m->min, m->min_len);
			}
			th_end(t);
		}
		th_end(t); /* ColumnMetaData */
		th_end(t); /* ColumnChunk */
	}
	th_i64(t, 2, (int64_t)total_u);
	th_i64(t, 3, (int64_t)rg->nrows);
	th_i64(t, 5, (int64_t)rg->offset);
	th_i64(t, 6, (int64_t)total_c);
	th_i16(t, 7, (int16_t)ordinal);
	th_end(t);
}

static int write_footer(struct pq_writer *w)
{
	struct pq_buf b = { NULL, 0, 0 };
	struct thrift t = { &b, { 0 }, 0 };
	struct pq_column *defs = xcalloc(w->ncols, sizeof(*defs));
	uint32_t len;
	char *arrow;
	int ret;

	for (size_t i = 0; i < w->ncols; i++)
		defs[i] = w->cols[i].def;
	arrow = arrow_schema_base64(defs, w->ncols);
	free(defs);

	th_i32(&t, 1, 1); /* version */
	write_schema(&t, w);
	th_i64(&t, 3, (int64_t)w->total_rows);
	th_list(&t, 4, TT_STRUCT, w->nrgs);
	for (size_t i = 0; i < w->nrgs; i++)
		write_row_group(&t, w, &w->rgs[i], i);
	th_list(&t, 5, TT_STRUCT, 1 + w->nkv); /* key_value_metadata */
	th_push(&t);
	th_string(&t, 1, "ARROW:schema");
	th_string(&t, 2, arrow);
	th_end(&t);
	for (size_t i = 0; i < w->nkv; i++) {
		th_push(&t);
		th_string(&t, 1, w->kv[2 * i]);
		th_string(&t, 2, w->kv[2 * i + 1]);
		th_end(&t);
	}
	th_string(&t, 6, w->created_by);
	/* column_orders: TYPE_ORDER, so min/max of unsigned columns are unsigned */
	th_list(&t, 7, TT_STRUCT, w->ncols);
	for (size_t i = 0; i < w->ncols; i++) {
		th_push(&t);
		th_struct(&t, 1);
		th_end(&t);
		th_end(&t);
	}
	buf_byte(&b, 0);

	len = (uint32_t)b.len;
	ret = pq_write_out(w, b.p, b.len);
	if (!ret)
		ret = pq_write_out(w, &len, 4);
	if (!ret)
		ret = pq_write_out(w, PQ_MAGIC, 4);
	free(arrow);
	buf_release(&b);
	return ret;
}

static void pq_free(struct pq_writer *w)
{
	struct pq_page *g;

	/* Pages in flight use the columns' names: let them end first. */
	while ((g = w->head)) {
		workq_wait(w->q, &g->job);
		w->head = g->next;
		g->next = w->spare;
		w->spare = g;
	}
	workq_free(w->q);
	while ((g = w->spare)) {
		w->spare = g->next;
		free(g->raw);
		free(g->defs);
		free(g->reps);
		buf_release(&g->strs);
		buf_release(&g->enc);
		buf_release(&g->body);
		buf_release(&g->zbuf);
		buf_release(&g->hdr);
		ZSTD_freeCCtx(g->zc);
		free(g);
	}
	for (size_t i = 0; i < w->nrgs; i++) {
		for (size_t j = 0; j < w->ncols; j++) {
			free(w->rgs[i].chunks[j].min);
			free(w->rgs[i].chunks[j].max);
		}
		free(w->rgs[i].chunks);
	}
	free(w->rgs);
	for (size_t i = 0; i < w->ncols; i++) {
		struct pq_col *c = &w->cols[i];
		free((char *)c->def.name);
		free(c->raw);
		free(c->defs);
		free(c->reps);
		buf_release(&c->strs);
		buf_release(&c->smin_s);
		buf_release(&c->smax_s);
		buf_release(&c->chunk);
	}
	free(w->cols);
	free(w->created_by);
	for (size_t i = 0; i < 2 * w->nkv; i++)
		free(w->kv[i]);
	free(w->kv);
	free(w->path);
	free(w);
}

void pq_set_metadata(struct pq_writer *w, const char *key, const char *value)
{
	for (size_t i = 0; i < w->nkv; i++) {
		if (!strcmp(w->kv[2 * i], key)) {
			free(w->kv[2 * i + 1]);
			w->kv[2 * i + 1] = xstrdup(value);
			return;
		}
	}
	w->kv = xrealloc(w->kv, (w->nkv + 1) * 2 * sizeof(*w->kv));
	w->kv[2 * w->nkv] = xstrdup(key);
	w->kv[2 * w->nkv + 1] = xstrdup(value);
	w->nkv++;
}

int pq_close_pending(struct pq_writer *w, struct outfile *out)
{
	if (w->failed || flush_row_group(w) || write_footer(w)) {
		pq_abort(w);
		return -1;
	}
	*out = w->file;
	memset(&w->file, 0, sizeof(w->file));
	w->fd = -1;
	pq_free(w);
	return 0;
}

int pq_close(struct pq_writer *w)
{
	struct outfile out;

	if (pq_close_pending(w, &out))
		return -1;
	return outfile_commit(&out);
}

void pq_abort(struct pq_writer *w)
{
	if (!w)
		return;
	outfile_discard(&w->file);
	pq_free(w);
}
