/*
 * Async-signal-safe formatting: a printf subset that touches nothing but
 * the caller's buffer, and a write loop. See common/sigsafe.h.
 */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "common/sigsafe.h"

struct out {
	char *buf;
	size_t n, len;
};

static void out_c(struct out *o, char c)
{
	if (o->len + 1 < o->n)
		o->buf[o->len] = c;
	o->len++;
}

static void out_num(struct out *o, uint64_t v, unsigned base, int neg, unsigned width, char pad)
{
	char tmp[24];
	unsigned i = 0;

	do {
		unsigned d = (unsigned)(v % base);
		tmp[i++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
		v /= base;
	} while (v);
	if (neg)
		tmp[i++] = '-';
	while (width > i) {
		out_c(o, pad);
		width--;
	}
	while (i)
		out_c(o, tmp[--i]);
}

size_t sigsafe_vformat(char *buf, size_t n, const char *fmt, va_list ap)
{
	struct out o = { buf, n, 0 };

	for (const char *f = fmt; *f; f++) {
		unsigned width = 0, lng = 0;
		char pad = ' ';

		if (*f != '%') {
			out_c(&o, *f);
			continue;
		}
		f++;
		if (*f == '0')
			pad = '0';
		while (*f >= '0' && *f <= '9')
			width = width * 10 + (unsigned)(*f++ - '0');
		while (*f == 'l' || *f == 'z') {
			lng++;
			f++;
		}
		switch (*f) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			while (*s)
				out_c(&o, *s++);
			break;
		}
		case 'c':
			out_c(&o, (char)va_arg(ap, int));
			break;
		case 'd':
		case 'i': {
			int64_t v = lng ? va_arg(ap, int64_t) : va_arg(ap, int);
			out_num(&o, v < 0 ? -(uint64_t)v : (uint64_t)v, 10, v < 0, width, pad);
			break;
		}
		case 'u':
		case 'x': {
			uint64_t v = lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned);
			out_num(&o, v, *f == 'x' ? 16 : 10, 0, width, pad);
			break;
		}
		case 'p':
			out_c(&o, '0');
			out_c(&o, 'x');
			out_num(&o, (uintptr_t)va_arg(ap, void *), 16, 0, 0, ' ');
			break;
		case '%':
			out_c(&o, '%');
			break;
		case '\0':
			f--;
			break;
		default:
			out_c(&o, '%');
			out_c(&o, *f);
			break;
		}
	}
	if (n)
		buf[o.len < n ? o.len : n - 1] = '\0';
	return o.len < n ? o.len : (n ? n - 1 : 0);
}

size_t sigsafe_format(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	size_t len;

	va_start(ap, fmt);
	len = sigsafe_vformat(buf, n, fmt, ap);
	va_end(ap);
	return len;
}

int sigsafe_write_full(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	int saved = errno, ret = 0;

	while (len) {
		ssize_t w = write(fd, p, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			ret = -errno;
			break;
		}
		if (w == 0) {
			ret = -EIO;
			break;
		}
		p += w;
		len -= (size_t)w;
	}
	errno = saved;
	return ret;
}

void sigsafe_dprintf(int fd, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	size_t len;

	va_start(ap, fmt);
	len = sigsafe_vformat(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	sigsafe_write_full(fd, buf, len);
}
