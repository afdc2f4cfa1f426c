/*
 * vfork, interposed (runtime/vfork.c says why). The child shares the
 * parent's memory, stack and thread state until it calls exec or _exit,
 * so nothing may be kept on the stack across the system call: the return
 * address travels in a register (each process has its own), as in libc's
 * own vfork. Before the call, rt_vfork_prepare() marks the thread so the
 * child's events are counted, not written into the parent's stream;
 * after it, the parent (and only the parent) calls rt_vfork_parent(),
 * which restores the thread and turns an error into errno and -1.
 *
 * Weak: a static program that also pulls libc's own vfork object links,
 * and uses libc's.
 */
	.text
	.weak	vfork
	.type	vfork, @function
	.p2align 4
vfork:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_adjust_cfa_offset 8
	call	rt_vfork_prepare
	addq	$8, %rsp
	.cfi_adjust_cfa_offset -8
	popq	%rdi			/* the return address, out of the shared stack */
	.cfi_adjust_cfa_offset -8
	.cfi_register %rip, %rdi
	movl	$58, %eax		/* SYS_vfork */
	syscall
	pushq	%rdi
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rip, 0
	testq	%rax, %rax
	jz	1f			/* the child: returns 0 at once */
	movq	%rax, %rdi
	subq	$8, %rsp
	.cfi_adjust_cfa_offset 8
	call	rt_vfork_parent
	addq	$8, %rsp
	.cfi_adjust_cfa_offset -8
1:	ret
	.cfi_endproc
	.size	vfork, . - vfork

	.section .note.GNU-stack, "", @progbits
