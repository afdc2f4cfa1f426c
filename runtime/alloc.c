/*
 * Memory records: allocation events in the calling thread's stream.
 *
 * Two sources report them:
 *   - sftrace_alloc_event(), the C ABI the `sftrace-setup` crate's
 *     allocator wrapper calls (any program may call it);
 *   - the interposed C allocator (runtime/malloc/, libsftrace-malloc.so,
 *     preloaded by `sftrace record --memory`), through
 *     sftrace__malloc_event().
 * A record is written in place in the thread's stream, so it belongs to
 * the innermost frame open at that point: the reader attributes it with
 * no stack walk. It uses the hot path's reserve/commit protocol (record.c):
 * a signal handler's records never mix with it.
 *
 * The crate's wrapper calls the C allocator itself, so with both sources
 * active every block would be seen twice. The crate reports an allocation
 * after malloc returned and a free before calling free, so the two
 * reports of one block are adjacent: each thread remembers its last few
 * records, and a report that matches one of the other source (same
 * pointer, same direction) is the same event and is dropped.
 *
 * Events are not recorded when the thread is not recording (thread-only
 * mode, exited, stopped), when the process has no log (no instrumented
 * module yet: a shell or a package manager under --memory writes
 * nothing; a fork child's are recorded once a traced call made its log),
 * or when the runtime itself is running on this thread (its
 * slow path: libc calls it makes must not recurse into recording). An
 * allocation by a signal handler that interrupted this thread's own
 * recording is counted as lost.
 */
#include <stddef.h>

#include "arch.h"
#include "runtime/internal.h"
#include "sftrace/sftrace.h"

#define EXPORT __attribute__((visibility("default")))

/*
 * Set while the interposed allocator is attached and recording can happen:
 * the shim reads it before calling malloc_usable_size() for a free.
 */
EXPORT volatile int sftrace__malloc_active;

/* The align code of docs/format.md "Memory records". */
static inline unsigned align_code(uint64_t align, unsigned *log2)
{
	unsigned l;

	if (!align)
		return 0;
	l = 63u - (unsigned)__builtin_clzll(align);
	*log2 = l;
	return l <= 5 ? l + 1 : FMT_MEM_ALIGN_EXT;
}

/*
 * Was this event already reported by the other source? Consumes the
 * match. Otherwise remembers it.
 */
static int mem_duplicate(struct rt_thread *t, unsigned src, unsigned kind, uintptr_t ptr)
{
	uint8_t class = kind == FMT_MEM_ALLOC || kind == FMT_MEM_REALLOC_NEW ? 1 : 2;
	struct rt_mem_recent *r;

	for (unsigned i = 0; i < RT_MEM_RECENT; i++) {
		r = &t->mem_recent[i];
		if (r->ptr != ptr)
			continue;
		if (r->class == class && r->src != src) {
			r->ptr = 0;
			return 1;
		}
		/* An older event of this block (freed since, or allocated
		 * again): only the latest one can be reported twice. */
		r->ptr = 0;
	}
	r = &t->mem_recent[t->mem_next++ % RT_MEM_RECENT];
	r->ptr = ptr;
	r->class = class;
	r->src = (uint8_t)src;
	return 0;
}

void rt_mem_event(unsigned src, unsigned kind, uint64_t size, uint64_t align, uintptr_t ptr)
{
	struct rt_thread *t = &rt_self;
	uint8_t *p, *q;
	uint64_t now, delta;
	unsigned code, log2 = 0;

	if (!ptr || kind < FMT_MEM_ALLOC || kind > FMT_MEM_REALLOC_OLD)
		return;
	if (RT_UNLIKELY(t->quiet))
		return;
	if (RT_UNLIKELY(t->busy != RT_IDLE)) {
		/* RECORDING/SWITCHING: a signal handler allocated while this
		 * thread was writing a record (not async-signal-safe, but
		 * programs do it). OFF: not recorded. HOLD: the runtime's own
		 * slow path is calling libc. */
		if (t->busy == RT_RECORDING || t->busy == RT_SWITCHING)
			t->block_lost++;
		else if (t->busy == RT_VFORK)
			t->vfork_lost++; /* a vfork child (vfork.c) */
		else if (t->busy == RT_OFF && t->stopped)
			__atomic_fetch_add(t->block ? &t->block->lost : &rt_lost_unblocked, 1,
					   __ATOMIC_RELAXED);
		return;
	}
	/* Not set up yet (or stopped before this thread had a block): a
	 * thread with a block writes on, as its calls do, until it is full. */
	if (!rt_active && !t->lim->end)
		return;
	if (sftrace__malloc_active && mem_duplicate(t, src, kind, ptr))
		return;
	now = rt_clock();
	t->rec_lastptr = t->lastptr;
	if (!(p = rt_aux_begin(t, RT_MEM_RESERVE)))
		return;
	delta = now - t->base;
	if ((int64_t)delta < 0) {
		delta = 0;
		now = t->base;
	}
	if (size >= (1ull << 61))
		size = (1ull << 61) - 1;
	code = align_code(align, &log2);
	q = rt_put_uleb(p + 1, delta);
	q = rt_put_uleb(q, size << 3 | code);
	q = rt_put_uleb(q, fmt_zigzag((int64_t)(ptr - t->lastptr)));
	if (code == FMT_MEM_ALIGN_EXT)
		q = rt_put_uleb(q, log2);
	__asm__ volatile("" ::: "memory");
	p[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_ALLOC + kind - 1);
	t->base = now;
	t->lastptr = ptr;
	rt_aux_end(t, p, q, RT_MEM_RESERVE);
}

EXPORT void sftrace_alloc_event(uint8_t kind, size_t size, size_t align, void *ptr)
{
	if (RT_UNLIKELY(rt_forward_alloc_event)) {
		rt_forward_alloc_event(kind, size, align, ptr);
		return;
	}
	rt_mem_event(RT_MEM_SRC_ABI, kind, size, align, (uintptr_t)ptr);
}

/* The interposed allocator's hook (not in the public header). */
EXPORT void sftrace__malloc_event(unsigned kind, size_t size, size_t align, void *ptr);
EXPORT void sftrace__malloc_event(unsigned kind, size_t size, size_t align, void *ptr)
{
	rt_mem_event(RT_MEM_SRC_MALLOC, kind, size, align, (uintptr_t)ptr);
}

/* The interposed allocator's constructor: memory recording is complete. */
EXPORT void sftrace__malloc_attach(void);
EXPORT void sftrace__malloc_attach(void)
{
	if (!rt_active)
		return;
	sftrace__malloc_active = 1;
	rt_log_set_flag(FMT_FLAG_MEMORY);
	rt_debug("memory: the C allocator is interposed");
}
