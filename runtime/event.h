/*
 * The writer of one event, shared by the plain handlers (record.c) and
 * the handlers of functions that record their registers (values.c): one
 * always-inlined rt_event(), so that each handler gets the code of its
 * own case. Only record.c and values.c include this header; the protocol
 * is described at the top of record.c.
 *
 * With v == NULL (a constant in record.c's handlers) every value branch
 * folds away: plain handlers compile to what they were before values
 * existed. With v, the event and its value records (docs/format.md
 * "Value records") share one longer reservation, and the event's tag
 * byte is stored last, so nothing comes between them.
 */
#ifndef SFTRACE_RUNTIME_EVENT_H
#define SFTRACE_RUNTIME_EVENT_H

#include <time.h>

#include "arch.h"
#include "runtime/internal.h"

#define NCS ARCH_NCS
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define barrier() __asm__ volatile("" ::: "memory")

#define rt_xadd arch_local_xadd
#define rt_cmpxchg arch_local_cmpxchg

/*
 * values.c: write the value records of an event of kind at q (room: the
 * spec's reservation size); returns their end. Reads strings without
 * faulting. Defined (always inlined) in values.c, the only file that
 * passes values to rt_event() (it defines RT_EVENT_VALUES).
 */
#ifdef RT_EVENT_VALUES
static inline uint8_t *rt_values_put(uint8_t *q, unsigned kind, const struct rt_vregs *v,
				     const struct rt_vspec *s);
#define RT_VALUES_PUT(q, kind, v, vs) rt_values_put(q, kind, v, vs)
#else
#define RT_VALUES_PUT(q, kind, v, vs) (q)
#endif

/* record.c: the cold parts of an event (see there). */
NCS __attribute__((noinline, cold)) void rt_nested(void) RT_HIDDEN;
NCS __attribute__((noinline)) void rt_pop_to(void) RT_HIDDEN;
NCS __attribute__((noinline, cold)) uint32_t rt_unwound(uint32_t d, int entry) RT_HIDDEN;

static ALWAYS_INLINE void rt_event(unsigned kind, uint32_t id, uint64_t now, uintptr_t sp,
				   const struct rt_vregs *v)
{
	const struct rt_vspec *vs = v ? rt_values_spec(id) : NULL;
	/* a reservation with value records: more bytes (0 for plain events,
	 * a constant that folds away) */
	uint32_t more = v ? (kind == FMT_KIND_ENTRY ? vs->resv_args : vs->resv_ret) : 0;
	struct rt_thread *t = &rt_self;
	uint8_t *p, *q, *e, tag;
	uint64_t delta;
	uint32_t d, k = 0;
	int explicit_id;

	if (RT_UNLIKELY(t->busy)) {
		/* Nested: pass the event in TLS rather than argument
		 * registers (which this handler would otherwise save on every
		 * call). A writer nested deeper still, arriving between these
		 * stores and rt_nested() reading them, restores them before
		 * it returns. */
		uint32_t sk = t->nkind, si = t->nid;
		uint64_t sn = t->nnow;
		t->nkind = kind;
		t->nid = id;
		t->nnow = now;
		rt_nested();
		t->nkind = sk;
		t->nid = si;
		t->nnow = sn;
		return;
	}
	t->rec_sp = arch_stack_pointer();
	t->rec_depth = t->depth;
	t->rec_last = t->last;
	t->rec_base = t->base;
	t->busy = RT_RECORDING;
	barrier();
	if (RT_UNLIKELY(rt_filters_active)) {
		t->fkind = kind;
		t->fid = id;
		t->fnow = now;
		if (!rt_filter_event())
			goto out;
	}
	if (v)
		t->resv_more = more; /* before resv: rt_jump_out() reads it with resv */
	p = rt_xadd(&t->wp, RT_RESERVE + more);
	t->resv = p;
	/* A longer reservation ends, like a plain one, before the room kept
	 * for nested writers. */
	if (RT_UNLIKELY(p + more >= t->lim->end)) {
		if (RT_UNLIKELY(rt_test_nest.signo) && t->block)
			rt_test_nest_raise(0);
		rt_unreserve(t, p, RT_RESERVE + more);
		t->busy = RT_SWITCHING;
		barrier();
		if (RT_UNLIKELY(rt_test_nest.signo) && t->block)
			rt_test_nest_raise(1);
		arch_slow_call();
		switch (rt_reserve_after_slow_n(t, &p, more)) {
		case -1:
			if (v)
				t->resv_more = 0;
			return; /* this thread no longer records */
		case 1:
			goto out;
		}
	}

	delta = now - t->base;
	if (RT_UNLIKELY((int64_t)delta < 0)) {
		/* Counters of two CPUs disagree slightly after a migration. */
		delta = 0;
		now = t->base;
	}
	d = t->depth;
	/* Where sp is on the thread's stack (RT_FRAME): the offset stored for
	 * a frame (0 off the stack) and the one compared (all ones off it, so
	 * that neither side off the stack ever matches). */
	uintptr_t o = t->stk_hi - sp;
	uint32_t soff = o < t->stk_span ? (uint32_t)o : 0;
	uint32_t coff = o < t->stk_span ? (uint32_t)o : UINT32_MAX;
	uint64_t top = RT_LIKELY(d - 1 < RT_STACK_CAP) ? t->stack[d - 1] : 0;
	/* Frames the stack pointer shows were unwound are closed exactly:
	 * an UNWIND record before the event. An entry at or above the
	 * innermost frame's entry stack pointer, an exit or tail call above
	 * it (a frame's own exit sees its entry's stack pointer): the frame
	 * that caught an exception or a longjmp returning before it calls
	 * anything (t1038). */
	if (RT_UNLIKELY(kind == FMT_KIND_ENTRY ? RT_FRAME_OFF(top) >= coff
					      : RT_FRAME_OFF(top) > coff)) {
		t->usp = coff;
		k = rt_unwound(d, kind == FMT_KIND_ENTRY);
		d -= k;
		t->depth = d;
		if (kind != FMT_KIND_ENTRY) /* the exit's frame is the new top */
			top = RT_LIKELY(d - 1 < RT_STACK_CAP) ? t->stack[d - 1] : 0;
	}
	e = k ? rt_put_uleb(p + 1, k) : p;
	tag = (uint8_t)(kind | ((delta & 15) << FMT_TAG_DELTA_SHIFT));
	q = e + 1;
	if (delta >> 4) {
		tag |= FMT_TAG_MORE;
		q = rt_put_uleb(q, delta >> 4);
	}
	if (kind == FMT_KIND_ENTRY) {
		explicit_id = id != t->last;
		if (RT_LIKELY(d < RT_STACK_CAP))
			t->stack[d] = RT_FRAME(id, soff);
		t->depth = d + 1;
	} else if (RT_LIKELY(d - 1 < RT_STACK_CAP && RT_FRAME_ID(top) == id)) {
		explicit_id = 0;
		t->depth = d - 1;
	} else {
		explicit_id = 1;
		if (d) {
			t->nid = id;
			rt_pop_to();
		}
	}
	if (explicit_id) {
		tag |= FMT_TAG_ID;
		q = rt_put_uleb(q, fmt_zigzag((int64_t)id - (int64_t)t->last));
		t->last = id;
	}
	if (v)
		q = RT_VALUES_PUT(q, kind, v, vs); /* value records, stored before the tag */
	barrier();
	e[0] = tag;
	if (RT_UNLIKELY(k)) {
		barrier();
		p[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_UNWIND); /* stored last: it starts the reservation */
	}
	if (RT_UNLIKELY(!rt_cmpxchg(&t->wp, p + RT_RESERVE + more, q)))
		rt_pad(q, p + RT_RESERVE + more);
	t->base = now;
out:
	t->resv = NULL; /* no reservation held: see rt_jump_out() */
	if (v)
		t->resv_more = 0;
	barrier();
	t->busy = RT_IDLE;
}


/*
 * Without an invariant TSC the handlers read CLOCK_MONOTONIC. The vDSO
 * code behind clock_gettime is built by the kernel without vector
 * registers; the general registers it may clobber are saved by the
 * handlers (no_caller_saved_registers around a normal call).
 */
static __attribute__((noinline, unused)) uint64_t rt_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/*
 * The program forbade the TSC (clock.c): the system call's clock, in the
 * log's unit.
 */
static ALWAYS_INLINE uint64_t rt_now_sys(void)
{
	uint64_t ns = arch_sys_monotonic_ns();

	return rt_cfg.clock_ns ? ns : rt_emu_ticks(ns);
}

#endif
