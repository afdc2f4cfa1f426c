/*
 * Reading sftrace logs: the one reader every command uses.
 *
 * A log (docs/format.md) holds a header, a module table and per-thread
 * event blocks. trace_open() indexes it (header, modules, threads, the
 * clock sync points) without decoding events; the frames layer
 * (tools/read/frames.h) then streams each thread's events as balanced
 * calls. Nothing here depends on symbols: see tools/read/symbols.h.
 *
 * Ownership: everything reachable from struct trace is owned by it and
 * freed by trace_close().
 */
#ifndef SFTRACE_TOOLS_READ_TRACE_H
#define SFTRACE_TOOLS_READ_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Event kinds, as in the log and in the Parquet `kind` column. */
enum trace_kind {
	TRACE_ENTRY = 1,
	TRACE_EXIT = 2,
	TRACE_TAIL = 3, /* the function left by a tail call */
	/* Memory events (docs/format.md "Memory records"), numbered as the
	 * Rust sftrace's Parquet kinds. */
	TRACE_ALLOC = 4,
	TRACE_FREE = 5,
	TRACE_REALLOC_NEW = 6, /* the block a reallocation returned */
	TRACE_REALLOC_OLD = 7, /* the block a reallocation gave back */
	/* Not an event: the n innermost open frames were unwound (size = n);
	 * the next event closes them first (docs/format.md UNWIND). */
	TRACE_UNWIND = 8,
	/* Not an event: this thread's creation (docs/format.md FLOW THREAD),
	 * flow set. */
	TRACE_FLOW = 9,
	/* Not an event: the thread switched ucontexts (docs/format.md
	 * CONTEXT): ptr the ucontext the current frames were saved in (0:
	 * left), size the one switched to, align FMT_CONTEXT_* (how). */
	TRACE_CONTEXT = 10,
};

static inline int trace_kind_is_mem(unsigned kind)
{
	return kind >= TRACE_ALLOC && kind <= TRACE_REALLOC_OLD;
}

/* Allocation (1) or release (0) of a block. */
static inline int trace_mem_acquires(unsigned kind)
{
	return kind == TRACE_ALLOC || kind == TRACE_REALLOC_NEW;
}

/*
 * The registers of one value record (docs/format.md "Value records"):
 * ARGS of an entry or RETVAL of an exit, with the STRING records that
 * follow an ARGS. Register bits and names by the log's arch (trace->arch).
 */
struct trace_string {
	uint8_t reg;	      /* ARGS bit of the pointer register */
	uint8_t flags;	      /* FMT_STR_TRUNCATED, FMT_STR_UNREADABLE */
	uint32_t len;
	const uint8_t *bytes; /* len bytes */
};
#define TRACE_MAX_STRINGS 16
struct trace_values { /* docs/format.md "Value records" */
	uint32_t mask;	      /* bit i: reg[i] captured */
	uint64_t reg[16];     /* vector registers (bits 8-15): the low 64 bits */
	uint32_t nstr;
	struct trace_string str[TRACE_MAX_STRINGS];
};

/*
 * A FLOW record (docs/format.md "Flow records"): after an entry, the work
 * item the entered function executes (TRACE_FLOW_STACK: with the frame
 * whose stack held it; TRACE_FLOW_ITEM: elsewhere) or hands over
 * (TRACE_FLOW_SOURCE); on its own (TRACE_FLOW_THREAD), the frame that
 * created the thread and when (ns), or (TRACE_FLOW_PROCESS) the frame of
 * another process's log (pid) that started this process and when
 * (ns: CLOCK_MONOTONIC, absolute; tools/read/procflows.h). Frames are named by thread serial,
 * level (position among the thread's open frames as recorded) and
 * function id; tools/read/flows.h finds them.
 */
enum trace_flow_kind {
	TRACE_FLOW_STACK = 1,
	TRACE_FLOW_ITEM = 2,
	TRACE_FLOW_SOURCE = 3,
	TRACE_FLOW_THREAD = 4,
	TRACE_FLOW_PROCESS = 5,
};
struct trace_flow {
	uint8_t kind;	/* enum trace_flow_kind */
	uint64_t addr;	/* the item (STACK, ITEM, SOURCE) */
	uint32_t serial, level, func; /* the owner (STACK), the creator (THREAD, PROCESS) */
	uint32_t pid;	/* PROCESS: the process whose log has the creator */
	uint64_t ns;	/* THREAD: when it was created; PROCESS: CLOCK_MONOTONIC then */
};

struct trace_module {
	uint32_t index;		/* position in trace->modules */
	char *path;		/* as the process saw it when loaded */
	uint8_t build_id[64];
	uint32_t build_id_len;	/* 0 when the module has none */
	uint64_t load_bias;	/* runtime address = ELF vaddr + load_bias */
	uint32_t id_base;	/* function ids id_base .. id_base + nfuncs - 1 */
	uint32_t nfuncs;
	uint64_t *func_vaddr;	/* [nfuncs] ELF virtual address of each function */
	uint32_t nsleds;
	uint32_t npatched;	/* functions patched (filters may leave some out) */
	uint64_t load_ns;	/* when it was registered (trace ns, see below) */
	uint64_t unload_ns;	/* 0 while still loaded at the end */
};

/* Where one block of the log is (internal to the reader). */
struct trace_block_ref {
	size_t offset;
	uint32_t size;
	uint32_t seq;
};

struct trace_thread {
	uint32_t serial;	/* unique per log, in order of first event */
	uint32_t tid;		/* the OS thread id */
	char name[17];		/* last known name (comm), NUL-terminated */
	uint64_t nevents;	/* events decodable (known after a walk) */
	uint64_t nmem;		/* of which memory events (known after a walk) */
	uint64_t lost;		/* events the runtime could not record */
	uint32_t lost_reason;	/* FMT_LOST_* of its last block that counts lost events */
	size_t nblocks;		/* internal: this thread's blocks, in order */
	struct trace_block_ref *blocks;
	uint64_t first_ns, last_ns; /* first block's open; last event (after a walk) */
	uint64_t damaged;	/* blocks whose records stopped decoding early */
	uint64_t bytes;		/* payload bytes decoded (after a walk) */
	uint64_t damaged_bytes;	/* bytes written after the damage in those blocks (after a walk) */
	uint64_t lost_blocks;	/* internal: lost as the block headers count it */
	uint32_t max_seq;	/* internal */
	int named_by_meta;	/* internal */
};

struct trace_sync {
	uint64_t tsc, ns;
};

/*
 * What the block scan of trace_open() found wrong with the file itself
 * (tools/read/loss.h reports it). A log its process did not close (_exit,
 * exec, a kill) is not damaged: its blocks read to their end.
 */
struct trace_damage {
	uint64_t cut_size;	 /* the file is cut short: its size; else 0 */
	uint64_t full_size;	 /* with cut_size: the size it had, 0 if unknown */
	bool full_size_exact;	 /* full_size is the header's end_offset (clean shutdown), not
				  * where the last block would end */
	size_t bad_regions;	 /* runs of written pages where no valid block header is */
	uint64_t bad_bytes;	 /* what they held: a block's used when its header still
				  * says so, else the size of their written pages */
};

/* Loss reasons counted by trace_open(): FMT_LOST_UNKNOWN .. FMT_LOST_LAST
 * (common/format.h; trace.c checks the number). */
#define TRACE_LOST_REASONS 9

struct tailcalls;

struct trace {
	char *path;
	int fd;
	const uint8_t *map; /* the whole file, read-only */
	size_t size;

	uint32_t version;
	uint32_t arch;		  /* FMT_ARCH_*: 0 (x86-64) in logs older than the field */
	uint32_t pid, ppid;
	uint32_t flags;		  /* FMT_FLAG_* of the header */
	uint64_t start_realtime_ns; /* wall clock at start, ns since the epoch */
	uint64_t start_mono_ns;	  /* CLOCK_MONOTONIC at start */
	uint64_t tsc_hz;	  /* the runtime's estimate; 0 when timestamps are ns */
	char **argv;		  /* command line; argc entries, NULL-terminated */
	int argc;
	char *exe;		  /* the executable path, or NULL */

	struct trace_module *modules;
	size_t nmodules;
	struct trace_thread *threads;
	size_t nthreads;

	struct trace_sync *syncs; /* sorted by tsc; converts tsc to ns */
	size_t nsyncs;

	bool truncated;		/* damaged: the file is cut short, a block is unreadable or
				 * its records stop decoding (damage below, and threads'
				 * damaged after a walk) */
	bool memory;		/* the C allocator was interposed (FMT_FLAG_MEMORY) */
	bool flat_tails;	/* set by the reader before a frames walk: tail calls as
				 * recorded, the callee beside its caller (frames.h) */
	struct tailcalls *tails; /* where tail calls go (tailcalls.h), owned; NULL:
				  * unknown (frames_tail_nesting() loads it) */
	uint64_t filter_dropped; /* events the recording filters dropped */
	uint64_t lost;		/* events the runtime could not record (header) */
	uint64_t filter_dropped_blocks; /* internal */
	size_t unclosed_blocks;	/* blocks never closed (_exit, exec, a kill, still running) */

	uint64_t end_offset;	  /* header: bytes in use at clean shutdown, else 0 */
	uint32_t stop_reason;	  /* header: FMT_LOST_* with FMT_FLAG_STOPPED */
	uint32_t stop_errno;	  /* header: the error behind it */
	uint64_t stop_ns;	  /* trace time recording stopped, 0 if it did not */
	uint64_t end_ns;	  /* trace time of the last sync point (shutdown, a block's
				   * close) or block opening, 0 if none */
	uint64_t lost_by_reason[TRACE_LOST_REASONS]; /* the block headers' lost, by lost_reason */
	struct trace_damage damage;
};

/*
 * Open and index the log at path. Returns 0, or -1 after printing an error
 * naming the file and what is wrong with it (not a log, newer version,
 * damaged header). A damaged or cut file is not an error: the readable
 * part is indexed, trace->damage says what was found and trace->truncated
 * is set. Nothing is printed about it: tools/read/loss.h does that.
 */
int trace_open(struct trace *t, const char *path);
void trace_close(struct trace *t);

/*
 * Give back the resident pages of a part of the map that has been read
 * (a decoded block): reading it again faults it back in from the file.
 */
void trace_release(const struct trace *t, size_t off, size_t len);

/* Trace time (ns since the program started) of a raw timestamp. */
uint64_t trace_ns(const struct trace *t, uint64_t tsc);

/*
 * A cursor for converting many increasing timestamps quickly: it keeps the
 * current interpolation segment, so a conversion is one compare and one
 * multiply-add.
 */
struct trace_clock {
	const struct trace *t;
	size_t seg;
	uint64_t lo, hi;	/* the segment covers lo <= tsc < hi */
	uint64_t base_tsc;
	double base_ns, slope;
};
void trace_clock_init(const struct trace *t, struct trace_clock *c);
uint64_t trace_clock_slow(struct trace_clock *c, uint64_t tsc);

/* The current segment's value at tsc, clamped to 0 .. UINT64_MAX. */
static inline uint64_t trace_clock_eval(const struct trace_clock *c, uint64_t tsc)
{
	double v = c->base_ns + (double)(int64_t)(tsc - c->base_tsc) * c->slope;
	if (!(v > 0)) /* NaN too: a damaged log's clock */
		return 0;
	return v < 0x1p64 ? (uint64_t)v : UINT64_MAX;
}

static inline uint64_t trace_clock_ns(struct trace_clock *c, uint64_t tsc)
{
	if (tsc < c->lo || tsc >= c->hi)
		return trace_clock_slow(c, tsc);
	return trace_clock_eval(c, tsc);
}

/* The module that owns function id, or NULL. */
const struct trace_module *trace_func_module(const struct trace *t, uint32_t func);

/* Runtime address of a function id (0 if unknown). */
uint64_t trace_func_addr(const struct trace *t, uint32_t func);

/* A short process name: basename of argv[0] or of the executable. */
const char *trace_process_name(const struct trace *t);

/*
 * The logs t[0..n) in the order their processes started (start_mono_ns;
 * equal ones as given) into order[0..n): a parent before the processes it
 * started, a process before the program it exec'd.
 */
void trace_start_order(const struct trace *t, int n, int *order);

/*
 * Raw events of one thread, in recorded order, through a callback (used by
 * `dump` and the frames layer). ns is trace time, already made monotonic
 * per thread. func is 0 for an exit whose id the log left implicit and
 * the reader could not infer (no open frame).
 */
struct trace_event {
	uint64_t ns;
	uint32_t func;	/* memory events: the innermost open frame's function, or 0 */
	uint8_t kind;	/* enum trace_kind */
	uint8_t nested; /* recorded from a signal handler mid-record */
	uint64_t size, ptr, align; /* memory events; align 0: not given */
	/* the ARGS of an entry or the RETVAL of an exit, NULL when none was
	 * recorded; valid during the callback */
	const struct trace_values *values;
	/* the FLOW record of an entry, or of a TRACE_FLOW; NULL when none */
	const struct trace_flow *flow;
};
typedef int (*trace_event_fn)(void *ctx, const struct trace_event *ev);

/* Returns 0, the callback's non-zero result, or -1 on a decode error. */
int trace_thread_events(struct trace *t, struct trace_thread *th, trace_event_fn fn, void *ctx);

#endif
