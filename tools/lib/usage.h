/*
 * Diagnostics for the command-line tool.
 *
 * Message shape: "sftrace: error: cannot open 'sf.log': No such file or
 * directory". error() returns -1 so callers can `return error(...)`; die()
 * exits with status 1; BUG() aborts on a broken invariant. Only tools/ may
 * exit: common/ and the runtime return errors instead.
 */
#ifndef SFTRACE_TOOLS_USAGE_H
#define SFTRACE_TOOLS_USAGE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#define ATTR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define ATTR_NORETURN __attribute__((noreturn))

int error(const char *fmt, ...) ATTR_PRINTF(1, 2);
int error_errno(const char *fmt, ...) ATTR_PRINTF(1, 2);
void warning(const char *fmt, ...) ATTR_PRINTF(1, 2);
void note(const char *fmt, ...) ATTR_PRINTF(1, 2);
void die(const char *fmt, ...) ATTR_PRINTF(1, 2) ATTR_NORETURN;
void die_errno(const char *fmt, ...) ATTR_PRINTF(1, 2) ATTR_NORETURN;
void bug_fl(const char *file, int line, const char *fmt, ...) ATTR_PRINTF(3, 4) ATTR_NORETURN;
#define BUG(...) bug_fl(__FILE__, __LINE__, __VA_ARGS__)

/* Allocation that dies on failure. The caller owns the result. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) ATTR_PRINTF(1, 2);

/* Grow *p (of *alloc elements of size sz) to hold at least n elements. */
#define ALLOC_GROW(p, n, alloc)                                                                    \
	do {                                                                                       \
		if ((size_t)(n) > (size_t)(alloc)) {                                               \
			size_t new_alloc_ = (alloc) ? (size_t)(alloc) * 2 : 16;                    \
			if (new_alloc_ < (size_t)(n))                                              \
				new_alloc_ = (n);                                                  \
			(p) = xrealloc((p), new_alloc_ * sizeof(*(p)));                            \
			(alloc) = new_alloc_;                                                      \
		}                                                                                  \
	} while (0)

/*
 * A table indexed by id that grows on demand, new entries zeroed: returns
 * p grown (doubling from first elements) so that index i fits; *len is its
 * element count.
 */
void *xgrow_zeroed(void *p, size_t *len, size_t i, size_t first, size_t elem);

/* True when progress lines may be drawn (stderr is a terminal). */
bool progress_wanted(void);

#endif
