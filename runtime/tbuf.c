/*
 * Per-thread buffers: the slow path of the hot path and the lifecycle of
 * EVENTS blocks.
 *
 * A thread's first event, and every event that finds its block full,
 * reaches rt_slow_path() through arch_slow_call (all registers saved).
 * It registers the thread, creates the log if needed (a fork child's is
 * created lazily), closes the full block and opens the next one. Blocks
 * are written in place through a shared mapping of the log file, so
 * nothing is lost when the process is killed: closing a block only fills
 * in its `used`, close time, name and lost count.
 *
 * All threads are kept in a registry (rt_lock) so that shutdown can close
 * the blocks of threads that are still running: it first points their
 * `end` at NULL (their next event takes the slow path and stops), then
 * fills in the headers. A running thread may still complete one record
 * after its `used` was taken; the reader stops at `used` and at a zero
 * tag, so either way the block stays consistent.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "common/sigsafe.h"
#include "runtime/internal.h"

static pthread_key_t rt_thread_key;
static int rt_key_ok;
static struct rt_thread *rt_threads; /* registry, rt_lock */
static uint32_t rt_next_serial;	     /* last thread_serial given in the current log */
static uint64_t rt_serial_gen;	     /* rt_log_gen rt_next_serial belongs to */
static uint64_t rt_lost_total;	     /* lost events of the closed blocks of this log */
uint64_t rt_lost_unblocked;	     /* lost by threads that never had a block (atomic) */

/* The name (comm) of thread t into name[16]. */
static void thread_name(struct rt_thread *t, char name[16])
{
	memset(name, 0, 16);
	if (t == &rt_self) {
		prctl(PR_GET_NAME, name, 0, 0, 0);
	} else {
		char path[64];
		int fd;

		sigsafe_format(path, sizeof(path), "/proc/self/task/%u/comm", t->tid);
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			ssize_t n = read(fd, name, 15);
			if (n > 0 && name[n - 1] == '\n')
				name[n - 1] = '\0';
			close(fd);
		}
	}
	name[15] = '\0';
}

static void block_release(struct rt_thread *t);

/*
 * Fill in the header of t's current block. used is the payload length
 * (the caller knows whether wp can still move). rt_lock held.
 */
static void block_close(struct rt_thread *t, uint8_t *wp)
{
	struct fmt_block_header *b = t->block;
	uint64_t tsc, ns;
	char name[16];
	uint8_t *limit = (uint8_t *)b + b->size;

	if (wp < t->payload)
		wp = t->payload;
	if (wp > limit)
		wp = limit;
	rt_sync_point(&tsc, &ns);
	thread_name(t, name);
	memcpy(b->name, name, sizeof(b->name));
	b->close_tsc = tsc;
	b->close_ns = ns;
	/* atomic: a thread whose recording stopped counts into its block */
	if (t->block_lost && !b->lost_reason)
		b->lost_reason = FMT_LOST_NESTING; /* signal handlers beyond the room kept */
	__atomic_fetch_add(&b->lost, t->block_lost, __ATOMIC_RELAXED);
	if (t->log_gen == rt_log_gen)
		rt_lost_total += t->block_lost;
	t->block_lost = 0;
	b->filter_dropped += t->filter_dropped;
	t->filter_dropped = 0;
	b->used = (uint32_t)(wp - t->payload);
	__atomic_store_n(&b->flags, b->flags | FMT_BLOCK_CLOSED, __ATOMIC_RELEASE);
}

/*
 * Open t's next block (the current one, if any, stays mapped: the caller
 * releases it). 0, or a negative errno (recording has stopped).
 */
static int block_open(struct rt_thread *t)
{
	uint32_t size = t->seq ? RT_BLOCK_NEXT : RT_BLOCK_FIRST, room;
	struct fmt_block_header *b = rt_log_block(FMT_BLOCK_EVENTS, size, FMT_PAGE, &size);
	uint64_t tsc, ns;
	char name[16];

	if (!b)
		return -ENOSPC;
	if (rt_serial_gen != rt_log_gen) {
		rt_serial_gen = rt_log_gen;
		rt_next_serial = 0;
	}
	if (!t->serial)
		t->serial = ++rt_next_serial;
	rt_sync_point(&tsc, &ns);
	thread_name(t, name);
	b->type = FMT_BLOCK_EVENTS;
	b->header_size = FMT_BLOCK_HEADER_SIZE;
	b->size = size;
	b->tid = t->tid;
	b->thread_serial = t->serial;
	b->seq = t->seq++;
	b->open_tsc = tsc;
	b->open_ns = ns;
	memcpy(b->name, name, sizeof(b->name));
	__atomic_store_n(&b->magic, FMT_BLOCK_MAGIC, __ATOMIC_RELEASE);

	block_release(t);
	t->block = b;
	t->log_gen = rt_log_gen;
	t->payload = (uint8_t *)b + FMT_BLOCK_HEADER_SIZE;
	t->base = tsc;
	t->last = 0;
	t->lastptr = 0;
	/* the event being recorded now starts from the new block's state
	 * (what rt_jump_out() restores if it is abandoned) */
	t->rec_base = tsc;
	t->rec_last = 0;
	t->rec_lastptr = 0;
	t->wp = t->payload;
	if (!b->seq)
		t->wp = rt_process_flow_put(t->wp); /* the log's first block only */
	/* A reservation of RT_RESERVE bytes must start below nend; outer
	 * writers stop RT_NESTED_ROOM earlier (a quarter of a small block, on
	 * a nearly full disk), so a signal handler that interrupts the
	 * block's last event still finds room. */
	room = (size - FMT_BLOCK_HEADER_SIZE) / 4;
	if (room > RT_NESTED_ROOM)
		room = RT_NESTED_ROOM;
	t->lim->nend = (uint8_t *)b + size - RT_RESERVE + 1;
	t->lim->end = t->lim->nend - room;
	return 0;
}

/*
 * Unmap t's current block (closed, or of a log this process forgot) and
 * forget it. Only once nothing can write to it any more: the thread is
 * exiting, or is in the slow path with signals blocked. Without this a
 * program that starts many short threads, or writes a long trace, keeps
 * every block it ever wrote mapped (memory and mappings grow without
 * bound, until mmap fails and tracing stops).
 */
static void block_release(struct rt_thread *t)
{
	if (t->block)
		munmap(t->block, t->block->size);
	t->block = NULL;
	t->payload = NULL;
}

static void thread_unlink(struct rt_thread *t)
{
	for (struct rt_thread **pp = &rt_threads; *pp; pp = &(*pp)->next)
		if (*pp == t) {
			*pp = t->next;
			break;
		}
	t->next = NULL;
	t->registered = 0;
}

/*
 * The pool of block limits (struct rt_limits, internal.h): pages marked
 * MADV_WIPEONFORK, so that a child process reads them as zeros. Each page
 * starts with a canary that is zero only in such a child: a thread that
 * shares the parent's memory (vfork, CLONE_VM) still sees it. rt_lock.
 */
#define LIM_PAGE 4096u
#define LIM_CANARY 0x5346544c494d4954ull /* "SFTLIMIT" */
#define LIM_PER_PAGE (LIM_PAGE / sizeof(struct rt_limits) - 1)
struct lim_page {
	uint64_t canary, pad;
	struct rt_limits slot[LIM_PER_PAGE];
};
_Static_assert(sizeof(struct lim_page) <= LIM_PAGE, "one page of limits");
static struct lim_page *lim_pages[256];
static unsigned nlim_pages;
static struct rt_limits *lim_free_list[1024];
static unsigned nlim_free, lim_next; /* free slots; next unused slot of the last page */

static int limits_alloc(struct rt_thread *t)
{
	struct lim_page *pg;

	if (nlim_free) {
		t->lim = lim_free_list[--nlim_free];
		return 0;
	}
	if (!nlim_pages || lim_next == LIM_PER_PAGE) {
		if (nlim_pages == sizeof(lim_pages) / sizeof(lim_pages[0]))
			return -1;
		pg = rt_alloc(LIM_PAGE);
		if (!pg)
			return -1;
		madvise(pg, LIM_PAGE, MADV_WIPEONFORK); /* kernels before 4.14: no clone detection */
		pg->canary = LIM_CANARY;
		lim_pages[nlim_pages++] = pg;
		lim_next = 0;
	}
	pg = lim_pages[nlim_pages - 1];
	t->lim = &pg->slot[lim_next++];
	return 0;
}

static void limits_free(struct rt_thread *t)
{
	if (t->lim != &rt_no_limits && nlim_free < sizeof(lim_free_list) / sizeof(lim_free_list[0]))
		lim_free_list[nlim_free++] = t->lim;
	t->lim = &rt_no_limits;
}

/* A child process that no pthread_atfork handler saw (raw clone)? */
static int clone_child(void)
{
	return rt_cfg.pid && nlim_pages && getpid() != rt_cfg.pid &&
	       __atomic_load_n(&lim_pages[0]->canary, __ATOMIC_RELAXED) != LIM_CANARY;
}

/* pthread key destructor: the thread is exiting. */
static void thread_exit(void *arg)
{
	struct rt_thread *t = &rt_self;

	/*
	 * The program's own destructors (pthread keys created after ours run
	 * after it in a round) may still call traced functions: ask for one
	 * more round (glibc runs the destructors again while a key holds a
	 * value, PTHREAD_DESTRUCTOR_ITERATIONS times at most) and close then.
	 * Whatever runs after that is counted as lost (record.c rt_nested).
	 */
	if (!t->exit_round++ && rt_key_ok && !pthread_setspecific(rt_thread_key, t))
		return;
	pthread_mutex_lock(&rt_lock);
	t->busy = RT_OFF;
	t->stopped = FMT_LOST_THREAD_EXIT;
	if (t->block && t->log_gen == rt_log_gen)
		block_close(t, t->wp);
	t->wp = NULL;
	t->lim->end = t->lim->nend = NULL;
	limits_free(t);
	block_release(t);
	if (t->registered)
		thread_unlink(t);
	pthread_mutex_unlock(&rt_lock);
	rt_flow_thread_remove(t); /* before its shadow stack goes */
	if (t->stack) {
		rt_free(t->stack, RT_STACK_BYTES);
		t->stack = NULL;
	}
	rt_filter_thread_exit();
}

int rt_threads_init(void)
{
	if (!rt_key_ok && pthread_key_create(&rt_thread_key, thread_exit))
		return -EAGAIN;
	rt_key_ok = 1;
	return 0;
}

/*
 * Where the calling thread's entry stack pointers are compared (record.c):
 * from the stack size limit below the stack pointer at its first event to
 * a little above it (the frames it returns into). A coroutine's stack or a
 * sigaltstack elsewhere says nothing about this thread's frames. Only a
 * system call: the slow path may run inside the program's own malloc or
 * pthread_getattr_np (a memory event), so no libc function that locks or
 * allocates, and reading /proc/self/maps made a thread's first event
 * slow.
 */
static void thread_stack_bounds(struct rt_thread *t)
{
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	struct rlimit rl;
	uint64_t size = !getrlimit(RLIMIT_STACK, &rl) && rl.rlim_cur != RLIM_INFINITY
				? (uint64_t)rl.rlim_cur
				: (uint64_t)8 << 20;

	if (size > ((uint64_t)1 << 30))
		size = (uint64_t)1 << 30;
	if (t->stk_exact_hi && sp > t->stk_exact_lo && sp < t->stk_exact_hi) {
		/* started by pthread_create (thread-start.c) */
		t->stk_hi = t->stk_exact_hi;
		t->stk_span = t->stk_exact_hi - t->stk_exact_lo;
		return;
	}
	t->stk_hi = sp + (256u << 10);
	t->stk_span = (256u << 10) + (sp > size ? (uintptr_t)size : sp);
}

static int thread_register(struct rt_thread *t)
{
	if (rt_cfg.thread_only && rt_gettid() != rt_cfg.setup_tid)
		return -EPERM;
	if (!t->stack) {
		t->stack = rt_alloc(RT_STACK_BYTES);
		if (!t->stack)
			return -ENOMEM;
	}
	thread_stack_bounds(t);
	if (t->lim == &rt_no_limits && limits_alloc(t))
		return -ENOMEM;
	t->tid = (uint32_t)rt_gettid();
	t->next = rt_threads;
	rt_threads = t;
	t->registered = 1;
	rt_flow_thread_add(t);
	if (rt_key_ok)
		pthread_setspecific(rt_thread_key, t);
	return 0;
}

/*
 * Signals are blocked while a block is switched: a handler arriving now
 * would have to be held (nothing can be written meanwhile), and under a
 * fast timer the fallocate and the populating mmap were interrupted and
 * restarted over and over. The handler runs right after instead.
 */
void rt_slow_path(void)
{
	struct rt_thread *t = &rt_self;
	int saved_errno = errno;
	struct rt_cancel cancel;
	sigset_t all, old;

	/* Never act on a cancellation here: fallocate, open and mmap are
	 * cancellation points, rt_lock is held, and an asynchronous cancel
	 * (its signal cannot be blocked) could strike anywhere. The thread
	 * exiting would wait for rt_lock in thread_exit(), held by itself. */
	t->resv = NULL; /* the reservation that found the block full was undone */
	rt_cancel_off(&cancel);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	if (RT_UNLIKELY(!t->lim->end && clone_child()))
		rt_clone_child(); /* its limits were wiped: forget the parent's log */
	if (t->busy == RT_SWITCHING)
		t->busy = RT_HOLD;
	if (t->busy == RT_HOLD && rt_active && t->block && t->log_gen == rt_log_gen &&
	    t->lim->end && t->wp + t->resv_more < t->lim->end) {
		/* A signal handler's records replaced the block while this
		 * writer was on its way here (rt_nested_switch): the new one
		 * has room. Only then: a writer comes here because its
		 * reservation did not fit. */
		t->busy = RT_RECORDING;
		goto resume;
	}
	pthread_mutex_lock(&rt_lock);
	if (!rt_active)
		goto stopped;
	if (!t->registered && thread_register(t))
		goto off;
	if (rt_log_ensure())
		goto stopped;
	if (t->block && t->log_gen == rt_log_gen)
		block_close(t, t->wp);
	else
		block_release(t); /* a block of a log this process forgot */
	if (block_open(t))
		goto stopped;
	pthread_mutex_unlock(&rt_lock);
	/* A handler delivered when signals are unblocked writes NESTED
	 * records into the new block (under a fast timer several may run
	 * before we return: holding them would overflow). */
	t->busy = RT_RECORDING;
resume:
	errno = saved_errno;
	rt_cancel_on(&cancel);
	/* Last: a handler may run now and leave by longjmp (rt_jump_out). */
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return;
stopped:
	/*
	 * Recording stopped (the log cannot grow, or the runtime shut down):
	 * this event and every later one of the thread are lost, and
	 * counted with the reason in the thread's last block, which stays
	 * mapped for that (closed: its used is final), or process-wide when
	 * the thread never had one (record.c rt_nested()).
	 */
	t->stopped = rt_log_stop_reason();
	if (!t->block || t->log_gen != rt_log_gen)
		block_release(t);
	rt_count_lost(t, 1, t->stopped);
off:
	t->lim->end = t->lim->nend = NULL;
	t->busy = RT_OFF;
	pthread_mutex_unlock(&rt_lock);
	errno = saved_errno;
	rt_cancel_on(&cancel);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

uint64_t rt_threads_stop(void)
{
	rt_active = 0;
	for (struct rt_thread *t = rt_threads; t; t = t->next) {
		__atomic_store_n(&t->lim->end, NULL, __ATOMIC_SEQ_CST);
		__atomic_store_n(&t->lim->nend, NULL, __ATOMIC_SEQ_CST);
	}
	for (struct rt_thread *t = rt_threads; t; t = t->next) {
		if (!t->block || t->log_gen != rt_log_gen)
			continue;
		block_close(t, __atomic_load_n(&t->wp, __ATOMIC_RELAXED));
	}
	if (rt_self.busy == RT_IDLE)
		rt_self.busy = RT_OFF;
	return rt_lost_total + __atomic_load_n(&rt_lost_unblocked, __ATOMIC_RELAXED);
}

void rt_threads_fork_child(void)
{
	struct rt_thread *t = &rt_self;

	/* The other threads do not exist here; their blocks belong to the
	 * parent's log, which rt_log_forget() unmaps without writing. Their
	 * mappings (and ours) are dropped unwritten: the registry was stable
	 * across fork (rt_lock held), and the structures are still in memory.
	 * Our own write pointers go first: an event of a signal handler now
	 * takes the slow path instead of writing into the parent's block. */
	t->wp = NULL;
	t->lim->end = t->lim->nend = NULL;
	for (struct rt_thread *o = rt_threads; o; o = o->next)
		if (o != t)
			block_release(o);
	block_release(t);
	rt_threads = NULL;
	rt_flow_fork_child(t);
	t->next = NULL;
	t->registered = 0;
	t->serial = 0;
	t->seq = 0;
	t->depth = 0;
	t->block_lost = 0;
	t->filter_dropped = 0;
	t->stopped = 0;
	t->exit_round = 0;
	rt_lost_total = 0;
	rt_lost_unblocked = 0;
	if (t->busy != RT_OFF)
		t->busy = RT_IDLE;
}

void rt_count_lost(struct rt_thread *t, uint64_t n, uint32_t reason)
{
	if (t->block && t->log_gen == rt_log_gen) {
		t->block->lost_reason = reason;
		__atomic_fetch_add(&t->block->lost, n, __ATOMIC_RELAXED);
	} else {
		__atomic_fetch_add(&rt_lost_unblocked, n, __ATOMIC_RELAXED);
	}
}

/*
 * Records written outside the handlers (memory records, a thread's FLOW):
 * the hot path's reserve/commit protocol (record.c) on the calling
 * thread, which must be RT_IDLE. rt_aux_begin() reserves size bytes and
 * returns where the record goes, or NULL when nothing can be written (no
 * log yet, recording stopped, the block full: counted as lost there). The
 * caller stores its record's first byte last, then calls rt_aux_end()
 * with the record's end.
 */
uint8_t *rt_aux_begin(struct rt_thread *t, uint32_t size)
{
	uint8_t *p;

	t->rec_sp = arch_stack_pointer();
	t->rec_depth = t->depth;
	t->rec_last = t->last;
	t->rec_base = t->base;
	t->busy = RT_RECORDING;
	__asm__ volatile("" ::: "memory");
	p = arch_local_xadd(&t->wp, size);
	t->resv = p;
	if (RT_UNLIKELY(p >= t->lim->end)) {
		rt_unreserve(t, p, size);
		if (!t->lim->end && !rt_log_exists()) {
			/* No log yet: no instrumented module, or a fork child
			 * before its first traced call (one that only execs
			 * must write nothing). */
			t->resv = NULL;
			t->busy = RT_IDLE;
			return NULL;
		}
		t->busy = RT_SWITCHING;
		rt_slow_path();
		switch (rt_reserve_after_slow_n(t, &p, size - RT_RESERVE)) {
		case -1:
			return NULL;
		case 1:
			t->resv = NULL;
			__asm__ volatile("" ::: "memory");
			t->busy = RT_IDLE;
			return NULL;
		}
	}
	return p;
}

void rt_aux_end(struct rt_thread *t, uint8_t *p, uint8_t *q, uint32_t size)
{
	if (!arch_local_cmpxchg(&t->wp, p + size, q))
		rt_pad(q, p + size);
	t->resv = NULL; /* no reservation held: see rt_jump_out() */
	__asm__ volatile("" ::: "memory");
	t->busy = RT_IDLE;
}
