/*
 * Text helpers for the analysis outputs (see fmt.h). Units step at 1000
 * so a duration always shows at most four integer digits; seconds give
 * up decimals (then switch to an exponent) rather than the column width.
 *
 * Names come from symbol tables, which are arbitrary bytes: every writer
 * here passes well-formed UTF-8 through and replaces each byte that does
 * not start a well-formed sequence with U+FFFD, so one odd symbol cannot
 * make a JSON, CSV or SVG file unreadable as a whole.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "tools/analysis/fmt.h"
#include "tools/lib/usage.h"
#include "tools/out/utf8.h"

/* v with dec decimals, right-aligned in pad columns, if it takes at most 7. */
static int try_unit(char *buf, double v, int dec, int pad, const char *unit)
{
	char num[16]; /* n > 7 is all the test needs to see */
	int n = snprintf(num, sizeof(num), "%.*f", dec, v);

	if (n > 7)
		return 0;
	snprintf(buf, FMT_DURATION_MAX, "%*s %s", pad, num, unit);
	return 1;
}

const char *fmt_duration(char *buf, uint64_t ns, int aligned)
{
	int pad = aligned ? 7 : 0;
	const char *s = aligned ? "s " : "s";

	if (ns < 1000) {
		snprintf(buf, FMT_DURATION_MAX, "%*llu ns", pad, (unsigned long long)ns);
		return buf;
	}
	/* A value that would round up to 1000.000 moves to the next unit. */
	if (ns < 1000000 && try_unit(buf, ns / 1e3, 3, pad, "us"))
		return buf;
	if (ns < 1000000000 && try_unit(buf, ns / 1e6, 3, pad, "ms"))
		return buf;
	for (int dec = 3; dec >= 0; dec--)
		if (try_unit(buf, ns / 1e9, dec, pad, s))
			return buf;
	/* Beyond 115 days: 1.8e+10 s at most, still 7 columns. */
	snprintf(buf, FMT_DURATION_MAX, "%*.1e %s", pad, ns / 1e9, s);
	return buf;
}

const char *fmt_bytes(char *buf, uint64_t bytes)
{
	static const char *const units[] = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
	double v = (double)bytes;
	int u = -1;

	if (bytes < 1024) {
		snprintf(buf, FMT_BYTES_MAX, "%llu B", (unsigned long long)bytes);
		return buf;
	}
	/* 1023.9 KiB shows as "1.00 MiB", not "1024 KiB" */
	while (u < 5 && v >= 1023.5) {
		v /= 1024;
		u++;
	}
	snprintf(buf, FMT_BYTES_MAX, "%.*f %s", v < 9.995 ? 2 : v < 99.95 ? 1 : 0, v, units[u]);
	return buf;
}

size_t fmt_utf16_units(const char *s, size_t *bytes, size_t max_units)
{
	size_t units = 0, i = 0;

	while (s[i]) {
		size_t n = utf8_len((const unsigned char *)s + i), u = n == 4 ? 2 : 1;

		if (units + u > max_units)
			break;
		units += u;
		i += n ? n : 1;
	}
	if (bytes)
		*bytes = i;
	return units;
}

static const char replacement[] = "\xef\xbf\xbd"; /* U+FFFD */

/* Copy the well-formed sequence at *p, or U+FFFD for one bad byte; advance *p. */
static void put_char(FILE *f, const unsigned char **p)
{
	size_t n = utf8_len(*p);

	if (!n) {
		fputs(replacement, f);
		(*p)++;
		return;
	}
	fwrite(*p, 1, n, f);
	*p += n;
}

void fmt_text_string(FILE *f, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		if (*p < 0x20 || *p == 0x7f) {
			putc('?', f);
			p++;
		} else {
			put_char(f, &p);
		}
	}
}

void fmt_csv_string(FILE *f, const char *s)
{
	const unsigned char *p;
	int quote = 0;

	for (const char *q = s; *q; q++)
		if (*q == ',' || *q == '"' || *q == '\n' || *q == '\r')
			quote = 1;
	if (quote)
		putc('"', f);
	for (p = (const unsigned char *)s; *p;) {
		if (*p == '"')
			putc('"', f);
		put_char(f, &p);
	}
	if (quote)
		putc('"', f);
}

void fmt_json_string(FILE *f, const char *s)
{
	putc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
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
			if (*p < 0x20) {
				fprintf(f, "\\u%04x", *p);
				break;
			}
			put_char(f, &p);
			continue;
		}
		p++;
	}
	putc('"', f);
}

void fmt_xml_string(FILE *f, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
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
			/* Control characters, U+FFFE and U+FFFF are not allowed in XML 1.0. */
			if (*p < 0x20) {
				putc(' ', f);
				break;
			}
			if (p[0] == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)) {
				fputs(replacement, f);
				p += 3;
				continue;
			}
			put_char(f, &p);
			continue;
		}
		p++;
	}
}

size_t fmt_folded_frame(char *dst, const char *s)
{
	size_t o = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		size_t n = utf8_len(p);

		if (*p == ';') {
			dst[o++] = ':';
		} else if (*p < 0x20 || *p == 0x7f) {
			dst[o++] = ' ';
		} else if (!n) {
			memcpy(dst + o, replacement, 3);
			o += 3;
		} else {
			memcpy(dst + o, p, n);
			o += n;
			p += n;
			continue;
		}
		p++;
	}
	dst[o] = '\0';
	return o;
}

void fmt_warn_no_calls(const char *log, int nlogs, int selective)
{
	if (selective)
		warning("no calls in the selected threads and time window");
	else if (nlogs > 1)
		warning("no calls in the logs");
	else
		warning("no calls in '%s'", log);
}

static const char *row_name(const void *rows, size_t i, size_t stride, size_t name_off)
{
	const char *name;

	memcpy(&name, (const char *)rows + i * stride + name_off, sizeof(name));
	return name;
}

static uint64_t row_value(const void *rows, size_t i, size_t stride, size_t v_off, int c)
{
	uint64_t v;

	memcpy(&v, (const char *)rows + i * stride + v_off + (size_t)c * sizeof(v), sizeof(v));
	return v;
}

void fmt_rows_csv(FILE *f, const char *const *cols, int ncols, const void *rows, size_t n,
		  size_t stride, size_t name_off, size_t v_off)
{
	fputs("function", f);
	for (int c = 0; c < ncols; c++)
		fprintf(f, ",%s", cols[c]);
	fputc('\n', f);
	for (size_t i = 0; i < n; i++) {
		fmt_csv_string(f, row_name(rows, i, stride, name_off));
		for (int c = 0; c < ncols; c++)
			fprintf(f, ",%" PRIu64, row_value(rows, i, stride, v_off, c));
		fputc('\n', f);
	}
}

void fmt_rows_json(FILE *f, const char *const *cols, int ncols, const void *rows, size_t n,
		   size_t stride, size_t name_off, size_t v_off)
{
	fputs("[", f);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n {\"function\":" : "\n {\"function\":", f);
		fmt_json_string(f, row_name(rows, i, stride, name_off));
		for (int c = 0; c < ncols; c++)
			fprintf(f, ",\"%s\":%" PRIu64, cols[c], row_value(rows, i, stride, v_off, c));
		fputs("}", f);
	}
	fputs(n ? "\n]\n" : "]\n", f);
}
