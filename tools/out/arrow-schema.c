/*
 * The Arrow IPC schema message that Parquet writers store under the
 * "ARROW:schema" footer key (see arrow-schema.h).
 *
 * A FlatBuffer encoder for this one message, written by hand rather than
 * generated: the schema is tiny and flat (Message -> Schema -> Field[] ->
 * Int | Duration | Utf8), and a dependency on flatc for ~150 lines is not
 * worth it. The buffer is laid out front to back: every uoffset points
 * forward, so a table is written first with empty offset slots, and each
 * slot is patched when the object it refers to has been written after it.
 * Each vtable sits just before its table (a positive soffset). Tables are
 * 4-byte aligned and no field needs more.
 *
 * Field slots follow Schema.fbs / Message.fbs of the Arrow format (a union
 * takes two slots: its type tag, then the offset).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tools/lib/usage.h"
#include "tools/out/arrow-schema.h"
#include "tools/out/parquet.h"

enum {
	ARROW_METADATA_V5 = 4,
	ARROW_HEADER_SCHEMA = 1,
	ARROW_TYPE_INT = 2,
	ARROW_TYPE_UTF8 = 5,
	ARROW_TYPE_LIST = 12,
	ARROW_TYPE_DURATION = 18,
	ARROW_UNIT_NANOSECOND = 3,
};

struct fb {
	uint8_t *buf;
	size_t len, alloc;
};

enum fb_kind { FB_NONE, FB_U8, FB_I16, FB_I32, FB_OFF };

struct fb_field {
	enum fb_kind kind;
	uint32_t value;
	size_t *slot; /* FB_OFF: receives the position to patch */
};

static size_t fb_grow(struct fb *b, size_t n)
{
	size_t pos = b->len;
	ALLOC_GROW(b->buf, b->len + n, b->alloc);
	memset(b->buf + pos, 0, n);
	b->len += n;
	return pos;
}

static void fb_align(struct fb *b, size_t a)
{
	if (b->len % a)
		fb_grow(b, a - b->len % a);
}

static void fb_put16(struct fb *b, size_t pos, uint16_t v)
{
	b->buf[pos] = v;
	b->buf[pos + 1] = v >> 8;
}

static void fb_put32(struct fb *b, size_t pos, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		b->buf[pos + i] = v >> (8 * i);
}

/* Point the uoffset at slot to target (which must come after it). */
static void fb_patch(struct fb *b, size_t slot, size_t target)
{
	if (target <= slot)
		BUG("flatbuffer offset must point forward");
	fb_put32(b, slot, (uint32_t)(target - slot));
}

static size_t fb_kind_size(enum fb_kind k)
{
	switch (k) {
	case FB_U8:
		return 1;
	case FB_I16:
		return 2;
	case FB_I32:
	case FB_OFF:
		return 4;
	default:
		return 0;
	}
}

/*
 * Write a vtable and its table for fields[0..n-1] (vtable slot order).
 * Larger fields go first so each stays aligned. Returns the table position.
 */
static size_t fb_table(struct fb *b, struct fb_field *fields, int n)
{
	uint16_t off[16] = { 0 };
	size_t size = 4; /* the soffset to the vtable */
	size_t vt, tbl;

	if (n > 16)
		BUG("flatbuffer table too wide");
	for (size_t want = 4; want >= 1; want /= 2) {
		for (int i = 0; i < n; i++) {
			if (fb_kind_size(fields[i].kind) != want)
				continue;
			off[i] = (uint16_t)size;
			size += want;
		}
	}

	fb_align(b, 4);
	vt = fb_grow(b, 4 + 2 * (size_t)n);
	fb_put16(b, vt, (uint16_t)(4 + 2 * n));
	fb_put16(b, vt + 2, (uint16_t)size);
	for (int i = 0; i < n; i++)
		fb_put16(b, vt + 4 + 2 * i, off[i]);

	fb_align(b, 4);
	tbl = fb_grow(b, size);
	fb_put32(b, tbl, (uint32_t)(tbl - vt)); /* vtable = table - soffset */
	for (int i = 0; i < n; i++) {
		size_t p = tbl + off[i];
		switch (fields[i].kind) {
		case FB_U8:
			b->buf[p] = (uint8_t)fields[i].value;
			break;
		case FB_I16:
			fb_put16(b, p, (uint16_t)fields[i].value);
			break;
		case FB_I32:
			fb_put32(b, p, fields[i].value);
			break;
		case FB_OFF:
			*fields[i].slot = p;
			break;
		case FB_NONE:
			break;
		}
	}
	fb_align(b, 4);
	return tbl;
}

static size_t fb_string(struct fb *b, const char *s)
{
	size_t n = strlen(s), pos;

	fb_align(b, 4);
	pos = fb_grow(b, 4 + n + 1);
	fb_put32(b, pos, (uint32_t)n);
	memcpy(b->buf + pos + 4, s, n);
	return pos;
}

/* A vector of n offsets; their slots are pos + 4 + 4 * i. */
static size_t fb_offset_vector(struct fb *b, size_t n)
{
	size_t pos;

	fb_align(b, 4);
	pos = fb_grow(b, 4 + 4 * n);
	fb_put32(b, pos, (uint32_t)n);
	return pos;
}

static void arrow_field(struct fb *b, size_t slot, const struct pq_column *c)
{
	size_t name_slot, type_slot, children_slot, pos;
	uint32_t tag;
	struct fb_field type_fields[2];
	int ntype;

	switch (c->type) {
	case PQ_UINT32:
	case PQ_UINT64:
	case PQ_INT64:
		tag = ARROW_TYPE_INT;
		type_fields[0] = (struct fb_field){ FB_I32, c->type == PQ_UINT32 ? 32 : 64, NULL };
		type_fields[1] = (struct fb_field){ FB_U8, c->type == PQ_INT64, NULL };
		ntype = 2;
		break;
	case PQ_DURATION_NS:
		tag = ARROW_TYPE_DURATION;
		type_fields[0] = (struct fb_field){ FB_I16, ARROW_UNIT_NANOSECOND, NULL };
		ntype = 1;
		break;
	case PQ_STRING:
		tag = ARROW_TYPE_UTF8;
		ntype = 0;
		break;
	case PQ_LIST_UINT64:
		tag = ARROW_TYPE_LIST; /* List {}, its one child the element */
		ntype = 0;
		break;
	default:
		BUG("unknown column type %d", (int)c->type);
	}

	/* Field: name, nullable, type_type, type, dictionary, children */
	struct fb_field f[6] = {
		{ FB_OFF, 0, &name_slot },   { FB_U8, c->nullable, NULL }, { FB_U8, tag, NULL },
		{ FB_OFF, 0, &type_slot },   { FB_NONE, 0, NULL }, { FB_OFF, 0, &children_slot },
	};
	fb_patch(b, slot, fb_table(b, f, 6));
	fb_patch(b, name_slot, fb_string(b, c->name));
	fb_patch(b, type_slot, fb_table(b, type_fields, ntype));
	if (c->type == PQ_LIST_UINT64) {
		/* named as the Parquet element, so readers match the two schemas */
		const struct pq_column elem = { "element", PQ_UINT64, PQ_ENC_PLAIN, false };

		pos = fb_offset_vector(b, 1);
		fb_patch(b, children_slot, pos);
		arrow_field(b, pos + 4, &elem);
		return;
	}
	pos = fb_offset_vector(b, 0);
	fb_patch(b, children_slot, pos);
}

static size_t arrow_schema_message(struct fb *b, const struct pq_column *cols, size_t ncols)
{
	size_t root, header_slot, fields_slot, vec;

	root = fb_grow(b, 4);
	/* Message: version, header_type, header, bodyLength, custom_metadata */
	struct fb_field msg[3] = {
		{ FB_I16, ARROW_METADATA_V5, NULL },
		{ FB_U8, ARROW_HEADER_SCHEMA, NULL },
		{ FB_OFF, 0, &header_slot },
	};
	fb_patch(b, root, fb_table(b, msg, 3));
	/* Schema: endianness (Little, the default), fields */
	struct fb_field schema[2] = { { FB_NONE, 0, NULL }, { FB_OFF, 0, &fields_slot } };
	fb_patch(b, header_slot, fb_table(b, schema, 2));
	vec = fb_offset_vector(b, ncols);
	fb_patch(b, fields_slot, vec);
	for (size_t i = 0; i < ncols; i++)
		arrow_field(b, vec + 4 + 4 * i, &cols[i]);
	fb_align(b, 8);
	return b->len;
}

char *base64_encode(const void *p, size_t n)
{
	static const char tab[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const uint8_t *s = p;
	char *out = xmalloc((n + 2) / 3 * 4 + 1), *o = out;
	size_t i;

	for (i = 0; i + 3 <= n; i += 3) {
		uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
		*o++ = tab[v >> 18];
		*o++ = tab[(v >> 12) & 63];
		*o++ = tab[(v >> 6) & 63];
		*o++ = tab[v & 63];
	}
	if (i < n) {
		uint32_t v = (uint32_t)s[i] << 16 | (i + 1 < n ? (uint32_t)s[i + 1] << 8 : 0);
		*o++ = tab[v >> 18];
		*o++ = tab[(v >> 12) & 63];
		*o++ = i + 1 < n ? tab[(v >> 6) & 63] : '=';
		*o++ = '=';
	}
	*o = '\0';
	return out;
}

char *arrow_schema_base64(const struct pq_column *cols, size_t ncols)
{
	struct fb b = { NULL, 0, 0 };
	size_t len;
	char *text;

	/* The IPC encapsulation: continuation marker, then the length. */
	fb_grow(&b, 8);
	len = arrow_schema_message(&b, cols, ncols);
	fb_put32(&b, 0, 0xffffffffu);
	fb_put32(&b, 4, (uint32_t)(len - 8));
	text = base64_encode(b.buf, len);
	free(b.buf);
	return text;
}
