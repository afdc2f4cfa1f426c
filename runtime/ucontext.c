/*
 * Coroutines: swapcontext and setcontext, interposed (docs/format.md
 * "Context switches").
 *
 * A thread that switches between ucontexts runs several call stacks in
 * turn: the frames of a coroutine are suspended, not left, when it
 * swaps back to its caller, and they resume when it is swapped to again.
 * One shadow stack per thread would nest the caller's next calls under the
 * coroutine's suspended frames and elide exit ids against the wrong frame.
 * So at each switch the shadow stack of the context being left is saved
 * under the ucontext it is saved in (swapcontext's first argument), and
 * the one of the context switched to is restored: the frames saved under
 * that ucontext before, none for a context makecontext made (its stack
 * pointer lies in its own uc_stack, away from the current stack), or the
 * current ones for a context of this stack saved by getcontext (the
 * events that follow unwind what it left, as after a longjmp). A CONTEXT
 * record says which, so the reader switches its frame stacks the same
 * way.
 *
 * A context whose function returns resumes its uc_link inside libc,
 * unseen: the record of a FRESH context names its uc_link, and the reader
 * resumes that context when the fresh one's outermost frame returns. The
 * runtime's stack is then empty: it writes the resumed frames' exits
 * with explicit ids, and the reader, were the link unknown, resumes the
 * context whose innermost frame such an exit closes.
 *
 * Saved stacks are kept in a small table by ucontext address (rt_lock);
 * a context may be resumed by another thread. Only in libsftrace.so
 * (dlsym(RTLD_NEXT) needs the dynamic loader).
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#include "runtime/internal.h"

#define EXPORT __attribute__((visibility("default")))

struct saved_ctx {
	const void *key; /* the ucontext_t */
	uint32_t depth;	 /* the shadow stack's depth (may exceed RT_STACK_CAP) */
	uint32_t n;	 /* entries kept: min(depth, RT_STACK_CAP) */
	uint64_t *frames;
	struct saved_ctx *next;
};

static struct saved_ctx *saved; /* rt_lock */

static struct saved_ctx *take(const void *key)
{
	for (struct saved_ctx **pp = &saved; *pp; pp = &(*pp)->next)
		if ((*pp)->key == key) {
			struct saved_ctx *s = *pp;
			*pp = s->next;
			return s;
		}
	return NULL;
}

static void put(const void *key, const struct rt_thread *t)
{
	struct saved_ctx *s = take(key);
	uint32_t n = t->depth < RT_STACK_CAP ? t->depth : RT_STACK_CAP;

	if (s)
		free(s->frames);
	else if (!(s = malloc(sizeof(*s))))
		return;
	s->frames = n ? malloc(n * sizeof(*s->frames)) : NULL;
	if (n && !s->frames) {
		free(s);
		return;
	}
	if (n)
		memcpy(s->frames, t->stack, n * sizeof(*s->frames));
	s->key = key;
	s->depth = t->depth;
	s->n = n;
	s->next = saved;
	saved = s;
}

static void put_record(struct rt_thread *t, const void *from, const ucontext_t *to, unsigned how)
{
	uint8_t *p, *q;

	if (!(p = rt_aux_begin(t, RT_RESERVE)))
		return;
	q = rt_put_uleb(p + 1, (uintptr_t)from);
	q = rt_put_uleb(q, (uintptr_t)to);
	*q++ = (uint8_t)how;
	if (how == FMT_CONTEXT_FRESH)
		q = rt_put_uleb(q, (uintptr_t)to->uc_link);
	__asm__ volatile("" ::: "memory");
	p[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_CONTEXT);
	rt_aux_end(t, p, q, RT_RESERVE);
}

/* Is ucp a context of its own stack (makecontext), not of this one? */
static int fresh(const ucontext_t *ucp)
{
	uintptr_t sp = ARCH_UCONTEXT_SP(ucp), here = (uintptr_t)__builtin_frame_address(0);
	uintptr_t lo = (uintptr_t)ucp->uc_stack.ss_sp, hi = lo + ucp->uc_stack.ss_size;

	return lo && sp > lo && sp <= hi && !(here > lo && here <= hi);
}

/* Switch the calling thread's shadow stack from the context saved in from
 * (NULL: left for good) to ucp's. */
static void switch_to(const void *from, const ucontext_t *ucp)
{
	struct rt_thread *t = &rt_self;
	struct saved_ctx *s;
	unsigned how;

	if (!rt_active || !t->registered || !t->stack || t->busy != RT_IDLE || t->stopped)
		return;
	rt_quiet_begin(); /* the saved stacks are not the program's allocations */
	pthread_mutex_lock(&rt_lock);
	if (from)
		put(from, t);
	if ((s = take(ucp))) {
		how = FMT_CONTEXT_RESTORED;
		if (s->n)
			memcpy(t->stack, s->frames, s->n * sizeof(*s->frames));
		t->depth = s->depth;
		free(s->frames);
		free(s);
	} else if (fresh(ucp)) {
		how = FMT_CONTEXT_FRESH;
		t->depth = 0;
	} else {
		how = FMT_CONTEXT_SAME;
	}
	pthread_mutex_unlock(&rt_lock);
	rt_quiet_end();
	put_record(t, from, ucp, how);
}

typedef int (*swap_fn)(ucontext_t *, const ucontext_t *);
typedef int (*set_fn)(const ucontext_t *);

EXPORT int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
{
	static swap_fn next;

	if (!next && !(next = (swap_fn)dlsym(RTLD_NEXT, "swapcontext"))) {
		errno = ENOSYS;
		return -1;
	}
	if (oucp && ucp)
		switch_to(oucp, ucp);
	return next(oucp, ucp);
}

EXPORT int setcontext(const ucontext_t *ucp)
{
	static set_fn next;

	if (!next && !(next = (set_fn)dlsym(RTLD_NEXT, "setcontext"))) {
		errno = ENOSYS;
		return -1;
	}
	if (ucp)
		switch_to(NULL, ucp);
	return next(ucp);
}
