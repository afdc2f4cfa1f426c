/*
 * The Rust sftrace's filter configuration (rust-config.h), parsed by
 * toml++ (Debian libtomlplusplus, the TOML parser packaged for C and C++;
 * there is none for plain C). This file is the only C++ in the tools: it
 * turns the document into plain C strings and reports what it does not
 * know, and the rest of sftrace stays C.
 */
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <glob.h>
#include <libelf.h>
#include <unistd.h>

#include <toml++/toml.h>

#include "tools/rust-config.h"

extern "C" {
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
}

static char *dup_str(const std::string &s)
{
	return xstrndup(s.data(), s.size());
}

static int line_of(const toml::node &n)
{
	return (int)n.source().begin.line;
}

/* A string value of [object], or an error for another type. */
static int get_string(const char *path, const toml::node &n, const char *key, char **out)
{
	const toml::value<std::string> *v = n.as_string();

	if (!v)
		return error("%s:%d: [object] %s must be a string", path, line_of(n), key);
	free(*out);
	*out = dup_str(v->get());
	return 0;
}

extern "C" int rust_config_read(const char *path, struct rust_config *c)
{
	toml::table doc;

	memset(c, 0, sizeof(*c));
	try {
		doc = toml::parse_file(path);
	} catch (const toml::parse_error &e) {
		const toml::source_position &p = e.source().begin;

		if (!p.line) /* toml++ reports a file it cannot read with no position */
			return error("cannot read '%s': %s", path,
				     errno ? strerror(errno) : std::string(e.description()).c_str());
		return error("%s:%u:%u: not valid TOML: %s", path, (unsigned)p.line,
			     (unsigned)p.column, std::string(e.description()).c_str());
	} catch (const std::exception &e) {
		return error("cannot read '%s': %s", path, e.what());
	}
	for (auto &&[k, v] : doc) {
		std::string key(k.str());

		if (key != "object") {
			warning("%s:%d: unknown key '%s' (the file's keys are [object] path, rlibs "
				"and record_args)",
				path, line_of(v), key.c_str());
			continue;
		}
		const toml::table *obj = v.as_table();

		if (!obj) {
			rust_config_release(c);
			return error("%s:%d: 'object' must be a table ([object])", path, line_of(v));
		}
		for (auto &&[ok, ov] : *obj) {
			std::string okey(ok.str());
			int r = 0;

			if (okey == "path") {
				r = get_string(path, ov, "path", &c->object_path);
			} else if (okey == "rlibs") {
				r = get_string(path, ov, "rlibs", &c->rlibs);
			} else if (okey == "record_args") {
				const toml::array *a = ov.as_array();

				if (!a) {
					r = error("%s:%d: [object] record_args must be an array of strings",
						  path, line_of(ov));
				} else {
					for (const toml::node &e : *a) {
						const toml::value<std::string> *s = e.as_string();

						if (!s) {
							r = error("%s:%d: [object] record_args must hold strings "
								  "(symbol names)",
								  path, line_of(e));
							break;
						}
						c->record_args = (char **)xrealloc(
							c->record_args,
							(c->nrecord_args + 1) * sizeof(*c->record_args));
						c->record_args[c->nrecord_args++] = dup_str(s->get());
					}
				}
			} else {
				warning("%s:%d: unknown key '%s' in [object] (known: path, rlibs, "
					"record_args)",
					path, line_of(ov), okey.c_str());
			}
			if (r) {
				rust_config_release(c);
				return -1;
			}
		}
	}
	return 0;
}

extern "C" void rust_config_release(struct rust_config *c)
{
	free(c->object_path);
	free(c->rlibs);
	for (unsigned i = 0; i < c->nrecord_args; i++)
		free(c->record_args[i]);
	free(c->record_args);
	for (unsigned i = 0; i < c->nowned; i++)
		free(c->owned[i]);
	free(c->owned);
	memset(c, 0, sizeof(*c));
}

/* The archive symbol index of one .rlib (an ar archive). */
static int rlib_symbols(const char *path, char ***names, unsigned *n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	Elf *elf;
	Elf_Arsym *syms;
	size_t nsyms = 0;

	if (fd < 0)
		return error("cannot open '%s': %s", path, strerror(errno));
	elf = elf_begin(fd, ELF_C_READ_MMAP, nullptr);
	if (!elf || elf_kind(elf) != ELF_K_AR) {
		if (elf)
			elf_end(elf);
		close(fd);
		return error("'%s' is not an archive (an .rlib is an ar archive)", path);
	}
	syms = elf_getarsym(elf, &nsyms);
	for (size_t i = 0; syms && i < nsyms; i++) {
		if (!syms[i].as_name || !*syms[i].as_name)
			continue; /* the terminating entry */
		*names = (char **)xrealloc(*names, (*n + 1) * sizeof(**names));
		(*names)[(*n)++] = xstrdup(syms[i].as_name);
	}
	elf_end(elf);
	close(fd);
	return 0;
}

extern "C" int rust_config_rlib_symbols(const char *pattern, char ***names, unsigned *n)
{
	glob_t g;
	int read = 0, r;

	elf_version(EV_CURRENT);
	r = glob(pattern, 0, nullptr, &g);
	if (r == GLOB_NOMATCH)
		return error("rlibs: no file matches '%s'", pattern);
	if (r)
		return error("rlibs: cannot expand '%s'", pattern);
	for (size_t i = 0; i < g.gl_pathc; i++) {
		size_t len = strlen(g.gl_pathv[i]);

		if (len < 5 || strcmp(g.gl_pathv[i] + len - 5, ".rlib"))
			continue; /* as the Rust sftrace: .rlib files only */
		if (rlib_symbols(g.gl_pathv[i], names, n)) {
			globfree(&g);
			return -1;
		}
		read++;
	}
	globfree(&g);
	if (!read)
		return error("rlibs: no .rlib among the files matching '%s'", pattern);
	return read;
}

/* A string for a list that lives as long as c. */
static const char *keep(struct rust_config *c, const std::string &s)
{
	c->owned = (char **)xrealloc(c->owned, (c->nowned + 1) * sizeof(*c->owned));
	return c->owned[c->nowned++] = dup_str(s);
}

/* Exact names as PCRE2 regexes, a few hundred per alternation. */
static void exact_regexes(struct rust_config *c, char **names, unsigned n,
			  struct string_list *out)
{
	std::string re;
	unsigned in = 0;

	for (unsigned i = 0; i <= n; i++) {
		if (in && (i == n || in == 512)) {
			re += ")$";
			string_list_append(out, keep(c, re));
			re.clear();
			in = 0;
		}
		if (i == n)
			break;
		re += in ? "|" : "^(?:";
		re += "\\Q";
		re += names[i];
		re += "\\E";
		in++;
	}
}

extern "C" int rust_config_filter(const char *file, struct rust_config *cp,
				  struct string_list *paths, struct string_list *regexes,
				  struct string_list *vargs, struct string_list *vret)
{
	struct rust_config &c = *cp;
	char **names = nullptr;
	unsigned n = 0;
	int ret = 0;

	if (rust_config_read(file, &c))
		return -1;
	if (c.object_path) {
		bool have = false;

		for (size_t i = 0; i < paths->nr; i++)
			have = have || !strcmp(paths->items[i], c.object_path);
		if (!have)
			string_list_append(paths, keep(&c, c.object_path));
	}
	if (c.rlibs) {
		if (rust_config_rlib_symbols(c.rlibs, &names, &n) < 0) {
			ret = -1;
		} else if (!n) {
			ret = error("rlibs: the archives matching '%s' define no symbol", c.rlibs);
		} else {
			exact_regexes(&c, names, n, regexes);
		}
	}
	for (unsigned i = 0; i < c.nrecord_args; i++)
		if (strstr(c.record_args[i], "\\E")) {
			ret = error("%s: record_args: '%s' is not a symbol name", file, c.record_args[i]);
			break;
		}
	if (!ret && c.nrecord_args) {
		exact_regexes(&c, c.record_args, c.nrecord_args, vargs);
		exact_regexes(&c, c.record_args, c.nrecord_args, vret);
	}
	for (unsigned i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return ret;
}
