/*
 * vfork, interposed (runtime/vfork.c says why), for AArch64. The child
 * shares the parent's memory and stack until exec or _exit, so nothing is
 * kept on the stack across the system call: the return address stays in
 * x30 (each process has its own registers). rt_vfork_prepare() marks the
 * thread first; the parent alone then calls rt_vfork_parent(), which
 * restores it and turns an error into errno and -1. Weak, as on x86-64.
 */
	.text
	.weak	vfork
	.type	vfork, %function
	.p2align 4
vfork:
	.cfi_startproc
	stp	x29, x30, [sp, #-16]!
	.cfi_def_cfa_offset 16
	.cfi_offset x29, -16
	.cfi_offset x30, -8
	bl	rt_vfork_prepare
	ldp	x29, x30, [sp], #16
	.cfi_def_cfa_offset 0
	mov	x0, #0x4111		/* CLONE_VM | CLONE_VFORK | SIGCHLD */
	mov	x1, #0
	mov	x2, #0
	mov	x3, #0
	mov	x4, #0
	mov	x8, #220		/* SYS_clone */
	svc	#0
	cbz	x0, 1f			/* the child: returns 0 at once */
	stp	x29, x30, [sp, #-16]!	/* the parent: the child is gone from this stack */
	.cfi_def_cfa_offset 16
	.cfi_offset x29, -16
	.cfi_offset x30, -8
	bl	rt_vfork_parent
	ldp	x29, x30, [sp], #16
	.cfi_def_cfa_offset 0
1:	ret
	.cfi_endproc
	.size	vfork, . - vfork

	.section .note.GNU-stack, "", %progbits
