/*
 * Reading and rewriting XRay sleds on x86-64.
 *
 * LLVM leaves an 11-byte sled at every function entry, exit and tail
 * call; we turn it into `mov r10d, <function id>` plus a call (entry, tail)
 * or jump (exit) to a near thunk (see arch.h for the bytes). Tail-call
 * sleds are patched with a call: the handler returns into the sled and the
 * original tail `jmp` that follows it runs unchanged. Also here: the CPU
 * probe the slow-path stub depends on.
 */
#include <cpuid.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "arch.h"

uint32_t arch_xsave_size;

void arch_write_thunk(uint8_t *dst, uintptr_t target)
{
	static const uint8_t jmp_rip[6] = { 0xff, 0x25, 0x00, 0x00, 0x00, 0x00 };

	memcpy(dst, jmp_rip, sizeof(jmp_rip));
	memcpy(dst + 6, &target, 8);
	memset(dst + 14, 0xcc, ARCH_THUNK_SIZE - 14);
}

void arch_thunk_retarget(uint8_t *thunk, uintptr_t target)
{
	/* one 8-byte store inside a cache line (thunks are 16-byte aligned):
	 * a thread jumping through it reads the old or the new target */
	__atomic_store_n((uint64_t *)(void *)(thunk + 6), (uint64_t)target, __ATOMIC_SEQ_CST);
}

int arch_sled_state(uintptr_t addr, unsigned kind)
{
	const uint8_t *p = (const uint8_t *)addr;

	if (p[0] == 0x41 && p[1] == 0xba)
		return 1;
	if (kind == XRAY_SLED_EXIT)
		return p[0] == 0xc3 ? 0 : -1;
	return p[0] == 0xeb && p[1] == 0x09 ? 0 : -1;
}

int arch_sled_patch(uintptr_t addr, unsigned kind, uint32_t id, uintptr_t thunk)
{
	uint8_t *p = (uint8_t *)addr;
	int64_t rel = (int64_t)thunk - (int64_t)(addr + ARCH_SLED_SIZE);
	int32_t rel32 = (int32_t)rel;
	uint8_t tail[9];

	if (rel != rel32)
		return -ERANGE;
	memcpy(tail, &id, 4);
	tail[4] = kind == XRAY_SLED_EXIT ? 0xe9 : 0xe8;
	memcpy(tail + 5, &rel32, 4);
	memcpy(p + 2, tail, sizeof(tail));
	/* Bytes 2..10 must be visible before the sled starts using them. */
	__atomic_store_n((uint16_t *)p, (uint16_t)0xba41, __ATOMIC_RELEASE);
	return 0;
}

/* True when /proc/cpuinfo lists both constant_tsc and nonstop_tsc. */
static int tsc_invariant(void)
{
	char buf[8192];
	int fd = open("/proc/cpuinfo", O_RDONLY | O_CLOEXEC);
	ssize_t n;
	int found = 0;

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	{
		char *flags = strstr(buf, "\nflags");
		if (!flags)
			return 0;
		char *eol = strchr(flags + 1, '\n');
		if (eol)
			*eol = '\0';
		found = strstr(flags, " constant_tsc") && strstr(flags, " nonstop_tsc");
	}
	return found;
}

int arch_init(void)
{
	unsigned a, b, c, d;

	arch_xsave_size = 0;
	/* CPUID.1:ECX bit 26 xsave, bit 27 osxsave (the OS enabled it). */
	if (__get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 26)) && (c & (1u << 27)) &&
	    __get_cpuid_max(0, NULL) >= 0xd) {
		__cpuid_count(0xd, 0, a, b, c, d);
		/* EBX: bytes needed for the features enabled in XCR0. */
		if (b >= 576)
			arch_xsave_size = b;
	}
	return tsc_invariant();
}
