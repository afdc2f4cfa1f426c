/*
 * sftrace report: per-function calls, total, self, average, min, max and
 * percentiles of call durations, from tools/analysis/ (parallel walk, one
 * table per worker, merged). Functions are named once each after the
 * walk, never per event. Rows with the same name and source location (the
 * same function in several logs of a process tree) are merged; different
 * functions of one name keep their own rows, named "name (location)".
 *
 * --memory adds three columns before the name (funcstats.h says how they
 * count): Alloc and Allocs, the bytes and number of allocations made
 * while the function was on the stack, and Self alloc, the bytes it
 * allocated as the site. Without --memory the walk ignores memory events
 * and the output is what it was before they existed.
 */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/analysis.h"
#include "tools/analysis/byarg.h"
#include "tools/analysis/fmt.h"
#include "tools/analysis/funcstats.h"
#include "tools/analysis/parallel.h"
#include "tools/builtin.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/out/outfile.h"

static const char *const report_usage[] = {
	"sftrace report [<options>] <log>...",
	"",
	"Per function: calls, total time, self time (total minus the time spent in",
	"called functions), average, minimum and maximum duration, and the 50th,",
	"90th and 99th percentiles of the call durations. A recursive function's",
	"total counts each outermost activation once; its self time and",
	"percentiles count every activation. Several logs (a process tree)",
	"aggregate into one table.",
	"",
	"Sort keys: total (default), self, calls, avg, min, max, p50, p90, p99,",
	"name; with --memory also alloc, self-alloc, allocs. Numbers sort largest",
	"first, names alphabetically.",
	"",
	"--memory (logs of record --memory, or of programs that report their",
	"allocations) adds per function the bytes allocated while it was on the",
	"stack (Alloc), the number of those allocations (Allocs) and the bytes it",
	"allocated itself, as the allocation site (Self alloc).",
	"",
	"--by-arg NAME: one row per function and value of its argument NAME, for",
	"the functions whose arguments were recorded (record -A, filter --args),",
	"named \"function(NAME=value)\": e.g. the slowest requests of one function.",
	"",
	"--stitch adds the parallel regions: the calls under which other threads",
	"ran work items they made (rayon's join, scope, par_iter; threads they",
	"created), with their wall time, the work the other threads did for them,",
	"how many threads, and that work over the wall time (the other threads",
	"busy on average during the call; the calling thread is not counted).",
	"--threads adds per thread its lifetime, the time in traced calls and",
	"running work items of other threads, and the idle rest.",
	NULL,
};

enum col {
	C_TOTAL, C_SELF, C_CALLS, C_AVG, C_MIN, C_MAX, C_P50, C_P90, C_P99,
	C_ALLOC, C_SELF_ALLOC, C_ALLOCS, /* --memory */
	C_NAME, C_NR
};

static const char *const col_names[C_NR] = {
	"total", "self", "calls", "avg", "min", "max", "p50", "p90", "p99",
	"alloc", "self-alloc", "allocs", "name",
};

/* The numeric columns printed: C_ALLOC, or C_NAME with --memory. */
static int ncols = C_ALLOC;

struct row {
	const char *name;
	const char *loc; /* see analysis_locate() */
	uint32_t log, func;
	struct fstat st;
	uint64_t v[C_NAME]; /* every numeric column */
};

static int sort_col;

static int cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c;

	if (sort_col != C_NAME && x->v[sort_col] != y->v[sort_col])
		return x->v[sort_col] > y->v[sort_col] ? -1 : 1;
	c = strcmp(x->name, y->name);
	if (c || sort_col == C_NAME)
		return c;
	return x->v[C_TOTAL] > y->v[C_TOTAL] ? -1 : x->v[C_TOTAL] < y->v[C_TOTAL];
}

static int cmp_name_loc(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : strcmp(x->loc, y->loc);
}

/* One row per function (name and location), statistics merged. */
static struct row *make_rows(struct analysis *a, const struct fstat_table *tab, size_t *nr)
{
	struct row *rows = xcalloc(tab->nr ? tab->nr : 1, sizeof(*rows));
	size_t n = 0;

	for (size_t i = 0; i < tab->nr; i++) {
		if (!tab->stats[i].calls)
			continue;
		rows[n].name = analysis_func_name(a, tab->stats[i].log, tab->stats[i].func);
		rows[n].log = tab->stats[i].log;
		rows[n].func = tab->stats[i].func;
		/* The row owns a copy of the histogram: rows may merge. */
		rows[n].st = tab->stats[i];
		hist_init(&rows[n].st.hist);
		hist_merge(&rows[n].st.hist, &tab->stats[i].hist);
		n++;
	}
	{
		size_t out = 0;
		struct an_name *v = xcalloc(n ? n : 1, sizeof(*v));

		/* which rows of one name are different functions */
		for (size_t i = 0; i < n; i++)
			v[i] = (struct an_name){ rows[i].name, NULL, rows[i].log, rows[i].func,
						 &rows[i].loc };
		analysis_locate(a, v, n);
		for (size_t i = 0; i < n; i++)
			*v[i].out = v[i].loc;
		qsort(rows, n, sizeof(*rows), cmp_name_loc);
		for (size_t i = 0; i < n; i++) {
			if (out && !cmp_name_loc(&rows[out - 1], &rows[i])) {
				fstat_add(&rows[out - 1].st, &rows[i].st);
				hist_release(&rows[i].st.hist);
				continue;
			}
			rows[out++] = rows[i];
		}
		n = out;
		for (size_t i = 0; i < n; i++)
			v[i] = (struct an_name){ rows[i].name, rows[i].loc, rows[i].log, rows[i].func,
						 &rows[i].name };
		analysis_disambiguate(a, v, n);
		free(v);
	}
	for (size_t i = 0; i < n; i++) {
		struct row *r = &rows[i];

		r->v[C_TOTAL] = r->st.total_ns;
		r->v[C_SELF] = r->st.self_ns;
		r->v[C_CALLS] = r->st.calls;
		r->v[C_AVG] = r->st.calls ? r->st.sum_ns / r->st.calls : 0;
		r->v[C_MIN] = r->st.hist.min;
		r->v[C_MAX] = r->st.hist.max;
		r->v[C_P50] = hist_percentile(&r->st.hist, 50);
		r->v[C_P90] = hist_percentile(&r->st.hist, 90);
		r->v[C_P99] = hist_percentile(&r->st.hist, 99);
		r->v[C_ALLOC] = r->st.alloc_bytes;
		r->v[C_SELF_ALLOC] = r->st.self_alloc_bytes;
		r->v[C_ALLOCS] = r->st.allocs;
	}
	*nr = n;
	return rows;
}

/* The width of the widest count of column c, at least that of its head. */
static int count_width(const struct row *rows, size_t n, int c, const char *head)
{
	int cw = (int)strlen(head);

	for (size_t i = 0; i < n; i++) {
		int w = snprintf(NULL, 0, "%" PRIu64, rows[i].v[c]);

		if (w > cw)
			cw = w;
	}
	return cw;
}

static void print_text(FILE *f, const struct row *rows, size_t n)
{
	static const char *const heads[C_NAME] = {
		"Total", "Self", "Calls", "Avg", "Min", "Max", "p50", "p90", "p99",
		"Alloc", "Self alloc", "Allocs",
	};
	char buf[FMT_DURATION_MAX > FMT_BYTES_MAX ? FMT_DURATION_MAX : FMT_BYTES_MAX];
	int width[C_NAME];

	for (int c = 0; c < C_NAME; c++)
		width[c] = c == C_CALLS || c == C_ALLOCS ? count_width(rows, n, c, heads[c]) : 10;
	for (int c = 0; c < ncols; c++)
		fprintf(f, "%*s  ", width[c], heads[c]);
	fprintf(f, "Function\n");
	for (int c = 0; c < ncols; c++)
		fprintf(f, "%.*s  ", width[c], "==========================");
	fprintf(f, "========\n");
	for (size_t i = 0; i < n; i++) {
		for (int c = 0; c < ncols; c++) {
			if (c == C_CALLS || c == C_ALLOCS)
				fprintf(f, "%*" PRIu64 "  ", width[c], rows[i].v[c]);
			else if (c == C_ALLOC || c == C_SELF_ALLOC)
				fprintf(f, "%10s  ", fmt_bytes(buf, rows[i].v[c]));
			else
				fprintf(f, "%s  ", fmt_duration(buf, rows[i].v[c], 1));
		}
		fmt_text_string(f, rows[i].name);
		fputc('\n', f);
	}
}

/* --by-arg: rows per (function, value), named "function(NAME=value)". */
static struct row *make_arg_rows(struct analysis *a, struct byarg *b, const char *arg, size_t *nr,
				 char ***names)
{
	struct row *rows = xcalloc(b->nr ? b->nr : 1, sizeof(*rows));
	char **owned = xcalloc(b->nr ? b->nr : 1, sizeof(*owned));

	for (size_t i = 0; i < b->nr; i++) {
		struct row *r = &rows[i];
		const struct fstat *st = &b->rows[i].st;

		owned[i] = xasprintf("%s(%s=%s)", analysis_func_name(a, st->log, st->func), arg,
				     b->rows[i].value);
		r->name = owned[i];
		r->loc = "";
		r->log = st->log;
		r->func = st->func;
		r->st = *st;
		hist_init(&r->st.hist);
		hist_merge(&r->st.hist, &st->hist);
		r->v[C_TOTAL] = st->total_ns;
		r->v[C_SELF] = st->self_ns;
		r->v[C_CALLS] = st->calls;
		r->v[C_AVG] = st->calls ? st->sum_ns / st->calls : 0;
		r->v[C_MIN] = st->hist.min;
		r->v[C_MAX] = st->hist.max;
		r->v[C_P50] = hist_percentile(&st->hist, 50);
		r->v[C_P90] = hist_percentile(&st->hist, 90);
		r->v[C_P99] = hist_percentile(&st->hist, 99);
	}
	*nr = b->nr;
	*names = owned;
	return rows;
}

static const char *const csv_cols[C_NAME] = {
	"total_ns", "self_ns", "calls", "avg_ns", "min_ns", "max_ns", "p50_ns", "p90_ns", "p99_ns",
	"alloc_bytes", "self_alloc_bytes", "allocs",
};


int cmd_report(int argc, char **argv)
{
	struct analysis_opts ao = ANALYSIS_OPTS_INIT;
	const char *sort = "total", *output = NULL, *by_arg = NULL;
	long top = 0;
	int csv = 0, json = 0, memory = 0, threads = 0;
	struct option_def opts[] = {
		OPT_GROUP("Output"),
		OPT_STRING(0, "sort", &sort, "KEY", "sort by this column (default: total)"),
		OPT_INT('n', "top", &top, "N", "only the first N functions (0: all)"),
		OPT_BOOL(0, "csv", &csv, "comma-separated values, times in ns"),
		OPT_BOOL(0, "json", &json, "JSON: the rows (times in ns) and what the logs miss"),
		OPT_STRING('o', "output", &output, "FILE", "write to FILE (default: standard output)"),
		OPT_BOOL(0, "memory", &memory,
			 "add bytes allocated per function (inclusive, self) and allocations"),
		OPT_STRING(0, "by-arg", &by_arg, "NAME",
			   "group the calls of marked functions by the value of argument NAME"),
		OPT_BOOL(0, "threads", &threads,
			 "add per thread its busy and idle time and the work items it ran"),
		ANALYSIS_STITCH_OPTION(&ao),
		ANALYSIS_OPTIONS(&ao),
		OPT_END(),
	};
	struct analysis a = { 0 };
	struct fstat_table tab;
	struct byarg ba = { 0 };
	char **arg_names = NULL;
	struct row *rows = NULL;
	size_t n = 0, nrows = 0;
	uint64_t mem_events = 0;
	FILE *f;
	const char *which;
	int nlogs, ret = 1;

	nlogs = parse_options(argc, argv, opts, report_usage, 0);
	if (nlogs < 1)
		usage_error(report_usage, opts, "no log given");
	switch (outfile_check_inputs(output, (const char *const *)argv, nlogs, &which)) {
	case 1:
		usage_error(report_usage, opts, "output '%s' is also an input", which);
	case 2:
		usage_error(report_usage, opts, "log '%s' is given twice", which);
	}
	for (sort_col = 0; sort_col < C_NR; sort_col++)
		if (!strcmp(sort, col_names[sort_col]))
			break;
	if (sort_col == C_NR)
		usage_error(report_usage, opts,
			    "unknown sort key '%s' (total, self, calls, avg, min, max, p50, p90, "
			    "p99, name; with --memory alloc, self-alloc, allocs)",
			    sort);
	if (!memory && sort_col >= C_ALLOC && sort_col < C_NAME)
		usage_error(report_usage, opts, "--sort %s needs --memory", sort);
	if (memory)
		ncols = C_NAME;
	if (top < 0)
		usage_error(report_usage, opts, "--top must not be negative");
	if (csv && json)
		usage_error(report_usage, opts, "--csv and --json cannot be combined");
	if (by_arg && memory)
		usage_error(report_usage, opts, "--by-arg and --memory cannot be combined");
	if (by_arg && !*by_arg)
		usage_error(report_usage, opts, "--by-arg needs an argument name");
	if (csv && (ao.stitch || threads))
		usage_error(report_usage, opts, "--csv cannot be combined with --stitch or --threads");
	if (threads)
		ao.stitch = 1; /* the work items say which frames ran for another thread */

	fstat_table_init(&tab);
	if (analysis_open(&a, &ao, argv, nlogs))
		goto out;
	if (by_arg) {
		if (byarg_walk(&a, by_arg, &ba))
			goto out;
		if (!ba.marked)
			warning("--by-arg: no call in the selection has recorded arguments "
				"(record with -A/--args, or a filter file made with --args)");
		else if (ba.missing == ba.marked)
			warning("--by-arg: no function with recorded arguments has an argument "
				"named '%s'",
				by_arg);
	} else if (memory ? fstat_walk_memory(&a, &tab, &mem_events)
			  : analysis_funcstats(&a, &tab)) {
		goto out;
	}
	if (memory && !mem_events)
		warning("--memory: no memory events in the selected threads and time window "
			"(record with --memory, or trace a program that reports its allocations)");
	analysis_report_repairs(&a);

	rows = by_arg ? make_arg_rows(&a, &ba, by_arg, &n, &arg_names) : make_rows(&a, &tab, &n);
	nrows = n;
	if (!n && !by_arg)
		fmt_warn_no_calls(argv[0], nlogs, a.tids || a.windowed);
	qsort(rows, n, sizeof(*rows), cmp_row);
	if (top && (size_t)top < n)
		n = (size_t)top;

	f = analysis_open_output(output);
	if (!f)
		goto out;
	if (csv) {
		fmt_rows_csv(f, csv_cols, ncols, rows, n, sizeof(*rows), offsetof(struct row, name),
			     offsetof(struct row, v));
	} else if (json) {
		/* {"functions": the rows, "loss": what the logs miss} */
		fputs("{\"functions\":", f);
		fmt_rows_json(f, csv_cols, ncols, rows, n, sizeof(*rows), offsetof(struct row, name),
			      offsetof(struct row, v));
		if (ao.stitch && !threads) {
			fputs(",\"regions\":", f);
			if (parallel_regions(&a, f, 1, top))
				goto out;
		}
		if (threads) {
			fputs(",\"regions\":", f);
			if (parallel_regions(&a, f, 1, top))
				goto out;
			fputs(",\"threads\":", f);
			if (parallel_threads(&a, f, 1))
				goto out;
		}
		fputs(",\"loss\":", f);
		analysis_loss_json(f, &a);
		fputs("}\n", f);
	} else {
		analysis_loss_text(f, &a);
		print_text(f, rows, n);
		if (ao.stitch && parallel_regions(&a, f, 0, top ? top : 20))
			goto out;
		if (threads && parallel_threads(&a, f, 0))
			goto out;
	}
	if (!analysis_close_output(f, output))
		ret = 0;
out:
	for (size_t i = 0; rows && i < nrows; i++)
		hist_release(&rows[i].st.hist);
	free(rows);
	for (size_t i = 0; arg_names && i < ba.nr; i++)
		free(arg_names[i]);
	free(arg_names);
	byarg_release(&ba);
	fstat_table_release(&tab);
	analysis_release(&a);
	string_list_release(&ao.tid_args);
	string_list_release(&ao.symbol_files);
	return ret;
}
