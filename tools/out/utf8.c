/*
 * UTF-8 validation and repair for the writers (utf8.h). Only names pass
 * through here (once per function, thread or process), never events, so
 * a plain byte loop is enough.
 */
#include <stdlib.h>
#include <string.h>

#include "tools/lib/usage.h"
#include "tools/out/utf8.h"

size_t utf8_len(const unsigned char *s)
{
	unsigned c = s[0];
	size_t n;
	unsigned min;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2, min = 0x80;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3, min = 0x800;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4, min = 0x10000;
	else
		return 0;
	unsigned cp = c & (0x7f >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

const char *utf8_clean(const char *s, char **tofree)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n, len = 0;
	char *out;

	*tofree = NULL;
	while (*p && (n = utf8_len(p)) != 0)
		p += n;
	if (!*p)
		return s;

	/* Each bad byte (1 byte) becomes U+FFFD (3 bytes). */
	out = xmalloc(strlen(s) * 3 + 1);
	for (p = (const unsigned char *)s; *p;) {
		if ((n = utf8_len(p)) != 0) {
			memcpy(out + len, p, n);
			len += n;
			p += n;
		} else {
			memcpy(out + len, "\xef\xbf\xbd", 3);
			len += 3;
			p++;
		}
	}
	out[len] = 0;
	*tofree = out;
	return out;
}
