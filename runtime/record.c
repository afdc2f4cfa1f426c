/*
 * The hot path: what runs at every traced function entry, exit and tail
 * call.
 *
 * A patched sled does `mov r10d, <id>; call/jmp <near thunk>` and the thunk
 * jumps here. The handlers are C compiled with -mgeneral-regs-only and
 * declared no_caller_saved_registers: they save exactly the general
 * registers they use and never touch a vector register, so argument and
 * return registers survive without a save-everything trampoline. Anything
 * that needs libc goes through arch_slow_call (trampolines.S).
 *
 * One event (docs/format.md "EVENTS blocks"):
 *   1. busy != IDLE: we interrupted our own thread (a signal handler ran
 *      traced code mid-event): write a self-contained NESTED record instead
 *      of touching the decoder registers (base, last) or the shadow stack.
 *   2. busy = RECORDING; reserve RT_RESERVE bytes with an unlocked xadd on
 *      wp (one instruction: atomic with respect to signals on this thread).
 *   3. encode tag, delta, optional id into the reservation, tag byte last
 *      (a record cut short by SIGKILL reads as the end of the stream).
 *   4. commit with an unlocked cmpxchg (reserved end -> actual end). If a
 *      nested writer appended records after our reservation meanwhile, the
 *      cmpxchg fails: fill our unused bytes with PAD and keep wp after the
 *      nested records.
 *   5. update base/last, busy = IDLE.
 * The id is elided exactly as the reader infers it: entry when id == last,
 * exit/tail when the shadow stack top is id. An explicit exit id deeper in
 * the stack pops down to it; one not on the stack leaves it alone.
 */
#include <sys/syscall.h>

#include "arch.h"
#include "runtime/event.h"


struct rt_limits rt_no_limits; /* NULL limits: every event takes the slow path */
__thread struct rt_thread rt_self __attribute__((tls_model("initial-exec"))) = {
	.lim = &rt_no_limits,
};

struct rt_test_nest rt_test_nest;

NCS __attribute__((noinline, cold)) void rt_test_nest_raise(unsigned point)
{
	long pid = arch_syscall6(SYS_getpid, 0, 0, 0, 0, 0, 0);
	long tid = arch_syscall6(SYS_gettid, 0, 0, 0, 0, 0, 0);

	/* each is delivered as the system call returns: one handler run each */
	for (unsigned i = 0; i < rt_test_nest.count[point]; i++)
		arch_syscall6(SYS_tgkill, pid, tid, rt_test_nest.signo, 0, 0, 0);
}

/*
 * A nested writer found no room left in the block while the outer writer
 * is on its way to replace it (RT_SWITCHING: it gave its reservation back
 * and holds none, so nothing refers to the block any more): replace it
 * here, with signals blocked, as the outer would. Under a signal storm the
 * outer can be held in that window for milliseconds, long enough for the
 * handlers' records to fill the room kept for them (t1019 under load,
 * t1048); the outer's slow path then finds room and keeps the new block.
 * 1: replaced (busy is RT_RECORDING: the caller sets RT_SWITCHING back
 * once its record is written), -1: recording stopped (the slow path
 * counted this event lost), 0: not possible here.
 */
static NCS int rt_nested_switch(struct rt_thread *t)
{
	uint32_t sk = t->nkind, si = t->nid;
	uint64_t sn = t->nnow;

	if (t->busy != RT_SWITCHING || !t->block)
		return 0;
	arch_slow_call();
	if (t->busy != RT_RECORDING)
		return -1;
	/* rt_flush_pending() passes each held event through nkind..nnow */
	if (t->npending)
		rt_flush_pending();
	t->nkind = sk;
	t->nid = si;
	t->nnow = sn;
	return 1;
}

/* An event raised while this thread was already recording one. */
NCS __attribute__((noinline, cold)) void rt_nested(void)
{
	struct rt_thread *t = &rt_self;
	uint8_t *p, *q;
	int switched = 0;

	if (t->busy == RT_HOLD) {
		/* The block is being replaced: hold the event until it is. */
		uint32_t i = arch_local_inc32(&t->npending);
		if (i < RT_PENDING) {
			t->pending[i].kind = t->nkind;
			t->pending[i].id = t->nid;
			t->pending[i].now = t->nnow;
		} else {
			t->block_lost++;
		}
		return;
	}
	if (t->busy == RT_VFORK) {
		t->vfork_lost++; /* a vfork child (vfork.c) */
		return;
	}
	if (t->busy == RT_OFF) {
		/* Not recording. If it stopped (disk full, shutdown), the
		 * event is counted in the thread's last block (tbuf.c). */
		if (t->stopped) {
			if (t->block)
				__atomic_fetch_add(&t->block->lost, 1, __ATOMIC_RELAXED);
			else
				__atomic_fetch_add(&rt_lost_unblocked, 1, __ATOMIC_RELAXED);
		}
		return;
	}
	if (t->busy != RT_RECORDING && t->busy != RT_SWITCHING)
		return;
	/* RT_SWITCHING: the outer writer found the block full and undid its
	 * reservation, but the slow path has not blocked signals yet, so the
	 * block is intact: write into the room kept for nested records. */
again:
	p = rt_xadd(&t->wp, RT_RESERVE);
	if (p >= t->lim->nend) {
		rt_unreserve(t, p, RT_RESERVE);
		if (!switched) {
			switched = rt_nested_switch(t);
			if (switched > 0)
				goto again;
			if (switched < 0)
				return;
		}
		t->block_lost++;
		goto out;
	}
	q = p + 1;
	*q++ = (uint8_t)t->nkind;
	q = rt_put_uleb(q, t->nnow);
	q = rt_put_uleb(q, t->nid);
	barrier();
	p[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_NESTED);
	if (!rt_cmpxchg(&t->wp, p + RT_RESERVE, q))
		rt_pad(q, p + RT_RESERVE);
	/* frames the handler opened: if it leaves by longjmp, rt_jump_out()
	 * closes them (UNWIND) */
	if (t->nkind == FMT_KIND_ENTRY)
		t->nested_open++;
	else if (t->nested_open)
		t->nested_open--;
out:
	if (switched > 0) {
		barrier();
		t->busy = RT_SWITCHING; /* the outer writer's state */
	}
}

/*
 * Write the events held during a block switch as NESTED records. busy is
 * RECORDING again, so nothing is added to pending meanwhile (a signal
 * now writes its own NESTED record).
 */
NCS __attribute__((noinline, cold)) void rt_flush_pending(void)
{
	struct rt_thread *t = &rt_self;
	uint32_t n = t->npending < RT_PENDING ? t->npending : RT_PENDING;

	for (uint32_t i = 0; i < n; i++) {
		t->nkind = t->pending[i].kind;
		t->nid = t->pending[i].id;
		t->nnow = t->pending[i].now;
		rt_nested();
	}
	t->npending = 0;
}

/* An explicit exit id that is not the top: pop down to it if it is on the stack. */
NCS __attribute__((noinline)) void rt_pop_to(void)
{
	struct rt_thread *t = &rt_self;
	uint32_t d = t->depth, id = t->nid;

	if (d > RT_STACK_CAP) {
		/* Beyond what we track: the reader pops its matching frame,
		 * which is the top unless an exception unwound this deep. */
		t->depth = d - 1;
		return;
	}
	while (d-- > 0)
		if (RT_FRAME_ID(t->stack[d]) == id) {
			t->depth = d;
			return;
		}
}

/*
 * Frames the stack pointer sp shows were left without their exits: at an
 * entry, the open frames whose entry stack pointer is at or below sp; at
 * an exit, those below it (the same frame's exit sees the same stack
 * pointer as its entry). Counts them from the top, d open frames.
 */
NCS __attribute__((noinline, cold)) uint32_t rt_unwound(uint32_t d, int entry)
{
	struct rt_thread *t = &rt_self;
	uint32_t off = (uint32_t)t->usp, k = 0;

	/* Only on the thread's own stack: a coroutine's stack or a
	 * sigaltstack elsewhere says nothing about the frames here. Offsets
	 * grow with depth: a frame at or below sp has an offset at or above
	 * sp's. */
	if (!off || off == UINT32_MAX)
		return 0;
	while (k < d) {
		uint32_t s = RT_FRAME_OFF(t->stack[d - 1 - k]);
		if (!s || (entry ? s < off : s <= off))
			break;
		k++;
	}
	return k;
}

/* Read a ULEB128 at *q (a record this thread wrote: well formed). */
static uint64_t rt_get_uleb(uint8_t **q)
{
	uint64_t v = 0;
	unsigned shift = 0;
	uint8_t b;

	do {
		b = *(*q)++;
		v |= (uint64_t)(b & 0x7f) << shift;
		shift += 7;
	} while ((b & 0x80) && shift < 64);
	return v;
}

void rt_jump_out(uintptr_t target_sp)
{
	struct rt_thread *t = &rt_self;
	uint8_t *p = t->resv, *q, *end;

	if ((t->busy != RT_RECORDING && t->busy != RT_SWITCHING) || target_sp <= t->rec_sp)
		return; /* nothing interrupted, or the jump stays inside the handler */
	end = p + RT_RESERVE + t->resv_more;
	if (t->busy == RT_RECORDING && p && p[0]) {
		/* The record is in the stream (its tag is stored last): bring
		 * base (and lastptr) to what the reader has after it, and pad
		 * what follows it if the reservation was not committed. */
		uint8_t tag = p[0];
		q = p + 1;
		if ((tag >> 2) == FMT_SPECIAL_UNWIND && !(tag & 3)) {
			rt_get_uleb(&q); /* the event follows in the same reservation */
			tag = *q++;
		}
		if (tag & 3) {
			uint64_t d = (tag >> FMT_TAG_DELTA_SHIFT) & 0xf;
			if (tag & FMT_TAG_MORE)
				d |= rt_get_uleb(&q) << 4;
			if (tag & FMT_TAG_ID)
				rt_get_uleb(&q);
			t->base = t->rec_base + d;
			if (t->resv_more)
				q = rt_values_skip(q, end); /* they belong to the event */
		} else if ((tag >> 2) >= FMT_SPECIAL_ALLOC && (tag >> 2) <= FMT_SPECIAL_REALLOC_OLD) {
			uint64_t size;
			t->base = t->rec_base + rt_get_uleb(&q);
			size = rt_get_uleb(&q);
			t->lastptr = t->rec_lastptr + (uint64_t)fmt_unzigzag(rt_get_uleb(&q));
			if ((size & 7) == FMT_MEM_ALIGN_EXT)
				rt_get_uleb(&q);
		}
		/* Still reserved: [q, end) is unwritten. Committed: q is
		 * where the next record (a signal handler's) went. */
		if (t->wp >= end && q < end && !*q)
			rt_pad(q, end);
	} else if (t->busy == RT_RECORDING && p) {
		/* The tag was not stored: the record is not in the stream.
		 * Pad the reservation; depth and last go back to before it.
		 * (Without resv the decoder state is untouched: the jump came
		 * before the reservation, in the instant after it — which
		 * leaves 32 zero bytes readers skip — or after the record was
		 * done.) */
		if (t->wp >= end)
			rt_pad(p, end);
		t->depth = t->rec_depth;
		t->last = t->rec_last;
	}
	if (t->nested_open) {
		/* The handler's own frames (NESTED entries) are open in the
		 * reader, not on our shadow stack: close them with UNWIND. */
		uint8_t *u = rt_xadd(&t->wp, RT_RESERVE);
		if (u < t->lim->nend) {
			q = rt_put_uleb(u + 1, t->nested_open);
			barrier();
			u[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_UNWIND);
			if (!rt_cmpxchg(&t->wp, u + RT_RESERVE, q))
				rt_pad(q, u + RT_RESERVE);
		} else {
			rt_unreserve(t, u, RT_RESERVE);
		}
		t->nested_open = 0;
	}
	t->resv_more = 0;
	barrier();
	t->busy = RT_IDLE;
}

/*
 * The three handlers of one clock: NOW is evaluated after the id is
 * taken from r10 (keep: the clock may be a call that clobbers it).
 */
#define RT_HANDLERS(clock, NOW)                                                                    \
	static NCS void rt_entry_##clock(ARCH_HANDLER_PARAMS)                                      \
	{                                                                                          \
		ARCH_SLED_ID(id);                                                                  \
		uint32_t keep = id;                                                                \
		rt_event(FMT_KIND_ENTRY, keep, NOW, ARCH_SLED_SP_CALLED(), NULL);                      \
	}                                                                                          \
	static NCS void rt_exit_##clock(ARCH_HANDLER_PARAMS)                                       \
	{                                                                                          \
		ARCH_SLED_ID(id);                                                                  \
		uint32_t keep = id;                                                                \
		rt_event(FMT_KIND_EXIT, keep, NOW, ARCH_SLED_SP_JUMPED(), NULL);                       \
	}                                                                                          \
	static NCS void rt_tail_##clock(ARCH_HANDLER_PARAMS)                                       \
	{                                                                                          \
		ARCH_SLED_ID(id);                                                                  \
		uint32_t keep = id;                                                                \
		rt_event(FMT_KIND_TAIL, keep, NOW, ARCH_SLED_SP_CALLED(), NULL);                       \
	}

/* The timestamp counter: the usual clock. */
RT_HANDLERS(tsc, arch_timestamp())

/* Without an invariant TSC, and with the TSC forbidden (event.h). */
RT_HANDLERS(ns, rt_now_ns())
RT_HANDLERS(sys, rt_now_sys())

void rt_handlers(uintptr_t h[ARCH_NTHUNKS])
{
#if ARCH_HAS_VALUES
	/* the values trampolines read the clock themselves (values.c) */
	h[ARCH_THUNK_ENTRY_VALUES] = (uintptr_t)arch_values_entry;
	h[ARCH_THUNK_EXIT_VALUES] = (uintptr_t)arch_values_exit;
#endif
	if (rt_tsc_off) {
		h[ARCH_THUNK_ENTRY] = (uintptr_t)rt_entry_sys;
		h[ARCH_THUNK_EXIT] = (uintptr_t)rt_exit_sys;
		h[ARCH_THUNK_TAIL] = (uintptr_t)rt_tail_sys;
	} else if (rt_cfg.clock_ns) {
		h[ARCH_THUNK_ENTRY] = (uintptr_t)rt_entry_ns;
		h[ARCH_THUNK_EXIT] = (uintptr_t)rt_exit_ns;
		h[ARCH_THUNK_TAIL] = (uintptr_t)rt_tail_ns;
	} else {
		h[ARCH_THUNK_ENTRY] = (uintptr_t)rt_entry_tsc;
		h[ARCH_THUNK_EXIT] = (uintptr_t)rt_exit_tsc;
		h[ARCH_THUNK_TAIL] = (uintptr_t)rt_tail_tsc;
	}
#if !ARCH_HAS_VALUES
	/* marked functions are recorded as plain ones */
	h[ARCH_THUNK_ENTRY_VALUES] = h[ARCH_THUNK_ENTRY];
	h[ARCH_THUNK_EXIT_VALUES] = h[ARCH_THUNK_EXIT];
#endif
}
