/*
 * longjmp and friends, interposed: a signal handler that leaves by
 * siglongjmp (legal C, used by interpreters and stack-overflow handlers)
 * while the thread it interrupted was writing a record would otherwise
 * leave the thread marked busy for ever, and every later event of it
 * would be dropped. Before jumping, rt_jump_out() (record.c) finishes
 * the abandoned record when the jump leaves the writer's frame (the
 * target's stack pointer, from the jmp_buf, is above the writer's).
 * Then the next definition (libc's) does the jump.
 */
#include <dlfcn.h>
#include <stdlib.h>

#include "arch.h"
#include "runtime/internal.h"

#define EXPORT __attribute__((visibility("default")))

/* jmp_buf and sigjmp_buf are the same struct __jmp_buf_tag in glibc;
 * <setjmp.h> is not included so the interposers can take a plain pointer. */
typedef void (*jump_fn)(void *, int);

static jump_fn next_jump(jump_fn *cache, const char *name)
{
	jump_fn f = __atomic_load_n(cache, __ATOMIC_RELAXED);

	if (!f) {
		f = (jump_fn)dlsym(RTLD_NEXT, name);
		if (!f)
			abort(); /* cannot happen: libc defines them all */
		__atomic_store_n(cache, f, __ATOMIC_RELAXED);
	}
	return f;
}

#define JUMPER(name)                                                                               \
	EXPORT __attribute__((noreturn)) void name(void *env, int val);                            \
	EXPORT __attribute__((noreturn)) void name(void *env, int val)                             \
	{                                                                                          \
		static jump_fn next;                                                               \
		if (RT_UNLIKELY(rt_self.busy))                                                     \
			rt_jump_out(arch_jmpbuf_sp(env));                                          \
		next_jump(&next, #name)(env, val);                                                 \
		__builtin_unreachable();                                                           \
	}

JUMPER(longjmp)
JUMPER(_longjmp)
JUMPER(siglongjmp)
JUMPER(__longjmp_chk)
