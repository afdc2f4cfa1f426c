/*
 * Runtime-private declarations of libsftrace.so (docs/runtime.md is the
 * design). One concern per file, bottom-up:
 *
 *   core.c     the ground floor (core.h): configuration from the
 *              environment, rt_lock, messages, memory, cancellation guards
 *   clock.c    timestamps, sync points, calibration, a forbidden TSC
 *   log.c      the log file: naming, header, block reservation, META records
 *   modules.c  finding instrumented modules and their sleds
 *   patch.c    near thunk pages and sled patching
 *   tbuf.c     per-thread buffers: the slow path, block switching, closing
 *   record.c   the hot path (entry/exit/tail handlers), no vector registers
 *   filter.c   per-function patch decisions and flags (SFTRACE_FILTER)
 *   alloc.c    memory records: sftrace_alloc_event() and the interposed
 *              C allocator's hook (runtime/malloc/, libsftrace-malloc.so)
 *   longjmp.c  longjmp and friends: a jump out of a signal handler that
 *              interrupted a record
 *   init.c     constructor, sftrace_setup/shutdown, one runtime per
 *              process, fork and clone children, the dlopen/dlclose and
 *              prctl interposers, rtld-audit
 *
 * Locking: rt_lock (a mutex) guards the module list, the thread registry,
 * META appends and log creation. The hot path takes no lock.
 */
#ifndef SFTRACE_RUNTIME_INTERNAL_H
#define SFTRACE_RUNTIME_INTERNAL_H

#include <pthread.h>
#include <stdint.h>
#include <sys/types.h>

#include "arch.h"
#include "common/format.h"
#include "runtime/core.h"


/* Bytes one event reserves in its block (FMT_MAX_RECORD rounded up). */
#define RT_RESERVE FMT_RESERVE
/* Shadow stack capacity (function ids and entry stack pointers), a
 * lazily touched mapping. */
#define RT_STACK_CAP 65536u
#define RT_STACK_BYTES (RT_STACK_CAP * sizeof(uint64_t))
/*
 * A shadow stack entry: the function id in the low 32 bits; in the high
 * 32 bits where its entry stack pointer was, as the distance below the
 * thread's stk_hi, or 0 when it was not on the thread's own stack (a
 * coroutine's stack, a sigaltstack). One load serves both the exit's id
 * test and the entry's unwinding test, one store pushes.
 */
#define RT_FRAME(id, off) ((uint64_t)(id) | (uint64_t)(off) << 32)
#define RT_FRAME_ID(f) ((uint32_t)(f))
#define RT_FRAME_OFF(f) ((uint32_t)((f) >> 32))
/* EVENTS block sizes: a thread's first block, then the following ones. */
#define RT_BLOCK_FIRST (64u * 1024)
#define RT_BLOCK_NEXT (4u * 1024 * 1024)
/* Events a signal handler may raise while its thread switches blocks
 * (signals are blocked in the slow path, so only synchronous ones can).
 * Small: rt_self is initial-exec TLS, and a library reached through the
 * DT_NEEDED of a dlopen'ed addon gets its TLS from the loader's small
 * static surplus (about 1.5 KiB under node, shared with other libraries). */
#define RT_PENDING 8u
/* Bytes a memory record reserves: the longest is 1 + 10 + 10 + 10 + 1
 * (tag, delta, size << 3 | align code with size < 2^61, pointer, log2 of
 * the alignment), the same as an event's reservation. */
#define RT_MEM_RESERVE RT_RESERVE
/* Memory events remembered per thread to write each allocation once when
 * both sources (the crate and the interposed allocator) report it. */
#define RT_MEM_RECENT 4u
/* Room kept at the end of a block for records of signal handlers that
 * interrupt the last event an outer writer fits into the block. */
#define RT_NESTED_ROOM (512u * RT_RESERVE)
/* Smallest META block. */
#define RT_META_BLOCK (64u * 1024)

/* rt_thread.busy */
enum rt_busy {
	RT_IDLE = 0,	  /* no event in progress */
	RT_RECORDING = 1, /* an event is being written: nested events go NESTED */
	RT_SWITCHING = 2, /* the block is full, signals not blocked yet: nested
			   * events still go NESTED into its reserved room */
	RT_OFF = 3,	  /* this thread is not recorded (thread-only, exited, stopped) */
	RT_HOLD = 4,	  /* in the slow path with signals blocked: only synchronous
			   * signals nest, and their events are held (pending) */
	RT_VFORK = 5,	  /* a vfork child may run on this thread's state: its
			   * events are only counted (vfork.c) */
};

/*
 * The limits of a thread's current block, in memory of its own that reads
 * as zeros in any child process (MADV_WIPEONFORK, tbuf.c): a child made by
 * a raw clone(), which runs no pthread_atfork handler, finds NULL limits
 * at its first event and takes the slow path, which sees the new pid,
 * instead of writing into its parent's blocks (they are MAP_SHARED).
 */
struct rt_limits {
	uint8_t *end;	 /* a reservation must start below this; NULL: slow path */
	uint8_t *nend;	 /* nested writers' limit: end + the room kept for them */
};

/*
 * Per-thread recording state, in initial-exec TLS (one %fs access).
 * The first five fields are the hot ones. wp is only ever advanced with an
 * unlocked xadd and committed with an unlocked cmpxchg (record.c): both are
 * single instructions, hence atomic with respect to signal handlers on the
 * same thread, which is all the protocol needs (other threads never write
 * it, except rt_threads_stop() storing lim->end = NULL).
 */
struct rt_thread {
	uint8_t *wp;	 /* where the next record starts */
	struct rt_limits *lim; /* never NULL: rt_no_limits until the thread records */
	uint64_t base;	 /* decoder register: time of the previous record */
	uint32_t last;	 /* decoder register: the last explicit id */
	uint32_t busy;	 /* enum rt_busy */
	uint32_t depth;	 /* shadow stack depth, may exceed RT_STACK_CAP */
	uint32_t tid;
	uint64_t *stack; /* [RT_STACK_CAP] the open frames: RT_FRAME(id, sp offset) */
	uintptr_t stk_hi, stk_span; /* the thread's stack is (stk_hi - stk_span, stk_hi]:
				     * where an entry stack pointer is known */
	uintptr_t stk_exact_lo, stk_exact_hi; /* its real bounds when known (thread-start.c) */
	uint32_t flow_slot;	 /* 1 + its slot in flows.c's table, 0: none */

	struct fmt_block_header *block; /* current EVENTS block, or NULL */
	uint8_t *payload;		/* its first payload byte */
	uint32_t serial;		/* thread_serial in the log, 0: none yet */
	uint32_t seq;			/* next block's seq */
	uint64_t log_gen;		/* rt_log_gen when the block was opened */
	struct rt_thread *next;		/* the registry (rt_lock) */
	int registered;
	uint32_t nkind, nid;	 /* an event handed to rt_nested()/rt_pop_to() */
	uint64_t nnow;
	uint64_t block_lost;	 /* events lost while the current block was open */
	uint32_t npending;	 /* nested events held while switching blocks */
	struct rt_pending {
		uint32_t kind, id;
		uint64_t now;
	} pending[RT_PENDING];
	uintptr_t usp;		 /* the stack pointer handed to rt_unwound() */
	uint32_t nested_open;	 /* frames opened by NESTED entries, not yet exited */
	uint32_t fkind, fid;	 /* the event rt_filter_event() decides on */
	uint64_t fnow;		 /* and its timestamp */
	uint64_t filter_dropped; /* events the filter dropped */
	uint64_t lastptr;	 /* decoder register of memory records */
	uint64_t vfork_lost;	 /* events of a vfork child, counted while the thread waits */
	/* The record being written, for a signal handler that leaves by
	 * longjmp (longjmp.c): the writer's stack pointer, its reservation
	 * and the decoder state before it. */
	uintptr_t rec_sp;
	uint8_t *resv;		 /* NULL when no reservation is held */
	uint32_t rec_depth, rec_last;
	uint64_t rec_base, rec_lastptr;
	uint32_t resv_more;	 /* bytes the reservation at resv has beyond RT_RESERVE
				  * (an event with value records, values.c), else 0 */
	uint32_t exit_round;	 /* thread_exit() calls so far (tbuf.c) */
	uint32_t stopped;	 /* FMT_LOST_* once recording stopped for this thread:
				  * its events are counted in its last block */
	uint32_t quiet;		 /* the runtime itself is running (setup, module scans):
				  * allocations it makes are not the program's */
	uint32_t mem_next;	 /* next slot of mem_recent */
	struct rt_mem_recent {
		uint64_t ptr;	 /* 0: empty */
		uint8_t class;	 /* 1 acquire (alloc, realloc new), 2 release */
		uint8_t src;	 /* RT_MEM_SRC_* */
	} mem_recent[RT_MEM_RECENT];
};

extern struct rt_limits rt_no_limits RT_HIDDEN;
extern __thread struct rt_thread rt_self __attribute__((tls_model("initial-exec"))) RT_HIDDEN;

/* One instrumented ELF module. */
struct rt_sled {
	uintptr_t addr;
	uint32_t func; /* function index within the module */
	uint8_t kind;  /* ARCH_SLED_* */
};

struct rt_module {
	uint32_t index;	  /* registration order: MODULE record index */
	uint32_t id_base; /* global id of function 0 */
	uint32_t nfuncs, nsleds, npatched;
	uintptr_t load_bias; /* dlpi_addr */
	char *path;
	uint8_t build_id[64];
	uint32_t build_id_len;
	uint64_t *func_vaddr; /* [nfuncs] ELF virtual addresses */
	struct rt_sled *sleds; /* [nsleds] */
	uintptr_t text_lo, text_hi; /* address range of the sleds */
	uint64_t load_tsc;
	const void *phdr; /* Elf64_Phdr[phnum] in memory (dl_iterate_phdr) */
	uint16_t phnum;
	int loaded; /* 0 after dlclose removed it */
	struct rt_module *next;
};

/* log.c: bumped when the log is replaced (fork child): blocks of older logs are stale. */
extern uint64_t rt_log_gen RT_HIDDEN;

/*
 * clock.c: a timestamp in the log's unit (TSC ticks or ns), a sync pair,
 * CLOCK_MONOTONIC, the calibrated counter frequency (0 in ns mode).
 */
uint64_t rt_clock(void) RT_HIDDEN;
void rt_sync_point(uint64_t *tsc, uint64_t *ns) RT_HIDDEN;
uint64_t rt_mono_ns(void) RT_HIDDEN;
uint64_t rt_clock_hz(void) RT_HIDDEN;
/* The TSC is forbidden to this thread (prctl PR_TSC_SIGSEGV). */
int rt_clock_tsc_forbidden(void) RT_HIDDEN;
/* The program is about to forbid the TSC: read clocks by system call. */
void rt_clock_stop_tsc(void) RT_HIDDEN;
/* Set once clocks are read by system call; rt_emu turns its ns into ticks. */
extern volatile int rt_tsc_off RT_HIDDEN;
struct rt_clock_emu {
	uint64_t tsc0, ns0; /* a pair taken when the TSC was forbidden */
	uint64_t mult;	    /* ticks per ns, 32.32 fixed point */
};
extern struct rt_clock_emu rt_emu RT_HIDDEN;

/* ns of the system call's clock in the log's TSC unit (integer only). */
static inline uint64_t rt_emu_ticks(uint64_t ns)
{
	return rt_emu.tsc0 + (uint64_t)(((unsigned __int128)(ns - rt_emu.ns0) * rt_emu.mult) >> 32);
}

/*
 * log.c. All with rt_lock held unless said otherwise.
 * rt_log_ensure(): create the log if there is none yet (naming per
 * docs/format.md), writing the PROCESS record and a MODULE record for every
 * module registered so far. Returns 0 or a negative errno (tracing stops).
 */
int rt_log_ensure(void) RT_HIDDEN;
int rt_log_exists(void) RT_HIDDEN;
/*
 * Reserve, extend and map a block of size bytes, or of less down to min
 * when the disk is full (*got is the size made). Returns its header, or
 * NULL: recording has stopped (rt_log_stop_reason() says why).
 */
struct fmt_block_header *rt_log_block(uint16_t type, uint32_t size, uint32_t min,
				      uint32_t *got) RT_HIDDEN;
/* FMT_LOST_* for events lost because recording stopped. */
uint32_t rt_log_stop_reason(void) RT_HIDDEN;
/* Append a META record from parts; 0 or a negative errno. */
int rt_log_meta(uint16_t type, const void *const *parts, const size_t *lens, int nparts) RT_HIDDEN;
int rt_log_module(const struct rt_module *m) RT_HIDDEN;
/* Stop recording because of err: one message, FMT_FLAG_STOPPED. Lock not needed. */
void rt_log_fail(const char *what, int err) RT_HIDDEN;
/* Clean shutdown: header fields, CLOSED. */
void rt_log_close(uint64_t lost) RT_HIDDEN;
/* Fork child: drop the parent's log without writing to it. */
void rt_log_forget(void) RT_HIDDEN;
/* Recording stopped because the log could not be written. */
int rt_log_failed(void) RT_HIDDEN;
/* The header flag set (FMT_FLAG_*), e.g. FILTERED. */
void rt_log_set_flag(uint32_t flag) RT_HIDDEN;

/* modules.c: find new instrumented modules, register and patch them. */
int rt_modules_scan(void) RT_HIDDEN;
/*
 * rtld-audit (init.c): register and patch the shared object loaded at addr
 * as name, before the loader relocates it and runs its constructors.
 * Returns 0 or a negative errno. Never calls the dynamic loader.
 */
int rt_modules_add_object(uintptr_t addr, const char *name) RT_HIDDEN;
/* fork: 0 before (take the scan lock), 1 in the parent, 2 in the child. */
void rt_modules_fork_lock(int phase) RT_HIDDEN;
/* dlclose: mark modules that are gone and record MODULE_UNLOAD. */
void rt_modules_rescan_unloaded(void) RT_HIDDEN;
extern struct rt_module *rt_modules RT_HIDDEN;
extern uint32_t rt_nmodules RT_HIDDEN;

/* patch.c: patch the sleds of m whose function flag has RT_FUNC_PATCH. */
int rt_patch_module(struct rt_module *m, const uint8_t *func_flags) RT_HIDDEN;
/* The handlers the thunks jump to (record.c), chosen by the clock. */
void rt_handlers(uintptr_t h[ARCH_NTHUNKS]) RT_HIDDEN;
/* The thunk (ARCH_THUNK_*) a sled kind calls, or -1 for kinds left alone. */
static inline int rt_sled_thunk(unsigned kind)
{
	switch (kind) {
	case XRAY_SLED_ENTRY:
	case XRAY_SLED_LOG_ENTRY:
		return ARCH_THUNK_ENTRY;
	case XRAY_SLED_EXIT:
		return ARCH_THUNK_EXIT;
	case XRAY_SLED_TAIL:
		return ARCH_THUNK_TAIL;
	default:
		return -1;
	}
}
/* Point every thunk at rt_handlers() again (the clock changed). */
void rt_patch_retarget(void) RT_HIDDEN;

/* tbuf.c */
void rt_slow_path(void) RT_HIDDEN; /* via arch_slow_call only */
/* Events lost by threads that never had a block (atomic). */
extern uint64_t rt_lost_unblocked RT_HIDDEN;
/* Count n events of thread t as lost with reason (FMT_LOST_*): in its
 * current block, or process-wide when it has none. */
void rt_count_lost(struct rt_thread *t, uint64_t n, uint32_t reason) RT_HIDDEN;
/* Close every thread's block and make threads stop recording (shutdown). */
uint64_t rt_threads_stop(void) RT_HIDDEN;
void rt_threads_fork_child(void) RT_HIDDEN;
/* init.c: this process is a child that no pthread_atfork handler saw
 * (raw clone): forget the parent's log as a fork child does. */
void rt_clone_child(void) RT_HIDDEN;
int rt_threads_init(void) RT_HIDDEN;

/*
 * filter.c: per-function decisions. Flags per function id live in
 * rt_func_flags (a lazily touched table indexed by global function id).
 *
 * rt_filter_setup(): called once at setup, before any module is patched.
 * Reads SFTRACE_FILTER if set. Returns 1 when a filter is active (the log
 * gets FMT_FLAG_FILTERED and rt_filters_active is set), 0 when there is
 * none, or a negative errno when the filter cannot be used (tracing does
 * not start; the function has printed why).
 *
 * rt_filter_module(): called for each new module before patching, with
 * func_flags[m->nfuncs] preset to RT_FUNC_PATCH. Clear RT_FUNC_PATCH to
 * leave a function's sleds alone; other bits are for the filter's own use
 * on the hot path (rt_filter_event).
 *
 * rt_filter_event(): called by the hot path only when rt_filters_active,
 * before the event is written, for the event in rt_self.fkind/fid/fnow
 * (passed in TLS so the handler needs no argument registers); returns 1 to
 * record it, 0 to drop it (count it in rt_self.filter_dropped). Compiled
 * without vector registers (mk/runtime-flags.mk) and declared
 * no_caller_saved_registers: it must not call libc. Events of signal
 * handlers that interrupted another event (NESTED) are not filtered. With
 * a minimum duration it may also erase the calling thread's last entry
 * record (moving wp back, docs/filter.md); it returns 0 then.
 *
 * rt_filter_thread_exit(): the thread is exiting (pthread key destructor):
 * free its per-thread filter state.
 */
#define RT_FUNC_PATCH 0x1u	  /* patch this function's sleds */
#define RT_FUNC_SUBTREE 0x2u	  /* for filters: record the subtree under it */
#define RT_FUNC_ARGS 0x10u	  /* entry sleds record the argument registers (values.c) */
#define RT_FUNC_RET 0x20u	  /* exit sleds record the return registers */
#define RT_MAX_FUNCS (1u << 24) /* function ids per process */
extern uint8_t *rt_func_flags RT_HIDDEN;
extern int rt_filters_active RT_HIDDEN;
int rt_filter_setup(void) RT_HIDDEN;
void rt_filter_module(struct rt_module *m, uint8_t *func_flags) RT_HIDDEN;
ARCH_NCS int rt_filter_event(void) RT_HIDDEN;
void rt_filter_thread_exit(void) RT_HIDDEN;

/*
 * alloc.c: one memory event of the calling thread (kind FMT_MEM_*), from
 * src. Records it unless the thread is not recording, the runtime itself
 * is running on this thread, or the other source already reported it.
 */
#define RT_MEM_SRC_ABI 0    /* sftrace_alloc_event(): the crate, or any program */
#define RT_MEM_SRC_MALLOC 1 /* the interposed C allocator */
void rt_mem_event(unsigned src, unsigned kind, uint64_t size, uint64_t align, uintptr_t ptr) RT_HIDDEN;
/* Set when another copy of the runtime records this process (init.c). */
extern void (*rt_forward_alloc_event)(uint8_t, size_t, size_t, void *) RT_HIDDEN;
/* Set once the interposed allocator (libsftrace-malloc.so) attached. */
extern volatile int sftrace__malloc_active;
/*
 * record.c: the program is about to longjmp to a frame whose stack
 * pointer is target_sp. If that leaves a record of this thread half
 * written (a signal handler that interrupted it jumps out), finish it:
 * pad what was reserved, put the decoder state back, and record again.
 */
void rt_jump_out(uintptr_t target_sp) RT_HIDDEN;
/*
 * The runtime's own allocations on this thread are not the program's
 * (memory records, alloc.c): between rt_quiet_begin() and rt_quiet_end().
 * Compiler barriers: the compiler knows malloc does not read rt_self and
 * would drop an increment and decrement around it.
 */
static inline void rt_quiet_begin(void)
{
	rt_self.quiet++;
	__asm__ volatile("" ::: "memory");
}

static inline void rt_quiet_end(void)
{
	__asm__ volatile("" ::: "memory");
	rt_self.quiet--;
}

/* A ULEB128 of v at q; returns its end. */
static inline __attribute__((always_inline)) uint8_t *rt_put_uleb(uint8_t *q, uint64_t v)
{
	while (v >= 0x80) {
		*q++ = (uint8_t)(v | 0x80);
		v >>= 7;
	}
	*q++ = (uint8_t)v;
	return q;
}

/*
 * tbuf.c: a record written outside the handlers (memory records, a
 * thread's FLOW) on the calling RT_IDLE thread: rt_aux_begin() reserves
 * size (>= RT_RESERVE) bytes and returns where the record goes, NULL when
 * nothing can be written; the caller stores its first byte last, then
 * rt_aux_end() commits up to q.
 */
uint8_t *rt_aux_begin(struct rt_thread *t, uint32_t size) RT_HIDDEN;
void rt_aux_end(struct rt_thread *t, uint8_t *p, uint8_t *q, uint32_t size) RT_HIDDEN;
/* record.c: write the events held while a block was switched. */
ARCH_NCS void rt_flush_pending(void) RT_HIDDEN;

/*
 * record.c: a fault injection for tests (SFTRACE_TEST_NEST=SIGNO:A:B):
 * when an event finds its block full, signal SIGNO is raised A times
 * while the event still holds its reservation and B times after it gave
 * it back, so that the program's handler records nested events exactly
 * in those two windows (t1048). signo 0: off, the usual case.
 */
extern struct rt_test_nest {
	int signo;
	unsigned count[2];
} rt_test_nest RT_HIDDEN;
ARCH_NCS __attribute__((noinline, cold)) void rt_test_nest_raise(unsigned point) RT_HIDDEN;

/*
 * Give back the reservation [p, p + size) that found no room. A signal
 * handler that ran traced code since the xadd may have found room after
 * it (the room kept for nested writers) and moved wp past its records:
 * then the reservation cannot be given back, it becomes PAD (inside the
 * block: the nested records start after it) and wp stays where it is. A
 * plain store of p would put wp before those records, and the next
 * writers would overwrite them (t1048).
 */
/* Fill [from, to) with PAD records: reserved bytes a record did not use. */
static inline __attribute__((always_inline)) void rt_pad(uint8_t *from, uint8_t *to)
{
	while (from < to)
		*from++ = FMT_SPECIAL_TAG(FMT_SPECIAL_PAD);
}

static inline __attribute__((always_inline)) void rt_unreserve(struct rt_thread *t, uint8_t *p,
								uint32_t size)
{
	if (!arch_local_cmpxchg(&t->wp, p + size, p))
		rt_pad(p, p + size);
}

/*
 * After the slow path, in an event's writer (record.c, alloc.c): -1 when
 * the thread no longer records (the caller returns), else take the new
 * reservation into *pp: 0, or 1 when the block has no room for it either
 * (counted lost; the caller ends the event).
 */
static inline __attribute__((always_inline)) int rt_reserve_after_slow_n(struct rt_thread *t,
									   uint8_t **pp,
									   uint32_t more)
{
	if (t->busy == RT_OFF) {
		t->block_lost += t->npending;
		t->npending = 0;
		t->resv = NULL;
		return -1;
	}
	/* rt_slow_path() set RT_RECORDING before it unblocked signals */
	__asm__ volatile("" ::: "memory");
	if (t->npending)
		rt_flush_pending();
	*pp = arch_local_xadd(&t->wp, RT_RESERVE + more);
	t->resv = *pp;
	if (*pp + more >= t->lim->end) {
		rt_unreserve(t, *pp, RT_RESERVE + more);
		t->block_lost++;
		return 1;
	}
	return 0;
}

/* The same for a reservation of RT_RESERVE bytes. */
static inline __attribute__((always_inline)) int rt_reserve_after_slow(struct rt_thread *t,
									 uint8_t **pp)
{
	return rt_reserve_after_slow_n(t, pp, 0);
}

/*
 * values.c: argument and return registers of marked functions
 * (RT_FUNC_ARGS, RT_FUNC_RET; docs/format.md "Value records").
 *
 * struct rt_vregs is what the trampolines (arch/CPU/values.S) save on
 * the stack and hand to rt_values_entry()/rt_values_exit(): its layout is
 * known to the assembly. At an entry gp[] are the argument registers in
 * ARGS bit order and vec[] the low 64 bits of the vector argument
 * registers; at an exit gp[0..1] and vec[0..1] are the return registers.
 */
struct rt_vregs {
	uint64_t gp[ARCH_VAL_GP]; /* 6 on x86-64 (rdi..r9), 8 on AArch64 (x0..x7) */
	uint64_t vec[8];
	uint64_t sp; /* the traced function's stack pointer at its sled */
	uint64_t id; /* r10: the function id the sled set (low 32 bits) */
};
#define RT_VSTR_MAX 8 /* strings one function records */
#define RT_VSTR_CSTR 0xffu /* rt_vspec.str[].len_reg of a NUL-terminated string */
/* What a marked function records: masks, strings, reservation sizes. */
struct rt_vspec {
	uint32_t args_mask, ret_mask; /* register bits (format.h) */
	uint32_t resv_args, resv_ret; /* bytes the entry and the exit reserve beyond RT_RESERVE */
	uint16_t str_size;	      /* bytes of each string at most */
	uint8_t nstr;
	uint8_t flow_kind;	      /* FMT_FLOW_ITEM (executes the item in flow_reg),
				       * FMT_FLOW_SOURCE (hands it over), 0: none (flows.c) */
	uint8_t flow_reg;	      /* ARGS bit (0-5) of the item's address */
	struct {
		uint8_t reg;	 /* ARGS bit of the pointer (0-5) */
		uint8_t len_reg; /* ARGS bit of the length, RT_VSTR_CSTR for a C string */
	} str[RT_VSTR_MAX];
};
/* Spec of each function id (0: the default, every register), read by
 * the values handlers; NULL until a function has another. */
extern uint16_t *rt_func_vspec RT_HIDDEN;
extern struct rt_vspec rt_vspecs[] RT_HIDDEN;
/* Some function records values (the log gets FMT_FLAG_VALUES). */
extern int rt_values_active RT_HIDDEN;

static inline __attribute__((always_inline)) const struct rt_vspec *rt_values_spec(uint32_t id)
{
	return &rt_vspecs[rt_func_vspec ? rt_func_vspec[id] : 0];
}

/*
 * Setup (rt_lock held or before threads): the spec index of s (added if
 * new; fills s's reservation sizes), 0 when the table is full. Returns a
 * negative errno when the per-function table cannot be made.
 */
int rt_values_add_spec(struct rt_vspec *s) RT_HIDDEN;
/* Give function id the spec at index (setup, before it is patched). */
void rt_values_set(uint32_t id, int index) RT_HIDDEN;
/*
 * flows.c: the FLOW record of an entry whose spec has a flow_kind, at q
 * (room: FMT_FLOW_MAX bytes); returns its end. An executed item's owner
 * frame is looked up among the threads' stacks.
 */
uint8_t *rt_flow_put(uint8_t *q, const struct rt_vregs *v, const struct rt_vspec *s) RT_HIDDEN;
/* Work items are recorded (the log gets FMT_FLAG_FLOWS). */
extern int rt_flows_active RT_HIDDEN;
/* Some function records work items (the log has FMT_FLAG_FLOWS), a
 * thread's creation was recorded (FMT_FLAG_THREAD_FLOWS): the flags in
 * rt_flows_recorded, set by rt_flows_recording(). */
extern uint32_t rt_flows_recorded RT_HIDDEN;
void rt_flows_recording(uint32_t flag) RT_HIDDEN;
/*
 * process-flow.c: the frame that started this process. The fork's time
 * in the parent, before it (1) and after (0); in a fork child,
 * before its thread state is reset (parent: the parent's pid); for exec
 * and spawn, "SFTRACE_CAUSE=..." into buf (1, or 0 when no cause is
 * known); at setup, read (and remove) the variable; in the log's first
 * block, the PROCESS record at q (room: FMT_FLOW_MAX), once.
 */
#define RT_CAUSE_ENV_MAX 96
void rt_process_flow_fork_prepare(int before) RT_HIDDEN;
void rt_process_flow_fork_child(pid_t parent) RT_HIDDEN;
int rt_process_flow_env(char buf[RT_CAUSE_ENV_MAX]) RT_HIDDEN;
void rt_process_flow_setup(void) RT_HIDDEN;
uint8_t *rt_process_flow_put(uint8_t *q) RT_HIDDEN;
/* Setup, after rt_filter_setup(): read SFTRACE_FLOWS, SFTRACE_FLOW_RULES. */
int rt_flows_setup(void) RT_HIDDEN;
/* The spec index of a function named name that a flow rule names (base:
 * its values spec, or NULL), 0 when none does (setup, rt_lock held). */
int rt_flow_rule(const char *name, const struct rt_vspec *base) RT_HIDDEN;
/* filter.c, for flows.c: a compiled list of regexes (NULL on error, said)
 * and whether name (raw or demangled) matches one of them. */
void *rt_filter_regex(const char *what, const char *pattern) RT_HIDDEN;
int rt_filter_regex_match(void *re, const char *name) RT_HIDDEN;
/*
 * flows.c: the threads whose stacks may hold work items. add (a thread's
 * registration), remove (its exit: waits until no lookup reads it),
 * forget every other thread (a fork child).
 */
void rt_flow_thread_add(struct rt_thread *t) RT_HIDDEN;
/* The calling thread's innermost open frame, as FLOW records name it
 * (thread serial, level, function id): 1, or 0 when it has none in this
 * process's log (or is inside the runtime). */
int rt_flow_frame_here(uint32_t *serial, uint32_t *level, uint32_t *fid) RT_HIDDEN;
void rt_flow_thread_remove(struct rt_thread *t) RT_HIDDEN;
void rt_flow_fork_child(struct rt_thread *self) RT_HIDDEN;

/* rt_jump_out(): skip the value records at q, which end before end. */
uint8_t *rt_values_skip(uint8_t *q, const uint8_t *end) RT_HIDDEN;

#endif
