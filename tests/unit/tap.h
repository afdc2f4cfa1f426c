/*
 * Minimal TAP for unit tests: each check prints "ok N - what" or
 * "not ok N - what" with the file, line and both values on failure;
 * tap_done() prints the plan and returns the exit status.
 */
#ifndef SFTRACE_TESTS_TAP_H
#define SFTRACE_TESTS_TAP_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#define TAP_RESULT(cond, ...)                                                                      \
	do {                                                                                       \
		tap_n++;                                                                           \
		if (!(cond))                                                                       \
			tap_failed++;                                                              \
		printf("%sok %d - ", (cond) ? "" : "not ", tap_n);                                 \
		printf(__VA_ARGS__);                                                               \
		printf("\n");                                                                      \
	} while (0)

#define TEST_OK(cond, what)                                                                        \
	do {                                                                                       \
		int c_ = !!(cond);                                                                 \
		TAP_RESULT(c_, "%s", what);                                                        \
		if (!c_)                                                                           \
			printf("#   %s:%d: %s\n", __FILE__, __LINE__, #cond);                          \
	} while (0)

#define TEST_EQ(a, b, what)                                                                        \
	do {                                                                                       \
		uint64_t a_ = (uint64_t)(a), b_ = (uint64_t)(b);                                   \
		TAP_RESULT(a_ == b_, "%s", what);                                                  \
		if (a_ != b_)                                                                      \
			printf("#   %s:%d: %s == %s: %" PRIu64 " != %" PRIu64 "\n", __FILE__,      \
			       __LINE__, #a, #b, a_, b_);                                          \
	} while (0)

#define TEST_STREQ(a, b, what)                                                                     \
	do {                                                                                       \
		const char *a_ = (a), *b_ = (b);                                                   \
		int c_ = a_ && b_ && !strcmp(a_, b_);                                              \
		TAP_RESULT(c_, "%s", what);                                                        \
		if (!c_)                                                                           \
			printf("#   %s:%d: '%s' != '%s'\n", __FILE__, __LINE__, a_ ? a_ : "(null)",  \
			       b_ ? b_ : "(null)");                                                \
	} while (0)

static inline int tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
