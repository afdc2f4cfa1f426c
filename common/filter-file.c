/*
 * Filter file parser (format in docs/filter.md). One pass over the
 * buffer, line by line, no allocation and no libc beyond memcmp: it runs
 * in the runtime at setup and inside dlopen, and in the CLI.
 */
#include <string.h>

#include "common/filter-file.h"

struct cursor {
	const char *p, *end; /* the current line, without its newline */
};

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static void skip_space(struct cursor *c)
{
	while (c->p < c->end && is_space(*c->p))
		c->p++;
}

/* The next space-delimited word; returns its length (0 at the end). */
static size_t next_word(struct cursor *c, const char **w)
{
	skip_space(c);
	*w = c->p;
	while (c->p < c->end && !is_space(*c->p))
		c->p++;
	return (size_t)(c->p - *w);
}

static int word_is(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && !memcmp(w, s, n);
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int parse_u64(const char *w, size_t n, int hex, uint64_t *out)
{
	uint64_t v = 0;
	unsigned base = hex ? 16 : 10;

	if (hex) {
		if (n < 3 || w[0] != '0' || (w[1] != 'x' && w[1] != 'X'))
			return -1;
		w += 2;
		n -= 2;
	}
	if (!n || n > (hex ? 16u : 20u))
		return -1;
	for (size_t i = 0; i < n; i++) {
		int d = hex_digit(w[i]);
		if (d < 0 || (unsigned)d >= base)
			return -1;
		if (!hex && v > (UINT64_MAX - (uint64_t)d) / 10)
			return -1;
		v = v * base + (uint64_t)d;
	}
	*out = v;
	return 0;
}

static int parse_flags(const char *w, size_t n, unsigned *out)
{
	unsigned f = 0;

	if (!n)
		return -1;
	for (size_t i = 0; i < n; i++) {
		switch (w[i]) {
		case 'i': f |= FFILE_INCLUDE; break;
		case 's': f |= FFILE_SUBTREE; break;
		case 'x': f |= FFILE_EXCLUDE; break;
		case 'a': f |= FFILE_ARGS; break;
		case 'r': f |= FFILE_RETVAL; break;
		default: return -1;
		}
	}
	*out = f;
	return 0;
}

static const char *const arg_names[2][16] = {
	{ "rdi", "rsi", "rdx", "rcx", "r8", "r9", NULL, NULL, "xmm0", "xmm1", "xmm2", "xmm3", "xmm4",
	  "xmm5", "xmm6", "xmm7" },
	{ "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "v0", "v1", "v2", "v3", "v4", "v5", "v6",
	  "v7" },
};
static const char *const ret_names[2][16] = {
	{ "rax", "rdx", NULL, NULL, NULL, NULL, NULL, NULL, "xmm0", "xmm1" },
	{ "x0", "x1", NULL, NULL, NULL, NULL, NULL, NULL, "v0", "v1" },
};

const char *ffile_reg_name(int a64, int ret, unsigned bit)
{
	return bit < 16 ? (ret ? ret_names : arg_names)[a64 != 0][bit] : NULL;
}

/* The register bit named w[0..n) (either architecture's names), or -1. */
static int reg_bit(const char *w, size_t n, int ret)
{
	for (int a = 0; a < 2; a++)
		for (int b = 0; b < 16; b++) {
			const char *name = (ret ? ret_names : arg_names)[a][b];
			if (name && word_is(w, n, name))
				return b;
		}
	return -1;
}

/* A comma-separated list of register names: their mask, or -1. */
static int64_t reg_list(const char *w, size_t n, int ret)
{
	int64_t mask = 0;
	size_t i = 0;

	if (n == 1 && w[0] == '-')
		return 0;
	while (i < n) {
		size_t j = i;
		int b;

		while (j < n && w[j] != ',')
			j++;
		if ((b = reg_bit(w + i, j - i, ret)) < 0)
			return -1;
		mask |= (int64_t)1 << b;
		i = j + 1;
	}
	return mask;
}

/* The words after "values 0xADDR" into v. Returns NULL or an error. */
static const char *parse_values(struct cursor *c, struct ffile_values *v)
{
	const char *w;
	size_t n;

	while ((n = next_word(c, &w))) {
		const char *eq = memchr(w, '=', n);
		size_t kn = eq ? (size_t)(eq - w) : n, vn = eq ? n - kn - 1 : 0;
		const char *val = eq ? eq + 1 : NULL;
		int64_t m;

		if (!eq)
			return "bad values field (expected args=, ret=, str= or slice=)";
		if (word_is(w, kn, "args") || word_is(w, kn, "ret")) {
			int ret = word_is(w, kn, "ret");
			if ((m = reg_list(val, vn, ret)) < 0)
				return ret ? "bad register in ret=" : "bad register in args=";
			if (ret) {
				v->ret_mask = (uint32_t)m;
				v->has_ret = 1;
			} else {
				v->args_mask = (uint32_t)m;
				v->has_args = 1;
			}
		} else if (word_is(w, kn, "str") || word_is(w, kn, "slice")) {
			const char *colon = memchr(val, ':', vn);
			int p, l = FFILE_STR_CSTR;

			if (v->nstr == FFILE_MAX_STRINGS)
				return "too many strings (at most 8)";
			if (word_is(w, kn, "str")) {
				p = colon ? -1 : reg_bit(val, vn, 0);
			} else {
				p = colon ? reg_bit(val, (size_t)(colon - val), 0) : -1;
				l = colon ? reg_bit(colon + 1, vn - (size_t)(colon - val) - 1, 0) : -1;
			}
			if (p < 0 || p >= 8 || l < 0 || (l != (int)FFILE_STR_CSTR && l >= 8))
				return "bad string register (str=REG or slice=PTR:LEN, general registers)";
			v->str[v->nstr].reg = (uint8_t)p;
			v->str[v->nstr].len_reg = (uint8_t)l;
			v->nstr++;
		} else {
			return "bad values field (expected args=, ret=, str= or slice=)";
		}
	}
	return NULL;
}

static int fail(struct ffile_error *err, unsigned line, const char *msg)
{
	err->line = line;
	err->msg = msg;
	return -1;
}

int ffile_parse(const char *buf, size_t len, struct ffile_settings *set,
		const struct ffile_ops *ops, struct ffile_error *err)
{
	const char *p = buf, *end = buf + len;
	unsigned line = 0;
	int have_module = 0, rc;

	while (p < end) {
		struct cursor c;
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *w;
		size_t n;

		c.p = p;
		c.end = nl ? nl : end;
		p = nl ? nl + 1 : end;
		line++;

		n = next_word(&c, &w);
		if (line == 1) {
			uint64_t version;
			const char *v;
			size_t vn;

			if (!word_is(w, n, FFILE_MAGIC))
				return fail(err, line, "not an sftrace filter file");
			vn = next_word(&c, &v);
			if (parse_u64(v, vn, 0, &version))
				return fail(err, line, "bad version number");
			if (version < FFILE_VERSION_MIN || version > FFILE_VERSION)
				return fail(err, line,
					    "unsupported version (this sftrace reads versions 1 and 2)");
			if (next_word(&c, &v))
				return fail(err, line, "trailing text after the version");
			continue;
		}
		if (!n || *w == '#')
			continue;

		if (word_is(w, n, "module")) {
			uint8_t id[FFILE_MAX_BUILD_ID];
			size_t idn = 0;
			const char *path;

			n = next_word(&c, &w);
			if (!word_is(w, n, "-")) {
				if (!n || n % 2 || n / 2 > sizeof(id))
					return fail(err, line, "bad build-id");
				for (size_t i = 0; i < n; i += 2) {
					int hi = hex_digit(w[i]), lo = hex_digit(w[i + 1]);
					if (hi < 0 || lo < 0)
						return fail(err, line, "bad build-id");
					id[idn++] = (uint8_t)(hi << 4 | lo);
				}
			}
			skip_space(&c);
			path = c.p;
			while (c.end > path && is_space(c.end[-1]))
				c.end--;
			if (c.end == path)
				return fail(err, line, "module without a path");
			if (ops->module &&
			    (rc = ops->module(ops->ctx, id, idn, path, (size_t)(c.end - path))))
				return rc;
			have_module = 1;
		} else if (word_is(w, n, "values")) {
			struct ffile_values v;
			const char *msg, *a;
			size_t an = next_word(&c, &a);

			memset(&v, 0, sizeof(v));
			if (parse_u64(a, an, 1, &v.vaddr))
				return fail(err, line, "bad function address");
			if (!have_module)
				return fail(err, line, "values line before any module line");
			if ((msg = parse_values(&c, &v)))
				return fail(err, line, msg);
			if (ops->values && (rc = ops->values(ops->ctx, &v)))
				return rc;
		} else if (word_is(w, n, "string-size")) {
			uint64_t v;
			const char *a;
			size_t an = next_word(&c, &a);

			if (parse_u64(a, an, 0, &v) || !v || v > FFILE_MAX_STRING_SIZE)
				return fail(err, line, "bad string-size (1 to 4096)");
			if (next_word(&c, &a))
				return fail(err, line, "trailing text after the value");
			set->string_size = v;
		} else if (word_is(w, n, "max-depth") || word_is(w, n, "min-duration")) {
			int depth = word_is(w, n, "max-depth");
			uint64_t v;
			const char *a;
			size_t an = next_word(&c, &a);

			if (parse_u64(a, an, 0, &v))
				return fail(err, line, depth ? "bad max-depth" : "bad min-duration");
			if (next_word(&c, &a))
				return fail(err, line, "trailing text after the value");
			if (depth)
				set->max_depth = v;
			else
				set->min_duration_ns = v;
		} else if (n > 2 && w[0] == '0' && w[1] == 'x') {
			uint64_t addr;
			unsigned flags;
			const char *f;
			size_t fn;

			if (parse_u64(w, n, 1, &addr))
				return fail(err, line, "bad function address");
			fn = next_word(&c, &f);
			if (parse_flags(f, fn, &flags))
				return fail(err, line,
					    "bad function flags (expected letters i, s, x, a, r)");
			if (!have_module)
				return fail(err, line, "function line before any module line");
			/* The rest of the line is the function's name, for people. */
			if (ops->func && (rc = ops->func(ops->ctx, addr, flags)))
				return rc;
		} else {
			return fail(err, line, "unknown keyword");
		}
	}
	if (line == 0)
		return fail(err, 0, "empty file");
	return 0;
}
