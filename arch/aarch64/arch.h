/*
 * What the generic runtime needs from the instruction set, for AArch64:
 * XRay sled rewriting, the thunks that reach the handlers, the generic
 * timer's virtual counter and the slow-path stub. Everything AArch64
 * specific lives in this directory (sled.c, trampolines.S, vfork.S).
 */
#ifndef SFTRACE_ARCH_AARCH64_ARCH_H
#define SFTRACE_ARCH_AARCH64_ARCH_H

#include <stdint.h>

#include "common/xray-map.h" /* the sled kinds, XRAY_SLED_* */

#ifndef __aarch64__
#error "arch/aarch64 is for AArch64 only"
#endif

/* clang's sled: `b #32` over seven `nop`s, 32 bytes. */
#define ARCH_SLED_SIZE 32u

/*
 * A thunk (32 bytes): `ldr x17, handler; ldr x16, tramp; br x16`, then the
 * two absolute addresses. The patched sled loads the thunk's absolute
 * address itself, so a sled reaches a thunk anywhere (no branch range).
 */
#define ARCH_THUNK_SIZE 32u
enum {
	ARCH_THUNK_ENTRY,
	ARCH_THUNK_EXIT,
	ARCH_THUNK_TAIL,
	ARCH_THUNK_ENTRY_VALUES, /* entry of a function that records its arguments */
	ARCH_THUNK_EXIT_VALUES,	 /* exit of a function that records its return value */
	ARCH_NTHUNKS
};

/* Sleds load absolute addresses: any distance is within reach. */
#define ARCH_REL32_REACH ((int64_t)1 << 46)

/*
 * The handlers of runtime/record.c are plain AAPCS64 functions compiled
 * without vector registers, called by arch_a64_tramp (trampolines.S),
 * which saves the general registers the traced code may still need; it
 * passes the function id and the traced function's stack pointer at its
 * sled (the same at a function's entry and its exit).
 */
#define ARCH_NCS
#define ARCH_HANDLER_PARAMS uint32_t arch_id, uintptr_t arch_sp
#define ARCH_SLED_ID(var) uint32_t var = arch_id
#define ARCH_SLED_SP_CALLED() arch_sp
#define ARCH_SLED_SP_JUMPED() arch_sp
/* Value records (values.S): x0..x7 (ARGS bits 0-7), the low 64 bits of
 * v0-v7 (8-15); results x0, x1, v0, v1. */
#define ARCH_HAS_VALUES 1
#define ARCH_VAL_GP 8
#define ARCH_VAL_ARGS_ALL 0xffffu
#define ARCH_FMT FMT_ARCH_AARCH64

void arch_write_thunk(uint8_t *dst, uintptr_t target);
void arch_thunk_retarget(uint8_t *thunk, uintptr_t target);
int arch_sled_state(uintptr_t addr, unsigned kind);

/*
 * Rewrite the sled at addr (text already writable):
 *
 *   b #32; nop x7   ->  stp x0, x30, [sp, #-16]!
 *                       ldr w0, id
 *                       ldr x16, thunk
 *                       blr x16
 *                       id: .word <id>; thunk: .quad <thunk>
 *                       ldp x0, x30, [sp], #16
 *
 * Words 1..7 are written and made visible to instruction fetch first
 * (still skipped by the `b #32`), then word 0 with one 32-bit store
 * (single-copy atomic for an aligned instruction), and the cache
 * maintenance again: a thread running the sled meanwhile executes either
 * the old or the new sled. The trampoline returns past the data.
 */
int arch_sled_patch(uintptr_t addr, unsigned kind, uint32_t id, uintptr_t thunk);

/*
 * The generic timer's virtual counter. Its frequency (CNTFRQ_EL0) is
 * often far below a TSC's: 1 GHz on recent cores, 24-100 MHz on many
 * (25 MHz on Graviton 2, 24 MHz on Apple silicon's VMs): one tick is
 * then 10-40 ns, so calls shorter than that read as 0 or 1 tick; sums
 * over many calls stay right.
 */
static inline uint64_t arch_timestamp(void)
{
	uint64_t v;

	__asm__ volatile("mrs %0, cntvct_el0" : "=r"(v));
	return v;
}

static inline uint64_t arch_timer_hz(void)
{
	uint64_t v;

	__asm__ volatile("mrs %0, cntfrq_el0" : "=r"(v));
	return v;
}

static inline __attribute__((always_inline)) uintptr_t arch_stack_pointer(void)
{
	uintptr_t sp;

	__asm__ volatile("mov %0, sp" : "=r"(sp));
	return sp;
}

/*
 * The stack pointer a glibc jmp_buf returns to is mangled with a guard
 * private to glibc on AArch64: not read. All ones says "the jump leaves
 * the writer's frame", which a jump out of a signal handler does (one
 * within the handler, after a setjmp of its own, is then treated so too).
 */
/* The stack pointer a ucontext_t resumes with (ucontext.c). */
#define ARCH_UCONTEXT_SP(uc) ((uintptr_t)(uc)->uc_mcontext.sp)

static inline uintptr_t arch_jmpbuf_sp(const void *env)
{
	(void)env;
	return UINTPTR_MAX;
}

/*
 * Thread-local atomics for the write pointer protocol (runtime/record.c):
 * atomic with respect to a signal handler on the same thread (an
 * exclusive pair is broken by an exception return, and retried).
 */
static inline __attribute__((always_inline)) uint8_t *arch_local_xadd(uint8_t **pp, uintptr_t n)
{
	return (uint8_t *)__atomic_fetch_add((uintptr_t *)(void *)pp, n, __ATOMIC_RELAXED);
}

static inline __attribute__((always_inline)) uint32_t arch_local_inc32(uint32_t *p)
{
	return __atomic_fetch_add(p, 1, __ATOMIC_RELAXED);
}

static inline __attribute__((always_inline)) int arch_local_cmpxchg(uint8_t **pp, uint8_t *expected,
								    uint8_t *desired)
{
	return __atomic_compare_exchange_n(pp, &expected, desired, 0, __ATOMIC_RELAXED,
					   __ATOMIC_RELAXED);
}

/* Probe the CPU once. The virtual counter runs at a constant rate: 1. */
int arch_init(void);

/*
 * trampolines.S: call rt_slow_path() preserving the vector and floating
 * point state (q0-q31, fpcr, fpsr), which libc may use; the handlers
 * themselves (compiled without vector registers) call it as a function.
 */
void arch_slow_call(void);

/*
 * values.S: the handlers the values thunks name. arch_a64_tramp calls them
 * like record.c's (w0 the id, x1 the sled's stack pointer); they gather
 * the argument (entry) or return (exit) registers the sled and the
 * trampoline saved, and the vector ones still live, into a struct
 * rt_vregs and call rt_values_entry()/rt_values_exit() (runtime/values.c).
 * Declared without parameters: only their addresses are taken.
 */
void arch_values_entry(void);
void arch_values_exit(void);

/*
 * The target of a direct branch at `at` (a tail call right after its
 * sled), with room bytes there known to be code, or 0: `b imm26`.
 */
#define ARCH_TAIL_JUMP_MIN 4
#define ARCH_TAIL_JUMP_MAX 4
static inline uintptr_t arch_tail_jump_target(uintptr_t at, unsigned long room)
{
	uint32_t w;

	if (room < 4)
		return 0;
	__builtin_memcpy(&w, (const void *)at, 4);
	if ((w & 0xfc000000u) != 0x14000000u)
		return 0;
	return at + (uintptr_t)((intptr_t)((int32_t)(w << 6) >> 6) * 4);
}

/* A system call without libc (no errno): the result, or -errno. */
static inline __attribute__((always_inline)) long arch_syscall6(long nr, long a, long b, long c,
								 long d, long e, long f)
{
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;
	register long x8 __asm__("x8") = nr;

	__asm__ volatile("svc #0"
			 : "+r"(x0)
			 : "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5), "r"(x8)
			 : "memory");
	return x0;
}

/* CLOCK_MONOTONIC by the system call, not the vDSO. */
static inline __attribute__((always_inline)) uint64_t arch_sys_monotonic_ns(void)
{
	struct {
		long sec, nsec;
	} ts = { 0, 0 };

	arch_syscall6(113 /* SYS_clock_gettime */, 1 /* CLOCK_MONOTONIC */, (long)&ts, 0, 0, 0, 0);
	return (uint64_t)ts.sec * 1000000000u + (uint64_t)ts.nsec;
}

/* An anonymous private mapping of len bytes by the system call (no libc):
 * the address, or -errno. */
static inline long arch_sys_mmap_anon(unsigned long len)
{
	return arch_syscall6(222 /* SYS_mmap */, 0, (long)len, 3 /* PROT_READ|WRITE */,
			     0x22 | 0x4000 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE */, -1, 0);
}

#endif
