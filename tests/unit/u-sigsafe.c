/*
 * Unit tests for common/sigsafe.c: the runtime's printf subset must format
 * exactly as libc's snprintf (the oracle) for everything it supports, and
 * truncate safely.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "common/sigsafe.h"
#include "tests/unit/tap.h"

#define SAME(fmt, ...)                                                                             \
	do {                                                                                       \
		char sa_[256], sb_[256];                                                             \
		sigsafe_format(sa_, sizeof(sa_), fmt, __VA_ARGS__);                                  \
		snprintf(sb_, sizeof(sb_), fmt, __VA_ARGS__);                                        \
		TEST_STREQ(sa_, sb_, "format \"" fmt "\" as snprintf does");                         \
	} while (0)

int main(void)
{
	char buf[16], big[64];
	size_t n;
	int p[2];

	signal(SIGPIPE, SIG_IGN);
	SAME("%s and %s", "one", "two");
	SAME("%d %d %d", 0, -1, 2147483647);
	SAME("%d", (int)-2147483647 - 1);
	SAME("%u %x", 4294967295u, 0xdeadbeefu);
	SAME("%lu %lx", (unsigned long)UINT64_MAX, (unsigned long)0x123456789abcdefull);
	SAME("%ld", (long)INT64_MIN);
	SAME("%zu", (size_t)12345);
	SAME("%08x|%5u|%c|%%", 0xabcu, 42u, 'z');
	SAME("%p", (void *)0x7f0012345678);
	SAME("%s", "");

	n = sigsafe_format(buf, sizeof(buf), "%s", "0123456789abcdefghij");
	TEST_EQ(n, sizeof(buf) - 1, "truncation returns the length written");
	TEST_STREQ(buf, "0123456789abcde", "truncated output is NUL-terminated");
	{
		const char *volatile null_str = NULL;
		sigsafe_format(big, sizeof(big), "%s", null_str);
	}
	TEST_STREQ(big, "(null)", "a NULL string prints (null)");

	TEST_OK(!pipe(p), "pipe");
	errno = 1234;
	TEST_EQ(sigsafe_write_full(p[1], "hello", 5), 0, "write_full writes");
	TEST_EQ(errno, 1234, "write_full preserves errno");
	TEST_EQ(read(p[0], big, sizeof(big)), 5, "all bytes arrive");
	close(p[0]);
	TEST_OK(sigsafe_write_full(p[1], "x", 1) < 0, "write_full reports a closed pipe");
	close(p[1]);
	return tap_done();
}
