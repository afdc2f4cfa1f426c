/*
 * The frames layer (see frames.h): pairs a thread's entries and exits into
 * calls, with the repair rules of docs/format.md "Reading". It runs on the
 * decoder's inlined loop, so a frame costs two callbacks and no allocation
 * once the stack has grown to the thread's deepest call. A count of open
 * frames per function id makes an exit without a matching entry O(1), so
 * no input makes the walk quadratic: a scan of the stack only happens when
 * it will find the frame, and it closes every frame it passes.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "tools/lib/usage.h"
#include "tools/read/decode.h"
#include "tools/read/frames.h"
#include "tools/read/tailcalls.h"

struct walk {
	const struct trace *t;
	const struct frames_ops *ops;
	void *ctx;
	uint64_t *next_id;
	struct frames_stats *stats;
	struct frame *stack;
	size_t depth, alloc;
	struct open_count open;
	uint64_t unwind; /* frames an UNWIND record closes at the next event */
	bool nest_tails;  /* !t->flat_tails */
	size_t tail_pending; /* depth of a frame left by a tail call that no entry has
			      * replaced yet (the next one may), 0 for none */
	uint64_t tail_child_ns; /* its child_ns at the tail call */
	struct args_slot **slots; /* [nslots] a frame's copy of its args, by depth */
	size_t nslots;
	/* ucontexts (TRACE_CONTEXT): the frames of the contexts not running,
	 * by the ucontext they were saved in; the running one's key */
	struct saved_frames {
		uint64_t key;
		struct frame *f;
		size_t n;
		uint64_t link; /* a fresh context's uc_link: runs when it returns */
	} *saved;
	size_t nctx, actx;
	uint64_t cur_key, cur_link;
	bool link_armed; /* the fresh context's function has been entered */
};

/* The args of the frame at one depth, kept until it closes (the block
 * they were decoded from may be released meanwhile). */
struct args_slot {
	struct trace_values v;
	uint8_t *bytes; /* the strings' bytes */
	size_t cap;
};

static const struct trace_values *keep_args(struct walk *w, size_t depth,
					    const struct trace_values *src)
{
	struct args_slot *s;
	size_t need = 0, off = 0;

	if (depth >= w->nslots) {
		size_t n = w->nslots ? w->nslots : 16;
		while (n <= depth)
			n *= 2;
		w->slots = xrealloc(w->slots, n * sizeof(*w->slots));
		memset(w->slots + w->nslots, 0, (n - w->nslots) * sizeof(*w->slots));
		w->nslots = n;
	}
	if (!(s = w->slots[depth]))
		s = w->slots[depth] = xcalloc(1, sizeof(*s));
	s->v = *src;
	for (uint32_t i = 0; i < src->nstr; i++)
		need += src->str[i].len;
	if (need > s->cap) {
		s->bytes = xrealloc(s->bytes, need);
		s->cap = need;
	}
	for (uint32_t i = 0; i < src->nstr; i++) {
		if (src->str[i].len)
			memcpy(s->bytes + off, src->str[i].bytes, src->str[i].len);
		s->v.str[i].bytes = s->bytes + off;
		off += src->str[i].len;
	}
	return &s->v;
}

/*
 * Close the innermost frame at ns; then, if it had replaced a frame left
 * by a tail call (entry_kind TRACE_TAIL), that frame too, and so on down
 * a chain of tail calls. A frame left by a tail call (end already
 * FRAME_END_TAIL while open) no longer counts in w->open.
 */
static inline int close_top(struct walk *w, uint64_t ns, uint8_t how)
{
	int ret = 0;

	for (;;) {
		struct frame *f = &w->stack[w->depth - 1];
		bool replaced = f->entry_kind == TRACE_TAIL;

		if (!f->end)
			open_count_dec(&w->open, f->func);
		f->end_ns = ns;
		f->end = how;
		ret = w->ops->exit ? w->ops->exit(w->ctx, f, w->stack) : 0;
		if (w->depth > 1)
			w->stack[w->depth - 2].child_ns += ns - f->start_ns;
		if (w->depth == w->tail_pending)
			w->tail_pending = 0;
		w->depth--;
		if (ret || !replaced || !w->depth)
			return ret;
		how = FRAME_END_TAIL;
	}
}

/*
 * A frame left by a tail call that no entry replaced (the callee is not
 * traced, or another event came first): it ends where it was left, as
 * without tail nesting. When a signal handler's frames ran above it after
 * the jump, it ends at ns instead, so that it still contains them; frames
 * a handler left open there (a damaged log) are closed first.
 */
static int close_tail_pending(struct walk *w, uint64_t ns)
{
	size_t at = w->tail_pending;
	bool above = w->depth > at || w->stack[at - 1].child_ns != w->tail_child_ns;
	int ret = 0;

	while (!ret && w->depth > at) {
		w->stats->repaired++;
		ret = close_top(w, ns, FRAME_END_REPAIRED);
	}
	if (ret || w->depth != at)
		return ret;
	return close_top(w, above ? ns : w->stack[at - 1].end_ns, FRAME_END_TAIL);
}

/*
 * The innermost frame leaves by a tail call at ns. Without nesting it
 * ends there; with nesting it stays open, out of w->open (the runtime
 * has left it: exits, UNWIND counts and tail calls name only the frames
 * above it), until the entry that follows replaces it and returns.
 */
static int tail_top(struct walk *w, uint64_t ns)
{
	struct frame *f = &w->stack[w->depth - 1];

	if (!w->nest_tails || w->tail_pending || w->depth >= FRAMES_TAIL_NEST_MAX)
		return close_top(w, ns, FRAME_END_TAIL);
	open_count_dec(&w->open, f->func);
	f->end = FRAME_END_TAIL;
	f->end_ns = ns;
	w->tail_pending = w->depth;
	w->tail_child_ns = f->child_ns;
	return 0;
}

/*
 * UNWIND n (docs/format.md): the runtime saw by the stack pointer that the
 * n innermost frames were left without their exits. They are closed
 * exactly, at the time of the event that follows (REPAIRED), instead of
 * guessed by function id.
 */
static int close_unwound(struct walk *w, uint64_t ns)
{
	int ret = 0;

	while (w->unwind && w->depth && !ret) {
		w->unwind--;
		w->stats->repaired++;
		ret = close_top(w, ns, FRAME_END_REPAIRED);
	}
	w->unwind = 0;
	return ret;
}

/* --- ucontexts ------------------------------------------------------------ */

/* Put the open frames away under key (they are suspended, not left). */
static void ctx_save(struct walk *w, uint64_t key)
{
	struct saved_frames *s = NULL;

	if (w->ops->ctx_save)
		w->ops->ctx_save(w->ctx, key, w->depth);
	for (size_t i = 0; i < w->nctx; i++)
		if (w->saved[i].key == key) {
			s = &w->saved[i];
			free(s->f);
			break;
		}
	if (!s) {
		ALLOC_GROW(w->saved, w->nctx + 1, w->actx);
		s = &w->saved[w->nctx++];
	}
	s->key = key;
	s->link = w->cur_link;
	s->n = w->depth;
	s->f = xmalloc((w->depth ? w->depth : 1) * sizeof(*s->f));
	memcpy(s->f, w->stack, w->depth * sizeof(*s->f));
	for (size_t i = 0; i < s->n; i++) {
		if (!s->f[i].end)
			open_count_dec(&w->open, s->f[i].func);
		s->f[i].args = NULL; /* its slot is another context's now */
		s->f[i].ret = NULL;
	}
}

/* Make the frames saved at index i the open ones (the stack is empty). */
static void ctx_restore(struct walk *w, size_t i)
{
	struct saved_frames s = w->saved[i];

	if (w->ops->ctx_restore)
		w->ops->ctx_restore(w->ctx, s.key);
	w->saved[i] = w->saved[--w->nctx];
	if (s.n > w->alloc) {
		w->alloc = s.n;
		w->stack = xrealloc(w->stack, w->alloc * sizeof(*w->stack));
	}
	memcpy(w->stack, s.f, s.n * sizeof(*s.f));
	w->depth = s.n;
	for (size_t k = 0; k < s.n; k++)
		if (!w->stack[k].end)
			open_count_inc(&w->open, w->stack[k].func);
	free(s.f);
	w->cur_key = s.key;
	w->cur_link = s.link;
	w->link_armed = s.link && s.n;
}

/* A fresh context's function returned (its frames are gone): its uc_link
 * runs again, inside libc, unrecorded. */
static void ctx_link_resume(struct walk *w)
{
	uint64_t link = w->cur_link;

	w->cur_link = 0;
	w->link_armed = false;
	for (size_t i = 0; i < w->nctx; i++)
		if (w->saved[i].key == link) {
			ctx_restore(w, i);
			return;
		}
}

/* TRACE_CONTEXT: from (0: none) the ucontext the open frames go to, to the
 * one that runs now, how what its frames are (FMT_CONTEXT_*). */
static int ctx_switch(struct walk *w, uint64_t ns, uint64_t from, uint64_t to, unsigned how,
		      uint64_t link)
{
	int ret = 0;

	if (w->tail_pending && (ret = close_tail_pending(w, ns)))
		return ret;
	if (w->unwind && (ret = close_unwound(w, ns)))
		return ret;
	if (from)
		ctx_save(w, from);
	if (how == FMT_CONTEXT_SAME)
		return 0; /* this stack goes on: later events unwind what it left */
	if (from) {
		w->depth = 0;
	} else {
		/* setcontext: the frames of the context left are left for good */
		while (!ret && w->depth) {
			w->stats->repaired++;
			ret = close_top(w, ns, FRAME_END_REPAIRED);
		}
	}
	w->cur_key = to;
	w->cur_link = how == FMT_CONTEXT_FRESH ? link : 0;
	w->link_armed = false;
	if (how == FMT_CONTEXT_RESTORED)
		for (size_t i = 0; i < w->nctx; i++)
			if (w->saved[i].key == to) {
				ctx_restore(w, i);
				break;
			}
	return ret;
}

/*
 * An exit of function id, which no open frame has: a context whose
 * function returned resumed its uc_link inside libc, unrecorded. If a
 * suspended context's innermost frame is of id, that context runs again.
 */
static bool ctx_resume_for(struct walk *w, uint32_t id)
{
	for (size_t i = w->nctx; i-- > 0;) {
		struct saved_frames *s = &w->saved[i];
		if (!s->n || s->f[s->n - 1].func != id || s->f[s->n - 1].end)
			continue;
		if (w->depth)
			ctx_save(w, w->cur_key);
		w->depth = 0;
		for (size_t k = 0; k < w->nctx; k++)
			if (w->saved[k].f == s->f) {
				ctx_restore(w, k);
				break;
			}
		return true;
	}
	return false;
}

/*
 * Close what is still open when the thread's events end. In a log its
 * process closed (exit), those frames were running when it exited: threads
 * it never joined (a dropped thread pool's workers waiting for work), or
 * the callers of exit() itself. That is no damage; they end at the exit
 * and are counted apart. In a log that just stops (a kill, _exit, exec),
 * they end at the thread's last event and count as truncated.
 */
static int close_open(struct walk *w, uint64_t ns, bool at_exit)
{
	int ret = 0;

	while (!ret && w->depth) {
		if (at_exit)
			w->stats->open_at_exit++;
		else
			w->stats->truncated++;
		ret = close_top(w, ns, FRAME_END_TRUNCATED);
	}
	return ret;
}

/* The end of the thread: the frames of suspended contexts end there too. */
static int ctx_close_all(struct walk *w, uint64_t ns, bool at_exit)
{
	int ret = 0;

	while (!ret && w->nctx) {
		ctx_restore(w, w->nctx - 1);
		ret = close_open(w, ns, at_exit);
	}
	return ret;
}

static inline int on_event(void *vctx, const struct decoded *d)
{
	struct walk *w = vctx;
	uint8_t how;
	int ret;

	if (__builtin_expect(d->kind == TRACE_UNWIND, 0)) {
		w->unwind += d->size;
		return 0;
	}
	if (__builtin_expect(d->kind == TRACE_FLOW, 0))
		return w->ops->flow ? w->ops->flow(w->ctx, d->flow, w->stack, w->depth) : 0;
	if (__builtin_expect(d->kind == TRACE_CONTEXT, 0))
		return ctx_switch(w, d->ns, d->ptr, d->size, (unsigned)d->align, d->link);
	if (__builtin_expect(w->cur_link != 0, 0)) {
		if (!w->depth && w->link_armed)
			ctx_link_resume(w);
		else if (d->kind == FMT_KIND_ENTRY)
			w->link_armed = true;
	}
	/* A signal handler's events (NESTED) may come between a tail call and
	 * the callee's entry: they nest above the frame left, and leave it
	 * waiting for its replacement. */
	if (__builtin_expect(w->tail_pending != 0, 0) && !d->nested &&
	    (d->kind != FMT_KIND_ENTRY || w->unwind || w->depth != w->tail_pending ||
	     !tailcalls_may_enter(w->t->tails, w->t, w->stack[w->depth - 1].func, d->id)) &&
	    (ret = close_tail_pending(w, d->ns)))
		return ret;
	if (__builtin_expect(w->unwind != 0, 0) && (ret = close_unwound(w, d->ns)))
		return ret;
	w->stats->events++;
	if (trace_kind_is_mem(d->kind)) {
		struct mem_event m = { d->ns, d->kind, d->size, d->ptr, d->align };
		w->stats->mem_events++;
		return w->ops->mem ? w->ops->mem(w->ctx, &m, w->stack, w->depth) : 0;
	}
	if (d->kind == FMT_KIND_ENTRY) {
		struct frame *f;
		if (w->depth == w->alloc) {
			w->alloc = w->alloc ? w->alloc * 2 : 256;
			w->stack = xrealloc(w->stack, w->alloc * sizeof(*w->stack));
		}
		f = &w->stack[w->depth];
		f->frame_id = (*w->next_id)++;
		f->parent_id = w->depth ? w->stack[w->depth - 1].frame_id : 0;
		f->func = d->id;
		f->depth = (uint32_t)w->depth;
		f->start_ns = d->ns;
		f->end_ns = 0;
		f->child_ns = 0;
		f->end = 0;
		f->entry_kind = TRACE_ENTRY;
		if (w->tail_pending && !d->nested) {
			f->entry_kind = TRACE_TAIL;
			w->tail_pending = 0;
		}
		f->args = d->values ? keep_args(w, w->depth, d->values) : NULL;
		f->ret = NULL;
		f->flow = d->flow;
		open_count_inc(&w->open, d->id);
		w->depth++;
		w->stats->frames++;
		ret = w->ops->enter ? w->ops->enter(w->ctx, f, w->stack) : 0;
		f->flow = NULL; /* the decoder's: valid in the enter callback only */
		return ret;
	}
	how = d->kind == FMT_KIND_TAIL ? FRAME_END_TAIL : FRAME_END_EXIT;
	if (!d->has_id || (w->depth && w->stack[w->depth - 1].func == d->id &&
			   !w->stack[w->depth - 1].end)) {
		if (!w->depth) {
			w->stats->unmatched_exits++;
			return 0;
		}
		if (how == FRAME_END_TAIL)
			return tail_top(w, d->ns);
		w->stack[w->depth - 1].ret = d->values;
		return close_top(w, d->ns, how);
	}
	if (!open_count_get(&w->open, d->id) &&
	    !(__builtin_expect(w->nctx != 0, 0) && ctx_resume_for(w, d->id))) {
		w->stats->unmatched_exits++;
		return 0;
	}
	if (w->depth && w->stack[w->depth - 1].func == d->id && !w->stack[w->depth - 1].end) {
		/* the top frame, after a resume */
		if (how == FRAME_END_TAIL)
			return tail_top(w, d->ns);
		w->stack[w->depth - 1].ret = d->values;
		return close_top(w, d->ns, how);
	}
	/* An exit of a frame deeper in the stack: close what was unwound. */
	for (size_t i = w->depth; i-- > 0;) {
		if (w->stack[i].func != d->id || w->stack[i].end)
			continue;
		while (w->depth > i + 1) {
			w->stats->repaired++;
			if ((ret = close_top(w, d->ns, FRAME_END_REPAIRED)))
				return ret;
		}
		if (how == FRAME_END_TAIL)
			return tail_top(w, d->ns);
		w->stack[w->depth - 1].ret = d->values;
		return close_top(w, d->ns, how);
	}
	w->stats->unmatched_exits++;
	return 0;
}

int frames_walk_thread(struct trace *t, struct trace_thread *th, const struct frames_ops *ops,
		       void *ctx, uint64_t *next_frame_id, struct frames_stats *stats)
{
	struct walk w = { .t = t, .ops = ops, .ctx = ctx, .next_id = next_frame_id, .stats = stats,
			  .nest_tails = !t->flat_tails };
	/* the process shut the log down, and the thread's events go on to its
	 * end (recording did not stop before, nothing was lost at its end
	 * except after the shutdown itself) */
	bool at_exit = t->end_offset != 0 && !t->stop_ns &&
		       (!th->lost || th->lost_reason == FMT_LOST_SHUTDOWN);
	uint64_t end_ns;
	int ret;

	if (ops->thread_begin && (ret = ops->thread_begin(ctx, t, th)))
		return ret;
	ret = decode_thread(t, th, on_event, &w);
	end_ns = th->last_ns; /* at an exit, the exit's time if later */
	if (at_exit && t->end_ns > end_ns)
		end_ns = t->end_ns;
	if (!ret && w.tail_pending)
		ret = close_tail_pending(&w, th->last_ns);
	if (!ret)
		ret = close_open(&w, end_ns, at_exit);
	if (!ret && w.nctx)
		ret = ctx_close_all(&w, end_ns, at_exit);
	for (size_t i = 0; i < w.nctx; i++)
		free(w.saved[i].f);
	free(w.saved);
	free(w.stack);
	free(w.open.n);
	for (size_t i = 0; i < w.nslots; i++)
		if (w.slots[i]) {
			free(w.slots[i]->bytes);
			free(w.slots[i]);
		}
	free(w.slots);
	if (!ret && ops->thread_end)
		ret = ops->thread_end(ctx, t, th);
	return ret;
}

int frames_walk(struct trace *t, const struct frames_ops *ops, void *ctx,
		uint64_t *next_frame_id, struct frames_stats *stats)
{
	for (size_t i = 0; i < t->nthreads; i++) {
		int ret = frames_walk_thread(t, &t->threads[i], ops, ctx, next_frame_id, stats);
		if (ret)
			return ret;
	}
	return 0;
}

void frames_tail_nesting(struct trace *t, bool nest)
{
	t->flat_tails = !nest;
	if (nest && !t->tails)
		t->tails = tailcalls_load(t);
}

void frames_stats_report(const struct frames_stats *s, const char *what)
{
	if (s->open_at_exit)
		note("%s: %" PRIu64 " frame%s still running when the process exited (threads it "
		     "did not join, such as a thread pool's workers, or the callers of exit): "
		     "closed at its exit", what, s->open_at_exit, s->open_at_exit == 1 ? " was" : "s were");
	if (!s->repaired && !s->truncated && !s->unmatched_exits)
		return;
	note("%s: repaired %" PRIu64 " frames (%" PRIu64 " unwound by an outer exit, %" PRIu64
	     " still open at the end of the log); %" PRIu64 " exits without an entry ignored",
	     what, s->repaired + s->truncated, s->repaired, s->truncated, s->unmatched_exits);
}
