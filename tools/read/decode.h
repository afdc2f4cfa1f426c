/*
 * The event decoder shared by trace_thread_events() and the frames layer
 * (internal to tools/read/). decode_thread() is always inlined so that
 * each caller gets a loop specialised for its own sink function: the
 * decoder is the hottest code of every command.
 */
#ifndef SFTRACE_TOOLS_READ_DECODE_H
#define SFTRACE_TOOLS_READ_DECODE_H

#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/read/trace.h"

struct decoded {
	uint64_t ns;	 /* trace time, never less than the previous event's */
	uint32_t id;	 /* function id when has_id */
	uint8_t kind;	 /* FMT_KIND_*, or TRACE_ALLOC.. for a memory record */
	uint8_t has_id;	 /* 0: an exit of the innermost open frame */
	uint8_t nested;	 /* a NESTED record */
	uint64_t size, ptr, align; /* memory records only */
	uint64_t link;		   /* CONTEXT, FRESH: the uc_link */
	/* the value records after an entry (ARGS) or exit (RETVAL), NULL when
	 * none; points into the decoder (and, for strings, the block): valid
	 * during the sink call only */
	const struct trace_values *values;
	/* the FLOW record of an entry or a TRACE_FLOW, NULL when none; valid
	 * during the sink call only */
	const struct trace_flow *flow;
};

typedef int (*decode_sink)(void *ctx, const struct decoded *d);

/*
 * Function ids at or above this cannot be real: every id of a log is
 * described by 8 bytes of a MODULE record, so a log of N bytes has fewer
 * than N/8 of them. The decoder treats a larger id as damage, which keeps
 * every table indexed by function id within a small multiple of the file
 * size, whatever the bytes say.
 */
#define DECODE_ID_LIMIT(t) ((uint64_t)(t)->size / 8 + 1)

/*
 * How many frames of each function id are open, so that an exit whose
 * function is not on the stack is recognised at once instead of by a scan
 * of the whole stack (a damaged log could make those scans quadratic).
 * Grown on demand to the largest id seen; ids are bounded by
 * DECODE_ID_LIMIT.
 */
struct open_count {
	uint32_t *n;
	size_t len;
};

static inline void open_count_grow(struct open_count *c, uint32_t id)
{
	c->n = xgrow_zeroed(c->n, &c->len, id, 1024, sizeof(*c->n));
}

static inline void open_count_inc(struct open_count *c, uint32_t id)
{
	if (id >= c->len)
		open_count_grow(c, id);
	c->n[id]++;
}

/* Only for an id that open_count_inc() counted. */
static inline void open_count_dec(struct open_count *c, uint32_t id)
{
	c->n[id]--;
}

static inline uint32_t open_count_get(const struct open_count *c, uint32_t id)
{
	return id < c->len ? c->n[id] : 0;
}

/*
 * A value record at *pp, of type type (FMT_SPECIAL_ARGS, _RETVAL or
 * _STRING), into v: registers replace v's (ARGS, RETVAL), a string is
 * added (beyond TRACE_MAX_STRINGS, skipped). Returns 0 and advances *pp,
 * or -1 when the record is damaged.
 */
static inline int decode_value_record(const uint8_t **pp, const uint8_t *end, unsigned type,
				      struct trace_values *v)
{
	const uint8_t *p = *pp + 1;
	uint64_t x;

	if (type == FMT_SPECIAL_STRING) {
		struct trace_string s;
		if (end - p < 2)
			return -1;
		s.reg = p[0];
		s.flags = p[1];
		p += 2;
		if (fmt_get_uleb(&p, end, &x) || x > (uint64_t)(end - p))
			return -1;
		s.len = (uint32_t)x;
		s.bytes = p;
		p += x;
		if (v->nstr < TRACE_MAX_STRINGS)
			v->str[v->nstr++] = s;
	} else {
		uint64_t mask;
		if (fmt_get_uleb(&p, end, &mask) || mask >> FMT_VAL_NREGS)
			return -1;
		v->mask = (uint32_t)mask;
		v->nstr = 0;
		for (unsigned i = 0; i < FMT_VAL_NREGS; i++) {
			if (!(mask & (1u << i)))
				continue;
			if (i < FMT_VAL_FIRST_VEC) {
				if (fmt_get_uleb(&p, end, &v->reg[i]))
					return -1;
			} else {
				if (end - p < 8)
					return -1;
				x = 0;
				for (unsigned k = 0; k < 8; k++)
					x |= (uint64_t)p[k] << (8 * k);
				v->reg[i] = x;
				p += 8;
			}
		}
	}
	*pp = p;
	return 0;
}

/*
 * A FLOW record at *pp into fl (the time of a THREAD converted with clk).
 * Returns 0 and advances *pp, or -1 when the record is damaged.
 */
static inline int decode_flow_record(const uint8_t **pp, const uint8_t *end, struct trace_flow *fl,
				     struct trace_clock *clk)
{
	const uint8_t *p = *pp + 1;
	uint64_t a = 0, b = 0, c = 0, x = 0;

	if (p >= end)
		return -1;
	memset(fl, 0, sizeof(*fl));
	fl->kind = *p++;
	switch (fl->kind) {
	case FMT_FLOW_STACK:
		if (fmt_get_uleb(&p, end, &fl->addr) || fmt_get_uleb(&p, end, &a) ||
		    fmt_get_uleb(&p, end, &b) || fmt_get_uleb(&p, end, &c))
			return -1;
		break;
	case FMT_FLOW_ITEM:
	case FMT_FLOW_SOURCE:
		if (fmt_get_uleb(&p, end, &fl->addr))
			return -1;
		break;
	case FMT_FLOW_THREAD:
		if (fmt_get_uleb(&p, end, &a) || fmt_get_uleb(&p, end, &b) ||
		    fmt_get_uleb(&p, end, &c) || fmt_get_uleb(&p, end, &x))
			return -1;
		fl->ns = trace_ns(clk->t, x);
		break;
	case FMT_FLOW_PROCESS: {
		uint64_t pid;
		if (fmt_get_uleb(&p, end, &pid) || pid > UINT32_MAX || fmt_get_uleb(&p, end, &a) ||
		    fmt_get_uleb(&p, end, &b) || fmt_get_uleb(&p, end, &c) ||
		    fmt_get_uleb(&p, end, &fl->ns))
			return -1;
		fl->pid = (uint32_t)pid;
		break;
	}
	default:
		return -1;
	}
	if (a > UINT32_MAX || b > UINT32_MAX || c > UINT32_MAX)
		return -1;
	fl->serial = (uint32_t)a;
	fl->level = (uint32_t)b;
	fl->func = (uint32_t)c;
	*pp = p;
	return 0;
}

/* Whether tag starts a value record (FMT_SPECIAL_ARGS .. _STRING). */
static inline int decode_is_value_tag(uint8_t tag)
{
	return !(tag & 3) && (tag >> 2) >= FMT_SPECIAL_ARGS && (tag >> 2) <= FMT_SPECIAL_STRING;
}

/*
 * Decode every event of th in order, calling sink for each. A record that
 * cannot be decoded, or names a function id of DECODE_ID_LIMIT or more,
 * ends its block: th->damaged counts those blocks and th->damaged_bytes
 * what was written after the damage in them (up to the block's used when
 * it was closed, else up to its last non-zero byte); tools/read/loss.h
 * reports them. (A record cut short by a kill reads as a zero tag, the
 * normal end, because the writer stores the tag byte last.) Sets
 * th->nevents, th->bytes, th->last_ns and th->lost. Returns 0 or sink's
 * value.
 */
static inline __attribute__((always_inline)) int
decode_thread(struct trace *t, struct trace_thread *th, decode_sink sink, void *ctx)
{
	struct trace_clock clk;
	uint64_t last_ns = 0, nev = 0, nmem = 0, lost = 0, damaged = 0, bytes = 0, dbytes = 0,
		 id_limit = DECODE_ID_LIMIT(t);
	const int has_values = (t->flags & (FMT_FLAG_VALUES | FMT_FLAG_FLOWS)) != 0;
	struct trace_values vals, skipped;
	struct trace_flow flow;
	int ret = 0;

	trace_clock_init(t, &clk);
	for (size_t b = 0; b < th->nblocks; b++) {
		const struct trace_block_ref *ref = &th->blocks[b];
		const struct fmt_block_header *h = (const void *)(t->map + ref->offset);
		const uint8_t *p = t->map + ref->offset + FMT_BLOCK_HEADER_SIZE;
		const uint8_t *const payload = p;
		const uint8_t *end = t->map + ref->offset + ref->size;
		uint64_t base = h->open_tsc, lastptr = 0;
		uint32_t last = 0;

		lost += h->lost;
		struct decoded d = { 0 }; /* the memory fields are set by memory records only */

		while (p < end) {
			uint8_t tag = *p;
			uint64_t v, ts;

			if (!tag) {
				/* The end, unless it is a reservation a signal
				 * handler abandoned by longjmp before it could be
				 * padded: a run of FMT_RESERVE zero bytes or more
				 * with records after it (docs/format.md). */
				const uint8_t *z = p;
				while (z < end && !*z)
					z++;
				if (z - p < (ptrdiff_t)FMT_RESERVE || z == end)
					break;
				p = z;
				continue;
			}
			d.kind = tag & 3;
			d.nested = 0;
			if (d.kind) {
				uint64_t delta = (tag >> FMT_TAG_DELTA_SHIFT) & 0xf;
				p++;
				if (tag & FMT_TAG_MORE) {
					if (fmt_get_uleb(&p, end, &v))
						goto bad;
					delta |= v << 4;
				}
				base += delta;
				ts = base;
				if (tag & FMT_TAG_ID) {
					if (fmt_get_uleb(&p, end, &v))
						goto bad;
					v = (uint64_t)last + (uint64_t)fmt_unzigzag(v);
					if (v >= id_limit)
						goto bad;
					last = (uint32_t)v;
					d.has_id = 1;
				} else {
					d.has_id = d.kind == FMT_KIND_ENTRY;
				}
				d.id = d.has_id ? last : 0;
				d.values = NULL;
				/* the value records of this event (docs/format.md) */
				if (__builtin_expect(has_values, 0) && p < end &&
				    (*p == FMT_SPECIAL_TAG(FMT_SPECIAL_ARGS) ||
				     *p == FMT_SPECIAL_TAG(FMT_SPECIAL_RETVAL))) {
					if (decode_value_record(&p, end, *p >> 2, &vals))
						goto bad;
					while (p < end && *p == FMT_SPECIAL_TAG(FMT_SPECIAL_STRING))
						if (decode_value_record(&p, end, FMT_SPECIAL_STRING,
									&vals))
							goto bad;
					d.values = &vals;
				}
				d.flow = NULL;
				if (__builtin_expect(has_values, 0) && p < end &&
				    *p == FMT_SPECIAL_TAG(FMT_SPECIAL_FLOW)) {
					if (decode_flow_record(&p, end, &flow, &clk) ||
					    flow.kind == FMT_FLOW_THREAD ||
					    flow.kind == FMT_FLOW_PROCESS)
						goto bad;
					d.flow = &flow;
				}
			} else {
				d.values = NULL;
				d.flow = NULL;
				switch (tag >> 2) {
				case FMT_SPECIAL_NESTED:
					p++;
					if (p >= end)
						goto bad;
					d.kind = *p++;
					if (d.kind < 1 || d.kind > 3)
						goto bad;
					if (fmt_get_uleb(&p, end, &ts) || fmt_get_uleb(&p, end, &v) ||
					    v >= id_limit)
						goto bad;
					d.id = (uint32_t)v;
					d.has_id = 1;
					d.nested = 1;
					break;
				case FMT_SPECIAL_LOST:
					p++;
					if (fmt_get_uleb(&p, end, &v))
						goto bad;
					lost += v;
					continue;
				case FMT_SPECIAL_PAD:
					p++;
					continue;
				case FMT_SPECIAL_SYNC:
					p++;
					if (fmt_get_uleb(&p, end, &base))
						goto bad;
					continue;
				case FMT_SPECIAL_ARGS:
				case FMT_SPECIAL_RETVAL:
				case FMT_SPECIAL_STRING:
					/* not after an event: nothing to attach them to */
					skipped.nstr = 0;
					if (decode_value_record(&p, end, tag >> 2, &skipped))
						goto bad;
					continue;
				case FMT_SPECIAL_FLOW:
					if (decode_flow_record(&p, end, &flow, &clk))
						goto bad;
					if (flow.kind != FMT_FLOW_THREAD &&
					    flow.kind != FMT_FLOW_PROCESS)
						continue; /* not after an entry: nothing to attach it to */
					d.kind = TRACE_FLOW;
					d.flow = &flow;
					d.id = 0;
					d.has_id = 0;
					ts = base;
					break;
				case FMT_SPECIAL_CONTEXT:
					p++;
					if (fmt_get_uleb(&p, end, &d.ptr) ||
					    fmt_get_uleb(&p, end, &d.size) || p >= end ||
					    *p < FMT_CONTEXT_RESTORED || *p > FMT_CONTEXT_SAME)
						goto bad;
					d.align = *p++;
					d.link = 0;
					if (d.align == FMT_CONTEXT_FRESH &&
					    fmt_get_uleb(&p, end, &d.link))
						goto bad;
					d.kind = TRACE_CONTEXT;
					d.id = 0;
					d.has_id = 0;
					ts = base;
					break;
				case FMT_SPECIAL_UNWIND:
					p++;
					if (fmt_get_uleb(&p, end, &v))
						goto bad;
					d.kind = TRACE_UNWIND;
					d.size = v;
					d.id = 0;
					d.has_id = 0;
					ts = base;
					break;
				case FMT_SPECIAL_ALLOC:
				case FMT_SPECIAL_FREE:
				case FMT_SPECIAL_REALLOC_NEW:
				case FMT_SPECIAL_REALLOC_OLD: {
					uint64_t sz, code;
					d.kind = (uint8_t)(TRACE_ALLOC + (tag >> 2) - FMT_SPECIAL_ALLOC);
					p++;
					if (fmt_get_uleb(&p, end, &v) || fmt_get_uleb(&p, end, &sz))
						goto bad;
					base += v;
					ts = base;
					if (fmt_get_uleb(&p, end, &v))
						goto bad;
					lastptr += (uint64_t)fmt_unzigzag(v);
					d.ptr = lastptr;
					d.size = sz >> 3;
					code = sz & 7;
					if (code == FMT_MEM_ALIGN_EXT) {
						if (fmt_get_uleb(&p, end, &v) || v > 63)
							goto bad;
						d.align = 1ull << v;
					} else {
						d.align = code ? 1ull << (code - 1) : 0;
					}
					d.id = 0;
					d.has_id = 0;
					nmem++;
					break;
				}
				default:
					goto bad;
				}
			}
			d.ns = trace_clock_ns(&clk, ts);
			if (d.ns < last_ns)
				d.ns = last_ns;
			last_ns = d.ns;
			nev += d.kind != TRACE_UNWIND && d.kind != TRACE_FLOW && d.kind != TRACE_CONTEXT;
			ret = sink(ctx, &d);
			if (ret)
				goto out;
			continue;
bad:
			/* a record the end of a cut file runs into is the cut (trace->damage) */
			if (ref->size < h->size && end - p < (ptrdiff_t)FMT_MAX_RECORD)
				break;
			damaged++;
			t->truncated = true;
			if ((h->flags & FMT_BLOCK_CLOSED) && h->used > (uint64_t)(p - payload) &&
			    h->used <= (uint64_t)(end - payload)) {
				dbytes += h->used - (uint64_t)(p - payload);
			} else {
				const uint8_t *q = end;
				while (q > p && !q[-1])
					q--;
				dbytes += (uint64_t)(q - p);
			}
			break;
		}
		bytes += (uint64_t)(p - payload);
		/* resident size stays one block, however long the log */
		trace_release(t, ref->offset, ref->size);
	}
out:
	th->nevents = nev;
	th->nmem = nmem;
	th->last_ns = last_ns;
	th->lost = lost;
	th->damaged = damaged;
	th->bytes = bytes;
	th->damaged_bytes = dbytes;
	return ret;
}

#endif
