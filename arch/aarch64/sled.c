/*
 * Reading and rewriting XRay sleds on AArch64 (arch.h shows the words).
 * The sled calls the thunk with blr and the trampoline returns past the
 * sled's 12 bytes of data, to its final `ldp`, so entry, exit and tail
 * sleds are patched alike: an exit or tail sled precedes the function's
 * `ret` or tail branch, which then run unchanged.
 */
#include <string.h>

#include "arch.h"

#define A64_B_32 0x14000008u	       /* b #32: the unpatched sled */
#define A64_STP_X0_X30 0xa9bf7be0u     /* stp x0, x30, [sp, #-16]! */
#define A64_LDR_W0_12 0x18000060u      /* ldr w0, #12 */
#define A64_LDR_X16_12 0x58000070u     /* ldr x16, #12 */
#define A64_BLR_X16 0xd63f0200u	       /* blr x16 */
#define A64_LDP_X0_X30 0xa8c17be0u     /* ldp x0, x30, [sp], #16 */
#define A64_LDR_X17_16 0x58000091u     /* ldr x17, #16 */
#define A64_LDR_X16_20 0x580000b0u     /* ldr x16, #20 */
#define A64_BR_X16 0xd61f0200u	       /* br x16 */
#define A64_BRK 0xd4200000u	       /* brk #0 */

void arch_a64_tramp(void); /* trampolines.S */

void arch_write_thunk(uint8_t *dst, uintptr_t target)
{
	const uint32_t code[4] = { A64_LDR_X17_16, A64_LDR_X16_20, A64_BR_X16, A64_BRK };
	uintptr_t tramp = (uintptr_t)arch_a64_tramp;

	memcpy(dst, code, sizeof(code));
	memcpy(dst + 16, &target, 8);
	memcpy(dst + 24, &tramp, 8);
	__builtin___clear_cache((char *)dst, (char *)dst + ARCH_THUNK_SIZE);
}

void arch_thunk_retarget(uint8_t *thunk, uintptr_t target)
{
	/* data loaded by `ldr x17`: one aligned 8-byte store, no code changes */
	__atomic_store_n((uint64_t *)(void *)(thunk + 16), (uint64_t)target, __ATOMIC_SEQ_CST);
}

int arch_sled_state(uintptr_t addr, unsigned kind)
{
	uint32_t w0;

	(void)kind;
	memcpy(&w0, (const void *)addr, 4);
	if (w0 == A64_STP_X0_X30)
		return 1;
	return w0 == A64_B_32 ? 0 : -1;
}

int arch_sled_patch(uintptr_t addr, unsigned kind, uint32_t id, uintptr_t thunk)
{
	uint8_t *p = (uint8_t *)addr;
	uint32_t w[7] = { A64_LDR_W0_12, A64_LDR_X16_12, A64_BLR_X16, id,
			  (uint32_t)thunk, (uint32_t)(thunk >> 32), A64_LDP_X0_X30 };

	(void)kind;
	memcpy(p + 4, w, sizeof(w));
	__builtin___clear_cache((char *)p + 4, (char *)p + ARCH_SLED_SIZE);
	__atomic_store_n((uint32_t *)(void *)p, A64_STP_X0_X30, __ATOMIC_RELEASE);
	__builtin___clear_cache((char *)p, (char *)p + 4);
	return 0;
}

int arch_init(void)
{
	return 1;
}
