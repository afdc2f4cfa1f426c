/*
 * The frame's values for the writers: f->args and f->ret (frames.h),
 * behind two accessors so the writers read the same way everywhere.
 */
#ifndef SFTRACE_TOOLS_READ_VALUES_COMPAT_H
#define SFTRACE_TOOLS_READ_VALUES_COMPAT_H

#include "tools/read/frames.h"
#include "tools/read/trace.h"

static inline const struct trace_values *frame_args(const struct frame *f)
{
	return f->args;
}

static inline const struct trace_values *frame_ret(const struct frame *f)
{
	return f->ret;
}
#endif
