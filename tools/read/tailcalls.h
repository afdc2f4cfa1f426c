/*
 * Where each function's tail calls go, read from its module's machine
 * code, so that the frames layer (frames.h) nests under a function left
 * by a tail call only the entry of a function it can have jumped to.
 *
 * XRay puts a tail-call sled (xray_instr_map kind 2) right before the
 * jump of a tail call. The jump after each such sled is decoded: a direct
 * `jmp rel8/rel32` to a function of the same module names its callee; a
 * jump to anywhere else (a PLT entry, an uninstrumented function, through
 * the GOT) leaves to code that is not traced, so the next entry is not
 * the callee but a later call of the caller's caller; a jump through a
 * register or memory (a function pointer, a virtual call) may reach any
 * function.
 */
#ifndef SFTRACE_TOOLS_READ_TAILCALLS_H
#define SFTRACE_TOOLS_READ_TAILCALLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct trace;

struct tailcalls {
	uint64_t *pairs;   /* sorted caller id << 32 | callee id; callee 0: any function */
	size_t npairs;
	bool *known;	   /* [nmodules] the module's code was read (else: no answer) */
	size_t nmodules;
};

/*
 * Read the tail calls of every module of t from its file (the path the
 * log names, when its build-id is the recorded one) into a new
 * struct tailcalls, owned by the caller (tailcalls_free). A module that
 * cannot be read, or whose file is another build, is left unknown: no
 * error, nothing printed.
 */
struct tailcalls *tailcalls_load(const struct trace *t);

/*
 * May the function caller, left by a tail call, have jumped to the
 * function callee? True when the module of caller is unknown (or tc is
 * NULL), when one of its tail calls goes to callee, or when one goes
 * through a register or memory.
 */
bool tailcalls_may_enter(const struct tailcalls *tc, const struct trace *t, uint32_t caller,
			 uint32_t callee);

/* Free tc and what it holds; NULL is accepted. */
void tailcalls_free(struct tailcalls *tc);

#endif
