/*
 * A thread's creation as a work item (flows.c, docs/format.md "Flow
 * records"): pthread_create is interposed, and the new thread's first
 * record is a FLOW THREAD naming the frame that created it (the
 * innermost frame open on the creating thread: std::thread::spawn's
 * caller chain, a pool's constructor), with the time of the creation.
 * The wrapper also takes the new thread's real stack bounds (asked by
 * the creator, handed over before any traced code runs on the thread), so
 * owners of items on its stack are found exactly.
 *
 * Only in libsftrace.so (dlsym(RTLD_NEXT) needs the dynamic loader), and
 * only for threads created through the dynamic symbol: a module that
 * reaches libsftrace.so by DT_NEEDED from a dlopen()ed object (a Node.js
 * addon) binds pthread_create to libc first, so its threads start
 * unlinked (their work items are still linked by flows.c).
 */
#include <dlfcn.h>
#include <errno.h>
#include <sched.h>
#include <stdlib.h>

#include "runtime/internal.h"

#define EXPORT __attribute__((visibility("default")))

typedef int (*create_fn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);

struct start {
	void *(*fn)(void *);
	void *arg;
	uint32_t serial, level, fid; /* the creating frame; serial 0: none */
	uint64_t tsc;
	uintptr_t lo, hi; /* the new thread's stack, 0 when not known */
	int ready;	  /* set by the creator once lo and hi are written */
	int used;
};

/*
 * What a starting thread gets, in a fixed pool rather than from malloc:
 * the first malloc or free of a thread makes glibc give it a malloc arena
 * (64 MiB of address space each), which a program whose threads never
 * allocate would not have. A creation that finds the pool full starts
 * its thread unlinked.
 */
#define START_SLOTS 512
static struct start pool[START_SLOTS];

static struct start *slot_get(void)
{
	for (unsigned i = 0; i < START_SLOTS; i++)
		if (!__atomic_load_n(&pool[i].used, __ATOMIC_RELAXED) &&
		    !__atomic_exchange_n(&pool[i].used, 1, __ATOMIC_ACQUIRE))
			return &pool[i];
	return NULL;
}

static void slot_put(struct start *s)
{
	__atomic_store_n(&s->used, 0, __ATOMIC_RELEASE);
}

/*
 * Where thread th's stack really is, asked by its creator: glibc's
 * pthread_getattr_np allocates (the affinity mask), and an allocation on
 * the new thread would give it a malloc arena of its own (64 MiB of
 * address space) that a thread of the program's never allocating would
 * not have: t1021 saw the address space grow by 330 MB over 1280 threads.
 */
static void exact_bounds(pthread_t th, struct start *s)
{
	pthread_attr_t a;
	void *lo;
	size_t size;

	rt_quiet_begin(); /* not the program's allocations */
	if (!pthread_getattr_np(th, &a)) {
		if (!pthread_attr_getstack(&a, &lo, &size) && lo && size) {
			s->lo = (uintptr_t)lo;
			s->hi = (uintptr_t)lo + size;
		}
		pthread_attr_destroy(&a);
	}
	rt_quiet_end();
	__atomic_store_n(&s->ready, 1, __ATOMIC_RELEASE);
}

static void put_thread_flow(const struct start *s)
{
	struct rt_thread *t = &rt_self;
	uint8_t *p, *q;

	if (t->busy != RT_IDLE || !(p = rt_aux_begin(t, RT_RESERVE + FMT_FLOW_MAX)))
		return;
	q = p + 1;
	*q++ = FMT_FLOW_THREAD;
	q = rt_put_uleb(q, s->serial);
	q = rt_put_uleb(q, s->level);
	q = rt_put_uleb(q, s->fid);
	q = rt_put_uleb(q, s->tsc);
	__asm__ volatile("" ::: "memory");
	p[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_FLOW);
	rt_aux_end(t, p, q, RT_RESERVE + FMT_FLOW_MAX);
}

static void *start_thread(void *arg)
{
	struct start *p = arg, s;

	/* the creator writes the bounds right after the thread exists; a
	 * creator that never comes back to it (cancelled asynchronously
	 * inside pthread_create) leaves the slot taken and the bounds unknown */
	for (unsigned i = 0; !__atomic_load_n(&p->ready, __ATOMIC_ACQUIRE); i++)
		if (i < 1000000)
			sched_yield();
		else
			break;
	s = *p;
	if (s.ready)
		slot_put(p);
	else
		s.lo = s.hi = 0;
	rt_self.stk_exact_lo = s.lo;
	rt_self.stk_exact_hi = s.hi;
	if (s.serial) {
		rt_flows_recording(FMT_FLAG_THREAD_FLOWS);
		put_thread_flow(&s);
	}
	return s.fn(s.arg);
}

EXPORT int pthread_create(pthread_t *th, const pthread_attr_t *attr, void *(*fn)(void *),
			  void *arg)
{
	static create_fn next;
	struct start *s;
	int err;

	if (!next && !(next = (create_fn)dlsym(RTLD_NEXT, "pthread_create")))
		return ENOSYS;
	if (!rt_active || !rt_flows_active)
		return next(th, attr, fn, arg);
	if (!(s = slot_get()))
		return next(th, attr, fn, arg);
	s->fn = fn;
	s->arg = arg;
	if (rt_flow_frame_here(&s->serial, &s->level, &s->fid))
		s->tsc = rt_clock();
	else
		s->serial = 0;
	s->lo = s->hi = 0;
	__atomic_store_n(&s->ready, 0, __ATOMIC_RELAXED);
	err = next(th, attr, start_thread, s);
	if (err)
		slot_put(s);
	else
		exact_bounds(*th, s);
	return err;
}
