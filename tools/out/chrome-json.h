/*
 * A Chrome Trace Event Format (JSON) writer, streamed through a sink.
 *
 * The file is one object: {"traceEvents":[ ... ],"displayTimeUnit":"ns"},
 * one event per line. Calls are "B"/"E" duration events (they nest exactly
 * like the frames and can be written in order, unlike "X" which needs the
 * end time up front); process and thread names are "M" metadata events.
 * Timestamps are microseconds with three decimals, so no nanosecond is lost.
 *
 * Strings are escaped for JSON; bytes that are not valid UTF-8 become
 * U+FFFD so that strict parsers accept the file.
 */
#ifndef SFTRACE_TOOLS_OUT_CHROME_JSON_H
#define SFTRACE_TOOLS_OUT_CHROME_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tools/out/sink.h"

struct cj_writer {
	struct sink *out;
	bool any; /* an event was written: the next one needs a comma */
	uint64_t events;
};

/* Write the opening of the file. */
void cj_begin(struct cj_writer *w, struct sink *out);
/* Write the closing of the file (the sink is still to be closed). */
void cj_end(struct cj_writer *w);

/*
 * A JSON string body (no quotes) for s: the caller owns the result.
 * Escapes '"', '\\' and control characters; invalid UTF-8 becomes \ufffd.
 */
char *cj_escape(const char *s);

/* Metadata: process_name (tid 0) and thread_name events. */
void cj_process_name(struct cj_writer *w, uint32_t pid, const char *name);
void cj_thread_name(struct cj_writer *w, uint32_t pid, uint32_t tid, const char *name);

/*
 * "pid":P,"tid":T for cj_slice_*: build it once per thread into buf (at
 * least 32 bytes); returns its length.
 */
size_t cj_thread_key(char *buf, uint32_t pid, uint32_t tid);

/*
 * A slice begins at ns on the thread named by key (cj_thread_key()).
 * fields are the event's remaining JSON members, starting with a comma,
 * e.g. ,"name":"main","args":{"src":"a.c:3"} (built once per function).
 */
void cj_slice_begin(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen,
		    const char *fields, size_t fieldslen);
void cj_slice_end(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen);

/* cj_slice_end() with more members: fields starts with a comma (",\"args\":{...}"). */
void cj_slice_end_fields(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen,
			 const char *fields, size_t fieldslen);

/*
 * A flow arrow's start ("s", start) or end ("f") with id, at ns on the
 * thread of key: written right after a slice's begin at the same time,
 * it binds to that slice (the enclosing one; "bp":"e" on the end).
 */
void cj_flow(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen, bool start,
	     uint64_t id);

#endif
