/*
 * Values: the arguments and return values of marked functions, named and
 * typed from DWARF (docs/format.md "Value records").
 *
 * The runtime records raw registers (struct trace_values, frames.h) and,
 * for string parameters, the bytes they point to. This module finds, with
 * libdw, each formal parameter of a function: its name, its type and where
 * it lives when the function starts. That is the first location range of
 * the parameter at or just after the function's low_pc (clang's ranges
 * begin after the 11-byte entry sled, so a register-by-position rule is
 * not needed and would be wrong for the Rust ABI). The location is a
 * DWARF 5 expression evaluated over the recorded registers: DW_OP_reg*,
 * DW_OP_breg* (a value, not memory), DW_OP_piece (a struct in two
 * registers), DW_OP_entry_value, constants and the arithmetic clang
 * emits for a C _Bool (a masked register).
 *
 * Text forms: arguments "name=value" in declaration order joined by ", ";
 * a return value alone. A parameter whose location or type cannot be
 * used is printed from the registers its position would have ("arg0=0x2a"),
 * and a function without DWARF the same way for every recorded register.
 * A value passed by reference or returned in memory, whose bytes the log
 * does not hold, is its address and type: "0x7ffc1230 (Big in memory)".
 */
#ifndef SFTRACE_TOOLS_READ_VALUES_H
#define SFTRACE_TOOLS_READ_VALUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct trace;
struct xobject;
struct xfunc;
struct regex_set;
struct trace_values;
struct string_list;

/* Register numbers of struct trace_values on x86-64 (bit i of mask: reg[i]). */
enum {
	VALUES_REG_RDI = 0, VALUES_REG_RSI, VALUES_REG_RDX, VALUES_REG_RCX,
	VALUES_REG_R8, VALUES_REG_R9,
	VALUES_REG_XMM0 = 8, /* .. xmm7 = 15: low 64 bits */
	VALUES_REG_RAX = 0,  /* return registers: rax 0, rdx 1, xmm0 8, xmm1 9 */
	VALUES_REG_RET_RDX = 1,
};

#define VALUES_STR_NUL 0xff /* len_reg of a NUL-terminated C string */

/*
 * What a function's arguments need recorded, for `sftrace filter --args`:
 * the argument registers (bit i: reg i as above) its parameters really
 * occupy at entry, the return registers its return type uses, and its
 * string parameters: the register holding the pointer and the one holding
 * the length (&str, &[u8]) or VALUES_STR_NUL for a C string.
 */
struct values_plan {
	bool a64;	/* the registers are AArch64's (the module's e_machine) */
	uint32_t arg_mask;
	uint32_t ret_mask;
	unsigned nstr;
	struct {
		uint8_t reg;
		uint8_t len_reg; /* VALUES_STR_NUL: NUL-terminated C string */
	} str[8];
};

/*
 * Plan the recording of the function at ELF virtual address func_vaddr of
 * the module file module_path (its DWARF, or the separate debug file found
 * through .gnu_debuglink or the build-id directories). Returns 0 and fills
 * *out; 1 when the module has no DWARF for that function (*out then asks
 * for every argument register and rax/rdx/xmm0, no strings); -1 when the
 * file cannot be opened (an error was printed).
 */
int values_plan(const char *module_path, uint64_t func_vaddr, struct values_plan *out);

/*
 * Filter files with values (`sftrace filter --args`, and the file `record
 * -A` makes for the runtime; docs/filter.md).
 *
 * values_name_matches(): does a raw or demangled name of f match s?
 *
 * values_plan_object(): the plans of o's functions marked FFILE_ARGS or
 * FFILE_RETVAL ([o->nfuncs]; known 0 where the DWARF says nothing; the
 * module is opened once), *nknown of them known. NULL when o's file
 * cannot be read (an error was printed). The caller frees.
 *
 * values_write_module(): o's "module" line, a line for each function with
 * flags and, where plans (may be NULL) knows it, its "values" line.
 */
struct values_func_plan {
	int known;
	struct values_plan plan;
};
int values_name_matches(struct regex_set *s, const struct xfunc *f);
struct values_func_plan *values_plan_object(const struct xobject *o, size_t *nknown);
void values_write_module(FILE *f, const struct xobject *o, const struct values_func_plan *plans);

struct values;

/*
 * A formatter for the values of the logs added to a symbolizer-like set of
 * modules. debug_files are the -s/--symbol files (may be NULL). Never NULL.
 */
struct values *values_new(const struct string_list *debug_files);

/* Free v and every string it returned. No operation when v is NULL. */
void values_free(struct values *v);

/*
 * The argument text of one call of function func of trace t: "a=1, s=\"x\"".
 * tv is the frame's args (NULL: returns NULL). The result lives until the
 * next call of values_args_text() or values_ret_text() on v.
 */
const char *values_args_text(struct values *v, const struct trace *t, uint32_t func,
			     const struct trace_values *tv);

/* The return value text of one call ("42", "true", "Ok"), or NULL when tv is NULL. */
const char *values_ret_text(struct values *v, const struct trace *t, uint32_t func,
			    const struct trace_values *tv);

/*
 * The value of the argument called name in one call, as in the argument
 * text, or NULL when the function has no such parameter (or tv is NULL).
 * Lives like values_args_text()'s result.
 */
const char *values_arg_text(struct values *v, const struct trace *t, uint32_t func,
			    const struct trace_values *tv, const char *name);

/*
 * Does function func of t have a parameter called name? 1 yes, 0 no,
 * -1 no DWARF for it. For `report --by-arg` to say what is wrong.
 */
int values_has_param(struct values *v, const struct trace *t, uint32_t func, const char *name);

/* Lower-level, for tests: the same on a module file and ELF address. */
const char *values_args_text_at(struct values *v, const char *module_path, uint64_t vaddr,
				const struct trace_values *tv);
const char *values_ret_text_at(struct values *v, const char *module_path, uint64_t vaddr,
			       const struct trace_values *tv);

#endif
