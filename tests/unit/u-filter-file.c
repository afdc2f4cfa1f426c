/*
 * The filter file parser (common/filter-file.c) against hand-written
 * files: what it reports per line, and the errors, with line numbers.
 */
#include <stdlib.h>

#include "common/filter-file.h"
#include "tests/unit/tap.h"

struct seen {
	int modules, funcs;
	size_t idn;
	uint8_t id0;
	char path[256];
	uint64_t last_vaddr;
	unsigned last_flags;
	int nvalues;
	struct ffile_values last_values;
};

static int on_values(void *ctx, const struct ffile_values *v)
{
	struct seen *s = ctx;
	s->nvalues++;
	s->last_values = *v;
	return 0;
}

static int on_module(void *ctx, const uint8_t *id, size_t idn, const char *path, size_t len)
{
	struct seen *s = ctx;
	s->modules++;
	s->idn = idn;
	s->id0 = idn ? id[0] : 0;
	snprintf(s->path, sizeof(s->path), "%.*s", (int)len, path);
	return 0;
}

static int on_func(void *ctx, uint64_t vaddr, unsigned flags)
{
	struct seen *s = ctx;
	s->funcs++;
	s->last_vaddr = vaddr;
	s->last_flags = flags;
	return 0;
}

static int parse(const char *text, struct seen *s, struct ffile_settings *set,
		 struct ffile_error *err)
{
	struct ffile_ops ops = { s, on_module, on_func, on_values };
	memset(s, 0, sizeof(*s));
	memset(set, 0, sizeof(*set));
	err->line = 0;
	err->msg = NULL;
	return ffile_parse(text, strlen(text), set, &ops, err);
}

static void expect_error(const char *text, unsigned line, const char *what)
{
	struct seen s;
	struct ffile_settings set;
	struct ffile_error err;
	int rc = parse(text, &s, &set, &err);

	TEST_EQ(rc, -1, what);
	TEST_EQ(err.line, line, "  ... on the right line");
}

int main(void)
{
	struct seen s;
	struct ffile_settings set;
	struct ffile_error err;
	int rc;

	rc = parse("sftrace-filter 1\n"
		   "# comment\n"
		   "\n"
		   "max-depth 7\r\n"
		   "min-duration 2500\n"
		   "module 0aff10 /tmp/dir with space/libx.so  \n"
		   "0x1130 i foo(int)\n"
		   "  0x11F0\tsx name with spaces\n"
		   "module - ./relative\n"
		   "0xdeadbeefcafe s",
		   &s, &set, &err);
	TEST_EQ(rc, 0, "a complete file parses");
	TEST_EQ(set.max_depth, 7, "max-depth (CRLF line)");
	TEST_EQ(set.min_duration_ns, 2500, "min-duration");
	TEST_EQ(s.modules, 2, "two modules");
	TEST_EQ(s.funcs, 3, "three functions");
	TEST_EQ(s.idn, 0, "'-' is an empty build-id");
	TEST_STREQ(s.path, "./relative", "the last module's path");
	TEST_EQ(s.last_vaddr, 0xdeadbeefcafeull, "a function line without a name or newline");
	TEST_EQ(s.last_flags, FFILE_SUBTREE, "flag s");

	rc = parse("sftrace-filter 1\nmodule 0aff10 /tmp/dir with space/libx.so  \n0x10 sx\n", &s,
		   &set, &err);
	TEST_EQ(rc, 0, "paths keep inner spaces");
	TEST_STREQ(s.path, "/tmp/dir with space/libx.so", "  ... and lose trailing blanks");
	TEST_EQ(s.idn, 3, "build-id bytes");
	TEST_EQ(s.id0, 0x0a, "build-id decoded from hex");
	TEST_EQ(s.last_flags, FFILE_SUBTREE | FFILE_EXCLUDE, "flags combine");

	expect_error("", 0, "an empty file is refused");
	expect_error("sftrace-filter 3\n", 1, "another version is refused");

	/* version 2: marks, values lines, string-size */
	rc = parse("sftrace-filter 2\n"
		   "string-size 128\n"
		   "module ab /x\n"
		   "0x10 iar f\n"
		   "values 0x10 args=rdi,rsi,xmm1 ret=rax,xmm0 str=rdi slice=rsi:rdx\n",
		   &s, &set, &err);
	TEST_EQ(rc, 0, "a version 2 file parses");
	TEST_EQ(set.string_size, 128, "string-size");
	TEST_EQ(s.last_flags, FFILE_INCLUDE | FFILE_ARGS | FFILE_RETVAL, "flags a and r");
	TEST_EQ(s.nvalues, 1, "one values line");
	TEST_EQ(s.last_values.vaddr, 0x10, "  ... of the function at 0x10");
	TEST_EQ(s.last_values.args_mask, 0x203u, "  ... args rdi, rsi, xmm1 (bits 0, 1, 9)");
	TEST_EQ(s.last_values.ret_mask, 0x101u, "  ... ret rax, xmm0 (bits 0, 8)");
	TEST_EQ(s.last_values.nstr, 2, "  ... two strings");
	TEST_EQ(s.last_values.str[0].reg, 0, "  ... a C string in rdi");
	TEST_EQ(s.last_values.str[0].len_reg, FFILE_STR_CSTR, "  ... NUL-terminated");
	TEST_EQ(s.last_values.str[1].reg, 1, "  ... a slice at rsi");
	TEST_EQ(s.last_values.str[1].len_reg, 2, "  ... of length rdx");
	rc = parse("sftrace-filter 2\nmodule ab /x\nvalues 0x10 args=- ret=x0,v1\n", &s, &set,
		   &err);
	TEST_EQ(rc, 0, "'-' and aarch64 names");
	TEST_EQ(s.last_values.has_args && !s.last_values.args_mask, 1, "  ... args=- is no register");
	TEST_EQ(s.last_values.ret_mask, 0x201u, "  ... ret x0, v1");
	rc = parse("sftrace-filter 1\nmodule ab /x\n0x10 i f\n", &s, &set, &err);
	TEST_EQ(rc, 0, "version 1 still parses");
	TEST_EQ(set.string_size, 0, "  ... with no string size (the default)");
	expect_error("sftrace-filter 2\nmodule ab /x\nvalues 0x10 args=rzz\n", 3, "a bad register");
	expect_error("sftrace-filter 2\nmodule ab /x\nvalues 0x10 ret=rsi\n", 3,
		     "an argument register as a return register");
	expect_error("sftrace-filter 2\nmodule ab /x\nvalues 0x10 str=xmm0\n", 3,
		     "a vector register as a string pointer");
	expect_error("sftrace-filter 2\nmodule ab /x\nvalues 0x10 slice=rdi\n", 3,
		     "a slice without its length register");
	expect_error("sftrace-filter 2\nmodule ab /x\nvalues 0x10 what\n", 3, "a field without =");
	expect_error("sftrace-filter 2\nvalues 0x10 args=rdi\n", 2, "values before any module");
	expect_error("sftrace-filter 2\nstring-size 0\n", 2, "string-size 0");
	expect_error("sftrace-filter 2\nstring-size 4097\n", 2, "string-size above 4096");
	expect_error("sftrace-filter 2\nmodule ab /x\nvalues 0x10 str=rdi str=rdi str=rdi "
		     "str=rdi str=rdi str=rdi str=rdi str=rdi str=rdi\n",
		     3, "more than 8 strings");
	expect_error("sftrace-filter 1 2\n", 1, "a first line with more after the version is refused");
	expect_error("sftrace-filter\n", 1, "a first line without a version is refused");
	expect_error("something else\n", 1, "another format is refused");
	expect_error("sftrace-filter 1\n0x10 i\n", 2, "a function before any module");
	expect_error("sftrace-filter 1\nmodule ab /x\n0x10 q\n", 3, "unknown flag letters");
	expect_error("sftrace-filter 1\nmodule ab /x\n0x10\n", 3, "missing flags");
	expect_error("sftrace-filter 1\nmodule abc /x\n", 2, "odd-length build-id");
	expect_error("sftrace-filter 1\nmodule zz /x\n", 2, "non-hex build-id");
	expect_error("sftrace-filter 1\nmodule ab\n", 2, "module without a path");
	expect_error("sftrace-filter 1\nmax-depth -1\n", 2, "negative max-depth");
	expect_error("sftrace-filter 1\nmax-depth 99999999999999999999999\n", 2, "overflowing number");
	expect_error("sftrace-filter 1\nmin-duration 5 extra\n", 2, "trailing text after a value");
	expect_error("sftrace-filter 1\nmodule ab /x\n0x12345678901234567 i\n", 3,
		     "an address wider than 64 bits");
	expect_error("sftrace-filter 1\nfrobnicate\n", 2, "unknown keyword");
	return tap_done();
}
