/*
 * The sftrace log format, version 1. docs/format.md is the specification;
 * this header is its C transcription, shared by the runtime (writer) and
 * the tools (reader).
 *
 * IMPORTANT: the structures below are on-disk layouts (little-endian,
 * explicit padding, no implicit holes). Never reorder or resize fields;
 * new fields go into reserved space, gated by the version or a flag.
 */
#ifndef SFTRACE_COMMON_FORMAT_H
#define SFTRACE_COMMON_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#define FMT_MAGIC "SFTRACE\0"
#define FMT_MAGIC_LEN 8
#define FMT_VERSION 1
#define FMT_PAGE 4096u		/* header size and block alignment */

/* fmt_file_header.flags */
#define FMT_FLAG_CLOCK_NS 0x1u	/* timestamps are CLOCK_MONOTONIC ns, not TSC ticks */
#define FMT_FLAG_CLOSED 0x2u	/* the process shut tracing down cleanly */
#define FMT_FLAG_THREAD_ONLY 0x4u /* SFTRACE_SETUP_THREAD_ONLY was set */
#define FMT_FLAG_FILTERED 0x8u	/* a filter limited what was patched or kept */
#define FMT_FLAG_STOPPED 0x10u	/* recording stopped early (write error, disk full) */
#define FMT_FLAG_MEMORY 0x20u	/* the C allocator was interposed (record --memory) */
#define FMT_FLAG_VALUES 0x40u	/* some functions record argument or return registers */
#define FMT_FLAG_FLOWS 0x80u	/* work items handed between threads are recorded (FLOW) */
#define FMT_FLAG_THREAD_FLOWS 0x100u /* threads' creations are recorded (FLOW THREAD) */

/* fmt_file_header.arch: the instruction set, which names the registers of
 * value records (0 in logs written before the field: x86-64). */
#define FMT_ARCH_X86_64 0
#define FMT_ARCH_AARCH64 1

/* The first FMT_PAGE bytes of a log. */
struct fmt_file_header {
	char magic[8];		/* FMT_MAGIC */
	uint32_t version;	/* FMT_VERSION */
	uint32_t header_size;	/* FMT_PAGE */
	uint32_t pid;
	uint32_t ppid;
	uint32_t flags;		/* FMT_FLAG_* */
	uint32_t arch;		/* FMT_ARCH_*; 0 (x86-64) in older logs */
	uint64_t start_realtime_ns; /* CLOCK_REALTIME at start, ns since the epoch */
	uint64_t start_mono_ns;	/* CLOCK_MONOTONIC at start: trace time 0 */
	uint64_t start_tsc;	/* the timestamp counter at start_mono_ns */
	uint64_t tsc_hz;	/* calibrated counter frequency; 0 with FMT_FLAG_CLOCK_NS */
	uint64_t session;	/* random id shared by the logs of one `sftrace record` */
	uint64_t end_offset;	/* file bytes in use at clean shutdown, else 0 */
	uint64_t lost;		/* events lost process-wide (updated at shutdown) */
	uint64_t filter_dropped; /* events dropped by filters (updated at shutdown) */
	uint64_t close_tsc;	/* a last sync point at shutdown, else 0 */
	uint64_t close_mono_ns;
	uint32_t stop_reason;	/* FMT_LOST_*: why recording stopped (FMT_FLAG_STOPPED) */
	uint32_t stop_errno;	/* the error behind it, 0 if none */
	uint64_t stop_tsc;	/* when it stopped (a timestamp), 0 if it did not */
	uint8_t reserved[FMT_PAGE - 128];
};

/*
 * Why events were not recorded (fmt_file_header.stop_reason,
 * fmt_block_header.lost_reason). 0 in logs written before these fields.
 */
#define FMT_LOST_UNKNOWN 0
#define FMT_LOST_NO_SPACE 1   /* disk full, quota, the file size limit */
#define FMT_LOST_WRITE_ERROR 2 /* the log could not be extended or mapped */
#define FMT_LOST_DESCRIPTOR 3 /* the program closed or replaced the log's descriptor */
#define FMT_LOST_NESTING 4    /* signal handlers nested beyond the room kept for them */
#define FMT_LOST_STOPPED 5    /* recording had stopped (see the header's stop_reason) */
#define FMT_LOST_SHUTDOWN 6   /* after the runtime shut down (exit handlers run after it,
			       * threads still running at exit) */
#define FMT_LOST_THREAD_EXIT 7 /* after the thread's trace was closed as it exited (the
				* last destructor rounds); counted in the header's lost */
#define FMT_LOST_VFORK 8      /* made by a vfork child before its exec (it runs on the
			       * parent's thread state and cannot write a log) */
#define FMT_LOST_LAST FMT_LOST_VFORK

/* Block types */
#define FMT_BLOCK_MAGIC 0x4b424653u /* "SFBK" */
#define FMT_BLOCK_META 1
#define FMT_BLOCK_EVENTS 2

/* fmt_block_header.flags */
#define FMT_BLOCK_CLOSED 0x1u	/* used, close_tsc and close_ns are final */

#define FMT_BLOCK_HEADER_SIZE 128u

/*
 * Every block starts at a multiple of FMT_PAGE after the file header. The
 * writer fills every field and stores magic last, so a block whose magic
 * is not valid was never started (the reader skips it page by page).
 */
struct fmt_block_header {
	uint32_t magic;		/* FMT_BLOCK_MAGIC */
	uint16_t type;		/* FMT_BLOCK_* */
	uint16_t header_size;	/* FMT_BLOCK_HEADER_SIZE */
	uint32_t size;		/* bytes reserved, header included; multiple of FMT_PAGE */
	uint32_t used;		/* payload bytes in use, written at close (0: scan) */
	uint32_t tid;		/* EVENTS: the OS thread id; META: 0 */
	uint32_t thread_serial; /* EVENTS: 1, 2, ... unique in the log */
	uint32_t seq;		/* EVENTS: the thread's 0, 1, 2, ... block; META: meta seq */
	uint32_t flags;		/* FMT_BLOCK_* flags */
	uint64_t open_tsc;	/* sync point when the block was opened */
	uint64_t open_ns;	/* CLOCK_MONOTONIC then */
	uint64_t close_tsc;	/* sync point at close, 0 until closed */
	uint64_t close_ns;
	uint64_t lost;		/* events of this thread lost while this block was current */
	uint64_t filter_dropped; /* events dropped by filters while it was current */
	char name[16];		/* thread name (comm) when opened, refreshed at close */
	uint32_t lost_reason;	/* FMT_LOST_* of the last events counted in lost */
	uint8_t reserved[128 - 100];
};

_Static_assert(sizeof(struct fmt_file_header) == FMT_PAGE, "file header is one page");
_Static_assert(sizeof(struct fmt_block_header) == FMT_BLOCK_HEADER_SIZE, "block header size");

/*
 * META block payload: records of an 8-byte header then payload, each padded
 * to a multiple of 8 bytes. A record type of 0 ends the payload.
 */
struct fmt_meta_record {
	uint16_t type;		/* FMT_META_* */
	uint16_t flags;
	uint32_t length;	/* payload bytes after this header, before padding */
};

#define FMT_META_PROCESS 1	 /* u32 argc, u32 0, then argc NUL-terminated strings, then exe path */
#define FMT_META_MODULE 2	 /* struct fmt_meta_module, build id, u64 vaddr[nfuncs], path */
#define FMT_META_MODULE_UNLOAD 3 /* u32 index, u32 0, u64 tsc */
#define FMT_META_THREAD_NAME 4	 /* u32 serial, u32 tid, u64 tsc, char name[16] */

struct fmt_meta_module {
	uint32_t index;		/* 0, 1, ... in load order */
	uint32_t id_base;	/* function ids id_base .. id_base + nfuncs - 1 */
	uint32_t nfuncs;
	uint32_t nsleds;
	uint32_t npatched;	/* functions whose sleds were patched */
	uint32_t build_id_len;	/* bytes of build id that follow, padded to 8 */
	uint64_t load_bias;	/* runtime address minus ELF virtual address */
	uint64_t load_tsc;	/* when it was registered */
	/* then: uint8_t build_id[build_id_len], padding to 8;
	 *       uint64_t vaddr[nfuncs] (ELF virtual address of each function);
	 *       char path[] (NUL-terminated) */
};

/*
 * EVENTS block payload: a byte stream of records (docs/format.md "Events").
 * Decoder state, reset at the start of every block: base = open_tsc,
 * last = 0. The reader keeps its own stack of open frames per thread
 * across blocks.
 *
 * Tag byte t (never 0; a 0 byte ends the payload):
 *   t & 3 = kind 1 entry, 2 exit, 3 tail call; 0 = special record.
 *   event:  bit 2 (FMT_TAG_ID): an explicit id follows the delta
 *           bits 3..6: low 4 bits of the time delta
 *           bit 7 (FMT_TAG_MORE): ULEB128 of (delta >> 4) follows
 *           time = base + delta; base = time
 *           id: explicit: last + unzigzag(ULEB128); last = id
 *               entry without FMT_TAG_ID: id = last
 *               exit/tail without FMT_TAG_ID: the innermost open frame
 *   special: t >> 2 is the type:
 *           FMT_SPECIAL_NESTED: byte kind, ULEB128 absolute time,
 *               ULEB128 absolute id; base and last are not changed
 *               (an event recorded by a signal handler that interrupted
 *               the recording of another event)
 *           FMT_SPECIAL_LOST: ULEB128 number of events not recorded here
 *           FMT_SPECIAL_PAD: nothing (a one-byte filler)
 *           FMT_SPECIAL_SYNC: ULEB128 absolute time; base = time
 */
#define FMT_KIND_ENTRY 1
#define FMT_KIND_EXIT 2
#define FMT_KIND_TAIL 3

#define FMT_TAG_ID 0x04u
#define FMT_TAG_MORE 0x80u
#define FMT_TAG_DELTA_SHIFT 3
#define FMT_TAG_DELTA_BITS 4

#define FMT_SPECIAL_NESTED 1
#define FMT_SPECIAL_LOST 2
#define FMT_SPECIAL_PAD 3
#define FMT_SPECIAL_SYNC 4
/*
 * Memory records (docs/format.md "Memory records"): one special type per
 * kind, FMT_SPECIAL_ALLOC + (FMT_MEM_* - 1). Payload: ULEB128 time delta
 * (time = base + delta; base = time), ULEB128 of (size << 3 | align code),
 * zigzag ULEB128 of (ptr - lastptr); lastptr = ptr. lastptr is a decoder
 * register reset to 0 at the start of every block. Align code 0: not
 * given; 1..6: align = 1 << (code - 1) (1 .. 32); 7: a ULEB128 of log2(align)
 * follows the pointer.
 */
#define FMT_SPECIAL_ALLOC 5	  /* a block was allocated */
#define FMT_SPECIAL_FREE 6	  /* a block was freed */
#define FMT_SPECIAL_REALLOC_NEW 7 /* realloc: the new block */
#define FMT_SPECIAL_REALLOC_OLD 8 /* realloc: the old block, given back */
/*
 * UNWIND: ULEB128 n. The n innermost open frames were left without their
 * exits (an exception, longjmp): the record that follows closes them
 * first, at its own time. Written just before that record, in the same
 * reservation (docs/format.md).
 */
#define FMT_SPECIAL_UNWIND 9
/*
 * Value records (docs/format.md "Value records"), no time of their own,
 * base and last unchanged, each written in the same reservation as the
 * event it belongs to:
 *   ARGS (after an ENTRY) and RETVAL (after an EXIT): ULEB128 mask, then
 *       for each set bit in increasing order the register: bits 0-7
 *       (general registers) as ULEB128, bits 8-15 (vector registers, the
 *       low 64 bits) as 8 bytes little-endian;
 *   STRING (after an ARGS record): u8 register bit of the pointer, u8
 *       FMT_STR_* flags, ULEB128 length, the bytes.
 */
#define FMT_SPECIAL_ARGS 10
#define FMT_SPECIAL_RETVAL 11
#define FMT_SPECIAL_STRING 12
#define FMT_STR_TRUNCATED 0x1u	/* the string goes on past the bytes recorded */
#define FMT_STR_UNREADABLE 0x2u /* memory at the end of the bytes (all of it, when the
				 * length is 0) could not be read */
/* Register bits of value records. x86-64: ARGS 0-5 rdi rsi rdx rcx r8 r9,
 * 8-15 xmm0-xmm7; RETVAL 0 rax, 1 rdx, 8 xmm0, 9 xmm1. aarch64 (reserved):
 * ARGS 0-7 x0-x7, 8-15 v0-v7; RETVAL 0 x0, 1 x1, 8 v0, 9 v1. */
#define FMT_VAL_NREGS 16
#define FMT_VAL_FIRST_VEC 8
/* Longest string a writer records (bytes). */
#define FMT_STR_MAX 4096u
#define FMT_SPECIAL_TAG(type) ((uint8_t)((type) << 2))
/*
 * FLOW (docs/format.md "Flow records"): a unit of work handed from one
 * thread to another. u8 kind, then by kind:
 *   STACK  (after an ENTRY, the work item's executor) ULEB128 address of
 *          the item, ULEB128 thread_serial, ULEB128 level and ULEB128
 *          function id of the frame whose stack holds it (its owner);
 *   ITEM   (after an ENTRY, the executor) ULEB128 address, owner unknown
 *          (the heap): the latest SOURCE or allocation of that address;
 *   SOURCE (after an ENTRY) ULEB128 address of an item this call hands over;
 *   THREAD (on its own, a thread's first record) ULEB128 thread_serial,
 *          level and function id of the frame that created the thread,
 *          ULEB128 absolute time of the creation;
 *   PROCESS (on its own, first in the log's first block) ULEB128 pid of
 *          the process whose log has the frame that started this one
 *          (fork, exec, spawn), ULEB128 thread_serial, level and function
 *          id of that frame in that log, ULEB128 CLOCK_MONOTONIC ns then.
 * No time of its own; base and last unchanged. The level of a frame is
 * its position among its thread's open frames as recorded (0: outermost;
 * a tail call's callee takes its caller's level).
 */
#define FMT_SPECIAL_FLOW 13
/*
 * CONTEXT (docs/format.md "Context switches"): the thread switched to
 * another ucontext (swapcontext, setcontext). ULEB128 the ucontext the
 * current frames were saved in (0: none, they are left), ULEB128 the one
 * switched to, u8 FMT_CONTEXT_*: what the frames are now; with FRESH,
 * ULEB128 its uc_link (0: none), the context that runs when its function
 * returns. No time of its own; base and last unchanged.
 */
#define FMT_SPECIAL_CONTEXT 14
#define FMT_CONTEXT_RESTORED 1 /* the frames saved in it before */
#define FMT_CONTEXT_FRESH 2    /* none: a context made by makecontext */
#define FMT_CONTEXT_SAME 3     /* the current ones (a context of this stack, saved by
				* getcontext: what it left is unwound by the next events) */
#define FMT_FLOW_STACK 1
#define FMT_FLOW_ITEM 2
#define FMT_FLOW_SOURCE 3
#define FMT_FLOW_THREAD 4
#define FMT_FLOW_PROCESS 5
/* Longest FLOW record: tag, kind, five ULEB128s of at most 10 bytes. */
#define FMT_FLOW_MAX 52u
/* The ULEB128s after a FLOW record's kind byte, 0 for an unknown kind. */
static inline unsigned fmt_flow_fields(uint8_t kind)
{
	return kind == FMT_FLOW_PROCESS				? 5
	       : kind == FMT_FLOW_STACK || kind == FMT_FLOW_THREAD ? 4
	       : kind == FMT_FLOW_ITEM || kind == FMT_FLOW_SOURCE ? 1
								  : 0;
}

/* Memory event kinds: the sftrace_alloc_event() ABI's numbers. */
#define FMT_MEM_ALLOC 1
#define FMT_MEM_FREE 2
#define FMT_MEM_REALLOC_NEW 3
#define FMT_MEM_REALLOC_OLD 4
#define FMT_MEM_ALIGN_EXT 7 /* align code: log2(align) follows */

/* The longest record: tag, 10-byte delta, 10-byte id. Writers keep this
 * much room (rounded up) at the end of a block. */
#define FMT_MAX_RECORD 24u
/* What a writer reserves for one record (the longest, a memory record, is
 * 32 bytes). A run of this many zero bytes or more that is followed by
 * records is a reservation abandoned unwritten (a signal handler left by
 * longjmp at that very moment), not the end of the stream. */
#define FMT_RESERVE 32u

static inline uint64_t fmt_zigzag(int64_t v)
{
	return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static inline int64_t fmt_unzigzag(uint64_t v)
{
	return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* Write v as ULEB128 at p; returns the number of bytes (1..10). */
static inline unsigned fmt_put_uleb(uint8_t *p, uint64_t v)
{
	unsigned n = 0;
	while (v >= 0x80) {
		p[n++] = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (uint8_t)v;
	return n;
}

/*
 * Read a ULEB128 from [*p, end). Returns 0 and advances *p, or -1 when it
 * runs past end or is longer than 10 bytes.
 */
static inline int fmt_get_uleb(const uint8_t **p, const uint8_t *end, uint64_t *out)
{
	const uint8_t *q = *p;
	uint64_t v = 0;
	unsigned shift = 0;

	for (;;) {
		if (q >= end || shift > 63)
			return -1;
		uint8_t b = *q++;
		v |= (uint64_t)(b & 0x7f) << shift;
		if (!(b & 0x80))
			break;
		shift += 7;
	}
	*p = q;
	*out = v;
	return 0;
}

/*
 * Encode one event record at p (FMT_MAX_RECORD bytes of room) given the
 * decoder state the reader will have. explicit_id says whether the id must
 * be written (the caller decides by the rules above); *last is updated.
 * Returns the record length. Used by tests and slow paths; the runtime's
 * hot path has its own copy of this logic (runtime/record.c).
 */
static inline unsigned fmt_encode_event(uint8_t *p, unsigned kind, uint64_t delta, int explicit_id,
					uint32_t id, uint32_t *last)
{
	uint8_t tag = (uint8_t)(kind | ((delta & 0xf) << FMT_TAG_DELTA_SHIFT));
	unsigned n = 1;

	if (delta >> 4) {
		tag |= FMT_TAG_MORE;
		n += fmt_put_uleb(p + n, delta >> 4);
	}
	if (explicit_id) {
		tag |= FMT_TAG_ID;
		n += fmt_put_uleb(p + n, fmt_zigzag((int64_t)id - (int64_t)*last));
		*last = id;
	}
	p[0] = tag;
	return n;
}

#endif
