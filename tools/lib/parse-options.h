/*
 * Option tables for the sftrace commands.
 *
 * Each command declares a local array of struct option_def ending in
 * OPT_END() and a NULL-terminated usage array, and calls parse_options().
 * The same table prints the help text, so help never drifts from what is
 * accepted. "--help"/"-h" print the full usage on stdout and exit 0; a bad
 * option prints the short usage on stderr and exits 2.
 */
#ifndef SFTRACE_TOOLS_PARSE_OPTIONS_H
#define SFTRACE_TOOLS_PARSE_OPTIONS_H

#include <stddef.h>
#include <stdint.h>

enum opt_type {
	OPTT_END,
	OPTT_GROUP,	  /* a heading in the help text */
	OPTT_BOOL,	  /* int: set to 1 (or 0 with --no-NAME) */
	OPTT_STRING,	  /* const char *: last value wins */
	OPTT_STRING_LIST, /* struct string_list: every value appended */
	OPTT_INT,	  /* long */
	OPTT_U64,	  /* uint64_t */
	OPTT_DURATION,	  /* uint64_t nanoseconds: "250", "10us", "1.5ms", "2s" */
};

struct option_def {
	enum opt_type type;
	int short_name;
	const char *long_name;
	void *value;
	const char *argh;
	const char *help;
};

#define OPT_END() { OPTT_END, 0, NULL, NULL, NULL, NULL }
#define OPT_GROUP(h) { OPTT_GROUP, 0, NULL, NULL, NULL, (h) }
#define OPT_BOOL(s, l, v, h) { OPTT_BOOL, (s), (l), (v), NULL, (h) }
#define OPT_STRING(s, l, v, a, h) { OPTT_STRING, (s), (l), (v), (a), (h) }
#define OPT_STRING_LIST(s, l, v, a, h) { OPTT_STRING_LIST, (s), (l), (v), (a), (h) }
#define OPT_INT(s, l, v, a, h) { OPTT_INT, (s), (l), (v), (a), (h) }
#define OPT_U64(s, l, v, a, h) { OPTT_U64, (s), (l), (v), (a), (h) }
#define OPT_DURATION(s, l, v, a, h) { OPTT_DURATION, (s), (l), (v), (a), (h) }

struct string_list {
	const char **items;
	size_t nr, alloc;
};
#define STRING_LIST_INIT { NULL, 0, 0 }
void string_list_append(struct string_list *l, const char *s);
void string_list_release(struct string_list *l);

/* Stop at the first argument that is not an option (for `record -- CMD`). */
#define PARSE_OPT_STOP_AT_NON_OPTION 1u

/*
 * Parse argv[1..argc-1] (argv[0] is the command name) against opts.
 * Non-option arguments are moved to the front of argv; their count is
 * returned. "--" ends the options. Exits on --help (0) and misuse (2).
 */
int parse_options(int argc, char **argv, const struct option_def *opts,
		  const char *const *usage, unsigned flags);

/* Print usage and options; to stderr and exit 2 when err, else stdout, exit 0. */
void usage_with_options(const char *const *usage, const struct option_def *opts, int err)
	__attribute__((noreturn));

/* Print "sftrace: error: MSG", the short usage, exit 2. */
void usage_error(const char *const *usage, const struct option_def *opts, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 3, 4)));

/* Parse "10us"-style durations into nanoseconds. Returns 0, or -1 on bad input. */
int parse_duration_ns(const char *s, uint64_t *out);

#endif
