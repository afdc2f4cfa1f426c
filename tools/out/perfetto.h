/*
 * A Perfetto trace writer: the protobuf wire format written by hand for
 * the few TracePacket kinds sftrace emits (no protobuf library needed).
 *
 * The file is a `Trace` message: a series of `packet` fields (number 1,
 * length-delimited), each one TracePacket. What we emit:
 *
 *   sequence PF_SEQ_GLOBAL: one ClockSnapshot (MONOTONIC is the trace clock,
 *     REALTIME beside it for wall-clock display), then the TrackDescriptors
 *     of processes and threads, stamped with the time their log starts
 *     (absolute MONOTONIC: this sequence has no defaults).
 *   one sequence per thread: a first packet that clears the incremental
 *     state, sets the packet defaults (clock PF_CLOCK_INCREMENTAL, the
 *     thread's track) and snapshots MONOTONIC = incremental clock = t0; then
 *     one TrackEvent per slice begin / end, timestamps as deltas. Names and
 *     source locations are interned: a begin carries the InternedData entry
 *     the first time its iid is used on the sequence.
 *   instant events (what a log is missing: tools/read/loss.h) on a sequence
 *     of their own, like a thread's, each naming its track (the process's or
 *     a thread's) and carrying debug annotations.
 *   counter tracks (a process's live heap bytes): a TrackDescriptor with a
 *     CounterDescriptor on the global sequence, then a sequence of its own
 *     whose default track is the counter: one TYPE_COUNTER TrackEvent per
 *     value, timestamps as deltas like the thread sequences.
 *
 * That satisfies the importer's rules (see NOTES.md): every sequence starts
 * with SEQ_INCREMENTAL_STATE_CLEARED, every later packet sets
 * SEQ_NEEDS_INCREMENTAL_STATE, the custom clock is declared beside a
 * builtin clock on the same sequence, iids are >= 1 and never redefined.
 * Callers must keep begin/end balanced and timestamps non-decreasing per
 * sequence (the frames layer does).
 *
 * Field numbers are those of google/perfetto protos/perfetto/trace/
 * (trace.proto, trace_packet.proto, clock_snapshot.proto,
 * trace_packet_defaults.proto, interned_data/interned_data.proto,
 * track_event/{track_event,track_descriptor,process_descriptor,
 * thread_descriptor,counter_descriptor,source_location,debug_annotation}.proto);
 * tests/oracles/
 * perfetto_subset.proto repeats them for `protoc --decode`.
 */
#ifndef SFTRACE_TOOLS_OUT_PERFETTO_H
#define SFTRACE_TOOLS_OUT_PERFETTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tools/out/sink.h"

/* Builtin clock ids (protos/perfetto/common/builtin_clock.proto). */
#define PF_CLOCK_REALTIME 1
#define PF_CLOCK_MONOTONIC 3
/* Sequence-scoped clock ids are 64..127; ours counts ns as deltas. */
#define PF_CLOCK_INCREMENTAL 64

/* The sequence of the clock snapshot and track descriptors. */
#define PF_SEQ_GLOBAL 1

/* Wire types. */
#define PB_VARINT 0
#define PB_LEN 2
#define PB_KEY(field, type) (((uint32_t)(field) << 3) | (type))

/* Trace */
#define PF_TRACE_PACKET 1
/* TracePacket */
#define PF_PKT_CLOCK_SNAPSHOT 6
#define PF_PKT_TIMESTAMP 8
#define PF_PKT_TIMESTAMP_CLOCK_ID 58
#define PF_PKT_SEQUENCE_ID 10 /* trusted_packet_sequence_id */
#define PF_PKT_TRACK_EVENT 11
#define PF_PKT_INTERNED_DATA 12
#define PF_PKT_SEQUENCE_FLAGS 13
#define PF_PKT_DEFAULTS 59 /* trace_packet_defaults */
#define PF_PKT_TRACK_DESCRIPTOR 60
#define PF_SEQ_INCREMENTAL_STATE_CLEARED 1
#define PF_SEQ_NEEDS_INCREMENTAL_STATE 2
/* ClockSnapshot and ClockSnapshot.Clock */
#define PF_CS_CLOCKS 1
#define PF_CS_PRIMARY_TRACE_CLOCK 2
#define PF_CLK_ID 1
#define PF_CLK_TIMESTAMP 2
#define PF_CLK_IS_INCREMENTAL 3
/* TracePacketDefaults and TrackEventDefaults */
#define PF_DEF_TIMESTAMP_CLOCK_ID 58
#define PF_DEF_TRACK_EVENT_DEFAULTS 11
#define PF_TED_TRACK_UUID 11
/* TrackDescriptor, ProcessDescriptor, ThreadDescriptor */
#define PF_TD_UUID 1
#define PF_TD_NAME 2
#define PF_TD_PROCESS 3
#define PF_TD_THREAD 4
#define PF_TD_PARENT_UUID 5
#define PF_TD_COUNTER 8
#define PF_PD_PID 1
#define PF_PD_CMDLINE 2
#define PF_PD_PROCESS_NAME 6
#define PF_THD_PID 1
#define PF_THD_TID 2
#define PF_THD_THREAD_NAME 5
/* CounterDescriptor */
#define PF_CD_UNIT 3
#define PF_CD_UNIT_SIZE_BYTES 3
/* TrackEvent */
#define PF_TE_TYPE 9
#define PF_TE_NAME_IID 10
#define PF_TE_SOURCE_LOCATION_IID 34
#define PF_TE_COUNTER_VALUE 30
#define PF_TE_TRACK_UUID 11
#define PF_TE_NAME 23
#define PF_TE_DEBUG_ANNOTATIONS 4
#define PF_TE_FLOW_IDS 47	       /* repeated fixed64 */
#define PF_TE_TERMINATING_FLOW_IDS 48 /* repeated fixed64 */
#define PF_TE_SLICE_BEGIN 1
#define PF_TE_SLICE_END 2
#define PF_TE_INSTANT 3
#define PF_TE_COUNTER 4
/* DebugAnnotation (track_event/debug_annotation.proto) */
#define PF_DA_NAME 10
#define PF_DA_UINT_VALUE 3
#define PF_DA_STRING_VALUE 6
/* InternedData, EventName, SourceLocation */
#define PF_ID_EVENT_NAMES 2
#define PF_ID_SOURCE_LOCATIONS 4
#define PF_EN_IID 1
#define PF_EN_NAME 2
#define PF_SL_IID 1
#define PF_SL_FILE_NAME 2
#define PF_SL_FUNCTION_NAME 3
#define PF_SL_LINE_NUMBER 4

/*
 * A growable protobuf encoding buffer. Nested messages are written in
 * place: pb_open() reserves one length byte, pb_close() fills it in and
 * moves the body when the length needs more bytes (rare: long names).
 */
struct pb_buf {
	uint8_t *buf;
	size_t len, alloc;
};
#define PB_BUF_INIT { NULL, 0, 0 }

void pb_buf_release(struct pb_buf *b);
void pb_grow(struct pb_buf *b, size_t extra);

static inline uint8_t *pb_put_varint(uint8_t *p, uint64_t v)
{
	while (v >= 0x80) {
		*p++ = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8_t)v;
	return p;
}

static inline unsigned pb_varint_size(uint64_t v)
{
	unsigned n = 1;
	while (v >= 0x80) {
		v >>= 7;
		n++;
	}
	return n;
}

void pb_uint(struct pb_buf *b, uint32_t field, uint64_t v);
void pb_bytes(struct pb_buf *b, uint32_t field, const void *p, size_t n);
/* A string field; bytes that are not valid UTF-8 become U+FFFD. */
void pb_string(struct pb_buf *b, uint32_t field, const char *s);
/* Start a nested message; returns a mark for pb_close(). */
size_t pb_open(struct pb_buf *b, uint32_t field);
void pb_close(struct pb_buf *b, size_t mark);

struct pf_writer {
	struct sink *out;
	struct pb_buf pkt;  /* the packet being built (slow paths) */
	uint32_t seq;	    /* the current thread sequence, 0 before any */
	uint64_t last_ns;   /* incremental clock value on seq */
	uint64_t packets;   /* packets written */
	uint64_t clamped;   /* timestamps that went backwards (written as +0) */
};

void pf_writer_init(struct pf_writer *w, struct sink *out);
void pf_writer_release(struct pf_writer *w);

/*
 * The global clock snapshot; call once, first. MONOTONIC becomes the trace
 * clock; realtime_ns is CLOCK_REALTIME read together with mono_ns (0 to
 * leave it out).
 */
void pf_write_clock_snapshot(struct pf_writer *w, uint64_t mono_ns, uint64_t realtime_ns);

/*
 * A process track, known from ns (MONOTONIC): uuid != 0, name and argv
 * may be NULL.
 */
void pf_write_process(struct pf_writer *w, uint64_t ns, uint64_t uuid, uint32_t pid,
		      const char *name, const char *const *argv, int argc);

/* A thread track under its process track; name may be NULL or "". */
void pf_write_thread(struct pf_writer *w, uint64_t ns, uint64_t uuid, uint64_t parent_uuid,
		     uint32_t pid, uint32_t tid, const char *name);

/*
 * A counter track of byte values (CounterDescriptor unit UNIT_SIZE_BYTES)
 * named name, under the track parent_uuid (a process), known from ns.
 */
void pf_write_counter_track(struct pf_writer *w, uint64_t ns, uint64_t uuid,
			    uint64_t parent_uuid, const char *name);

/*
 * Start sequence seq (> PF_SEQ_GLOBAL, unique in the file) at t0_ns: its
 * slices (or counter values) go to track_uuid. Earlier sequences must be
 * finished (the writer keeps one sequence's state).
 */
void pf_start_sequence(struct pf_writer *w, uint32_t seq, uint64_t t0_ns, uint64_t track_uuid);

/*
 * The hot-path packets (slice begin and end, counter values) share their
 * head: packet key and length (filled in by pf_event_done()), the
 * timestamp as a delta on the sequence's clock, the sequence id,
 * SEQ_NEEDS_INCREMENTAL_STATE, then the TrackEvent key and its length
 * byte. p0 has room for the packet (every length fits one byte); returns
 * where the TrackEvent's fields go, and its length byte in *te.
 */
static inline uint8_t *pf_event_head(struct pf_writer *w, uint8_t *p0, uint64_t ns,
				     uint8_t **te)
{
	uint64_t delta = ns >= w->last_ns ? ns - w->last_ns : (w->clamped++, 0);
	uint8_t *p = p0 + 2;

	w->last_ns += delta;
	*p++ = PB_KEY(PF_PKT_TIMESTAMP, PB_VARINT);
	p = pb_put_varint(p, delta);
	*p++ = PB_KEY(PF_PKT_SEQUENCE_ID, PB_VARINT);
	p = pb_put_varint(p, w->seq);
	*p++ = PB_KEY(PF_PKT_SEQUENCE_FLAGS, PB_VARINT);
	*p++ = PF_SEQ_NEEDS_INCREMENTAL_STATE;
	*p++ = PB_KEY(PF_PKT_TRACK_EVENT, PB_LEN);
	*te = p++;
	return p;
}

/* Fill in the lengths of the packet p0..p (TrackEvent at te) and hand it over. */
static inline void pf_event_done(struct pf_writer *w, uint8_t *p0, uint8_t *te, uint8_t *p)
{
	*te = (uint8_t)(p - te - 1);
	p0[0] = PB_KEY(PF_TRACE_PACKET, PB_LEN);
	p0[1] = (uint8_t)(p - p0 - 2);
	w->out->len += (size_t)(p - p0);
	w->packets++;
}

/*
 * A slice begins at ns with name iid (>= 1) and source location iid
 * (0 for none), both already defined on this sequence.
 *
 * Hot path: encodes straight into the sink. Packet layout:
 *   0a LEN  40 <delta>  50 <seq>  68 02  5a LEN2 { 48 01  50 <iid>  a2 02 <loc> }
 */
static inline __attribute__((always_inline)) void
pf_slice_begin(struct pf_writer *w, uint64_t ns, uint64_t iid, uint64_t loc_iid)
{
	uint8_t *p0 = sink_reserve(w->out, 64), *te;
	uint8_t *p = pf_event_head(w, p0, ns, &te);

	*p++ = PB_KEY(PF_TE_TYPE, PB_VARINT);
	*p++ = PF_TE_SLICE_BEGIN;
	*p++ = PB_KEY(PF_TE_NAME_IID, PB_VARINT);
	p = pb_put_varint(p, iid);
	if (loc_iid) {
		/* field 34: the key needs two bytes */
		*p++ = (uint8_t)(PB_KEY(PF_TE_SOURCE_LOCATION_IID, PB_VARINT) | 0x80);
		*p++ = (uint8_t)(PB_KEY(PF_TE_SOURCE_LOCATION_IID, PB_VARINT) >> 7);
		p = pb_put_varint(p, loc_iid);
	}
	pf_event_done(w, p0, te, p);
}

/* The innermost open slice of the sequence ends at ns:
 *   0a LEN  40 <delta>  50 <seq>  68 02  5a 02 { 48 02 } */
static inline __attribute__((always_inline)) void pf_slice_end(struct pf_writer *w,
								 uint64_t ns)
{
	uint8_t *p0 = sink_reserve(w->out, 32), *te;
	uint8_t *p = pf_event_head(w, p0, ns, &te);

	*p++ = PB_KEY(PF_TE_TYPE, PB_VARINT);
	*p++ = PF_TE_SLICE_END;
	pf_event_done(w, p0, te, p);
}

/*
 * The counter of the sequence's track takes value v at ns:
 *   0a LEN  40 <delta>  50 <seq>  68 02  5a LEN2 { 48 04  f0 01 <v> }
 */
static inline void pf_counter(struct pf_writer *w, uint64_t ns, int64_t v)
{
	uint8_t *p0 = sink_reserve(w->out, 48), *te;
	uint8_t *p = pf_event_head(w, p0, ns, &te);

	*p++ = PB_KEY(PF_TE_TYPE, PB_VARINT);
	*p++ = PF_TE_COUNTER;
	/* field 30: the key needs two bytes; int64 is a plain varint */
	*p++ = (uint8_t)(PB_KEY(PF_TE_COUNTER_VALUE, PB_VARINT) | 0x80);
	*p++ = (uint8_t)(PB_KEY(PF_TE_COUNTER_VALUE, PB_VARINT) >> 7);
	p = pb_put_varint(p, (uint64_t)v);
	pf_event_done(w, p0, te, p);
}

/* A debug annotation of an instant event: a string, or (str NULL) a number. */
struct pf_arg {
	const char *name;
	const char *str;
	uint64_t uint;
};

/*
 * An instant event named name at ns on the current sequence (started by
 * pf_start_sequence(); ns not before its previous event), on the track
 * track_uuid, or on the sequence's track when 0, with debug annotations
 * args[0..nargs-1]. Not a hot path: the name is written out, not interned.
 */
void pf_instant(struct pf_writer *w, uint64_t ns, uint64_t track_uuid, const char *name,
		const struct pf_arg *args, size_t nargs);

/*
 * The same as pf_slice_begin(), defining the iid in the same packet: an
 * EventName {iid, name} and, when file is not NULL, a SourceLocation {iid,
 * file, name, line} with the same iid number (the two tables are separate).
 */
void pf_slice_begin_interned(struct pf_writer *w, uint64_t ns, uint64_t iid, const char *name,
			     const char *file, unsigned line);

/* What pf_slice_begin_args() defines with the iid (name NULL: nothing). */
struct pf_intern {
	const char *name;
	const char *file; /* NULL: no source location */
	unsigned line;
};

/*
 * The bytes the definition def of iid (and of loc_iid, def->file set)
 * adds to the packet of a slice begin, its length not counted: what
 * interning a function costs once per sequence.
 */
size_t pf_interned_size(uint64_t iid, uint64_t loc_iid, const struct pf_intern *def);

/*
 * A slice begin with debug annotations (a marked function's arguments):
 * name iid, source location iid loc_iid (0: none), defining them first
 * when def->name is set, as pf_slice_begin_interned() does. Slow path.
 */
void pf_slice_begin_args(struct pf_writer *w, uint64_t ns, uint64_t iid, uint64_t loc_iid,
			 const struct pf_intern *def, const struct pf_arg *args, size_t nargs);

/*
 * Flows (arrows between slices, "Follow flow" in the UI): a slice's begin
 * or end may start flows (out[0..nout), ORed with tag, and xout[0..nxout)
 * as they are) and end flows (in[0..nin), ORed with tag, and xin as it is,
 * 0 for none); ids are unique in the trace. A flow goes from the slice that
 * starts it to the one that ends it. The importer reads events in time
 * order: a flow's start must not come after its end.
 */
struct pf_flows {
	const uint64_t *out;
	size_t nout;
	const uint64_t *in;
	size_t nin;
	uint64_t tag;
	const uint64_t *xout;
	size_t nxout;
	uint64_t xin;
};

/* pf_slice_begin_args() with flows (fl may be NULL). Slow path. */
void pf_slice_begin_flows(struct pf_writer *w, uint64_t ns, uint64_t iid, uint64_t loc_iid,
			  const struct pf_intern *def, const struct pf_arg *args, size_t nargs,
			  const struct pf_flows *fl);

/* pf_slice_end() with debug annotations (a return value). Slow path. */
void pf_slice_end_args(struct pf_writer *w, uint64_t ns, const struct pf_arg *args,
		       size_t nargs);

/* pf_slice_end_args() with flows (fl may be NULL). Slow path. */
void pf_slice_end_flows(struct pf_writer *w, uint64_t ns, const struct pf_arg *args,
			size_t nargs, const struct pf_flows *fl);

#endif
