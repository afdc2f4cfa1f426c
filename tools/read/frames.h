/*
 * The frames layer: turns a thread's entry/exit/tail events into balanced
 * calls. Every writer (Perfetto, Parquet, report, tree, flame graph)
 * consumes frames, so pairing and repair live only here.
 *
 * Repair rules (docs/format.md, "Reading"):
 *  - an exit whose function is not the innermost open frame closes every
 *    frame above the matching one at that time (exceptions, longjmp,
 *    panics unwinding instrumented frames): those end REPAIRED;
 *  - an exit with no matching open frame is ignored and counted;
 *  - frames still open at the end of the thread's events end TRUNCATED at
 *    the thread's last timestamp, or, in a log its process shut down
 *    (exit), at that shutdown: those were running at exit (threads never
 *    joined, the callers of exit), counted as open_at_exit, not damage;
 *  - timestamps never go backwards within a thread.
 *
 * Tail calls (docs/format.md): a function that leaves by jumping to
 * another one (a tail event) is, as in the source, the caller of that
 * function. Its frame stays open; the entry that follows is its child,
 * with entry_kind TRACE_TAIL, and when that child closes the caller
 * closes too, at the same time, with end FRAME_END_TAIL (a chain of tail
 * calls closes together). A tail call with no entry after it, or with the
 * entry of a function it cannot have jumped to (t->tails, tailcalls.h:
 * the callee is not traced), ends the caller at the tail event. With t->flat_tails
 * (or beyond FRAMES_TAIL_NEST_MAX open frames) every tail call ends the
 * caller's frame at the tail event and the callee follows at the same
 * depth, as the events are recorded.
 */
#ifndef SFTRACE_TOOLS_READ_FRAMES_H
#define SFTRACE_TOOLS_READ_FRAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tools/read/trace.h"

enum frame_end {
	FRAME_END_EXIT = 1,
	FRAME_END_TAIL = 2,
	FRAME_END_REPAIRED = 3,	 /* closed by an outer frame's exit */
	FRAME_END_TRUNCATED = 4, /* still open when the thread's log ended */
};

/* Open frames beyond which a tail call no longer keeps its caller open,
 * so that an endless tail-call loop cannot grow the stack without bound. */
#define FRAMES_TAIL_NEST_MAX 65536

struct frame {
	uint64_t frame_id;  /* unique in the walk (>= 1), shared by enter and exit */
	uint64_t parent_id; /* enclosing frame, 0 for none */
	uint32_t func;	    /* function id (see trace_func_module) */
	uint32_t depth;	    /* 0 for an outermost frame */
	uint64_t start_ns;
	uint64_t end_ns;    /* valid in exit callbacks */
	uint64_t child_ns;  /* time spent in direct children (exit callbacks) */
	uint8_t end;	    /* enum frame_end, in exit callbacks; FRAME_END_TAIL in a
			     * frame of stack[] still open after a tail call */
	uint8_t entry_kind; /* TRACE_ENTRY, or TRACE_TAIL: entered by a tail call of
			     * its parent, whose frame ends with this one */
	/*
	 * Values (docs/format.md "Value records", struct trace_values in
	 * trace.h; tools/read/values.h names and formats them). args: the
	 * argument registers and strings recorded at the entry, in the enter
	 * and exit callbacks of this frame; ret: the return registers of its
	 * exit, in the exit callback (an exit, not a tail call or a repair).
	 * NULL when not recorded. Owned by the walk.
	 */
	const struct trace_values *args;
	const struct trace_values *ret;
	/* The FLOW record of the entry (trace.h struct trace_flow: a work item
	 * this call executes or hands over), in the enter callback only; NULL
	 * when none. tools/read/flows.h resolves it. */
	const struct trace_flow *flow;
};

struct mem_event {
	uint64_t ns;
	uint8_t kind;	/* TRACE_ALLOC, TRACE_FREE, TRACE_REALLOC_NEW, TRACE_REALLOC_OLD */
	uint64_t size;	/* requested size (a free: what its reporter knew) */
	uint64_t ptr;
	uint64_t align;	/* 0: not given */
};

struct frames_ops {
	/* Optional. Called before a thread's first frame / after its last. */
	int (*thread_begin)(void *ctx, struct trace *t, struct trace_thread *th);
	int (*thread_end)(void *ctx, struct trace *t, struct trace_thread *th);
	/*
	 * stack[0..f->depth] are the open frames, stack[f->depth] == *f.
	 * Return 0 to go on, non-zero to stop the walk with that value.
	 */
	int (*enter)(void *ctx, const struct frame *f, const struct frame *stack);
	int (*exit)(void *ctx, const struct frame *f, const struct frame *stack);
	/*
	 * Optional: a memory event (docs/format.md "Memory records") of the
	 * thread, with the frames open at that moment, stack[0..depth-1]
	 * (depth 0: outside every traced frame). The allocation belongs to
	 * the innermost one.
	 */
	int (*mem)(void *ctx, const struct mem_event *m, const struct frame *stack, size_t depth);
	/* Optional: the thread's creation (a TRACE_FLOW_THREAD record), with
	 * the frames open at that point (normally none). */
	int (*flow)(void *ctx, const struct trace_flow *fl, const struct frame *stack,
		    size_t depth);
	/*
	 * Optional: coroutines (ucontext switches, TRACE_CONTEXT). ctx_save:
	 * the open frames, depth of them, are put away under key (replacing
	 * what key held), suspended, not closed; the stack is then empty
	 * unless the switch keeps it. ctx_restore: the frames saved under key
	 * are the open ones again, at their depths. A callback that keeps
	 * state per depth keeps its own copy the same way.
	 */
	int (*ctx_save)(void *ctx, uint64_t key, size_t depth);
	int (*ctx_restore)(void *ctx, uint64_t key);
};

struct frames_stats {
	uint64_t events;
	uint64_t mem_events;	   /* of the events, memory records */
	uint64_t frames;
	uint64_t repaired;	   /* frames closed by an outer exit */
	uint64_t truncated;	   /* frames closed at the end of a log that just stops */
	uint64_t open_at_exit;	   /* frames still running when the process exited
				    * (a clean shutdown): closed at the exit, no damage */
	uint64_t unmatched_exits; /* exits with no open frame, ignored */
};

/*
 * Walk every thread of t in order (thread_begin, enter/exit..., thread_end).
 * *next_frame_id supplies frame ids (start it at 1; pass the same counter
 * across several logs to keep ids unique). Stats are added to *stats.
 * Returns 0, a callback's non-zero value, or -1 on a decode error.
 */
int frames_walk(struct trace *t, const struct frames_ops *ops, void *ctx,
		uint64_t *next_frame_id, struct frames_stats *stats);

/* The same for one thread. */
int frames_walk_thread(struct trace *t, struct trace_thread *th, const struct frames_ops *ops,
		       void *ctx, uint64_t *next_frame_id, struct frames_stats *stats);

/*
 * Choose how the walks of t read tail calls: nest (the default of every
 * command) reads the module files for where each tail call can go
 * (tailcalls.h); !nest sets t->flat_tails. Call once, before walking.
 */
void frames_tail_nesting(struct trace *t, bool nest);

/*
 * For stderr: a line of information about frames open at exit, and one
 * about damage repaired, "repaired N frames (M unwound, K open at end)".
 */
void frames_stats_report(const struct frames_stats *s, const char *what);

#endif
