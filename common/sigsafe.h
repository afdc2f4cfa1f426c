/*
 * Async-signal-safe formatting and writing.
 *
 * The runtime prints from places where stdio and malloc are off limits (a
 * signal handler, a fork child, the middle of a traced call), so messages
 * are formatted into a caller's stack buffer by a tiny printf subset and
 * written with one full-write loop. Both preserve errno.
 */
#ifndef SFTRACE_COMMON_SIGSAFE_H
#define SFTRACE_COMMON_SIGSAFE_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Format into buf (size n, always NUL-terminated when n > 0). Supports
 * %s %c %d %i %u %x %p %% with the length modifiers l, ll and z, and a
 * field width for numbers (%08x). Returns the length written, truncated
 * to n - 1.
 */
size_t sigsafe_vformat(char *buf, size_t n, const char *fmt, va_list ap);
size_t sigsafe_format(char *buf, size_t n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Write all len bytes to fd, retrying short writes and EINTR. Returns 0,
 * or a negative errno. errno is preserved.
 */
int sigsafe_write_full(int fd, const void *buf, size_t len);

/* Format and write to fd (one write when it fits in 512 bytes). */
void sigsafe_dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
