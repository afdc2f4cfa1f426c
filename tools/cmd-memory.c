/*
 * sftrace memory: what every function allocated, freed and left
 * allocated, per stage of a milestone function, as a leak flame graph or
 * a plot of the live heap over time, and the life of single events and
 * blocks. The analysis is tools/analysis/memory.c (time-ordered replay of
 * every thread's memory records against one map of live blocks); this
 * file parses options and prints.
 */
#include <errno.h>
#include <inttypes.h>
#include <stddef.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tools/analysis/analysis.h"
#include "tools/analysis/fmt.h"
#include "tools/analysis/memory.h"
#include "tools/builtin.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/out/flamegraph-svg.h"
#include "tools/out/folded.h"
#include "tools/out/memplot-svg.h"
#include "tools/out/outfile.h"

static const char *const memory_usage[] = {
	"sftrace memory [<options>] <log>...",
	"",
	"What every function allocated, freed and left allocated, from the memory",
	"events of the logs (recorded with `sftrace record --memory`, or reported",
	"by a Rust program through the sftrace-setup crate's SftraceAllocator).",
	"One row per function: allocs, frees, alloc_bytes and free_bytes count",
	"everything the function and its callees did (each function once per",
	"event, however deep the recursion); live_bytes is what they left",
	"allocated at the end, peak_bytes the most they held at once (whoever",
	"freed it); self_allocs and self_bytes the allocations whose site (the",
	"innermost frame outside the allocator) is the function. Rows are sorted",
	"by live_bytes. The events of all threads and processes are replayed in",
	"time order, so a block freed by another thread is freed.",
	"",
	"--milestone cuts the run at each call of a function and prints one row",
	"per stage instead. --flamegraph draws the blocks still allocated at the",
	"end (or at the end of stage --select N), --plot the live heap over time.",
	"--events lists the memory events, numbered; --show N prints one with its",
	"stack; --track ADDR the life of every block at an address.",
	"",
	"Sort keys: allocs, frees, alloc_bytes, free_bytes, live_bytes (default),",
	"peak_bytes, self_allocs, self_bytes, function. Numbers sort largest first.",
	NULL,
};

static int sort_col; /* a mem_col, or MEM_NCOLS for the name */

static int cmp_row(const void *x, const void *y)
{
	static const int ties[] = { MEM_LIVE_BYTES, MEM_PEAK_BYTES, MEM_ALLOC_BYTES, MEM_ALLOCS };
	const struct mem_row *a = x, *b = y;

	if (sort_col == MEM_NCOLS)
		return strcmp(a->name, b->name);
	if (a->v[sort_col] != b->v[sort_col])
		return a->v[sort_col] > b->v[sort_col] ? -1 : 1;
	for (size_t i = 0; i < sizeof(ties) / sizeof(ties[0]); i++)
		if (a->v[ties[i]] != b->v[ties[i]])
			return a->v[ties[i]] > b->v[ties[i]] ? -1 : 1;
	return strcmp(a->name, b->name);
}

static bool is_bytes(int col)
{
	return col == MEM_ALLOC_BYTES || col == MEM_FREE_BYTES || col == MEM_LIVE_BYTES ||
	       col == MEM_PEAK_BYTES || col == MEM_SELF_BYTES;
}

static void print_summary(FILE *f, const struct mem_totals *t)
{
	char b1[FMT_BYTES_MAX], b2[FMT_BYTES_MAX], b3[FMT_BYTES_MAX], b4[FMT_BYTES_MAX];
	char d[FMT_DURATION_MAX];

	fprintf(f,
		"Live at the end: %s in %" PRIu64 " block%s; peak %s at %s; %" PRIu64
		" allocations (%s), %" PRIu64 " frees (%s)\n\n",
		fmt_bytes(b1, t->live_bytes), t->live_blocks, t->live_blocks == 1 ? "" : "s",
		fmt_bytes(b2, t->peak_bytes), fmt_duration(d, t->peak_ns, 0), t->allocs,
		fmt_bytes(b3, t->alloc_bytes), t->frees, fmt_bytes(b4, t->free_bytes));
}

static void print_rows_text(FILE *f, const struct mem_row *rows, size_t n)
{
	static const char *const heads[MEM_NCOLS] = {
		"Allocs", "Frees", "Alloc bytes", "Free bytes",
		"Live",	  "Peak",  "Self allocs", "Self bytes",
	};
	int w[MEM_NCOLS];
	char buf[FMT_BYTES_MAX];

	for (int c = 0; c < MEM_NCOLS; c++) {
		w[c] = (int)strlen(heads[c]);
		for (size_t i = 0; i < n; i++) {
			int l = is_bytes(c) ? (int)strlen(fmt_bytes(buf, rows[i].v[c]))
					    : snprintf(NULL, 0, "%" PRIu64, rows[i].v[c]);

			if (l > w[c])
				w[c] = l;
		}
	}
	for (int c = 0; c < MEM_NCOLS; c++)
		fprintf(f, "%*s  ", w[c], heads[c]);
	fputs("Function\n", f);
	for (int c = 0; c < MEM_NCOLS; c++)
		fprintf(f, "%.*s  ", w[c], "====================");
	fputs("========\n", f);
	for (size_t i = 0; i < n; i++) {
		for (int c = 0; c < MEM_NCOLS; c++) {
			if (is_bytes(c))
				fprintf(f, "%*s  ", w[c], fmt_bytes(buf, rows[i].v[c]));
			else
				fprintf(f, "%*" PRIu64 "  ", w[c], rows[i].v[c]);
		}
		fmt_text_string(f, rows[i].name);
		fputc('\n', f);
	}
}


/* The stage table. */

enum { S_START, S_END, S_ALLOCS, S_FREES, S_ABYTES, S_FBYTES, S_LIVE, S_PEAK, S_RET, S_NR };

static const char *const stage_cols[S_NR] = {
	"start_ns",   "end_ns",	    "allocs",	  "frees",	    "alloc_bytes",
	"free_bytes", "live_bytes", "peak_bytes", "retained_bytes",
};

static void stage_values(const struct mem_stage *s, uint64_t *v)
{
	v[S_START] = s->start_ns;
	v[S_END] = s->end_ns;
	v[S_ALLOCS] = s->allocs;
	v[S_FREES] = s->frees;
	v[S_ABYTES] = s->alloc_bytes;
	v[S_FBYTES] = s->free_bytes;
	v[S_LIVE] = s->live_bytes;
	v[S_PEAK] = s->peak_bytes;
	v[S_RET] = s->retained_bytes;
}

static void print_stages_text(FILE *f, const struct mem_stage *st, size_t n)
{
	static const char *const heads[S_NR] = {
		"Start", "End", "Allocs", "Frees", "Alloc bytes", "Free bytes",
		"Live at end", "Peak", "Retained",
	};
	int w[S_NR], sw = 5;
	char buf[FMT_BYTES_MAX > FMT_DURATION_MAX ? FMT_BYTES_MAX : FMT_DURATION_MAX];
	uint64_t v[S_NR];

	for (int c = 0; c < S_NR; c++)
		w[c] = (int)strlen(heads[c]);
	for (size_t i = 0; i < n; i++) {
		stage_values(&st[i], v);
		for (int c = 0; c < S_NR; c++) {
			int l = c <= S_END	   ? (int)strlen(fmt_duration(buf, v[c], 0))
				: c <= S_FREES ? snprintf(NULL, 0, "%" PRIu64, v[c])
					       : (int)strlen(fmt_bytes(buf, v[c]));

			if (l > w[c])
				w[c] = l;
		}
		if (snprintf(NULL, 0, "%zu", i) > sw)
			sw = snprintf(NULL, 0, "%zu", i);
	}
	fprintf(f, "%*s  ", sw, "Stage");
	for (int c = 0; c < S_NR; c++)
		fprintf(f, "%*s  ", w[c], heads[c]);
	fputs("Sites that retained most\n", f);
	fprintf(f, "%.*s  ", sw, "====================");
	for (int c = 0; c < S_NR; c++)
		fprintf(f, "%.*s  ", w[c], "====================");
	fputs("========================\n", f);
	for (size_t i = 0; i < n; i++) {
		stage_values(&st[i], v);
		fprintf(f, "%*zu  ", sw, i);
		for (int c = 0; c < S_NR; c++) {
			if (c <= S_END)
				fprintf(f, "%*s  ", w[c], fmt_duration(buf, v[c], 0));
			else if (c <= S_FREES)
				fprintf(f, "%*" PRIu64 "  ", w[c], v[c]);
			else
				fprintf(f, "%*s  ", w[c], fmt_bytes(buf, v[c]));
		}
		for (int k = 0; k < MEM_STAGE_TOP && st[i].top[k].name; k++) {
			if (k)
				fputs(", ", f);
			fmt_text_string(f, st[i].top[k].name);
			fprintf(f, " %s", fmt_bytes(buf, st[i].top[k].bytes));
		}
		fputc('\n', f);
	}
}

static void print_stages_csv(FILE *f, const struct mem_stage *st, size_t n)
{
	uint64_t v[S_NR];

	fputs("stage", f);
	for (int c = 0; c < S_NR; c++)
		fprintf(f, ",%s", stage_cols[c]);
	fputs(",top_site,top_site_bytes\n", f);
	for (size_t i = 0; i < n; i++) {
		stage_values(&st[i], v);
		fprintf(f, "%zu", i);
		for (int c = 0; c < S_NR; c++)
			fprintf(f, ",%" PRIu64, v[c]);
		fputc(',', f);
		if (st[i].top[0].name)
			fmt_csv_string(f, st[i].top[0].name);
		fprintf(f, ",%" PRIu64 "\n", st[i].top[0].name ? st[i].top[0].bytes : 0);
	}
}

static void print_stages_json(FILE *f, const struct mem_stage *st, size_t n)
{
	uint64_t v[S_NR];

	fputs("[", f);
	for (size_t i = 0; i < n; i++) {
		stage_values(&st[i], v);
		fprintf(f, "%s {\"stage\":%zu", i ? ",\n" : "\n", i);
		for (int c = 0; c < S_NR; c++)
			fprintf(f, ",\"%s\":%" PRIu64, stage_cols[c], v[c]);
		fputs(",\"top\":[", f);
		for (int k = 0; k < MEM_STAGE_TOP && st[i].top[k].name; k++) {
			fputs(k ? ",{\"function\":" : "{\"function\":", f);
			fmt_json_string(f, st[i].top[k].name);
			fprintf(f, ",\"bytes\":%" PRIu64 "}", st[i].top[k].bytes);
		}
		fputs("]}", f);
	}
	fputs(n ? "\n]\n" : "]\n", f);
}

/* Graph files. */

static int write_flame(const char *path, struct mem_result *r, const char *subject, bool folded)
{
	FILE *f = analysis_open_output(path);
	struct flame_svg_opts so = { 0 };

	if (!f)
		return -1;
	if (folded) {
		folded_write(f, &r->flame, false);
	} else {
		so.title = "Live memory";
		so.subtitle = subject;
		so.width = 1200;
		so.min_width = 0.1;
		so.by_bytes = true;
		flame_svg_write(f, &r->flame, &so);
	}
	return analysis_close_output(f, path);
}

static int write_plot(const char *path, struct mem_result *r, const char *subject, bool fold)
{
	FILE *f = analysis_open_output(path);
	struct memplot_opts po = { 0 };

	if (!f)
		return -1;
	po.title = "Live heap";
	po.subtitle = subject;
	po.x_label = fold ? "time from the start of each stage" : "time";
	if (!fold) {
		po.marks = r->milestones;
		po.nmarks = r->nstages - 1;
	}
	memplot_svg_write(f, r->curves, r->ncurves, &po);
	return analysis_close_output(f, path);
}

static int parse_number(const char *s, int base, uint64_t *out)
{
	char *end;

	if (!s || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtoull(s, &end, base);
	return errno || *end ? -1 : 0;
}

/* Close a query output that failed half-way, and remove it if it is a file. */
static void discard_output(FILE *f, const char *path)
{
	struct stat st;

	if (!f || f == stdout)
		return;
	if (!fstat(fileno(f), &st) && S_ISREG(st.st_mode))
		unlink(path);
	fclose(f);
}

static void no_events(struct analysis *a, int nlogs, const char *log)
{
	if (a->tids || a->windowed)
		error("no memory events in the selected threads and time window");
	else
		error("%s%s%s hold%s no memory events: record them with `sftrace record "
		      "--memory` (every malloc, calloc, realloc, free, posix_memalign..., C++'s "
		      "new and delete and Rust's System allocator included), or let a Rust "
		      "program report its allocations through the sftrace-setup crate's "
		      "SftraceAllocator",
		      nlogs > 1 ? "the logs" : "'", nlogs > 1 ? "" : log, nlogs > 1 ? "" : "'",
		      nlogs > 1 ? "" : "s");
}

int cmd_memory(int argc, char **argv)
{
	struct analysis_opts ao = ANALYSIS_OPTS_INIT;
	const char *sort = "live_bytes", *output = NULL, *milestone = NULL;
	const char *flame = NULL, *folded = NULL, *plot = NULL, *show = NULL, *track = NULL;
	long top = 0, select = LONG_MIN;
	const char *select_arg = NULL;
	uint64_t sel[64];
	size_t nsel = 0;
	int csv = 0, json = 0, fold = 0, events = 0;
	struct option_def opts[] = {
		OPT_GROUP("Output"),
		OPT_STRING(0, "sort", &sort, "COLUMN", "sort by this column (default: live_bytes)"),
		OPT_INT('n', "top", &top, "N", "only the first N rows (0: all)"),
		OPT_BOOL(0, "csv", &csv, "comma-separated values, bytes and ns"),
		OPT_BOOL(0, "json", &json, "a JSON array of objects, bytes and ns"),
		OPT_STRING('o', "output", &output, "FILE", "write to FILE (default: standard output)"),
		OPT_GROUP("Stages"),
		OPT_STRING(0, "milestone", &milestone, "SYMBOL",
			   "a stage starts at each call of this function (name or regex)"),
		OPT_STRING(0, "select", &select_arg, "N[,N...]",
			   "--flamegraph/--folded: the blocks live at the end of stage N "
			   "(several: FILE.N each)"),
		OPT_GROUP("Graphs"),
		OPT_STRING(0, "flamegraph", &flame, "FILE",
			   "write a flame graph (SVG) of the bytes still allocated"),
		OPT_STRING(0, "folded", &folded, "FILE",
			   "write them as folded stacks, 'a;b;c BYTES'"),
		OPT_STRING(0, "plot", &plot, "FILE", "write the live heap over time (SVG)"),
		OPT_BOOL(0, "fold", &fold, "--plot: one curve per stage, from its start"),
		OPT_GROUP("Events"),
		OPT_BOOL(0, "events", &events, "list the memory events, numbered from 0"),
		OPT_STRING(0, "show", &show, "N", "print event N with its stack"),
		OPT_STRING(0, "track", &track, "ADDR",
			   "print every event of the blocks at address ADDR, with stacks"),
		ANALYSIS_OPTIONS(&ao),
		OPT_END(),
	};
	struct analysis a = { 0 };
	struct mem_opts mo = { 0 };
	struct mem_result r = { 0 };
	FILE *f = NULL;
	const char *which, *graphs[3];
	char *subject = NULL;
	int nlogs, ret = 1, nq;

	nlogs = parse_options(argc, argv, opts, memory_usage, 0);
	if (nlogs < 1)
		usage_error(memory_usage, opts, "no log given");
	graphs[0] = flame;
	graphs[1] = folded;
	graphs[2] = plot;
	for (int i = -1; i < 3; i++) {
		const char *out = i < 0 ? output : graphs[i];

		if (i >= 0 && !out)
			continue;
		switch (outfile_check_inputs(out, (const char *const *)argv, nlogs, &which)) {
		case 1:
			usage_error(memory_usage, opts, "output '%s' is also an input", which);
		case 2:
			usage_error(memory_usage, opts, "log '%s' is given twice", which);
		}
	}
	for (sort_col = 0; sort_col < MEM_NCOLS; sort_col++)
		if (!strcmp(sort, mem_col_names[sort_col]))
			break;
	if (sort_col == MEM_NCOLS && strcmp(sort, "function") && strcmp(sort, "name"))
		usage_error(memory_usage, opts,
			    "unknown sort key '%s' (allocs, frees, alloc_bytes, free_bytes, "
			    "live_bytes, peak_bytes, self_allocs, self_bytes, function)",
			    sort);
	if (top < 0)
		usage_error(memory_usage, opts, "--top must not be negative");
	if (csv && json)
		usage_error(memory_usage, opts, "--csv and --json cannot be combined");
	nq = !!events + !!show + !!track;
	if (nq > 1)
		usage_error(memory_usage, opts, "--events, --show and --track cannot be combined");
	if (show && parse_number(show, 10, &mo.query_arg))
		usage_error(memory_usage, opts, "bad event number '--show %s'", show);
	if (track && parse_number(track, 0, &mo.query_arg))
		usage_error(memory_usage, opts,
			    "bad address '--track %s' (0x... in hexadecimal, or decimal)", track);
	/* "1,3" (the Rust sftrace's list): one graph per stage, FILE.N */
	for (const char *p = select_arg; p && *p;) {
		const char *comma = strchrnul(p, ',');
		char *one = xstrndup(p, (size_t)(comma - p));
		int bad = nsel == sizeof(sel) / sizeof(sel[0]) || parse_number(one, 10, &sel[nsel]) ||
			  sel[nsel] > LONG_MAX;
		free(one);
		if (bad)
			usage_error(memory_usage, opts, "bad stage list '--select %s' (N or N,N,... "
				    "of at most 64 stages)", select_arg);
		nsel++;
		p = *comma ? comma + 1 : comma;
	}
	if (select_arg && !nsel)
		usage_error(memory_usage, opts, "bad stage list '--select %s'", select_arg);
	if (nsel)
		select = (long)sel[0];
	if (select != LONG_MIN) {
		if (!milestone)
			usage_error(memory_usage, opts, "--select needs --milestone (stages)");
		if (select < 0)
			usage_error(memory_usage, opts, "--select must not be negative");
		if (!flame && !folded)
			warning("--select chooses what --flamegraph and --folded draw: no effect "
				"without them");
	}
	if (fold && !plot)
		warning("--fold shapes --plot: no effect without it");
	if (nq && (csv || json))
		warning("--events, --show and --track print text: --csv and --json have no effect");

	mo.milestone = milestone;
	mo.select = select == LONG_MIN ? -1 : select;
	mo.flame = flame || folded;
	mo.plot = plot != NULL;
	mo.fold = fold;
	mo.query = events ? MEM_QUERY_EVENTS
		   : show ? MEM_QUERY_SHOW
		   : track ? MEM_QUERY_TRACK
			   : MEM_QUERY_NONE;

	if (analysis_open(&a, &ao, argv, nlogs))
		goto out;
	if (nq) {
		f = analysis_open_output(output);
		if (!f)
			goto out;
		mo.query_out = f;
		if (events)
			fputs("# event time_ns pid tid kind size ptr site\n", f);
	}
	if (memory_analyse(&a, &mo, &r)) {
		discard_output(f, output);
		f = NULL;
		goto out;
	}
	analysis_report_repairs(&a);
	if (!r.tot.mem_events) {
		no_events(&a, nlogs, argv[0]);
		discard_output(f, output);
		f = NULL;
		goto out;
	}
	if (r.tot.unknown_frees)
		note("%" PRIu64 " free%s of blocks whose allocation is not in the selection "
		     "(allocated before the recording started, or by a thread or time left out)",
		     r.tot.unknown_frees, r.tot.unknown_frees == 1 ? "" : "s");
	if (r.tot.reused)
		note("%" PRIu64 " allocation%s at an address still allocated: the free of the "
		     "earlier block is missing from the log (it was lost), so that block counts as "
		     "freed then",
		     r.tot.reused, r.tot.reused == 1 ? "" : "s");
	if (milestone && r.nstages == 1)
		warning("--milestone '%s' is never called in the selection: the run is one stage",
			milestone);

	if (nq) {
		if ((show || track) && !r.query_found) {
			if (show)
				error("no event %" PRIu64 ": the selection holds %" PRIu64
				      " memory events (0 to %" PRIu64 ")",
				      mo.query_arg, r.tot.mem_events, r.tot.mem_events - 1);
			else
				warning("no memory event at address 0x%" PRIx64, mo.query_arg);
		}
		if (analysis_close_output(f, output) || (show && !r.query_found))
			goto out_graphs_failed;
		f = NULL;
	} else {
		size_t n = milestone ? r.nstages : r.nrows;

		if (!milestone)
			qsort(r.rows, r.nrows, sizeof(*r.rows), cmp_row);
		if (top && (size_t)top < n)
			n = (size_t)top;
		f = analysis_open_output(output);
		if (!f)
			goto out;
		if (milestone) {
			if (csv)
				print_stages_csv(f, r.stages, n);
			else if (json)
				print_stages_json(f, r.stages, n);
			else
				print_stages_text(f, r.stages, n);
		} else if (csv) {
			fmt_rows_csv(f, mem_col_names, MEM_NCOLS, r.rows, n, sizeof(*r.rows),
				     offsetof(struct mem_row, name), offsetof(struct mem_row, v));
		} else if (json) {
			fmt_rows_json(f, mem_col_names, MEM_NCOLS, r.rows, n, sizeof(*r.rows),
				      offsetof(struct mem_row, name), offsetof(struct mem_row, v));
		} else {
			print_summary(f, &r.tot);
			print_rows_text(f, r.rows, n);
		}
		if (analysis_close_output(f, output))
			goto out_graphs_failed;
		f = NULL;
	}

	if (mo.select >= 0)
		subject = xasprintf("%s, blocks live at the end of stage %ld",
				    nlogs > 1 ? "several processes" : argv[0], mo.select);
	else
		subject = xasprintf("%s, blocks live at the end",
				    nlogs > 1 ? "several processes" : argv[0]);
	ret = 0;
	if (nsel > 1) {
		mo.query = MEM_QUERY_NONE;
		for (size_t k = 0; k < nsel && !ret; k++) {
			struct mem_result rk = { 0 };
			struct mem_result *use = &r;
			char *name, *sub;

			mo.select = (long)sel[k];
			if (k && memory_analyse(&a, &mo, &rk)) {
				mem_result_release(&rk);
				ret = 1;
				break;
			}
			if (k)
				use = &rk;
			sub = xasprintf("%s, blocks live at the end of stage %ld",
					nlogs > 1 ? "several processes" : argv[0], mo.select);
			name = xasprintf("%s.%ld", flame ? flame : folded, mo.select);
			if (flame && write_flame(name, use, sub, false))
				ret = 1;
			free(name);
			name = xasprintf("%s.%ld", folded ? folded : flame, mo.select);
			if (folded && write_flame(name, use, sub, true))
				ret = 1;
			free(name);
			free(sub);
			if (k)
				mem_result_release(&rk);
		}
	} else {
		if (flame && write_flame(flame, &r, subject, false))
			ret = 1;
		if (folded && write_flame(folded, &r, subject, true))
			ret = 1;
	}
	if (plot && write_plot(plot, &r, subject, fold))
		ret = 1;
	goto out;
out_graphs_failed:
	ret = 1;
out:
	free(subject);
	mem_result_release(&r);
	analysis_release(&a);
	string_list_release(&ao.tid_args);
	string_list_release(&ao.symbol_files);
	return ret;
}
