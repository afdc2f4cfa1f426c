/*
 * `record -f FILE`: refuse a filter file before the program starts when a
 * module it names was rebuilt since (its build-id changed). Modules that
 * do not exist here are left to the runtime, which matches by build-id
 * whatever the program actually loads.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tools/filter/filter.h"
#include "tools/lib/usage.h"

struct check_ctx {
	const char *file;
	int has_subtree;
	char **seen; /* "BUILDID" or "-PATH" of each module line */
	size_t nseen, alloc;
};

static int check_module(void *vctx, const uint8_t *id, size_t idn, const char *path,
			size_t path_len)
{
	struct check_ctx *c = vctx;
	char *p = xstrndup(path, path_len), *key;
	uint8_t cur[FFILE_MAX_BUILD_ID];
	int n, ret = 0;

	/* A module may appear once (docs/filter.md). */
	key = idn ? xstrdup("") : xasprintf("-%s", p);
	for (size_t i = 0; i < idn; i++) {
		char *k = xasprintf("%s%02x", key, id[i]);
		free(key);
		key = k;
	}
	for (size_t i = 0; i < c->nseen; i++) {
		if (!strcmp(c->seen[i], key)) {
			error("filter '%s' lists the module '%s' twice", c->file, p);
			free(key);
			free(p);
			return -1;
		}
	}
	ALLOC_GROW(c->seen, c->nseen + 1, c->alloc);
	c->seen[c->nseen++] = key;

	n = elf_file_build_id(p, cur, sizeof(cur));
	if (n >= 0 && idn && ((size_t)n != idn || memcmp(cur, id, idn))) {
		error("filter '%s' was made for a different build of '%s' (run sftrace filter again)",
		      c->file, p);
		ret = -1;
	}
	free(p);
	return ret;
}

static int check_func(void *vctx, uint64_t vaddr, unsigned flags)
{
	struct check_ctx *c = vctx;

	if (flags & FFILE_SUBTREE)
		c->has_subtree = 1;
	return 0;
}

int filter_file_check(const char *path, int *has_subtree)
{
	struct check_ctx c = { path, 0, NULL, 0, 0 };
	struct ffile_ops ops = { &c, check_module, check_func };
	struct ffile_settings set = { 0, 0 };
	struct ffile_error err = { 0, NULL };
	struct stat st;
	FILE *f;
	char *buf = NULL;
	size_t len = 0, alloc = 0, n;
	int rc;

	if (stat(path, &st))
		return error_errno("cannot open filter '%s'", path);
	/* The runtime reads the file again in the program: a pipe cannot do. */
	if (S_ISDIR(st.st_mode))
		return error("filter '%s' is a directory", path);
	if (!S_ISREG(st.st_mode))
		return error("filter '%s' is not a regular file (write it with sftrace filter -o FILE)",
			     path);
	f = fopen(path, "r");
	if (!f)
		return error_errno("cannot open filter '%s'", path);
	do {
		ALLOC_GROW(buf, len + 65536, alloc);
		n = fread(buf + len, 1, alloc - len, f);
		len += n;
	} while (n);
	if (ferror(f)) {
		fclose(f);
		free(buf);
		return error_errno("cannot read filter '%s'", path);
	}
	fclose(f);
	rc = ffile_parse(buf, len, &set, &ops, &err);
	free(buf);
	for (size_t i = 0; i < c.nseen; i++)
		free(c.seen[i]);
	free(c.seen);
	if (rc == -1 && err.msg) {
		if (err.line)
			return error("filter '%s' line %u: %s", path, err.line, err.msg);
		return error("filter '%s': %s", path, err.msg);
	}
	if (rc)
		return -1;
	if (has_subtree)
		*has_subtree = c.has_subtree;
	return 0;
}
