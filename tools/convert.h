/*
 * The converters behind `sftrace convert`. cmd-convert.c parses the
 * options and picks one; each converter opens the logs with trace_open(),
 * walks frames (tools/read/frames.h), names functions with the symbolizer
 * (tools/read/symbols.h) and writes one output format.
 */
#ifndef SFTRACE_TOOLS_CONVERT_H
#define SFTRACE_TOOLS_CONVERT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tools/lib/parse-options.h"

struct pq_writer;
struct symbolizer;
struct trace;

struct convert_opts {
	const char *const *inputs; /* one or more logs (a process tree) */
	int ninputs;
	const char *output;	   /* output file name */
	const char *type;	   /* "perfetto", "chrome", "pola", "calls" or "memory" */
	struct string_list symbol_files; /* -s/--symbol: separate debug files */
	bool force;		   /* convert even if a module's build-id changed */
	bool progress;		   /* draw a progress line on stderr */
	bool no_tail_nesting;	   /* tail-called functions beside their caller (frames.h) */
	uint64_t max_size;	   /* perfetto: the uncompressed trace's budget in bytes, 0: none */
};

/* --type perfetto (default) and chrome: tools/convert-perfetto.c */
int convert_perfetto(const struct convert_opts *o);
int convert_chrome(const struct convert_opts *o);

/* --type pola and calls: tools/convert-pola.c */
int convert_pola(const struct convert_opts *o);
int convert_calls(const struct convert_opts *o);

/* --type memory: tools/convert-memory.c */
int convert_memory(const struct convert_opts *o);

/*
 * What the Parquet converters share (tools/convert-pola.c): the logs and
 * their symbols, the function ids that occur in each, and OUTPUT.symtab.
 */
struct convert_seen {
	uint8_t *bits; /* one bit per function id of one log */
	size_t len;    /* bytes */
};
void convert_seen_mark(struct convert_seen *s, uint32_t func);

struct convert_logs {
	struct trace *traces;	    /* [o->ninputs], the first `opened` open */
	struct convert_seen *seen;  /* [o->ninputs] */
	struct symbolizer *sym;
	int opened;
	uint64_t t0;		    /* the earliest start_mono_ns: time 0 of the tables */
};

/* Open o's logs and their symbols. Returns 0, or -1 after printing an
 * error; call convert_logs_close() either way. */
int convert_logs_open(struct convert_logs *l, const struct convert_opts *o);
void convert_logs_close(struct convert_logs *l, const struct convert_opts *o);

/*
 * After t was converted: what it is missing on stderr (lost events,
 * filter drops, damage: tools/read/loss.h), if anything. A log its
 * process did not close but whose blocks read to their end gets nothing.
 */
void convert_warn_truncated(const struct trace *t);

/*
 * Finish the table w (consumed), write OUTPUT.symtab (every function
 * marked seen) and make both appear, the table last. Returns 0, or -1
 * after printing an error (then neither file is left).
 */
int convert_commit_tables(const struct convert_opts *o, struct pq_writer *w,
			  struct convert_logs *l);

#endif
