/*
 * Regex sets for name filters: every pattern is compiled on its own
 * (PCRE2, UTF with invalid sequences tolerated, JIT when available) so a
 * bad one is reported with its own text and offset; matching tries each
 * in turn and stops at the first hit.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "tools/filter/filter.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"

struct regex_set {
	pcre2_code **codes;
	size_t n;
	pcre2_match_data *md;
};

/* Compile one pattern; on error print "bad regex 'P' WHERE: MSG at offset N". */
static pcre2_code *compile_one(const char *pattern, const char *where)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
				      PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &off, NULL);

	if (!c) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof(msg));
		error("bad regex '%s' %s: %s at offset %zu", pattern, where, (const char *)msg,
		      (size_t)off);
	}
	return c;
}

struct regex_set *regex_set_new(const struct string_list *patterns, const char *what)
{
	struct regex_set *s = xcalloc(1, sizeof(*s));
	char *where = xasprintf("for %s", what);

	s->codes = xcalloc(patterns->nr + 1, sizeof(*s->codes));
	for (size_t i = 0; i < patterns->nr; i++) {
		pcre2_code *c = compile_one(patterns->items[i], where);
		if (!c) {
			free(where);
			regex_set_free(s);
			return NULL;
		}
		pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
		s->codes[s->n++] = c;
	}
	free(where);
	s->md = pcre2_match_data_create(1, NULL);
	if (!s->md)
		die("out of memory");
	return s;
}

int regex_set_empty(const struct regex_set *s)
{
	return s->n == 0;
}

int regex_set_match(struct regex_set *s, const char *name)
{
	size_t len = strlen(name);

	for (size_t i = 0; i < s->n; i++) {
		int rc = pcre2_match(s->codes[i], (PCRE2_SPTR)name, len, 0, 0, s->md, NULL);
		if (rc >= 0)
			return 1;
	}
	return 0;
}

void regex_set_free(struct regex_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		pcre2_code_free(s->codes[i]);
	free(s->codes);
	pcre2_match_data_free(s->md);
	free(s);
}

/*
 * A --list line as a regex that also matches the line itself, exactly: a
 * list of raw symbol names, as the Rust sftrace's --list held (it compared
 * names, not regexes), then selects those functions even where a name read
 * as a regex would not match itself ('$' and '.' in legacy Rust names).
 * Every byte but letters, digits and UTF-8 is escaped in the literal part.
 */
static char *line_or_literal(const char *re)
{
	size_t n = strlen(re);
	char *out = xmalloc(2 * n + 16), *q = out;

	q += sprintf(q, "(?:%s)|^", re);
	for (const char *p = re; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x80 && !((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			*q++ = '\\';
		*q++ = *p;
	}
	strcpy(q, "$");
	return out;
}

int regex_list_read(const char *path, struct string_list *l)
{
	int std_in = !strcmp(path, "-");
	FILE *f = std_in ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned lineno = 0;
	int ret = 0;

	if (!f)
		return error_errno("cannot open '%s'", path);
	while ((n = getline(&line, &cap, f)) >= 0) {
		char *p = line, *e = line + n, *where;
		pcre2_code *c;

		lineno++;
		/* A UTF-8 byte order mark, as some Windows editors write. */
		if (lineno == 1 && n >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
			p += 3;
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (e > p && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (p == e || *p == '#')
			continue;
		if (memchr(p, '\0', (size_t)(e - p))) {
			ret = error("'%s' line %u: a NUL byte in a regex", path, lineno);
			break;
		}
		*e = '\0';
		/* Compiled here too, so that a mistake is named by its line. */
		where = xasprintf("in '%s' line %u", path, lineno);
		c = compile_one(p, where);
		free(where);
		if (!c) {
			ret = -1;
			break;
		}
		pcre2_code_free(c);
		{
			char *both = line_or_literal(p);
			int errcode;
			PCRE2_SIZE erroff;

			/* a regex that cannot be wrapped (\\Q without \\E...) stays as it is */
			c = pcre2_compile((PCRE2_SPTR)both, PCRE2_ZERO_TERMINATED,
					  PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &errcode,
					  &erroff, NULL);
			if (c) {
				pcre2_code_free(c);
				string_list_append(l, both);
			} else {
				free(both);
				string_list_append(l, xstrdup(p));
			}
		}
	}
	if (!ret && ferror(f))
		ret = error_errno("cannot read '%s'", path);
	free(line);
	if (!std_in)
		fclose(f);
	return ret;
}
