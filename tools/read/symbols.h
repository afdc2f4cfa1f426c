/*
 * Function names and source locations for the function ids of a log.
 *
 * Names come from DWARF (elfutils libdwfl) or the ELF symbol tables of the
 * module files named in the log, demangled with libiberty (C++, Rust legacy
 * without the hash, Rust v0); file and line from DWARF. Separate debug files
 * are found through -s/--symbol, .gnu_debuglink and the build-id
 * directories. A name is never empty: a stripped function without an exported
 * symbol is "module+0xoffset". Lookups are cached per function id.
 */
#ifndef SFTRACE_TOOLS_READ_SYMBOLS_H
#define SFTRACE_TOOLS_READ_SYMBOLS_H

#include <stdbool.h>
#include <stdint.h>

struct trace;
struct string_list;

struct sym_info {
	const char *name; /* demangled; never NULL or empty */
	const char *raw;  /* the symbol as in the file (mangled), or NULL */
	const char *file; /* source file, or NULL when unknown */
	unsigned line;	  /* 0 when unknown */
	const char *module; /* module path */
};

struct symbolizer;

struct symbolizer_opts {
	const struct string_list *debug_files; /* -s/--symbol files, may be NULL */
	bool force;	/* a changed build-id is a warning instead of an error */
	bool no_dwarf;	/* names from ELF symbols only (faster), no file:line */
};

/* Create an empty symbolizer. Never NULL (dies on out of memory). */
struct symbolizer *symbolizer_new(const struct symbolizer_opts *o);

/*
 * Open the modules of a log. A module file whose build-id differs from the
 * recorded one is an error naming the file and both ids (unless force), a
 * missing file a warning (names become "module+0xoffset"). A --symbol file
 * with the recorded build-id stands in for a missing or rebuilt module.
 * Returns 0 or -1. Several logs may be added; lookups name the log they
 * belong to, and logs of the same module file share its symbol tables.
 * t must outlive s.
 */
int symbolizer_add_trace(struct symbolizer *s, struct trace *t);

/*
 * Symbol information for a function id of trace t. Never NULL, and name is
 * never empty: an id no module of t owns (or a trace never added) is named
 * "[function ID]". The first lookup of an id reads symbols and DWARF; later
 * ones are an array index. The result lives as long as s.
 */
const struct sym_info *symbolizer_lookup(struct symbolizer *s, const struct trace *t,
					 uint32_t func);

/*
 * symbolizer_lookup(), with the file and line from DWARF even when s was
 * created with no_dwarf: for the few functions that need telling apart.
 * The name stays what symbolizer_lookup() gives.
 */
const struct sym_info *symbolizer_locate(struct symbolizer *s, const struct trace *t,
					 uint32_t func);

/*
 * "file:line", "file" or "" for a sym_info returned by symbolizer_lookup()
 * on the same s; built once per function, the result lives as long as s.
 * The file is the function's declaration (DW_AT_decl_file/decl_line), else
 * the line-table row of its entry address.
 */
const char *symbolizer_location(struct symbolizer *s, const struct sym_info *si);

/*
 * The GNU build-id of the ELF file at path into id (64 bytes), its length
 * in *len (0: the file has none). Returns 0, or -1 with errno set (EISDIR
 * or EINVAL for a directory, a device or a file that is not ELF).
 */
int symbols_file_build_id(const char *path, uint8_t *id, uint32_t *len);

/* Free s and everything it returned. No operation when s is NULL. */
void symbolizer_free(struct symbolizer *s);

#endif
