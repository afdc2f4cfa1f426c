/*
 * Text helpers shared by the analysis outputs: durations for people,
 * names made safe for terminals, CSV, JSON, XML and folded stacks, the
 * checks of the output and log paths given, and the
 * warning for an empty result.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_FMT_H
#define SFTRACE_TOOLS_ANALYSIS_FMT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define FMT_DURATION_MAX 32

/*
 * ns as "123 ns", "12.345 us", "1.234 ms", "5.000 s", "1234.57 s" or
 * "1.2e+08 s" into buf (at least FMT_DURATION_MAX bytes); returns buf.
 * The number never takes more than 7 columns, and is right-aligned in 7
 * when aligned is non-zero (with "s " for seconds), so columns of
 * durations line up whatever their size.
 */
const char *fmt_duration(char *buf, uint64_t ns, int aligned);

#define FMT_BYTES_MAX 32

/*
 * A byte count for people: "123 B" (exact below 1 KiB), then three
 * significant digits in binary units, "1.50 KiB", "12.3 MiB", "456 GiB",
 * up to EiB; into buf (at least FMT_BYTES_MAX bytes); returns buf.
 */
const char *fmt_bytes(char *buf, uint64_t bytes);

/*
 * The length of s in UTF-16 code units (what JavaScript's String.length
 * counts), each ill-formed byte counting as one U+FFFD, stopping before
 * the character that would exceed max_units (tools/out/utf8.h decides
 * what is well-formed). *bytes (if not NULL)
 * receives the number of bytes of s so counted.
 */
size_t fmt_utf16_units(const char *s, size_t *bytes, size_t max_units);

/*
 * Each writer below copies well-formed UTF-8 and writes U+FFFD for each
 * byte that does not start a well-formed sequence.
 */

/* s for a terminal: control characters become '?'. */
void fmt_text_string(FILE *f, const char *s);

/* s as one CSV field (RFC 4180: quoted when it holds , " CR or LF). */
void fmt_csv_string(FILE *f, const char *s);

/* s as a JSON string literal, quotes included. */
void fmt_json_string(FILE *f, const char *s);

/*
 * s with & < > " ' escaped for XML text and attribute values; control
 * characters (not allowed in XML 1.0) become spaces, U+FFFE and U+FFFF
 * become U+FFFD.
 */
void fmt_xml_string(FILE *f, const char *s);

/*
 * s as one frame of a folded-stacks line into dst, which must hold
 * 3 * strlen(s) + 1 bytes: ';' (the frame separator) becomes ':' and
 * control characters (line ends included) become spaces. Returns the
 * length written, without the NUL.
 */
size_t fmt_folded_frame(char *dst, const char *s);

/*
 * Warn that the output is empty: no calls in log (the only one), in the
 * logs (nlogs > 1), or in the selection when selective (--tid, --from or
 * --to was given: a thread id that is not in the logs, a window after
 * the end).
 */
void fmt_warn_no_calls(const char *log, int nlogs, int selective);

/*
 * A table of rows as CSV (a header line "function,COL...") or as a JSON
 * array of objects. Each row is a struct of `stride` bytes holding its
 * function name (const char *) at name_off and ncols uint64_t values at
 * v_off: report and memory print their own row types this way.
 */
void fmt_rows_csv(FILE *f, const char *const *cols, int ncols, const void *rows, size_t n,
		  size_t stride, size_t name_off, size_t v_off);
void fmt_rows_json(FILE *f, const char *const *cols, int ncols, const void *rows, size_t n,
		   size_t stride, size_t name_off, size_t v_off);

#endif
