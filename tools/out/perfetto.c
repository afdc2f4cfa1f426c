/*
 * Perfetto trace writer (perfetto.h): protobuf wire encoding by hand.
 *
 * No protobuf C library is used for writing: the handful of messages we
 * emit are encoded with pb_* helpers into a growable buffer (slow paths:
 * descriptors, clock snapshots, packets that define interned names) or,
 * for the per-call begin/end packets, straight into the output sink by
 * the inline functions in perfetto.h. Each finished packet is framed as
 * field 1 (Trace.packet) of the top-level Trace message.
 */
#include <stdlib.h>
#include <string.h>

#include "tools/lib/usage.h"
#include "tools/out/perfetto.h"
#include "tools/out/utf8.h"

void pb_buf_release(struct pb_buf *b)
{
	free(b->buf);
	b->buf = NULL;
	b->len = b->alloc = 0;
}

void pb_grow(struct pb_buf *b, size_t extra)
{
	ALLOC_GROW(b->buf, b->len + extra, b->alloc);
}

static void pb_key(struct pb_buf *b, uint32_t field, unsigned type)
{
	pb_grow(b, 5);
	b->len = (size_t)(pb_put_varint(b->buf + b->len, PB_KEY(field, type)) - b->buf);
}

void pb_uint(struct pb_buf *b, uint32_t field, uint64_t v)
{
	pb_key(b, field, PB_VARINT);
	pb_grow(b, 10);
	b->len = (size_t)(pb_put_varint(b->buf + b->len, v) - b->buf);
}

void pb_bytes(struct pb_buf *b, uint32_t field, const void *p, size_t n)
{
	pb_key(b, field, PB_LEN);
	pb_grow(b, 10 + n);
	b->len = (size_t)(pb_put_varint(b->buf + b->len, n) - b->buf);
	if (n)
		memcpy(b->buf + b->len, p, n);
	b->len += n;
}

void pb_string(struct pb_buf *b, uint32_t field, const char *s)
{
	char *copy;
	const char *v = utf8_clean(s, &copy);

	pb_bytes(b, field, v, strlen(v));
	free(copy);
}

size_t pb_open(struct pb_buf *b, uint32_t field)
{
	pb_key(b, field, PB_LEN);
	pb_grow(b, 1);
	b->buf[b->len++] = 0;
	return b->len;
}

void pb_close(struct pb_buf *b, size_t mark)
{
	size_t n = b->len - mark;
	unsigned k = pb_varint_size(n);

	if (k > 1) {
		pb_grow(b, k - 1);
		memmove(b->buf + mark + k - 1, b->buf + mark, n);
		b->len += k - 1;
	}
	pb_put_varint(b->buf + mark - 1, n);
}

void pf_writer_init(struct pf_writer *w, struct sink *out)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
}

void pf_writer_release(struct pf_writer *w)
{
	pb_buf_release(&w->pkt);
}

/* Frame w->pkt as one Trace.packet and send it to the sink. */
static void pf_emit(struct pf_writer *w)
{
	uint8_t hdr[11], *p = hdr;

	*p++ = PB_KEY(PF_TRACE_PACKET, PB_LEN);
	p = pb_put_varint(p, w->pkt.len);
	sink_write(w->out, hdr, (size_t)(p - hdr));
	sink_write(w->out, w->pkt.buf, w->pkt.len);
	w->pkt.len = 0;
	w->packets++;
}

static void pf_clock(struct pb_buf *b, uint32_t id, uint64_t ts, bool incremental)
{
	size_t m = pb_open(b, PF_CS_CLOCKS);
	pb_uint(b, PF_CLK_ID, id);
	pb_uint(b, PF_CLK_TIMESTAMP, ts);
	if (incremental)
		pb_uint(b, PF_CLK_IS_INCREMENTAL, 1);
	pb_close(b, m);
}

void pf_write_clock_snapshot(struct pf_writer *w, uint64_t mono_ns, uint64_t realtime_ns)
{
	struct pb_buf *b = &w->pkt;
	size_t m;

	pb_uint(b, PF_PKT_SEQUENCE_ID, PF_SEQ_GLOBAL);
	m = pb_open(b, PF_PKT_CLOCK_SNAPSHOT);
	pf_clock(b, PF_CLOCK_MONOTONIC, mono_ns, false);
	if (realtime_ns)
		pf_clock(b, PF_CLOCK_REALTIME, realtime_ns, false);
	pb_uint(b, PF_CS_PRIMARY_TRACE_CLOCK, PF_CLOCK_MONOTONIC);
	pb_close(b, m);
	pf_emit(w);
}

/* A packet of the global sequence: absolute MONOTONIC timestamp. */
static void pf_global_packet(struct pf_writer *w, uint64_t ns)
{
	pb_uint(&w->pkt, PF_PKT_TIMESTAMP, ns);
	pb_uint(&w->pkt, PF_PKT_TIMESTAMP_CLOCK_ID, PF_CLOCK_MONOTONIC);
	pb_uint(&w->pkt, PF_PKT_SEQUENCE_ID, PF_SEQ_GLOBAL);
}

void pf_write_process(struct pf_writer *w, uint64_t ns, uint64_t uuid, uint32_t pid,
		      const char *name, const char *const *argv, int argc)
{
	struct pb_buf *b = &w->pkt;
	size_t td, pd;

	pf_global_packet(w, ns);
	td = pb_open(b, PF_PKT_TRACK_DESCRIPTOR);
	pb_uint(b, PF_TD_UUID, uuid);
	pd = pb_open(b, PF_TD_PROCESS);
	pb_uint(b, PF_PD_PID, pid);
	for (int i = 0; argv && i < argc && argv[i]; i++)
		pb_string(b, PF_PD_CMDLINE, argv[i]);
	if (name && *name)
		pb_string(b, PF_PD_PROCESS_NAME, name);
	pb_close(b, pd);
	pb_close(b, td);
	pf_emit(w);
}

void pf_write_thread(struct pf_writer *w, uint64_t ns, uint64_t uuid, uint64_t parent_uuid,
		     uint32_t pid, uint32_t tid, const char *name)
{
	struct pb_buf *b = &w->pkt;
	size_t td, thd;

	pf_global_packet(w, ns);
	td = pb_open(b, PF_PKT_TRACK_DESCRIPTOR);
	pb_uint(b, PF_TD_UUID, uuid);
	if (parent_uuid)
		pb_uint(b, PF_TD_PARENT_UUID, parent_uuid);
	thd = pb_open(b, PF_TD_THREAD);
	pb_uint(b, PF_THD_PID, pid);
	pb_uint(b, PF_THD_TID, tid);
	if (name && *name)
		pb_string(b, PF_THD_THREAD_NAME, name);
	pb_close(b, thd);
	pb_close(b, td);
	pf_emit(w);
}

void pf_write_counter_track(struct pf_writer *w, uint64_t ns, uint64_t uuid,
			    uint64_t parent_uuid, const char *name)
{
	struct pb_buf *b = &w->pkt;
	size_t td, cd;

	pf_global_packet(w, ns);
	td = pb_open(b, PF_PKT_TRACK_DESCRIPTOR);
	pb_uint(b, PF_TD_UUID, uuid);
	if (parent_uuid)
		pb_uint(b, PF_TD_PARENT_UUID, parent_uuid);
	pb_string(b, PF_TD_NAME, name);
	cd = pb_open(b, PF_TD_COUNTER);
	pb_uint(b, PF_CD_UNIT, PF_CD_UNIT_SIZE_BYTES);
	pb_close(b, cd);
	pb_close(b, td);
	pf_emit(w);
}

void pf_start_sequence(struct pf_writer *w, uint32_t seq, uint64_t t0_ns, uint64_t track_uuid)
{
	struct pb_buf *b = &w->pkt;
	size_t m, d;

	if (seq <= PF_SEQ_GLOBAL)
		BUG("perfetto sequence id %u is reserved", seq);
	w->seq = seq;
	w->last_ns = t0_ns;
	pb_uint(b, PF_PKT_SEQUENCE_ID, seq);
	pb_uint(b, PF_PKT_SEQUENCE_FLAGS, PF_SEQ_INCREMENTAL_STATE_CLEARED);
	m = pb_open(b, PF_PKT_DEFAULTS);
	pb_uint(b, PF_DEF_TIMESTAMP_CLOCK_ID, PF_CLOCK_INCREMENTAL);
	d = pb_open(b, PF_DEF_TRACK_EVENT_DEFAULTS);
	pb_uint(b, PF_TED_TRACK_UUID, track_uuid);
	pb_close(b, d);
	pb_close(b, m);
	m = pb_open(b, PF_PKT_CLOCK_SNAPSHOT);
	pf_clock(b, PF_CLOCK_MONOTONIC, t0_ns, false);
	pf_clock(b, PF_CLOCK_INCREMENTAL, t0_ns, true);
	pb_close(b, m);
	pf_emit(w);
}

/* An event packet's head on the current sequence: delta time, sequence, flags. */
static void pf_event_packet(struct pf_writer *w, uint64_t ns)
{
	struct pb_buf *b = &w->pkt;
	uint64_t delta = ns >= w->last_ns ? ns - w->last_ns : (w->clamped++, 0);

	w->last_ns += delta;
	pb_uint(b, PF_PKT_TIMESTAMP, delta);
	pb_uint(b, PF_PKT_SEQUENCE_ID, w->seq);
	pb_uint(b, PF_PKT_SEQUENCE_FLAGS, PF_SEQ_NEEDS_INCREMENTAL_STATE);
}

static void pf_annotations(struct pb_buf *b, const struct pf_arg *args, size_t nargs)
{
	for (size_t i = 0; i < nargs; i++) {
		size_t da = pb_open(b, PF_TE_DEBUG_ANNOTATIONS);

		pb_string(b, PF_DA_NAME, args[i].name);
		if (args[i].str)
			pb_string(b, PF_DA_STRING_VALUE, args[i].str);
		else
			pb_uint(b, PF_DA_UINT_VALUE, args[i].uint);
		pb_close(b, da);
	}
}

void pf_instant(struct pf_writer *w, uint64_t ns, uint64_t track_uuid, const char *name,
		const struct pf_arg *args, size_t nargs)
{
	struct pb_buf *b = &w->pkt;
	size_t te;

	pf_event_packet(w, ns);
	te = pb_open(b, PF_PKT_TRACK_EVENT);
	pb_uint(b, PF_TE_TYPE, PF_TE_INSTANT);
	if (track_uuid)
		pb_uint(b, PF_TE_TRACK_UUID, track_uuid);
	pb_string(b, PF_TE_NAME, name);
	pf_annotations(b, args, nargs);
	pb_close(b, te);
	pf_emit(w);
}

static void pb_fixed64(struct pb_buf *b, uint32_t field, uint64_t v)
{
	pb_key(b, field, 1); /* I64 */
	pb_grow(b, 8);
	for (unsigned i = 0; i < 8; i++)
		b->buf[b->len++] = (uint8_t)(v >> (8 * i));
}

static void pf_flow_ids(struct pb_buf *b, const struct pf_flows *fl)
{
	for (size_t i = 0; fl && i < fl->nout; i++)
		pb_fixed64(b, PF_TE_FLOW_IDS, fl->out[i] | fl->tag);
	for (size_t i = 0; fl && i < fl->nxout; i++)
		pb_fixed64(b, PF_TE_FLOW_IDS, fl->xout[i]);
	if (fl && fl->xin)
		pb_fixed64(b, PF_TE_TERMINATING_FLOW_IDS, fl->xin);
	for (size_t i = 0; fl && i < fl->nin; i++)
		pb_fixed64(b, PF_TE_TERMINATING_FLOW_IDS, fl->in[i] | fl->tag);
}

/* A packet's InternedData: the EventName of iid and, when def->file is
 * set, the SourceLocation of loc_iid. */
static void pf_interned(struct pb_buf *b, uint64_t iid, uint64_t loc_iid,
			const struct pf_intern *def)
{
	size_t id, m;

	id = pb_open(b, PF_PKT_INTERNED_DATA);
	m = pb_open(b, PF_ID_EVENT_NAMES);
	pb_uint(b, PF_EN_IID, iid);
	pb_string(b, PF_EN_NAME, def->name);
	pb_close(b, m);
	if (def->file) {
		m = pb_open(b, PF_ID_SOURCE_LOCATIONS);
		pb_uint(b, PF_SL_IID, loc_iid);
		pb_string(b, PF_SL_FILE_NAME, def->file);
		pb_string(b, PF_SL_FUNCTION_NAME, def->name);
		if (def->line)
			pb_uint(b, PF_SL_LINE_NUMBER, def->line);
		pb_close(b, m);
	}
	pb_close(b, id);
}

size_t pf_interned_size(uint64_t iid, uint64_t loc_iid, const struct pf_intern *def)
{
	struct pb_buf b = PB_BUF_INIT;
	size_t n;

	pf_interned(&b, iid, loc_iid, def);
	n = b.len;
	pb_buf_release(&b);
	return n;
}

void pf_slice_begin_args(struct pf_writer *w, uint64_t ns, uint64_t iid, uint64_t loc_iid,
			 const struct pf_intern *def, const struct pf_arg *args, size_t nargs)
{
	pf_slice_begin_flows(w, ns, iid, loc_iid, def, args, nargs, NULL);
}

void pf_slice_begin_flows(struct pf_writer *w, uint64_t ns, uint64_t iid, uint64_t loc_iid,
			  const struct pf_intern *def, const struct pf_arg *args, size_t nargs,
			  const struct pf_flows *fl)
{
	struct pb_buf *b = &w->pkt;
	size_t te;

	pf_event_packet(w, ns);
	if (def && def->name)
		pf_interned(b, iid, loc_iid, def);
	te = pb_open(b, PF_PKT_TRACK_EVENT);
	pb_uint(b, PF_TE_TYPE, PF_TE_SLICE_BEGIN);
	pb_uint(b, PF_TE_NAME_IID, iid);
	if (loc_iid)
		pb_uint(b, PF_TE_SOURCE_LOCATION_IID, loc_iid);
	pf_annotations(b, args, nargs);
	pf_flow_ids(b, fl);
	pb_close(b, te);
	pf_emit(w);
}

void pf_slice_begin_interned(struct pf_writer *w, uint64_t ns, uint64_t iid, const char *name,
			     const char *file, unsigned line)
{
	struct pf_intern def = { name, file, line };

	pf_slice_begin_args(w, ns, iid, file ? iid : 0, &def, NULL, 0);
}

void pf_slice_end_args(struct pf_writer *w, uint64_t ns, const struct pf_arg *args,
		       size_t nargs)
{
	pf_slice_end_flows(w, ns, args, nargs, NULL);
}

void pf_slice_end_flows(struct pf_writer *w, uint64_t ns, const struct pf_arg *args,
			size_t nargs, const struct pf_flows *fl)
{
	struct pb_buf *b = &w->pkt;
	size_t te;

	pf_event_packet(w, ns);
	te = pb_open(b, PF_PKT_TRACK_EVENT);
	pb_uint(b, PF_TE_TYPE, PF_TE_SLICE_END);
	pf_annotations(b, args, nargs);
	pf_flow_ids(b, fl);
	pb_close(b, te);
	pf_emit(w);
}
