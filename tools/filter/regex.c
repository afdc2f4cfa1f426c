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

struct regex_set *regex_set_new(const struct string_list *patterns, const char *what)
{
	struct regex_set *s = xcalloc(1, sizeof(*s));

	s->codes = xcalloc(patterns->nr + 1, sizeof(*s->codes));
	for (size_t i = 0; i < patterns->nr; i++) {
		int err;
		PCRE2_SIZE off;
		pcre2_code *c = pcre2_compile((PCRE2_SPTR)patterns->items[i], PCRE2_ZERO_TERMINATED,
					      PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &off,
					      NULL);
		if (!c) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(err, msg, sizeof(msg));
			error("bad regex '%s' for %s: %s at offset %zu", patterns->items[i], what,
			      (const char *)msg, (size_t)off);
			regex_set_free(s);
			return NULL;
		}
		pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
		s->codes[s->n++] = c;
	}
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

int regex_list_read(const char *path, struct string_list *l)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int ret = 0;

	if (!f)
		return error_errno("cannot open '%s'", path);
	while ((n = getline(&line, &cap, f)) >= 0) {
		char *p = line, *e = line + n;
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		while (e > p && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (p == e || *p == '#')
			continue;
		string_list_append(l, xstrndup(p, (size_t)(e - p)));
	}
	if (ferror(f))
		ret = error_errno("cannot read '%s'", path);
	free(line);
	fclose(f);
	return ret;
}
