/*
 * sftrace filter: make a filter file (docs/filter.md) from the function
 * symbols of instrumented objects. Every function with XRay sleds is
 * matched by its raw and demangled names against the -r/--list regexes
 * (selection) and the -N regexes (exclusion); the file lists, per module
 * (keyed by build-id), the functions that got a flag. The runtime then
 * patches and records according to those flags. The file is made in
 * memory and written whole (tools/out/outfile.h): a cut filter file would
 * still parse and silently select less.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/sigsafe.h"
#include "tools/builtin.h"
#include "tools/filter/filter.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/out/outfile.h"

static const char *const filter_usage[] = {
	"sftrace filter -p OBJECT [-p OBJECT...] [-r REGEX...] [--list FILE] [-N REGEX...]\n"
	"                      [--subtree] [--max-depth N] [--min-duration T] -o FILE",
	"",
	"Write a filter file for 'sftrace record -f FILE': the functions with XRay",
	"sleds in each OBJECT whose raw or demangled name matches a regex (PCRE2,",
	"unanchored; none given: all) are selected, those matching -N excluded.",
	"Only selected functions are recorded (with --subtree, and all they call);",
	"modules the file does not mention are not traced. The file is tied to",
	"each object's build-id: make it again after a rebuild, or use",
	"'sftrace record -F', which needs no file.",
	NULL,
};

struct filter_opts {
	struct string_list paths, regexes, lists, excludes;
	const char *output;
	int subtree;
	uint64_t max_depth, min_duration;
};

static int func_matches(struct regex_set *s, const struct xfunc *f)
{
	for (size_t k = 0; k < f->nnames; k++)
		if (regex_set_match(s, f->raw[k]) ||
		    (f->demangled[k] != f->raw[k] && regex_set_match(s, f->demangled[k])))
			return 1;
	return 0;
}

/* Decide every function's flags; returns the number selected. */
static size_t select_funcs(struct xobject *o, struct regex_set *inc, struct regex_set *exc,
			   int subtree, size_t *nexcluded)
{
	size_t nsel = 0;

	*nexcluded = 0;
	for (size_t i = 0; i < o->nfuncs; i++) {
		struct xfunc *f = &o->funcs[i];
		f->flags = 0;
		if (!regex_set_empty(exc) && func_matches(exc, f)) {
			f->flags = FFILE_EXCLUDE;
			(*nexcluded)++;
		} else if (regex_set_empty(inc) || func_matches(inc, f)) {
			f->flags = subtree ? FFILE_SUBTREE : FFILE_INCLUDE;
			nsel++;
		}
	}
	return nsel;
}

static void put_hex(FILE *f, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%02x", p[i]);
}

static void write_header(FILE *f, const char *cmdline, const struct filter_opts *o)
{
	fprintf(f, "%s %d\n# sftrace%s", FFILE_MAGIC, FFILE_VERSION, cmdline);
	fprintf(f, "\nmax-depth %" PRIu64 "\nmin-duration %" PRIu64 "\n", o->max_depth,
		o->min_duration);
}

static void write_module(FILE *f, const struct xobject *o)
{
	fputs("module ", f);
	if (o->build_id_len)
		put_hex(f, o->build_id, o->build_id_len);
	else
		fputc('-', f);
	fprintf(f, " %s\n", o->realpath);
	for (size_t i = 0; i < o->nfuncs; i++) {
		const struct xfunc *fn = &o->funcs[i];
		if (!fn->flags)
			continue;
		fprintf(f, "0x%" PRIx64 " %s", fn->vaddr,
			fn->flags & FFILE_EXCLUDE ? "x" : fn->flags & FFILE_SUBTREE ? "s" : "i");
		if (fn->nnames)
			fprintf(f, " %s", fn->demangled[0]);
		fputc('\n', f);
	}
}

static int same_module(const struct xobject *a, const struct xobject *b)
{
	if (a->build_id_len && a->build_id_len == b->build_id_len)
		return !memcmp(a->build_id, b->build_id, a->build_id_len);
	return !strcmp(a->realpath, b->realpath);
}

/*
 * arg as a shell word, so the file's comment line can be pasted back:
 * quoted when it holds anything but plain characters; a line break (which
 * would end the comment) becomes '?'. Returns an allocated string.
 */
static char *shell_quote(const char *arg)
{
	size_t n = strlen(arg), k = 0;
	char *out = xmalloc(4 * n + 3);

	if (n && strspn(arg, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			     "0123456789_./=:,@%+-") == n) {
		memcpy(out, arg, n + 1);
		return out;
	}
	out[k++] = '\'';
	for (const char *p = arg; *p; p++) {
		if (*p == '\'') {
			memcpy(out + k, "'\\''", 4);
			k += 4;
		} else {
			out[k++] = *p == '\n' || *p == '\r' ? '?' : *p;
		}
	}
	out[k++] = '\'';
	out[k] = '\0';
	return out;
}

/* Whether the two paths name one existing file. */
static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return !stat(a, &sa) && !stat(b, &sb) && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int cmd_filter(int argc, char **argv)
{
	struct filter_opts o = { STRING_LIST_INIT, STRING_LIST_INIT, STRING_LIST_INIT,
				 STRING_LIST_INIT };
	const struct option_def options[] = {
		OPT_STRING_LIST('p', "path", &o.paths, "object",
				"an instrumented executable or shared object (repeatable)"),
		OPT_STRING_LIST('r', "regex", &o.regexes, "regex",
				"select functions whose raw or demangled name matches (repeatable)"),
		OPT_STRING_LIST(0, "list", &o.lists, "file",
				"read selection regexes from <file>, one per line, # comments"),
		OPT_FILTER_LIMITS(&o.excludes, &o.subtree, &o.max_depth, &o.min_duration),
		OPT_STRING('o', "output", &o.output, "file", "the filter file to write ('-': stdout)"),
		OPT_END(),
	};
	struct string_list listed = STRING_LIST_INIT;
	struct regex_set *inc = NULL, *exc = NULL;
	struct xobject *objs = NULL;
	size_t nobjs = 0;
	FILE *info;
	char *cmdline = xstrdup("");
	int nargs, ret = 1;

	/* For the file's comment line; parse_options() reorders argv. */
	for (int i = 0; i < argc; i++) {
		char *q = shell_quote(argv[i]);
		char *c = xasprintf("%s %s", cmdline, q);
		free(q);
		free(cmdline);
		cmdline = c;
	}
	nargs = parse_options(argc, argv, options, filter_usage, 0);
	if (nargs)
		usage_error(filter_usage, options, "unexpected argument '%s'", argv[0]);
	if (!o.paths.nr)
		usage_error(filter_usage, options, "no object given (-p OBJECT)");
	if (!o.output)
		usage_error(filter_usage, options, "no output file given (-o FILE)");

	for (size_t i = 0; i < o.lists.nr; i++) {
		size_t before = listed.nr;
		if (regex_list_read(o.lists.items[i], &listed))
			goto out;
		if (listed.nr == before)
			warning("'%s' has no regex in it", o.lists.items[i]);
	}
	for (size_t i = 0; i < listed.nr; i++)
		string_list_append(&o.regexes, listed.items[i]);
	if (o.lists.nr && !o.regexes.nr) {
		error("no selection regex in %s", o.lists.nr > 1 ? "the --list files" : "--list file");
		goto out;
	}
	if (!(inc = regex_set_new(&o.regexes, "-r")) || !(exc = regex_set_new(&o.excludes, "-N")))
		goto out;

	objs = xcalloc(o.paths.nr, sizeof(*objs));
	for (size_t i = 0; i < o.paths.nr; i++) {
		if (xobject_load(&objs[nobjs], o.paths.items[i]))
			goto out;
		nobjs++;
		for (size_t j = 0; j + 1 < nobjs; j++) {
			if (same_module(&objs[j], &objs[nobjs - 1])) {
				warning("'%s' is the same module as '%s': listed once",
					objs[nobjs - 1].path, objs[j].path);
				xobject_release(&objs[--nobjs]);
				break;
			}
		}
	}

	info = strcmp(o.output, "-") ? stdout : stderr;
	for (size_t i = 0; i < nobjs; i++) {
		size_t nexc, nsel = select_funcs(&objs[i], inc, exc, o.subtree, &nexc);
		fprintf(info, "%s: %zu of %zu functions selected, %zu excluded\n", objs[i].path, nsel,
			objs[i].nfuncs, nexc);
		if (!nsel)
			warning(nexc ? "no function of '%s' is selected (%zu excluded by -N)"
				     : "no function of '%s' matched",
				objs[i].path, nexc);
	}

	if (strcmp(o.output, "-")) {
		/* Opening the output truncates it: never one of the inputs. */
		for (size_t i = 0; i < nobjs; i++) {
			if (same_file(o.output, objs[i].path)) {
				error("the output '%s' is the object '%s': refusing to overwrite it",
				      o.output, objs[i].path);
				goto out;
			}
		}
		for (size_t i = 0; i < o.lists.nr; i++) {
			if (same_file(o.output, o.lists.items[i])) {
				error("the output '%s' is the --list file '%s': refusing to overwrite it",
				      o.output, o.lists.items[i]);
				goto out;
			}
		}
	}
	if (!strcmp(o.output, "-")) {
		write_header(stdout, cmdline, &o);
		for (size_t i = 0; i < nobjs; i++)
			write_module(stdout, &objs[i]);
		if (fflush(stdout) || ferror(stdout)) {
			error_errno("cannot write to standard output");
			clearerr(stdout); /* said once, not again by main() */
			goto out;
		}
	} else {
		/* Whole or not at all: a cut filter file would still parse,
		 * selecting less; a failure keeps the previous file. */
		char *buf = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&buf, &len);
		struct outfile of;
		int fd, err;

		if (!m)
			die_errno("out of memory");
		write_header(m, cmdline, &o);
		for (size_t i = 0; i < nobjs; i++)
			write_module(m, &objs[i]);
		if (fclose(m))
			die_errno("out of memory");
		fd = outfile_open(&of, o.output);
		if (fd < 0) {
			free(buf);
			goto out;
		}
		err = sigsafe_write_full(fd, buf, len);
		free(buf);
		if (err) {
			error("cannot write '%s': %s", o.output, strerror(-err));
			outfile_discard(&of);
			goto out;
		}
		if (outfile_commit(&of))
			goto out;
	}
	ret = 0;
out:
	for (size_t i = 0; i < nobjs; i++)
		xobject_release(&objs[i]);
	free(objs);
	free(cmdline);
	regex_set_free(inc);
	regex_set_free(exc);
	for (size_t i = 0; i < listed.nr; i++)
		free((char *)listed.items[i]);
	string_list_release(&listed);
	string_list_release(&o.paths);
	string_list_release(&o.regexes);
	string_list_release(&o.lists);
	string_list_release(&o.excludes);
	return ret;
}
