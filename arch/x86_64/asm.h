/*
 * Macros of the assembly files of arch/x86_64 (run through the C
 * preprocessor): ENTRY opens a hidden function symbol (type, alignment),
 * END gives it its size, so that debuggers and unwinders see it whole.
 */
#ifndef SFTRACE_ARCH_X86_64_ASM_H
#define SFTRACE_ARCH_X86_64_ASM_H

#define ENTRY(name)		\
	.globl name;		\
	.hidden name;		\
	.type name, @function;	\
	.p2align 4;		\
name:

#define END(name) .size name, . - name

#endif
