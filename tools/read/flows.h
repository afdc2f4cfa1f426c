/*
 * Work items handed between threads (docs/format.md "Flow records"):
 * which frame caused each frame that executed an item on another thread.
 *
 * The runtime records, at the entry of a function that executes an item,
 * either the item's owner (thread, level and function of the frame whose
 * stack holds it: rayon's StackJob) or only its address (a heap item),
 * at the entry of a function that hands an item over its address, and at
 * a thread's start the frame that created it. flows_resolve() turns
 * those into frame ids of the same walk: an owner is the frame open at
 * that level of its thread at the moment the executor started, a heap
 * item's cause is the latest call that handed that address over before
 * it ran, or else the frame that allocated the block holding it (with
 * memory records).
 *
 * It walks the log twice, so its frame ids are those of a walk that
 * starts at first_id with the same tail-call setting (call it after
 * frames_tail_nesting()).
 */
#ifndef SFTRACE_TOOLS_READ_FLOWS_H
#define SFTRACE_TOOLS_READ_FLOWS_H

#include <stddef.h>
#include <stdint.h>

#include "tools/read/frames.h"

struct flows;

struct flows_stats {
	uint64_t items;	     /* executed items recorded */
	uint64_t linked;     /* of which linked to a cause */
	uint64_t same_thread; /* of the linked, caused on their own thread */
	uint64_t threads;    /* threads whose creator is known */
};

/*
 * The causes in log t, whose walk gives its first frame id first_id; NULL
 * when the log records neither work items nor thread creations
 * (FMT_FLAG_FLOWS, FMT_FLAG_THREAD_FLOWS). A damaged log
 * gives the causes of what decodes.
 */
struct flows *flows_resolve(struct trace *t, uint64_t first_id);
void flows_free(struct flows *fl);
void flows_get_stats(const struct flows *fl, struct flows_stats *s);

/*
 * The cause of frame f of thread th: the frame that made the item f
 * executes, or for an outermost frame of a thread whose creation was
 * recorded, the creating frame; 0 for none. Cheap: one search.
 */
uint64_t flows_cause(const struct flows *fl, const struct trace_thread *th, const struct frame *f);

/* Whether the cause of f is an item it executes (1) or its thread's creation (0). */
int flows_cause_is_item(const struct flows *fl, const struct frame *f);

/*
 * The frames whose cause is frame id (their ids, increasing) into *out;
 * returns how many. Executions of items only (not thread creations).
 */
size_t flows_effects(const struct flows *fl, uint64_t id, const uint64_t **out);

/* The first frame id of thread index k of the log in the walks fl used
 * (a walk of that thread alone starts its counter there). */
uint64_t flows_thread_first_id(const struct flows *fl, size_t k);

/* The thread a cause frame ran on (its serial), 0 if id is no cause. */
uint32_t flows_cause_thread(const struct flows *fl, uint64_t id);

/*
 * The call path of cause frame id, stitched: its own thread's frames
 * from the one whose cause is known (recursively that cause's path) down
 * to id, as function ids, outermost first. Returns the length (0: id is
 * not a cause). Owned by fl.
 */
size_t flows_path(const struct flows *fl, uint64_t id, const uint32_t **funcs);

/*
 * In the open frames s[0..n), the one at level (as the runtime counts: a
 * tail call's callee takes its caller's level) with function func; else
 * the frame of func nearest that level; -1 for none.
 */
long flows_frame_at_level(const struct frame *s, size_t n, uint32_t level, uint32_t func);

/*
 * The way back: for each item executed on another thread than its
 * cause's, the frame of the cause's thread that waited for it: at the
 * executor's last entry (its own or its latest callee's, before the work
 * was done), the innermost frame of the cause's call path still open (the
 * cause itself in a join; a scope, when the frame that spawned into it
 * had returned). A third walk, of the causes' threads;
 * call it once before the two below (only the Perfetto arrows need it).
 */
void flows_resolve_back(struct flows *fl);

/* The waiting frame of executor id, 0 for none. */
uint64_t flows_back_waiter(const struct flows *fl, uint64_t id);

/* The executors (ids, increasing) that frame id waited for, into *out;
 * returns how many. */
size_t flows_back_joined(const struct flows *fl, uint64_t id, const uint64_t **out);

#endif
