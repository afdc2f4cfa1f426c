/*
 * Text helpers for the analysis outputs (see fmt.h). Units step at 1000
 * so a duration always shows at most four integer digits.
 */
#include <stdio.h>

#include "tools/analysis/fmt.h"

const char *fmt_duration(char *buf, uint64_t ns, int aligned)
{
	int w = aligned ? 7 : 0;

	if (ns < 1000)
		snprintf(buf, FMT_DURATION_MAX, "%*llu ns", w, (unsigned long long)ns);
	else if (ns < 1000000)
		snprintf(buf, FMT_DURATION_MAX, "%*.3f us", w, ns / 1e3);
	else if (ns < 1000000000)
		snprintf(buf, FMT_DURATION_MAX, "%*.3f ms", w, ns / 1e6);
	else
		snprintf(buf, FMT_DURATION_MAX, "%*.3f s%s", w, ns / 1e9, aligned ? " " : "");
	return buf;
}

void fmt_csv_string(FILE *f, const char *s)
{
	const char *p;
	int quote = 0;

	for (p = s; *p; p++)
		if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r')
			quote = 1;
	if (!quote) {
		fputs(s, f);
		return;
	}
	putc('"', f);
	for (p = s; *p; p++) {
		if (*p == '"')
			putc('"', f);
		putc(*p, f);
	}
	putc('"', f);
}

void fmt_json_string(FILE *f, const char *s)
{
	putc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			fputs("\\\"", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		case '\n':
			fputs("\\n", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		default:
			if (*p < 0x20)
				fprintf(f, "\\u%04x", *p);
			else
				putc(*p, f);
		}
	}
	putc('"', f);
}

void fmt_xml_string(FILE *f, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		case '\'':
			fputs("&apos;", f);
			break;
		default:
			/* Control characters are not allowed in XML 1.0. */
			putc(*p < 0x20 ? ' ' : *p, f);
		}
	}
}
