/*
 * Table-driven option parsing shared by every command (see parse-options.h).
 * Long options accept "--name=value" and "--name value"; short options
 * "-x value" and "-xvalue"; boolean long options also "--no-name".
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"

void string_list_append(struct string_list *l, const char *s)
{
	ALLOC_GROW(l->items, l->nr + 1, l->alloc);
	l->items[l->nr++] = s;
}

void string_list_release(struct string_list *l)
{
	free(l->items);
	l->items = NULL;
	l->nr = l->alloc = 0;
}

int parse_duration_ns(const char *s, uint64_t *out)
{
	char *end;
	double v;
	double mul = 1;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || errno || !(v >= 0)) /* NaN too */
		return -1;
	if (!*end || !strcmp(end, "ns"))
		mul = 1;
	else if (!strcmp(end, "us"))
		mul = 1e3;
	else if (!strcmp(end, "ms"))
		mul = 1e6;
	else if (!strcmp(end, "s"))
		mul = 1e9;
	else if (!strcmp(end, "m") || !strcmp(end, "min"))
		mul = 60e9;
	else
		return -1;
	v *= mul;
	if (!(v <= 1.8e19)) /* infinity too */
		return -1;
	*out = (uint64_t)(v + 0.5);
	return 0;
}

static void print_usage_lines(FILE *f, const char *const *usage)
{
	fprintf(f, "usage: %s\n", usage[0]);
	for (size_t i = 1; usage[i]; i++) {
		if (usage[i][0])
			fprintf(f, "   or: %s\n", usage[i]);
		else
			break;
	}
}

void usage_with_options(const char *const *usage, const struct option_def *opts, int err)
{
	FILE *f = err ? stderr : stdout;
	size_t i;

	print_usage_lines(f, usage);
	/* Lines after an empty string are the long description. */
	for (i = 1; usage[i] && usage[i][0]; i++)
		;
	if (usage[i] && !err) {
		for (i++; usage[i]; i++)
			fprintf(f, "%s%s\n", usage[i][0] ? "    " : "", usage[i]);
	}
	fputc('\n', f);
	for (const struct option_def *o = opts; o->type != OPTT_END; o++) {
		char buf[96];
		int n = 0;

		if (o->type == OPTT_GROUP) {
			fprintf(f, "%s%s\n", o == opts ? "" : "\n", o->help);
			continue;
		}
		n += snprintf(buf + n, sizeof(buf) - n, "    ");
		if (o->short_name)
			n += snprintf(buf + n, sizeof(buf) - n, "-%c%s", o->short_name,
				      o->long_name ? ", " : "");
		if (o->long_name)
			n += snprintf(buf + n, sizeof(buf) - n, "--%s", o->long_name);
		if (o->type != OPTT_BOOL && n < (int)sizeof(buf))
			n += snprintf(buf + n, sizeof(buf) - n, " <%s>", o->argh ? o->argh : "value");
		if (n >= 28)
			fprintf(f, "%s\n%28s%s\n", buf, "", o->help);
		else
			fprintf(f, "%-28s%s\n", buf, o->help);
	}
	exit(err ? 2 : 0);
}

void usage_error(const char *const *usage, const struct option_def *opts, const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fputs("sftrace: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	usage_with_options(usage, opts, 1);
}

static void set_value(const char *const *usage, const struct option_def *opts,
		      const struct option_def *o, const char *arg, const char *spelled)
{
	char *end;

	switch (o->type) {
	case OPTT_STRING:
		*(const char **)o->value = arg;
		break;
	case OPTT_STRING_LIST:
		string_list_append(o->value, arg);
		break;
	case OPTT_INT: {
		long v;
		errno = 0;
		v = strtol(arg, &end, 0);
		if (errno || end == arg || *end)
			usage_error(usage, opts, "option '%s' expects a number, not '%s'", spelled, arg);
		*(long *)o->value = v;
		break;
	}
	case OPTT_U64: {
		unsigned long long v;
		errno = 0;
		v = strtoull(arg, &end, 0);
		if (errno || end == arg || *end || arg[0] == '-')
			usage_error(usage, opts, "option '%s' expects a non-negative number, not '%s'",
				    spelled, arg);
		*(uint64_t *)o->value = v;
		break;
	}
	case OPTT_DURATION:
		if (parse_duration_ns(arg, o->value))
			usage_error(usage, opts,
				    "option '%s' expects a duration like 500ns, 10us, 2ms or 1s, not '%s'",
				    spelled, arg);
		break;
	default:
		BUG("bad option type %d", o->type);
	}
}

/*
 * `sftrace CMD --list-options`: one line per option, "-s --long ARG" (ARG
 * only for options that take a value), for the generated shell completion
 * (scripts/gen-bash-completion): it and --help come from the same table.
 */
static void list_options(const struct option_def *opts)
{
	for (const struct option_def *o = opts; o->type != OPTT_END; o++) {
		if (o->type == OPTT_GROUP)
			continue;
		if (o->short_name)
			printf("-%c%s", o->short_name, o->long_name ? " " : "");
		if (o->long_name)
			printf("--%s", o->long_name);
		if (o->type != OPTT_BOOL)
			printf(" %s", o->argh ? o->argh : "value");
		putchar('\n');
	}
	exit(0);
}

int parse_options(int argc, char **argv, const struct option_def *opts,
		  const char *const *usage, unsigned flags)
{
	int nargs = 0;
	int i;

	if (argc == 2 && !strcmp(argv[1], "--list-options"))
		list_options(opts);
	for (i = 1; i < argc; i++) {
		char *a = argv[i];
		const struct option_def *o;

		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (a[0] != '-' || !a[1]) {
			if (flags & PARSE_OPT_STOP_AT_NON_OPTION)
				break;
			argv[nargs++] = a;
			continue;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help"))
			usage_with_options(usage, opts, 0);
		if (a[1] == '-') {
			const char *name = a + 2;
			const char *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			int negated = 0;

			for (o = opts; o->type != OPTT_END; o++)
				if (o->long_name && strlen(o->long_name) == len &&
				    !strncmp(o->long_name, name, len))
					break;
			if (o->type == OPTT_END && len > 3 && !strncmp(name, "no-", 3)) {
				for (o = opts; o->type != OPTT_END; o++)
					if (o->type == OPTT_BOOL && o->long_name &&
					    strlen(o->long_name) == len - 3 &&
					    !strncmp(o->long_name, name + 3, len - 3))
						break;
				negated = 1;
			}
			if (o->type == OPTT_END)
				usage_error(usage, opts, "unknown option '--%.*s'", (int)len, name);
			if (o->type == OPTT_BOOL) {
				if (eq)
					usage_error(usage, opts, "option '--%s' takes no value",
						    o->long_name);
				*(int *)o->value = !negated;
				continue;
			}
			if (eq) {
				set_value(usage, opts, o, eq + 1, a);
			} else {
				if (i + 1 >= argc)
					usage_error(usage, opts, "option '%s' requires a value", a);
				set_value(usage, opts, o, argv[++i], a);
			}
			continue;
		}
		/* short options, possibly bundled booleans: -abc, -ovalue, -o value */
		for (char *p = a + 1; *p; p++) {
			char spelled[3] = { '-', *p, 0 };
			for (o = opts; o->type != OPTT_END; o++)
				if (o->short_name == *p)
					break;
			if (o->type == OPTT_END)
				usage_error(usage, opts, "unknown option '-%c'", *p);
			if (o->type == OPTT_BOOL) {
				*(int *)o->value = 1;
				continue;
			}
			if (p[1]) {
				set_value(usage, opts, o, p + 1, spelled);
			} else {
				if (i + 1 >= argc)
					usage_error(usage, opts, "option '%s' requires a value",
						    spelled);
				set_value(usage, opts, o, argv[++i], spelled);
			}
			break;
		}
	}
	for (; i < argc; i++)
		argv[nargs++] = argv[i];
	argv[nargs] = NULL;
	return nargs;
}
