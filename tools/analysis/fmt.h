/*
 * Text helpers shared by the analysis outputs: durations for people,
 * and quoting for CSV, JSON and XML.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_FMT_H
#define SFTRACE_TOOLS_ANALYSIS_FMT_H

#include <stdint.h>
#include <stdio.h>

#define FMT_DURATION_MAX 32

/*
 * ns as "123 ns", "12.345 us", "1.234 ms" or "5.000 s" into buf (at least
 * FMT_DURATION_MAX bytes); returns buf. The number is right-aligned in 7
 * columns when aligned is non-zero, so columns of durations line up.
 */
const char *fmt_duration(char *buf, uint64_t ns, int aligned);

/* s as one CSV field (RFC 4180: quoted when it holds , " CR or LF). */
void fmt_csv_string(FILE *f, const char *s);

/* s as a JSON string literal, quotes included. */
void fmt_json_string(FILE *f, const char *s);

/* s with & < > " ' escaped for XML text and attribute values. */
void fmt_xml_string(FILE *f, const char *s);

#endif
