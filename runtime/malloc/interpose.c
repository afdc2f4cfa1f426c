/*
 * libsftrace-malloc.so: the C allocator, interposed for `sftrace record
 * --memory`.
 *
 * Preloaded after libsftrace.so (on which it depends), it defines malloc,
 * calloc, realloc, reallocarray, free, posix_memalign, aligned_alloc,
 * memalign, valloc and pvalloc. Each forwards to the next definition (the
 * program's allocator, or libc's) and reports the call to the runtime
 * (sftrace__malloc_event, runtime/alloc.c), which writes a memory record
 * in the calling thread's stream. That covers C, C++ new/delete and Rust's
 * System allocator with no change to the program. It is a separate
 * library so that a process that does not ask for memory recording keeps
 * its allocator untouched: libsftrace.so itself defines none of these.
 *
 * Rules:
 *  - a free (and the old block of a realloc) is reported before the block
 *    is given back, an allocation after it was made, so that no other
 *    thread can be handed the same address in between;
 *  - sizes are the requested ones; a free reports malloc_usable_size();
 *  - failed calls report nothing (a realloc that fails reports the old
 *    block as allocated again);
 *  - dlsym(), which finds the next definitions, may itself allocate: those
 *    requests are served from a small static arena, never given back.
 */
#include <dlfcn.h>
#include <errno.h>
#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "common/format.h"

#define EXPORT __attribute__((visibility("default")))

/* In libsftrace.so (runtime/alloc.c). */
extern volatile int sftrace__malloc_active;
void sftrace__malloc_event(unsigned kind, size_t size, size_t align, void *ptr);
void sftrace__malloc_attach(void);

static void *(*next_malloc)(size_t);
static void *(*next_calloc)(size_t, size_t);
static void *(*next_realloc)(void *, size_t);
static void (*next_free)(void *);
static int (*next_posix_memalign)(void **, size_t, size_t);
static void *(*next_aligned_alloc)(size_t, size_t);
static void *(*next_memalign)(size_t, size_t);
static void *(*next_valloc)(size_t);
static void *(*next_pvalloc)(size_t);
static size_t (*next_usable_size)(void *);

/* The arena for allocations made while the next definitions are looked up. */
#define ARENA_SIZE (64u * 1024)
static _Alignas(64) uint8_t arena[ARENA_SIZE];
static size_t arena_used;
static __thread int resolving __attribute__((tls_model("initial-exec")));

static int in_arena(const void *p)
{
	return (const uint8_t *)p >= arena && (const uint8_t *)p < arena + ARENA_SIZE;
}

/* 16-byte header holding the size, so that realloc can copy. */
static void *arena_alloc(size_t size, size_t align)
{
	size_t a = align > 16 ? align : 16, off, cur;

	do {
		cur = __atomic_load_n(&arena_used, __ATOMIC_RELAXED);
		off = (cur + 16 + a - 1) & ~(a - 1);
		if (off + size > ARENA_SIZE || size > ARENA_SIZE)
			return NULL;
	} while (!__atomic_compare_exchange_n(&arena_used, &cur, off + size, 0, __ATOMIC_RELAXED,
					      __ATOMIC_RELAXED));
	memcpy(arena + off - sizeof(size_t), &size, sizeof(size_t));
	return arena + off;
}

static size_t arena_size(const void *p)
{
	size_t n;

	memcpy(&n, (const uint8_t *)p - sizeof(size_t), sizeof(size_t));
	return n;
}

static void *find(const char *name)
{
	return dlsym(RTLD_NEXT, name);
}

/* Look the next definitions up (once; racing threads store the same values). */
static int resolve(void)
{
	if (__atomic_load_n(&next_free, __ATOMIC_ACQUIRE))
		return 1;
	if (resolving)
		return 0;
	resolving = 1;
	next_malloc = (void *(*)(size_t))find("malloc");
	next_calloc = (void *(*)(size_t, size_t))find("calloc");
	next_realloc = (void *(*)(void *, size_t))find("realloc");
	next_posix_memalign = (int (*)(void **, size_t, size_t))find("posix_memalign");
	next_aligned_alloc = (void *(*)(size_t, size_t))find("aligned_alloc");
	next_memalign = (void *(*)(size_t, size_t))find("memalign");
	next_valloc = (void *(*)(size_t))find("valloc");
	next_pvalloc = (void *(*)(size_t))find("pvalloc");
	next_usable_size = (size_t(*)(void *))find("malloc_usable_size");
	__atomic_store_n(&next_free, (void (*)(void *))find("free"), __ATOMIC_RELEASE);
	resolving = 0;
	return next_free != NULL;
}

static inline void report(unsigned kind, size_t size, size_t align, void *p)
{
	if (p)
		sftrace__malloc_event(kind, size, align, p);
}

/* What a free gives back: only asked for while recording (it costs). */
static inline size_t usable(void *p)
{
	return sftrace__malloc_active && next_usable_size ? next_usable_size(p) : 0;
}

EXPORT void *malloc(size_t size)
{
	void *p;

	if (!resolve() || !next_malloc)
		return arena_alloc(size, 16);
	p = next_malloc(size);
	report(FMT_MEM_ALLOC, size, 0, p);
	return p;
}

EXPORT void *calloc(size_t n, size_t m)
{
	size_t size;
	void *p;

	if (__builtin_mul_overflow(n, m, &size)) {
		errno = ENOMEM;
		return NULL;
	}
	if (!resolve() || !next_calloc)
		return arena_alloc(size, 16); /* static storage: already zero */
	p = next_calloc(n, m);
	report(FMT_MEM_ALLOC, size, 0, p);
	return p;
}

EXPORT void free(void *p)
{
	if (!p || in_arena(p))
		return;
	if (!resolve())
		return; /* cannot happen: p came from the next malloc */
	report(FMT_MEM_FREE, usable(p), 0, p);
	next_free(p);
}

EXPORT void *realloc(void *p, size_t size)
{
	size_t old;
	void *q;

	if (p && in_arena(p)) {
		size_t n = arena_size(p);
		q = malloc(size);
		if (q)
			memcpy(q, p, n < size ? n : size);
		return q;
	}
	if (!resolve() || !next_realloc)
		return arena_alloc(size, 16);
	if (!p) {
		q = next_realloc(NULL, size);
		report(FMT_MEM_ALLOC, size, 0, q);
		return q;
	}
	old = usable(p);
	report(FMT_MEM_REALLOC_OLD, old, 0, p);
	q = next_realloc(p, size);
	if (q)
		report(FMT_MEM_REALLOC_NEW, size, 0, q);
	else if (size)
		report(FMT_MEM_REALLOC_NEW, old, 0, p); /* failed: p is still allocated */
	return q;
}

EXPORT void *reallocarray(void *p, size_t n, size_t m)
{
	size_t size;

	if (__builtin_mul_overflow(n, m, &size)) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, size);
}

EXPORT int posix_memalign(void **out, size_t align, size_t size)
{
	int r;

	if (!resolve() || !next_posix_memalign) {
		void *p = arena_alloc(size, align);
		if (!p)
			return ENOMEM;
		*out = p;
		return 0;
	}
	r = next_posix_memalign(out, align, size);
	if (!r)
		report(FMT_MEM_ALLOC, size, align, *out);
	return r;
}

EXPORT void *aligned_alloc(size_t align, size_t size)
{
	void *p;

	if (!resolve() || !next_aligned_alloc)
		return arena_alloc(size, align);
	p = next_aligned_alloc(align, size);
	report(FMT_MEM_ALLOC, size, align, p);
	return p;
}

EXPORT void *memalign(size_t align, size_t size)
{
	void *p;

	if (!resolve() || !next_memalign)
		return arena_alloc(size, align);
	p = next_memalign(align, size);
	report(FMT_MEM_ALLOC, size, align, p);
	return p;
}

EXPORT void *valloc(size_t size)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	void *p;

	if (!resolve() || !next_valloc)
		return arena_alloc(size, page);
	p = next_valloc(size);
	report(FMT_MEM_ALLOC, size, page, p);
	return p;
}

EXPORT void *pvalloc(size_t size)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	void *p;

	if (!resolve() || !next_pvalloc)
		return arena_alloc(size, page);
	p = next_pvalloc(size);
	report(FMT_MEM_ALLOC, size, page, p);
	return p;
}

__attribute__((constructor(101))) static void malloc_constructor(void)
{
	resolve();
	sftrace__malloc_attach();
}
