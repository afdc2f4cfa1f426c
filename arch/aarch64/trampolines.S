/*
 * The trampolines of the sftrace runtime on AArch64.
 *
 * arch_a64_tramp: every patched sled reaches it through a thunk (sled.c),
 * with
 *   w0   the function id (the sled saved the traced code's x0 and x30 on
 *        the stack and restores them after we return),
 *   x30  the sled's return address, just before its 12 bytes of data,
 *   x17  the C handler the thunk names (runtime/record.c),
 *   x16  clobbered, as XRay's own trampolines clobber it.
 * It saves the general registers the traced code may still hold — x1-x15
 * (arguments, x8 the indirect result, and temporaries live across an exit
 * or tail sled), x18 — and calls handler(id, sp) where sp is the traced
 * function's stack pointer at its sled. The handlers are compiled without
 * vector registers, so the vector state needs no saving here.
 *
 * arch_slow_call: called by a handler as a plain function when it must
 * call into libc; saves the whole vector and floating-point state (q0-q31,
 * fpcr, fpsr), which libc may use, around rt_slow_path().
 */
#include "asm.h"

	.text

ENTRY(arch_a64_tramp)
	.cfi_startproc
	add	x30, x30, #12		/* return past the sled's data */
	stp	x29, x30, [sp, #-16]!
	.cfi_def_cfa_offset 16
	.cfi_offset x29, -16
	.cfi_offset x30, -8
	mov	x29, sp
	.cfi_def_cfa_register x29
	stp	x1, x2, [sp, #-16]!
	stp	x3, x4, [sp, #-16]!
	stp	x5, x6, [sp, #-16]!
	stp	x7, x8, [sp, #-16]!
	stp	x9, x10, [sp, #-16]!
	stp	x11, x12, [sp, #-16]!
	stp	x13, x14, [sp, #-16]!
	stp	x15, x18, [sp, #-16]!
	add	x1, x29, #32		/* the sled's stack pointer: above its x0/x30 and our pair */
	blr	x17
	ldp	x15, x18, [sp], #16
	ldp	x13, x14, [sp], #16
	ldp	x11, x12, [sp], #16
	ldp	x9, x10, [sp], #16
	ldp	x7, x8, [sp], #16
	ldp	x5, x6, [sp], #16
	ldp	x3, x4, [sp], #16
	ldp	x1, x2, [sp], #16
	ldp	x29, x30, [sp], #16
	.cfi_def_cfa sp, 0
	ret
	.cfi_endproc
END(arch_a64_tramp)

ENTRY(arch_slow_call)
	.cfi_startproc
	stp	x29, x30, [sp, #-16]!
	.cfi_def_cfa_offset 16
	.cfi_offset x29, -16
	.cfi_offset x30, -8
	mov	x29, sp
	.cfi_def_cfa_register x29
	sub	sp, sp, #528
	stp	q0, q1, [sp, #0]
	stp	q2, q3, [sp, #32]
	stp	q4, q5, [sp, #64]
	stp	q6, q7, [sp, #96]
	stp	q8, q9, [sp, #128]
	stp	q10, q11, [sp, #160]
	stp	q12, q13, [sp, #192]
	stp	q14, q15, [sp, #224]
	stp	q16, q17, [sp, #256]
	stp	q18, q19, [sp, #288]
	stp	q20, q21, [sp, #320]
	stp	q22, q23, [sp, #352]
	stp	q24, q25, [sp, #384]
	stp	q26, q27, [sp, #416]
	stp	q28, q29, [sp, #448]
	stp	q30, q31, [sp, #480]
	mrs	x9, fpcr
	mrs	x10, fpsr
	add	x11, sp, #512
	stp	x9, x10, [x11]
	bl	rt_slow_path
	add	x11, sp, #512
	ldp	x9, x10, [x11]
	msr	fpcr, x9
	msr	fpsr, x10
	ldp	q0, q1, [sp, #0]
	ldp	q2, q3, [sp, #32]
	ldp	q4, q5, [sp, #64]
	ldp	q6, q7, [sp, #96]
	ldp	q8, q9, [sp, #128]
	ldp	q10, q11, [sp, #160]
	ldp	q12, q13, [sp, #192]
	ldp	q14, q15, [sp, #224]
	ldp	q16, q17, [sp, #256]
	ldp	q18, q19, [sp, #288]
	ldp	q20, q21, [sp, #320]
	ldp	q22, q23, [sp, #352]
	ldp	q24, q25, [sp, #384]
	ldp	q26, q27, [sp, #416]
	ldp	q28, q29, [sp, #448]
	ldp	q30, q31, [sp, #480]
	mov	sp, x29
	ldp	x29, x30, [sp], #16
	.cfi_def_cfa sp, 0
	ret
	.cfi_endproc
END(arch_slow_call)

	.section .note.GNU-stack, "", %progbits
