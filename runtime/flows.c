/*
 * Work items handed from one thread to another (docs/format.md "Flow
 * records", docs/runtime.md "Work items").
 *
 * A work item is an object: rayon's StackJob lives in the stack frame of
 * the call that made it, a HeapJob in a heap block, a thread's closure in
 * what pthread_create was given. The function that executes it receives
 * its address as an argument. The rules below name those functions (and
 * the ones that hand a heap item over); their entries are patched to the
 * values thunks (values.c), which call rt_flow_put() for the FLOW record:
 *
 *   - an executed item on some thread's stack: its owner is that thread's
 *     innermost open frame whose entry stack pointer is above the address
 *     (the shadow stack keeps every frame's offset from the top of its
 *     thread's stack). The owner is necessarily still open (it waits for
 *     the item), so it is resolved here, now: FLOW STACK with the owner's
 *     thread, level and function;
 *   - an executed item elsewhere (the heap): FLOW ITEM with its address,
 *     which the reader matches with the latest SOURCE of that address or
 *     the allocation that holds it;
 *   - a call that hands an item over: FLOW SOURCE with the address.
 *
 * Built-in rules cover rayon-core (StackJob, HeapJob and ArcJob
 * executions; Registry::inject_or_push and Injector::push hand items
 * over) and tokio's task polls (task::raw::poll, the task a heap block); SFTRACE_FLOW_RULES adds a user's ("item N REGEX" or "source N
 * REGEX" lines, N the argument's position), SFTRACE_FLOWS=0 turns all of
 * them off. A thread's creation is linked by thread-start.c.
 *
 * The built-in names are matched on the raw symbol (v0 and legacy Rust
 * mangling, and the demangled form where a demangler is linked in) with
 * plain substring tests: no regex engine is loaded for them.
 */
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/internal.h"

int rt_flows_active;
uint32_t rt_flows_recorded;

void rt_flows_recording(uint32_t flag)
{
	if ((__atomic_load_n(&rt_flows_recorded, __ATOMIC_RELAXED) & flag) != flag) {
		__atomic_or_fetch(&rt_flows_recorded, flag, __ATOMIC_RELAXED);
		rt_log_set_flag(flag);
	}
}

#define RT_FLOW_USER_MAX 32
static struct {
	uint8_t kind, reg;
	void *re; /* rt_filter_regex() */
} user_rules[RT_FLOW_USER_MAX];
static unsigned nuser;
static int builtin_on;

static int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && !memcmp(s + n - k, suffix, k);
}

/*
 * The trait method `<X as rayon_core::job::Job>::execute` itself (not a
 * closure inside it): v0 `...3Job7execute` at the end or before the
 * instantiating crate (`C...`, or a back reference `B..._` to it) or an
 * LLVM suffix (`.`); legacy
 * `...Job$GT$7execute17h<hash>E`; demangled `... as rayon_core::job::Job>::execute`.
 */
static int is_job_execute(const char *name)
{
	size_t n = strlen(name);
	const char *p;

	if (!strstr(name, "rayon_core"))
		return 0;
	if (!strstr(name, "StackJob") && !strstr(name, "HeapJob") && !strstr(name, "ArcJob"))
		return 0;
	for (p = name; (p = strstr(p, "3Job7execute")); p++) {
		char c = p[12];
		if (!c || c == 'C' || c == 'B' || c == '.')
			return 1;
	}
	if (strstr(name, "Job$GT$7execute17h"))
		return 1;
	return ends_with(name, n, "rayon_core::job::Job>::execute");
}

/* rayon_core's calls that hand a heap item over (the JobRef's pointer). */
static int is_job_source(const char *name, uint8_t *reg)
{
	if (!strstr(name, "rayon_core") && !strstr(name, "crossbeam_deque"))
		return 0;
	/* Registry::inject_or_push(&self, JobRef): the JobRef in rsi:rdx, its
	 * pointer in rdx (rsi holds the execute function) */
	if (strstr(name, "14inject_or_push") || strstr(name, "inject_or_push17h") ||
	    ends_with(name, strlen(name), "Registry::inject_or_push")) {
		*reg = 2;
		return 1;
	}
	/* Injector<JobRef>::push(&self, JobRef): the same (calls from
	 * outside the pool, through Registry::inject) */
	if (strstr(name, "Injector") && strstr(name, "JobRef") &&
	    (strstr(name, "JobRefE4push") || strstr(name, "$GT$$GT$4push17h") ||
	     ends_with(name, strlen(name), "JobRef>>::push"))) {
		*reg = 2;
		return 1;
	}
	return 0;
}

/* tokio's `task::raw::poll(ptr)`: the task cell, a heap block allocated by
 * the frame that spawned it (linked with memory records). */
static int is_task_poll(const char *name)
{
	return strstr(name, "tokio") && (strstr(name, "3raw4poll") || strstr(name, "task::raw::poll"));
}

int rt_flows_setup(void)
{
	const char *on = getenv("SFTRACE_FLOWS");
	const char *rules = getenv("SFTRACE_FLOW_RULES");

	nuser = 0;
	builtin_on = !on || strcmp(on, "0");
	rt_flows_active = 0;
	if (on && !strcmp(on, "0"))
		return 0;
	for (const char *p = rules; p && *p;) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char line[4096];
		char *re, *sp;
		unsigned long n;
		uint8_t kind;

		if (len && len < sizeof(line)) {
			memcpy(line, p, len);
			line[len] = '\0';
			kind = !strncmp(line, "item ", 5)	? FMT_FLOW_ITEM
			       : !strncmp(line, "source ", 7) ? FMT_FLOW_SOURCE
							      : 0;
			sp = strchr(line, ' ');
			n = kind ? strtoul(sp + 1, &re, 10) : 0;
			if (!kind || n > 5 || *re != ' ' || !re[1]) {
				rt_warn("bad flow rule '%s' in SFTRACE_FLOW_RULES (want 'item N REGEX' or "
					"'source N REGEX', N 0 to 5); ignoring it",
					line);
			} else if (nuser == RT_FLOW_USER_MAX) {
				rt_warn("more than %u flow rules; ignoring '%s'", RT_FLOW_USER_MAX, line);
			} else if ((user_rules[nuser].re = rt_filter_regex("SFTRACE_FLOW_RULES", re + 1))) {
				user_rules[nuser].kind = kind;
				user_rules[nuser].reg = (uint8_t)n;
				nuser++;
			}
		}
		p += len;
		if (*p)
			p++;
	}
	rt_flows_active = builtin_on || nuser;
	if (rt_flows_active)
		rt_debug("flows: %s built-in rules, %u of the user's", builtin_on ? "with" : "without",
			 nuser);
	return 0;
}

int rt_flow_rule(const char *name, const struct rt_vspec *base)
{
	struct rt_vspec s;
	uint8_t kind = 0, reg = 0;

	if (builtin_on) {
		if (is_job_execute(name) || is_task_poll(name))
			kind = FMT_FLOW_ITEM, reg = 0;
		else if (is_job_source(name, &reg))
			kind = FMT_FLOW_SOURCE;
	}
	for (unsigned i = 0; !kind && i < nuser; i++)
		if (rt_filter_regex_match(user_rules[i].re, name))
			kind = user_rules[i].kind, reg = user_rules[i].reg;
	if (!kind)
		return 0;
	if (base)
		s = *base; /* also marked for its values */
	else
		memset(&s, 0, sizeof(s)), s.ret_mask = 0x0303u;
	s.flow_kind = kind;
	s.flow_reg = reg;
	return rt_values_add_spec(&s);
}

/*
 * The threads whose stacks may hold items, without a lock: a handler
 * looks owners up, and it cannot take rt_lock. A lookup counts itself in
 * flow_readers; a thread that exits clears its slot, then waits until no
 * lookup runs before its shadow stack is freed.
 */
#define RT_FLOW_THREADS 4096u
static struct rt_thread *flow_threads[RT_FLOW_THREADS];
static uint32_t flow_nslots; /* slots ever used */
static uint32_t flow_readers;

void rt_flow_thread_add(struct rt_thread *t)
{
	if (!rt_flows_active || t->flow_slot)
		return;
	for (uint32_t i = 0; i < RT_FLOW_THREADS; i++) {
		struct rt_thread *none = NULL;
		if (__atomic_compare_exchange_n(&flow_threads[i], &none, t, 0, __ATOMIC_RELEASE,
						__ATOMIC_RELAXED)) {
			uint32_t n = __atomic_load_n(&flow_nslots, __ATOMIC_RELAXED);
			while (n < i + 1 &&
			       !__atomic_compare_exchange_n(&flow_nslots, &n, i + 1, 0,
							    __ATOMIC_RELEASE, __ATOMIC_RELAXED))
				;
			t->flow_slot = i + 1;
			return;
		}
	}
}

void rt_flow_thread_remove(struct rt_thread *t)
{
	if (!t->flow_slot)
		return;
	__atomic_store_n(&flow_threads[t->flow_slot - 1], NULL, __ATOMIC_SEQ_CST);
	t->flow_slot = 0;
	while (__atomic_load_n(&flow_readers, __ATOMIC_SEQ_CST))
		sched_yield();
}

int rt_flow_frame_here(uint32_t *serial, uint32_t *level, uint32_t *fid)
{
	struct rt_thread *t = &rt_self;
	uint32_t d = t->depth < RT_STACK_CAP ? t->depth : RT_STACK_CAP;

	if (!rt_active || !t->serial || !t->stack || !d || t->busy != RT_IDLE ||
	    t->log_gen != rt_log_gen)
		return 0;
	*serial = t->serial;
	*level = d - 1;
	*fid = RT_FRAME_ID(t->stack[d - 1]);
	return 1;
}

void rt_flow_fork_child(struct rt_thread *self)
{
	rt_flows_recorded = 0; /* the child's log has none of the parent's flags yet */
	for (uint32_t i = 0; i < RT_FLOW_THREADS; i++)
		if (flow_threads[i] != self)
			flow_threads[i] = NULL;
}

/*
 * The owner of the item at addr, if it is on a thread's stack: that
 * thread's innermost open frame whose entry stack pointer is above addr.
 * Thread stacks are only known approximately (tbuf.c) unless the thread
 * was started through pthread_create, so neighbouring threads' ranges can
 * overlap: the owner nearest above the address wins (the item is in its
 * owner's frame, a neighbour's frames are a whole stack away).
 */
static int stack_owner(uintptr_t addr, uint32_t *serial, uint32_t *level, uint32_t *fid)
{
	uintptr_t best = UINTPTR_MAX;
	uint32_t n;
	int found = 0;

	__atomic_fetch_add(&flow_readers, 1, __ATOMIC_SEQ_CST);
	n = __atomic_load_n(&flow_nslots, __ATOMIC_ACQUIRE);
	for (uint32_t i = 0; i < n; i++) {
		struct rt_thread *t = __atomic_load_n(&flow_threads[i], __ATOMIC_ACQUIRE);
		uintptr_t hi, a;
		uint32_t d, cand = UINT32_MAX, coff = 0;

		if (!t || !t->serial || !t->stack)
			continue;
		hi = __atomic_load_n(&t->stk_hi, __ATOMIC_RELAXED);
		a = hi - addr;
		if (a >= t->stk_span)
			continue;
		if (t->stk_exact_hi && (addr < t->stk_exact_lo || addr >= t->stk_exact_hi))
			continue;
		d = __atomic_load_n(&t->depth, __ATOMIC_ACQUIRE);
		if (d > RT_STACK_CAP)
			d = RT_STACK_CAP;
		for (uint32_t k = 0; k < d; k++) {
			uint64_t f = __atomic_load_n(&t->stack[k], __ATOMIC_RELAXED);
			uint32_t off = RT_FRAME_OFF(f);
			if (!off)
				continue; /* its stack pointer was not on this stack */
			if (off >= a)
				break;
			cand = k;
			coff = off;
		}
		if (cand != UINT32_MAX && a - coff < best) {
			best = a - coff;
			*serial = t->serial;
			*level = cand;
			*fid = RT_FRAME_ID(__atomic_load_n(&t->stack[cand], __ATOMIC_RELAXED));
			found = 1;
		}
	}
	__atomic_fetch_sub(&flow_readers, 1, __ATOMIC_SEQ_CST);
	return found;
}

uint8_t *rt_flow_put(uint8_t *q, const struct rt_vregs *v, const struct rt_vspec *s)
{
	uint64_t addr = v->gp[s->flow_reg];
	uint32_t serial, level, fid;

	*q++ = FMT_SPECIAL_TAG(FMT_SPECIAL_FLOW);
	if (s->flow_kind == FMT_FLOW_SOURCE) {
		*q++ = FMT_FLOW_SOURCE;
		return rt_put_uleb(q, addr);
	}
	if (stack_owner((uintptr_t)addr, &serial, &level, &fid)) {
		*q++ = FMT_FLOW_STACK;
		q = rt_put_uleb(q, addr);
		q = rt_put_uleb(q, serial);
		q = rt_put_uleb(q, level);
		return rt_put_uleb(q, fid);
	}
	*q++ = FMT_FLOW_ITEM;
	return rt_put_uleb(q, addr);
}
