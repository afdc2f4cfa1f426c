/*
 * Macros of the assembly files of arch/aarch64 (run through the C
 * preprocessor): ENTRY opens a hidden function symbol, END gives its size.
 */
#ifndef SFTRACE_ARCH_AARCH64_ASM_H
#define SFTRACE_ARCH_AARCH64_ASM_H

#define ENTRY(name)		\
	.globl name;		\
	.hidden name;		\
	.type name, %function;	\
	.p2align 4;		\
name:

#define END(name) .size name, . - name

#endif
