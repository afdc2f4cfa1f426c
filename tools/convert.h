/*
 * The converters behind `sftrace convert`. cmd-convert.c parses the
 * options and picks one; each converter opens the logs with trace_open(),
 * walks frames (tools/read/frames.h), names functions with the symbolizer
 * (tools/read/symbols.h) and writes one output format.
 */
#ifndef SFTRACE_TOOLS_CONVERT_H
#define SFTRACE_TOOLS_CONVERT_H

#include <stdbool.h>

#include "tools/lib/parse-options.h"

struct convert_opts {
	const char *const *inputs; /* one or more logs (a process tree) */
	int ninputs;
	const char *output;	   /* output file name */
	const char *type;	   /* "perfetto", "chrome", "pola" or "calls" */
	struct string_list symbol_files; /* -s/--symbol: separate debug files */
	bool force;		   /* convert even if a module's build-id changed */
	bool progress;		   /* draw a progress line on stderr */
};

/* --type perfetto (default) and chrome: tools/convert-perfetto.c */
int convert_perfetto(const struct convert_opts *o);
int convert_chrome(const struct convert_opts *o);

/* --type pola and calls: tools/convert-pola.c */
int convert_pola(const struct convert_opts *o);
int convert_calls(const struct convert_opts *o);

#endif
