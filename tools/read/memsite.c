/*
 * Allocation sites (see memsite.h). The allocator's frames are recognised
 * by their demangled names; the decision is cached per function id.
 */
#include <stdlib.h>
#include <string.h>

#include "tools/lib/usage.h"
#include "tools/read/memsite.h"
#include "tools/read/symbols.h"
#include "tools/read/trace.h"

static bool starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

bool memsite_is_allocator_name(const char *name)
{
	/* Whole names: Rust's allocator shims and the C allocator itself. */
	static const char *const exact[] = {
		"__rust_alloc", "__rust_dealloc", "__rust_realloc", "__rust_alloc_zeroed",
		"__rg_alloc", "__rg_dealloc", "__rg_realloc", "__rg_alloc_zeroed",
		"__rdl_alloc", "__rdl_dealloc", "__rdl_realloc", "__rdl_alloc_zeroed",
		"malloc", "calloc", "realloc", "reallocarray", "free", "posix_memalign",
		"aligned_alloc", "memalign", "valloc", "pvalloc",
		"alloc::alloc::alloc", "alloc::alloc::dealloc", "alloc::alloc::realloc",
		"alloc::alloc::alloc_zeroed", "alloc::alloc::exchange_malloc",
		"alloc::alloc::box_free", "__rust_no_alloc_shim_is_unstable",
		"__rust_no_alloc_shim_is_unstable_v2",
	};
	/* Parts of names: trait impls and C++'s allocation functions. */
	static const char *const inside[] = {
		" as core::alloc::global::GlobalAlloc>::",
		" as core::alloc::Allocator>::",
		"alloc::alloc::Global>::alloc_impl",
		"alloc::alloc::Global>::grow_impl",
		"alloc::alloc::Global::alloc_impl",
		"alloc::alloc::Global::grow_impl",
	};

	/* rustc >= 1.9x puts the shims in a namespace of their own */
	if (starts(name, "__rustc::"))
		name += strlen("__rustc::");
	for (size_t i = 0; i < sizeof(exact) / sizeof(exact[0]); i++)
		if (!strcmp(name, exact[i]))
			return true;
	for (size_t i = 0; i < sizeof(inside) / sizeof(inside[0]); i++)
		if (strstr(name, inside[i]))
			return true;
	if (starts(name, "operator new") || starts(name, "operator delete"))
		return true;
	/* std::allocator<T>::allocate(...), __gnu_cxx::new_allocator<T>::deallocate(...) */
	if (strstr(name, "allocator<") &&
	    (strstr(name, ">::allocate(") || strstr(name, ">::deallocate(")))
		return true;
	return false;
}

void memsite_init(struct memsite *m, struct symbolizer *sym)
{
	memset(m, 0, sizeof(*m));
	m->sym = sym;
}

void memsite_release(struct memsite *m)
{
	for (size_t i = 0; i < m->nlogs; i++)
		free(m->logs[i].cls);
	free(m->logs);
	memset(m, 0, sizeof(*m));
}

static struct memsite_log *log_of(struct memsite *m, const struct trace *t)
{
	for (size_t i = 0; i < m->nlogs; i++)
		if (m->logs[i].t == t)
			return &m->logs[i];
	ALLOC_GROW(m->logs, m->nlogs + 1, m->alloc);
	m->logs[m->nlogs] = (struct memsite_log){ t, NULL, 0 };
	return &m->logs[m->nlogs++];
}

bool memsite_is_allocator(struct memsite *m, const struct trace *t, uint32_t func)
{
	struct memsite_log *l = log_of(m, t);

	l->cls = xgrow_zeroed(l->cls, &l->len, func, 256, 1);
	if (!l->cls[func]) {
		const struct sym_info *si = symbolizer_lookup(m->sym, t, func);
		l->cls[func] = memsite_is_allocator_name(si->name) ? 2 : 1;
	}
	return l->cls[func] == 2;
}

long memsite_find(struct memsite *m, const struct trace *t, const struct frame *stack,
		  size_t depth)
{
	for (size_t i = depth; i-- > 0;)
		if (!memsite_is_allocator(m, t, stack[i].func))
			return (long)i;
	return -1;
}
