/*
 * Chrome Trace Event Format writer (chrome-json.h).
 *
 * Hot path: one begin or end event is assembled with memcpy and a hand
 * written integer formatter straight into the sink (no printf per event);
 * the per-function part (name, source location) is escaped once by the
 * caller and reused.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/lib/usage.h"
#include "tools/out/chrome-json.h"
#include "tools/out/utf8.h"

void cj_begin(struct cj_writer *w, struct sink *out)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	static const char head[] = "{\"traceEvents\":[\n";
	sink_write(out, head, sizeof(head) - 1);
}

void cj_end(struct cj_writer *w)
{
	static const char tail[] = "\n],\"displayTimeUnit\":\"ns\"}\n";
	sink_write(w->out, tail, sizeof(tail) - 1);
}

char *cj_escape(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t cap = strlen(str) * 6 + 1, len = 0;
	char *out = xmalloc(cap);

	while (*s) {
		unsigned c = *s;
		size_t n;

		if (c == '"' || c == '\\') {
			out[len++] = '\\';
			out[len++] = (char)c;
			s++;
		} else if (c < 0x20) {
			len += (size_t)snprintf(out + len, cap - len, "\\u%04x", c);
			s++;
		} else if ((n = utf8_len(s)) != 0) {
			memcpy(out + len, s, n);
			len += n;
			s += n;
		} else {
			memcpy(out + len, "\\ufffd", 6);
			len += 6;
			s++;
		}
	}
	out[len] = 0;
	return out;
}

static const char digit_pairs[201] = "00010203040506070809101112131415161718192021222324"
				       "25262728293031323334353637383940414243444546474849"
				       "50515253545556575859606162636465666768697071727374"
				       "75767778798081828384858687888990919293949596979899";

/* v in decimal, two digits per division (timestamps have a dozen). */
static char *put_u64(char *p, uint64_t v)
{
	char tmp[20], *t = tmp + sizeof(tmp);
	size_t n;

	while (v >= 100) {
		t -= 2;
		memcpy(t, digit_pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10) {
		t -= 2;
		memcpy(t, digit_pairs + 2 * v, 2);
	} else {
		*--t = (char)('0' + v);
	}
	n = (size_t)(tmp + sizeof(tmp) - t);
	memcpy(p, t, n);
	return p + n;
}

/* Microseconds with three decimals: 1234567 ns -> "1234.567". */
static char *put_us(char *p, uint64_t ns)
{
	unsigned frac = (unsigned)(ns % 1000);

	p = put_u64(p, ns / 1000);
	*p++ = '.';
	*p++ = (char)('0' + frac / 100);
	memcpy(p, digit_pairs + 2 * (frac % 100), 2);
	return p + 2;
}

size_t cj_thread_key(char *buf, uint32_t pid, uint32_t tid)
{
	char *p = buf;

	memcpy(p, "\"pid\":", 6);
	p = put_u64(p + 6, pid);
	memcpy(p, ",\"tid\":", 7);
	p = put_u64(p + 7, tid);
	*p = 0;
	return (size_t)(p - buf);
}

static void cj_metadata(struct cj_writer *w, uint32_t pid, uint32_t tid, const char *what,
			const char *name)
{
	char *esc = cj_escape(name);
	char key[40];

	cj_thread_key(key, pid, tid);
	if (w->any)
		sink_write(w->out, ",\n", 2);
	w->any = true;
	sink_write(w->out, "{\"ph\":\"M\",", 10);
	sink_write(w->out, key, strlen(key));
	sink_write(w->out, ",\"name\":\"", 9);
	sink_write(w->out, what, strlen(what));
	sink_write(w->out, "\",\"args\":{\"name\":\"", 18);
	sink_write(w->out, esc, strlen(esc));
	sink_write(w->out, "\"}}", 3);
	free(esc);
}

void cj_process_name(struct cj_writer *w, uint32_t pid, const char *name)
{
	cj_metadata(w, pid, 0, "process_name", name);
}

void cj_thread_name(struct cj_writer *w, uint32_t pid, uint32_t tid, const char *name)
{
	cj_metadata(w, pid, tid, "thread_name", name);
}

/* One B or E event: the phase, the time, the thread key and more members. */
static void cj_event(struct cj_writer *w, char ph, uint64_t ns, const char *key, size_t keylen,
		     const char *fields, size_t fieldslen)
{
	char head[64], *p0, *p;

	if (keylen + fieldslen > SINK_MAX_RESERVE - 64) {
		/* a pathological name: no fast path */
		p = head;
		if (w->any)
			*p++ = ',', *p++ = '\n';
		memcpy(p, "{\"ph\":\"B\",\"ts\":", 15);
		p[7] = ph;
		p = put_us(p + 15, ns);
		*p++ = ',';
		sink_write(w->out, head, (size_t)(p - head));
		sink_write(w->out, key, keylen);
		sink_write(w->out, fields, fieldslen);
		sink_write(w->out, "}", 1);
	} else {
		p0 = p = (char *)sink_reserve(w->out, keylen + fieldslen + 64);
		if (w->any)
			*p++ = ',', *p++ = '\n';
		memcpy(p, "{\"ph\":\"B\",\"ts\":", 15);
		p[7] = ph;
		p = put_us(p + 15, ns);
		*p++ = ',';
		memcpy(p, key, keylen);
		p += keylen;
		memcpy(p, fields, fieldslen);
		p += fieldslen;
		*p++ = '}';
		w->out->len += (size_t)(p - p0);
	}
	w->any = true;
	w->events++;
}

void cj_slice_begin(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen,
		    const char *fields, size_t fieldslen)
{
	cj_event(w, 'B', ns, key, keylen, fields, fieldslen);
}

void cj_slice_end(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen)
{
	cj_event(w, 'E', ns, key, keylen, "", 0);
}

void cj_slice_end_fields(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen,
			 const char *fields, size_t fieldslen)
{
	cj_event(w, 'E', ns, key, keylen, fields, fieldslen);
}

void cj_flow(struct cj_writer *w, uint64_t ns, const char *key, size_t keylen, bool start,
	     uint64_t id)
{
	char fields[96];
	int n = snprintf(fields, sizeof(fields), ",\"cat\":\"flow\",\"name\":\"flow\",\"id\":%" PRIu64 "%s",
			 id, start ? "" : ",\"bp\":\"e\"");

	cj_event(w, start ? 's' : 'f', ns, key, keylen, fields, (size_t)n);
}
