/*
 * Trampolines of the functions that record their argument or return
 * registers (runtime/values.c, docs/format.md "Value records").
 *
 * Calling convention relied on (System V x86-64): arguments in rdi, rsi,
 * rdx, rcx, r8, r9 and xmm0-7; results in rax, rdx, xmm0, xmm1; r10
 * carries the function id from the sled, r11 may hold the target of an
 * indirect tail call. rsp + 8 is 16-byte aligned at a function's first
 * instruction.
 *
 * arch_values_entry is reached by the entry sled's `call` (through a near
 * thunk): rsp points at the return address into the sled, so rsp is
 * 16-byte aligned and the traced function's stack pointer is rsp + 8.
 * arch_values_exit is reached by the exit sled's `jmp`: rsp points at the
 * traced function's return address (it is the function's stack pointer)
 * and is 8 bytes off alignment; our `ret` returns to its caller.
 *
 * Both store the registers into a struct rt_vregs (runtime/internal.h)
 * on the stack, keep the 16-byte alignment at the call, and pass its
 * address in rdi to a C handler declared no_caller_saved_registers and
 * compiled without vector registers: it preserves every register but rdi,
 * which is restored here. xmm registers are only read (movq to memory).
 *
 * struct rt_vregs: gp[6] at 0, vec[8] at 48, sp at 112, id at 120; 128 bytes.
 */
#include "asm.h"

/*
 * The end of both trampolines: sp, id, the call, rdi back (saved at
 * rdi_at), the frame of size bytes popped. The traced function's sp is
 * rsp + 136 in both: entry 128 + the sled's return address, exit 136.
 */
.macro VALUES_CALL handler, size, rdi_at
	leaq	136(%rsp), %rdi
	movq	%rdi, 112(%rsp)
	movq	%r10, 120(%rsp)
	movq	%rsp, %rdi
	call	\handler
	movq	\rdi_at(%rsp), %rdi
	addq	$\size, %rsp
	.cfi_adjust_cfa_offset -\size
	ret
.endm

	.text

ENTRY(arch_values_entry)
	.cfi_startproc
	/* rsp is 16-aligned: 128 bytes keep it so at the call */
	subq	$128, %rsp
	.cfi_adjust_cfa_offset 128
	movq	%rdi, 0(%rsp)
	movq	%rsi, 8(%rsp)
	movq	%rdx, 16(%rsp)
	movq	%rcx, 24(%rsp)
	movq	%r8, 32(%rsp)
	movq	%r9, 40(%rsp)
	movq	%xmm0, 48(%rsp)
	movq	%xmm1, 56(%rsp)
	movq	%xmm2, 64(%rsp)
	movq	%xmm3, 72(%rsp)
	movq	%xmm4, 80(%rsp)
	movq	%xmm5, 88(%rsp)
	movq	%xmm6, 96(%rsp)
	movq	%xmm7, 104(%rsp)
	/* the traced function's sp at its sled: above our frame and the
	 * sled's return address */
	VALUES_CALL rt_values_entry, 128, 0
	.cfi_endproc
END(arch_values_entry)

ENTRY(arch_values_exit)
	.cfi_startproc
	/* rsp is 8 bytes off: 136 bytes align it for the call */
	subq	$136, %rsp
	.cfi_adjust_cfa_offset 136
	movq	%rdi, 16(%rsp)		/* gp[2]: not a return register, saved there */
	movq	%rax, 0(%rsp)
	movq	%rdx, 8(%rsp)
	movq	%xmm0, 48(%rsp)
	movq	%xmm1, 56(%rsp)
	/* the traced function's sp: at its return address, above our frame */
	VALUES_CALL rt_values_exit, 136, 16
	.cfi_endproc
END(arch_values_exit)

	.section .note.GNU-stack, "", @progbits
