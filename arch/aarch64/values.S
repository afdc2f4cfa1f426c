/*
 * The handlers of the functions that record their argument or return
 * registers on AArch64 (runtime/values.c, docs/format.md "Value records").
 *
 * Calling convention relied on (AAPCS64): arguments in x0-x7 and v0-v7;
 * results in x0, x1 and v0, v1 (a homogeneous floating-point aggregate in
 * v0-v3, of which v0 and v1 are recorded).
 *
 * A values thunk names one of these as its handler: arch_a64_tramp
 * (trampolines.S) calls it as it calls record.c's, with w0 the function
 * id and x1 the traced function's stack pointer at its sled (S). By then
 *   [S - 16]   the traced code's x0, saved by the sled (x30 at S - 8),
 *   [S - 48]   x1, [S - 40] x2, [S - 64] x3, [S - 56] x4, [S - 80] x5,
 *   [S - 72]   x6, [S - 96] x7, saved by the trampoline,
 * and the vector registers are untouched (the trampoline and the C
 * handlers use none). They fill a struct rt_vregs on the stack — gp[8] at
 * 0, vec[8] (the low 64 bits of v0-v7) at 64, sp at 128, id at 136; 144
 * bytes — and call rt_values_entry()/rt_values_exit() with its address.
 * The trampoline restores every general register it saved; the vector
 * registers are only read.
 */
#include "asm.h"

	.text

.macro VALUES_FRAME
	stp	x29, x30, [sp, #-16]!
	.cfi_def_cfa_offset 16
	.cfi_offset x29, -16
	.cfi_offset x30, -8
	mov	x29, sp
	.cfi_def_cfa_register x29
	sub	sp, sp, #144
.endm

.macro VALUES_CALL handler
	str	x1, [sp, #128]		/* sp */
	mov	w0, w0			/* the id, zero-extended */
	str	x0, [sp, #136]
	mov	x0, sp
	bl	\handler
	mov	sp, x29
	ldp	x29, x30, [sp], #16
	.cfi_def_cfa sp, 0
	ret
.endm

ENTRY(arch_values_entry)
	.cfi_startproc
	VALUES_FRAME
	ldur	x2, [x1, #-16]		/* x0 */
	ldur	x3, [x1, #-48]		/* x1 */
	stp	x2, x3, [sp, #0]
	ldur	x2, [x1, #-40]		/* x2 */
	ldur	x3, [x1, #-64]		/* x3 */
	stp	x2, x3, [sp, #16]
	ldur	x2, [x1, #-56]		/* x4 */
	ldur	x3, [x1, #-80]		/* x5 */
	stp	x2, x3, [sp, #32]
	ldur	x2, [x1, #-72]		/* x6 */
	ldur	x3, [x1, #-96]		/* x7 */
	stp	x2, x3, [sp, #48]
	stp	d0, d1, [sp, #64]
	stp	d2, d3, [sp, #80]
	stp	d4, d5, [sp, #96]
	stp	d6, d7, [sp, #112]
	VALUES_CALL rt_values_entry
	.cfi_endproc
END(arch_values_entry)

ENTRY(arch_values_exit)
	.cfi_startproc
	VALUES_FRAME
	ldur	x2, [x1, #-16]		/* x0 */
	ldur	x3, [x1, #-48]		/* x1 */
	stp	x2, x3, [sp, #0]
	stp	d0, d1, [sp, #64]
	VALUES_CALL rt_values_exit
	.cfi_endproc
END(arch_values_exit)

	.section .note.GNU-stack, "", %progbits
