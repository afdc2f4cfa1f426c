/*
 * CLI side of filters (docs/filter.md): instrumented objects with their
 * functions and names, regex sets, and the staleness check `record` runs
 * on a filter file before starting the program.
 */
#ifndef SFTRACE_TOOLS_FILTER_FILTER_H
#define SFTRACE_TOOLS_FILTER_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "common/filter-file.h"

struct string_list;

/*
 * The recording limits `sftrace filter` writes into a filter file and
 * `sftrace record` applies directly: one set of option rows for both (see
 * tools/lib/parse-options.h), so their spelling and help never drift.
 */
#define OPT_FILTER_LIMITS(excludes, subtree, max_depth, min_duration)                             \
	OPT_STRING_LIST('N', "exclude", (excludes), "regex",                                      \
			"record neither matching functions nor their callees (repeatable)"),      \
	OPT_BOOL(0, "subtree", (subtree), "also record every call made under the selected functions"), \
	OPT_U64(0, "max-depth", (max_depth), "n",                                                 \
		"record at most <n> nested calls per thread (0: no limit)"),                      \
	OPT_DURATION(0, "min-duration", (min_duration), "time",                                   \
		     "drop calls shorter than <time> (e.g. 500, 10us, 1.5ms)")

/* One function of an object: its address and every name it has. */
struct xfunc {
	uint64_t vaddr;
	const char **raw;	/* [nnames] symbol names at vaddr (mangled) */
	const char **demangled; /* [nnames] demangled, or the raw name */
	size_t nnames;
	unsigned flags; /* FFILE_*: what the filter decided */
};

struct xobject {
	char *path;	/* as given */
	char *realpath; /* absolute, symbolic links resolved */
	uint8_t build_id[FFILE_MAX_BUILD_ID];
	size_t build_id_len; /* 0: the object has none */
	struct xfunc *funcs; /* sorted by vaddr, unique */
	size_t nfuncs;
	char *strings; /* owns the names */
	size_t strings_len, strings_alloc;
};

/*
 * Load the functions (from xray_instr_map) and names (.symtab, else
 * .dynsym) of the object at path. Returns 0, or -1 after printing an
 * error: cannot open, not ELF, no XRay sleds, malformed map (o is then
 * left released).
 */
int xobject_load(struct xobject *o, const char *path);
void xobject_release(struct xobject *o);

/* Read the GNU build-id of the ELF file at path. Returns its length
 * (0: none), or -1 when the file cannot be read as ELF (errno set). */
int elf_file_build_id(const char *path, uint8_t *out, size_t max);

/* A set of compiled regexes; a name matches when any of them does. */
struct regex_set;

/*
 * Compile patterns (PCRE2, UTF, unanchored). what names the option in
 * messages ("-r"). On a bad pattern prints "bad regex 'P' for -r: MSG at
 * offset N" and returns NULL. An empty list gives an empty set.
 */
struct regex_set *regex_set_new(const struct string_list *patterns, const char *what);
int regex_set_empty(const struct regex_set *s);
/* 1 when any regex matches name, else 0. */
int regex_set_match(struct regex_set *s, const char *name);
void regex_set_free(struct regex_set *s);

/*
 * Append the non-comment lines of a --list file ("-": standard input)
 * to l (trimmed, a leading
 * UTF-8 byte order mark dropped; the strings are owned by the list's
 * caller via xstrdup). Returns 0, or -1 after printing an error: the file
 * cannot be read, or a line holds a NUL byte or a regex that does not
 * compile (named by its line number).
 */
int regex_list_read(const char *path, struct string_list *l);

/*
 * `record -f FILE` check: parse the filter file and compare every module
 * it names that exists on disk with its build-id. Returns 0; -1 after
 * printing why (unreadable, syntax error naming the line, or "filter 'F'
 * was made for a different build of 'PATH'"). *has_subtree is set when
 * any function is a subtree root.
 */
int filter_file_check(const char *path, int *has_subtree);

#endif
