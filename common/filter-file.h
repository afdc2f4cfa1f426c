/*
 * The filter file (docs/filter.md is the specification): a versioned text
 * file made by `sftrace filter` and read by the runtime (SFTRACE_FILTER)
 * and by `sftrace record` (to refuse a stale filter before starting).
 *
 *   sftrace-filter 1
 *   max-depth 8
 *   min-duration 2000
 *   module 3f9c0e...d1 /abs/path/libfoo.so
 *   0x1130 i foo::bar(int)
 *   0x1190 s foo::run()
 *   0x11f0 x foo::noise()
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
#define FFILE_VERSION 1
#define FFILE_MAX_BUILD_ID 64

/* Per-function flags (the letters i, s, x). */
#define FFILE_INCLUDE 0x1u /* record its calls */
#define FFILE_SUBTREE 0x2u /* record its calls and every call made under them */
#define FFILE_EXCLUDE 0x4u /* record neither its calls nor anything under them */

/* Global settings; 0 means "no limit". */
struct ffile_settings {
	uint64_t max_depth;	  /* recorded frames open at once per thread */
	uint64_t min_duration_ns; /* calls shorter than this are dropped */
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
