/*
 * What the generic runtime needs from the instruction set: XRay sled
 * rewriting, the near thunks that reach the handlers, the timestamp
 * counter and the slow-path stub. Everything x86-64 specific lives in
 * this directory (sled.c, trampolines.S).
 */
#ifndef SFTRACE_ARCH_X86_64_ARCH_H
#define SFTRACE_ARCH_X86_64_ARCH_H

#include <stdint.h>

#include "common/xray-map.h" /* the sled kinds, XRAY_SLED_* */

#ifndef __x86_64__
#error "arch/x86_64 is for x86-64 only"
#endif

#define ARCH_SLED_SIZE 11u

/*
 * How the handlers of runtime/record.c are declared and what a sled hands
 * them. They are C compiled without vector registers and called straight
 * from the thunk: no_caller_saved_registers makes them save exactly the
 * general registers they use. The sled puts the function id in r10d;
 * the traced function's stack pointer at its sled (pointing at its return
 * address) is the handler's CFA for an entry or tail sled, which calls
 * the thunk, and 8 bytes below it for an exit sled, which jumps to it.
 * ARCH_SLED_ID must be the first statement of a handler.
 */
#define ARCH_NCS __attribute__((no_caller_saved_registers))
#define ARCH_HANDLER_PARAMS void
#define ARCH_SLED_ID(var)                                                                          \
	register uint32_t var __asm__("r10");                                                      \
	__asm__ volatile("" : "=r"(var))
#define ARCH_SLED_SP_CALLED() ((uintptr_t)__builtin_dwarf_cfa())
#define ARCH_SLED_SP_JUMPED() ((uintptr_t)__builtin_dwarf_cfa() - 8)
/* values.S records argument and return registers (runtime/values.c). */
#define ARCH_HAS_VALUES 1
/* Value records: rdi..r9 (ARGS bits 0-5), xmm0-7 (8-15). */
#define ARCH_VAL_GP 6
#define ARCH_VAL_ARGS_ALL 0xff3fu
/* fmt_file_header.arch of the logs this runtime writes. */
#define ARCH_FMT FMT_ARCH_X86_64

/* A near thunk: `jmp *0(%rip)` followed by the absolute target. */
#define ARCH_THUNK_SIZE 16u
enum {
	ARCH_THUNK_ENTRY,
	ARCH_THUNK_EXIT,
	ARCH_THUNK_TAIL,
	ARCH_THUNK_ENTRY_VALUES, /* entry of a function that records its arguments */
	ARCH_THUNK_EXIT_VALUES,	 /* exit of a function that records its return value */
	ARCH_NTHUNKS
};

/* Longest distance a sled's rel32 reaches, with a margin for the sled itself. */
#define ARCH_REL32_REACH ((int64_t)0x7fff0000)

/* Write a thunk jumping to target at dst (ARCH_THUNK_SIZE bytes). */
void arch_write_thunk(uint8_t *dst, uintptr_t target);
/* Point the thunk at a new target, atomically (threads may be using it). */
void arch_thunk_retarget(uint8_t *thunk, uintptr_t target);

/*
 * State of the sled at addr of the given kind: 0 original XRay bytes,
 * 1 already patched (by us, or by a runtime we cannot tell apart), -1
 * unknown bytes (leave it alone).
 */
int arch_sled_state(uintptr_t addr, unsigned kind);


/*
 * Rewrite the sled at addr (text already writable) to call or jump to the
 * thunk at thunk with function id in r10d:
 *
 *   entry/tail   eb 09 <9-byte nop>        ->  41 ba <id32> e8 <rel32>
 *                jmp +9                        mov r10d, id; call thunk
 *   exit         c3 <10-byte nop>          ->  41 ba <id32> e9 <rel32>
 *                ret                           mov r10d, id; jmp thunk
 *
 * Bytes 2..10 are written first (still skipped by the `jmp +9` or after
 * the `ret`), then bytes 0..1 in one atomic 16-bit store, so a thread
 * running the sled meanwhile sees either the old or the new sled.
 * Returns 0, or -ERANGE when thunk is out of rel32 reach.
 */
int arch_sled_patch(uintptr_t addr, unsigned kind, uint32_t id, uintptr_t thunk);

/* The timestamp counter. Not serialising: ordering within one thread is
 * enough, and `lfence; rdtsc` costs twice as much here. */
static inline uint64_t arch_timestamp(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

/* The stack pointer of the caller's frame. */
static inline __attribute__((always_inline)) uintptr_t arch_stack_pointer(void)
{
	uintptr_t sp;

	__asm__ volatile("movq %%rsp, %0" : "=r"(sp));
	return sp;
}

/*
 * The stack pointer a glibc jmp_buf returns to: __jmpbuf[6], mangled with
 * the thread's pointer guard (%fs:0x30) as PTR_MANGLE does (xor, then
 * rotate left by 17).
 */
/* The stack pointer a ucontext_t resumes with (ucontext.c). */
#define ARCH_UCONTEXT_SP(uc) ((uintptr_t)(uc)->uc_mcontext.gregs[REG_RSP])

static inline uintptr_t arch_jmpbuf_sp(const void *env)
{
	uintptr_t v, guard;

	__builtin_memcpy(&v, (const char *)env + 6 * sizeof(long), sizeof(v));
	__asm__("movq %%fs:0x30, %0" : "=r"(guard));
	v = (v >> 17) | (v << 47);
	return v ^ guard;
}

/*
 * Thread-local atomics for the write pointer protocol (runtime/record.c):
 * single unlocked instructions, hence atomic with respect to a signal
 * handler on the same thread, which is all it needs (no bus lock).
 * arch_local_xadd returns the old *pp and adds n; arch_local_cmpxchg
 * stores desired if *pp == expected and returns whether it did.
 */
static inline __attribute__((always_inline)) uint8_t *arch_local_xadd(uint8_t **pp, uintptr_t n)
{
	__asm__ volatile("xaddq %0, %1" : "+r"(n), "+m"(*pp) : : "cc", "memory");
	return (uint8_t *)n;
}

/* Add 1 to *p and return the old value, as arch_local_xadd. */
static inline __attribute__((always_inline)) uint32_t arch_local_inc32(uint32_t *p)
{
	uint32_t i = 1;

	__asm__ volatile("xaddl %0, %1" : "+r"(i), "+m"(*p) : : "cc", "memory");
	return i;
}

static inline __attribute__((always_inline)) int arch_local_cmpxchg(uint8_t **pp, uint8_t *expected,
								    uint8_t *desired)
{
	uint8_t *prev = expected;

	__asm__ volatile("cmpxchgq %2, %1" : "+a"(prev), "+m"(*pp) : "r"(desired) : "cc", "memory");
	return prev == expected;
}

/*
 * Probe the CPU once (xsave area size, invariant TSC). Returns 1 when the
 * timestamp counter is invariant (constant_tsc and nonstop_tsc).
 */
int arch_init(void);

/*
 * trampolines.S: call rt_slow_path() preserving every register the traced
 * code may still need: all general registers and the whole extended state
 * (xsave: x87, xmm, ymm, zmm, mask registers). Declared so that callers
 * compiled with no_caller_saved_registers save nothing around it.
 */
__attribute__((no_caller_saved_registers)) void arch_slow_call(void);

/*
 * values.S: the targets of the values thunks. They save the argument
 * (entry) or return (exit) registers into a struct rt_vregs on the stack
 * and call rt_values_entry()/rt_values_exit() (runtime/values.c) with
 * its address; every register is as it was when they return.
 */
void arch_values_entry(void);
void arch_values_exit(void);

/* Size of the xsave area for the enabled features (0: use fxsave). */
extern uint32_t arch_xsave_size;

/*
 * The target of a direct jump at `at` (a tail call right after its sled),
 * with room bytes there known to be code (ARCH_TAIL_JUMP_MIN or _MAX), or
 * 0: `eb rel8` or `e9 rel32`.
 */
#define ARCH_TAIL_JUMP_MIN 2
#define ARCH_TAIL_JUMP_MAX 5
static inline uintptr_t arch_tail_jump_target(uintptr_t at, unsigned long room)
{
	const uint8_t *p = (const uint8_t *)at;
	int32_t rel;

	if (p[0] == 0xeb)
		return at + 2 + (int8_t)p[1];
	if (room < 5 || p[0] != 0xe9)
		return 0;
	__builtin_memcpy(&rel, p + 1, 4);
	return at + 5 + (intptr_t)rel;
}

/* A system call without libc (no errno): the result, or -errno. */
static inline __attribute__((always_inline)) long arch_syscall6(long nr, long a, long b, long c,
								 long d, long e, long f)
{
	long ret;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;

	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "0"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}

/*
 * CLOCK_MONOTONIC by the system call, not the vDSO (whose clock reads the
 * TSC, which a program may forbid). General registers only.
 */
static inline __attribute__((always_inline)) uint64_t arch_sys_monotonic_ns(void)
{
	struct {
		long sec, nsec;
	} ts = { 0, 0 };

	arch_syscall6(228 /* SYS_clock_gettime */, 1 /* CLOCK_MONOTONIC */, (long)&ts, 0, 0, 0, 0);
	return (uint64_t)ts.sec * 1000000000u + (uint64_t)ts.nsec;
}

/* An anonymous private mapping of len bytes by the system call (no libc):
 * the address, or -errno. */
static inline long arch_sys_mmap_anon(unsigned long len)
{
	return arch_syscall6(9 /* SYS_mmap */, 0, (long)len, 3 /* PROT_READ|WRITE */,
			     0x22 | 0x4000 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE */, -1, 0);
}

#endif
