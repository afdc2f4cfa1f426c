/*
 * The filter file (docs/filter.md is the specification): a versioned text
 * file made by `sftrace filter` and read by the runtime (SFTRACE_FILTER)
 * and by `sftrace record` (to refuse a stale filter before starting).
 *
 *   sftrace-filter 2
 *   max-depth 8
 *   min-duration 2000
 *   string-size 64
 *   module 3f9c0e...d1 /abs/path/libfoo.so
 *   0x1130 i foo::bar(int)
 *   0x1190 s foo::run()
 *   0x11f0 x foo::noise()
 *   0x1250 iar foo::open(char const*, int)
 *   values 0x1250 args=rdi,rsi ret=rax str=rdi
 *
 * Version 2 added the marks a (arguments) and r (return value), the
 * values lines and string-size; version 1 files still parse.
 *
 * The parser is allocation-free and calls back for each module and
 * function line, so the runtime can build its tables with its own
 * allocator and the CLI with its own.
 */
#ifndef SFTRACE_COMMON_FILTER_FILE_H
#define SFTRACE_COMMON_FILTER_FILE_H

#include <stddef.h>
#include <stdint.h>

#define FFILE_MAGIC "sftrace-filter"
#define FFILE_VERSION 2	/* written when a version 2 feature is used, else 1 */
#define FFILE_VERSION_MIN 1
#define FFILE_MAX_BUILD_ID 64

/* Per-function flags (the letters i, s, x). */
#define FFILE_INCLUDE 0x1u /* record its calls */
#define FFILE_SUBTREE 0x2u /* record its calls and every call made under them */
#define FFILE_EXCLUDE 0x4u /* record neither its calls nor anything under them */
#define FFILE_ARGS 0x8u	   /* a: record its argument registers (implies selected) */
#define FFILE_RETVAL 0x10u /* r: record its return registers (implies selected) */

/* Strings a values line may ask for, and their largest size. */
#define FFILE_MAX_STRINGS 8
#define FFILE_MAX_STRING_SIZE 4096u
#define FFILE_DEFAULT_STRING_SIZE 64u
#define FFILE_STR_CSTR 0xffu /* ffile_values.str[].len_reg of a C string */

/*
 * A values line: which registers a marked function records (register
 * bits of docs/format.md "Value records") and the strings its arguments
 * point to.
 */
struct ffile_values {
	uint64_t vaddr;
	uint32_t args_mask; /* ARGS bits */
	uint32_t ret_mask;  /* RETVAL bits */
	unsigned has_args, has_ret; /* the line gave args= / ret= */
	unsigned nstr;
	struct {
		uint8_t reg;	 /* ARGS bit of the pointer */
		uint8_t len_reg; /* ARGS bit of the length (a slice), or FFILE_STR_CSTR */
	} str[FFILE_MAX_STRINGS];
};

/*
 * Register names of the values lines, by ARGS or RETVAL bit: x86-64
 * (rdi.. r9, xmm0..xmm7; rax, rdx, xmm0, xmm1) and aarch64 (x0..x7,
 * v0..v7). The name of bit in the given kind (0 arguments, 1 return) of
 * one architecture (a64: AArch64, else x86-64), NULL for none.
 */
const char *ffile_reg_name(int a64, int ret, unsigned bit);

/* Global settings; 0 means "no limit". */
struct ffile_settings {
	uint64_t max_depth;	  /* recorded frames open at once per thread */
	uint64_t min_duration_ns; /* calls shorter than this are dropped */
	uint64_t string_size;	  /* bytes of a recorded string at most; 0: the default */
};

struct ffile_ops {
	void *ctx;
	/*
	 * A module line. build_id has build_id_len bytes (0 when the file
	 * says "-"); path is not NUL-terminated. Return 0, or non-zero to
	 * stop parsing (ffile_parse() then returns that value).
	 */
	int (*module)(void *ctx, const uint8_t *build_id, size_t build_id_len, const char *path,
		      size_t path_len);
	/* A function line of the last module; flags is a set of FFILE_*. */
	int (*func)(void *ctx, uint64_t vaddr, unsigned flags);
	/* Optional: a values line of the last module. */
	int (*values)(void *ctx, const struct ffile_values *v);
};

struct ffile_error {
	unsigned line;	 /* 1-based line of the problem, 0 when not line-bound */
	const char *msg; /* static text, e.g. "unknown keyword" */
};

/*
 * Parse buf[0..len). Settings not present in the file stay as the caller
 * set them. Returns 0; -1 on a syntax error (err filled); or the non-zero
 * value a callback returned. Never reads past len; buf need not be
 * NUL-terminated.
 */
int ffile_parse(const char *buf, size_t len, struct ffile_settings *set,
		const struct ffile_ops *ops, struct ffile_error *err);

#endif
