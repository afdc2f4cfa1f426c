/*
 * Where an allocation happened: the innermost traced frame outside the
 * allocator's own frames.
 *
 * A memory record (docs/format.md "Memory records") belongs to the
 * innermost frame open when it was written. When that frame is part of
 * the allocator — Rust's `__rust_alloc` / `__rg_alloc` shims, a
 * `GlobalAlloc` or `Allocator` impl (the sftrace-setup crate's wrapper
 * among them), `alloc::alloc::alloc` and friends, C++'s `operator new` /
 * `operator delete`, `std::allocator<T>::allocate` — the user wants the
 * frame that called it: the *site*. Generic code instantiated in the
 * user's crate (`RawVec::grow_one`, `from_iter`) is a site.
 */
#ifndef SFTRACE_TOOLS_READ_MEMSITE_H
#define SFTRACE_TOOLS_READ_MEMSITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tools/read/frames.h"

struct symbolizer;
struct trace;

/* Is a function of this (demangled) name part of the allocator? */
bool memsite_is_allocator_name(const char *name);

/* Caches the decision per function id of each log. */
struct memsite {
	struct symbolizer *sym;
	struct memsite_log {
		const struct trace *t;
		uint8_t *cls; /* per function id: 0 unknown, 1 site, 2 allocator */
		size_t len;
	} *logs;
	size_t nlogs, alloc;
};

void memsite_init(struct memsite *m, struct symbolizer *sym);
void memsite_release(struct memsite *m);

/* Is function func of t part of the allocator? */
bool memsite_is_allocator(struct memsite *m, const struct trace *t, uint32_t func);

/*
 * The index in stack[0..depth-1] of the allocation's site: the innermost
 * frame that is not the allocator's. -1 when there is none (no traced
 * frame open, or only allocator frames).
 */
long memsite_find(struct memsite *m, const struct trace *t, const struct frame *stack,
		  size_t depth);

#endif
