/*
 * The value records' in-memory form (trace.h) and the frame's values
 * (frames.h), for the readers that are built before the decoder has them.
 */
#ifndef SFTRACE_TOOLS_READ_VALUES_COMPAT_H
#define SFTRACE_TOOLS_READ_VALUES_COMPAT_H
#include <stdint.h>

#include "tools/read/frames.h"
#include "tools/read/trace.h"

#ifndef TRACE_MAX_STRINGS
struct trace_string { uint8_t reg; uint8_t flags; uint32_t len; const uint8_t *bytes; };
struct trace_values {
	uint32_t mask;
	uint64_t reg[16];
	uint32_t nstr;
	struct trace_string str[16];
};
#endif

/* The frame's values (frames.h: f->args, f->ret), NULL until recorded. */
static inline const struct trace_values *frame_args(const struct frame *f)
{
	(void)f;
	return NULL;
}
static inline const struct trace_values *frame_ret(const struct frame *f)
{
	(void)f;
	return NULL;
}
#endif
