/*
 * Filters: the default, which patches every function and keeps every
 * event. SFTRACE_FILTER is not supported by this implementation: a given
 * file is refused with a message and tracing does not start, rather than
 * silently recording everything.
 */
#include <errno.h>
#include <stdlib.h>

#include "runtime/internal.h"

uint8_t *rt_func_flags;
int rt_filters_active;

int rt_filter_setup(void)
{
	const char *f = getenv("SFTRACE_FILTER");

	if (!f || !*f)
		return 0;
	rt_warn("SFTRACE_FILTER '%s': filter files are not supported by this build; not tracing",
		f);
	return -ENOTSUP;
}

void rt_filter_module(struct rt_module *m, uint8_t *func_flags)
{
}

__attribute__((no_caller_saved_registers)) int rt_filter_event(void)
{
	return 1;
}
