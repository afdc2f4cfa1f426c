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
#include "tools/read/values.h"
#include "tools/rust-config.h"

static const char *const filter_usage[] = {
	"sftrace filter -p OBJECT [-p OBJECT...] [-r REGEX...] [--list FILE] [-N REGEX...]\n"
	"                      [--subtree] [--max-depth N] [--min-duration T]\n"
	"                      [--args REGEX...] [--retval REGEX...] [--string-size N] -o FILE",
	"",
	"Write a filter file for 'sftrace record -f FILE': the functions with XRay",
	"sleds in each OBJECT whose raw or demangled name matches a regex (PCRE2,",
	"unanchored; none given: all) are selected, those matching -N excluded.",
	"Only selected functions are recorded (with --subtree, and all they call);",
	"modules the file does not mention are not traced. The file is tied to",
	"each object's build-id: make it again after a rebuild, or use",
	"'sftrace record -F', which needs no file.",
	"",
	"--args and --retval mark functions whose argument or return registers are",
	"recorded (they are selected too). Where the object's DWARF describes a marked",
	"function, the file says which registers it uses and which arguments are",
	"strings (char *, Rust &str and &[u8]), copied up to --string-size bytes.",
	NULL,
};

struct filter_opts {
	struct string_list paths, regexes, lists, excludes;
	struct string_list vargs, vret; /* --args, --retval */
	const char *output;
	int subtree;
	uint64_t max_depth, min_duration;
	uint64_t string_size;
	int version; /* of the file written: 2 when a function is marked */
};

/*
 * Decide every function's flags; returns the number selected. A function
 * marked by --args or --retval (vargs, vret) is selected too; exclusion
 * wins over both.
 */
static size_t select_funcs(struct xobject *o, struct regex_set *inc, struct regex_set *exc,
			   struct regex_set *vargs, struct regex_set *vret, int subtree,
			   size_t *nexcluded, size_t *nmarked)
{
	size_t nsel = 0;

	*nexcluded = 0;
	*nmarked = 0;
	for (size_t i = 0; i < o->nfuncs; i++) {
		struct xfunc *f = &o->funcs[i];
		unsigned marks = 0;

		f->flags = 0;
		if (!regex_set_empty(exc) && values_name_matches(exc, f)) {
			f->flags = FFILE_EXCLUDE;
			(*nexcluded)++;
			continue;
		}
		if (!regex_set_empty(vargs) && values_name_matches(vargs, f))
			marks |= FFILE_ARGS;
		if (!regex_set_empty(vret) && values_name_matches(vret, f))
			marks |= FFILE_RETVAL;
		if (regex_set_empty(inc) || values_name_matches(inc, f))
			f->flags = subtree ? FFILE_SUBTREE : FFILE_INCLUDE;
		else if (marks)
			f->flags = FFILE_INCLUDE;
		f->flags |= marks;
		nsel += f->flags != 0;
		*nmarked += marks != 0;
	}
	return nsel;
}

static void write_header(FILE *f, const char *cmdline, const struct filter_opts *o)
{
	fprintf(f, "%s %d\n# sftrace%s", FFILE_MAGIC, o->version, cmdline);
	fprintf(f, "\nmax-depth %" PRIu64 "\nmin-duration %" PRIu64 "\n", o->max_depth,
		o->min_duration);
	if (o->version >= 2)
		fprintf(f, "string-size %" PRIu64 "\n", o->string_size);
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
				 STRING_LIST_INIT, STRING_LIST_INIT, STRING_LIST_INIT,
				 .string_size = FFILE_DEFAULT_STRING_SIZE, .version = 1 };
	const char *config = NULL; /* -c: the Rust sftrace's TOML file */
	struct rust_config rc = { 0 };
	const struct option_def options[] = {
		OPT_STRING_LIST('p', "path", &o.paths, "object",
				"an instrumented executable or shared object (repeatable)"),
		OPT_STRING_LIST('r', "regex", &o.regexes, "regex",
				"select functions whose raw or demangled name matches (repeatable)"),
		OPT_STRING_LIST(0, "list", &o.lists, "file",
				"read selection regexes from <file>, one per line, # comments"),
		OPT_FILTER_LIMITS(&o.excludes, &o.subtree, &o.max_depth, &o.min_duration),
		OPT_STRING_LIST(0, "args", &o.vargs, "regex",
				"record the arguments of functions whose name matches (repeatable)"),
		OPT_STRING_LIST(0, "retval", &o.vret, "regex",
				"record the return value of functions whose name matches (repeatable)"),
		OPT_U64(0, "string-size", &o.string_size, "n",
			"bytes of a string argument recorded at most (default 64, up to 4096)"),
		OPT_STRING('o', "output", &o.output, "file", "the filter file to write ('-': stdout)"),
		OPT_STRING('c', "config", &config, "file",
			   "the Rust sftrace's TOML configuration ([object] path, rlibs, record_args)"),
		OPT_END(),
	};
	struct string_list listed = STRING_LIST_INIT;
	struct regex_set *inc = NULL, *exc = NULL, *vargs = NULL, *vret = NULL;
	struct xobject *objs = NULL;
	struct values_func_plan **plans = NULL;
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
	if (config && rust_config_filter(config, &rc, &o.paths, &o.regexes, &o.vargs, &o.vret))
		goto out;
	if (!o.paths.nr)
		usage_error(filter_usage, options, "no object given (-p OBJECT)");
	if (!o.output)
		usage_error(filter_usage, options, "no output file given (-o FILE)");
	if (!o.string_size || o.string_size > FFILE_MAX_STRING_SIZE)
		usage_error(filter_usage, options, "--string-size must be 1 to %u, not %" PRIu64,
			    FFILE_MAX_STRING_SIZE, o.string_size);

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
	if (!(inc = regex_set_new(&o.regexes, "-r")) || !(exc = regex_set_new(&o.excludes, "-N")) ||
	    !(vargs = regex_set_new(&o.vargs, "--args")) ||
	    !(vret = regex_set_new(&o.vret, "--retval")))
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
	plans = xcalloc(nobjs + 1, sizeof(*plans));
	for (size_t i = 0; i < nobjs; i++) {
		size_t nexc, nmarked, nknown,
			nsel = select_funcs(&objs[i], inc, exc, vargs, vret, o.subtree, &nexc, &nmarked);
		fprintf(info, "%s: %zu of %zu functions selected, %zu excluded\n", objs[i].path, nsel,
			objs[i].nfuncs, nexc);
		if (nmarked) {
			o.version = 2;
			if (!(plans[i] = values_plan_object(&objs[i], &nknown)))
				goto out;
			fprintf(info,
				"%s: values of %zu functions recorded, %zu of them described by DWARF\n",
				objs[i].path, nmarked, nknown);
		} else if (o.vargs.nr || o.vret.nr) {
			warning("no function of '%s' matched --args or --retval", objs[i].path);
		}
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
			values_write_module(stdout, &objs[i], plans[i]);
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
			values_write_module(m, &objs[i], plans[i]);
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
	for (size_t i = 0; plans && i < nobjs; i++)
		free(plans[i]);
	free(plans);
	for (size_t i = 0; i < nobjs; i++)
		xobject_release(&objs[i]);
	free(objs);
	free(cmdline);
	regex_set_free(inc);
	regex_set_free(exc);
	regex_set_free(vargs);
	regex_set_free(vret);
	for (size_t i = 0; i < listed.nr; i++)
		free((char *)listed.items[i]);
	string_list_release(&listed);
	string_list_release(&o.paths);
	string_list_release(&o.regexes);
	string_list_release(&o.lists);
	string_list_release(&o.excludes);
	string_list_release(&o.vargs);
	string_list_release(&o.vret);
	rust_config_release(&rc);
	return ret;
}
