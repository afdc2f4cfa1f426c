/*
 * The slow-path stub of the sftrace runtime.
 *
 * Calling convention relied on (System V x86-64): arguments in rdi, rsi,
 * rdx, rcx, r8, r9 and xmm0-7 (ymm/zmm for vector arguments), al = number
 * of vector registers for variadic calls; results in rax, rdx, xmm0, xmm1;
 * rbx, rbp, r12-r15 are callee-saved; rsp + 8 is 16-byte aligned at a
 * function's first instruction. r10 carries the function id from the sled
 * and r11 may hold the target of an indirect tail call.
 *
 * The hot path needs no assembly: the near thunks jump straight to the C
 * handlers in runtime/record.c, which are compiled without vector
 * registers and with no_caller_saved_registers, so they save exactly the
 * general registers they use (their CFI comes from the compiler). When a
 * handler must call into libc (first event of a thread, block full) it goes
 * through arch_slow_call, which saves every caller-saved general register
 * and the whole extended state (xsave with all enabled components: x87,
 * xmm, ymm, zmm, k), aligns the stack and calls rt_slow_path().
 */
#include "asm.h"

	.text

ENTRY(arch_slow_call)
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	/* Caller-saved general registers (the handler may use rbx etc.
	 * itself; those are callee-saved and rt_slow_path keeps them). */
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	movl	arch_xsave_size(%rip), %eax
	testl	%eax, %eax
	jz	1f
	/* xsave: area of arch_xsave_size bytes, 64-byte aligned, with the
	 * 64-byte header at offset 512 zeroed first. */
	subq	%rax, %rsp
	andq	$-64, %rsp
	xorl	%eax, %eax
	movq	%rax, 512(%rsp)
	movq	%rax, 520(%rsp)
	movq	%rax, 528(%rsp)
	movq	%rax, 536(%rsp)
	movq	%rax, 544(%rsp)
	movq	%rax, 552(%rsp)
	movq	%rax, 560(%rsp)
	movq	%rax, 568(%rsp)
	movl	$-1, %eax
	movl	$-1, %edx
	xsave64	(%rsp)
	call	rt_slow_path
	movl	$-1, %eax
	movl	$-1, %edx
	xrstor64 (%rsp)
	jmp	2f
1:	/* No xsave: fxsave covers x87 and xmm0-15. */
	subq	$512, %rsp
	andq	$-64, %rsp
	fxsave64 (%rsp)
	call	rt_slow_path
	fxrstor64 (%rsp)
2:	leaq	-72(%rbp), %rsp
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
END(arch_slow_call)

	.section .note.GNU-stack, "", @progbits
