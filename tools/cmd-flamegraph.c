/*
 * sftrace flamegraph: an interactive SVG flame graph (tools/out/
 * flamegraph-svg.c) or folded stacks (tools/out/folded.c) of the
 * aggregated call paths of one or more logs. The aggregation is the same
 * call-path tree as `sftrace tree` (tools/analysis/), so both commands
 * agree on every number.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/analysis.h"
#include "tools/analysis/calltree.h"
#include "tools/analysis/fmt.h"
#include "tools/builtin.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/out/flamegraph-svg.h"
#include "tools/out/folded.h"
#include "tools/out/outfile.h"

static const char *const flamegraph_usage[] = {
	"sftrace flamegraph [<options>] <log>... [-o flame.svg]",
	"",
	"Draw the call paths of the logs as an interactive SVG flame graph: a",
	"frame's width is its total time (self plus children; with --calls, the",
	"calls made in its subtree), callees stacked on callers. Click a frame to",
	"zoom, 'Search' (or Ctrl-F) highlights names matching a regular",
	"expression; tooltips give time, percentage and calls. Several logs (a",
	"process tree) are drawn together with each process as a root frame.",
	"--folded writes folded stacks (flamegraph.pl, inferno, speedscope) instead.",
	"Recursion is folded as in 'sftrace tree': one frame 'f ×N' per run.",
	NULL,
};

int cmd_flamegraph(int argc, char **argv)
{
	struct analysis_opts ao = ANALYSIS_OPTS_INIT;
	struct flame_svg_opts so = { 0 };
	const char *output = NULL, *title = NULL, *func = NULL;
	int folded = 0, by_calls = 0, inverted = 0;
	long width = LONG_MIN; /* not given: 1200 */
	const char *min_width_arg = NULL; /* NULL: not given, 0.1 */
	struct option_def opts[] = {
		OPT_GROUP("Output"),
		OPT_STRING('o', "output", &output, "FILE", "write to FILE (default: standard output)"),
		OPT_BOOL(0, "folded", &folded, "write folded stacks text instead of SVG"),
		OPT_BOOL(0, "calls", &by_calls, "width is the call count, not the time"),
		OPT_STRING('f', "function", &func, "REGEX",
			   "only the subtrees of functions whose name matches"),
		OPT_STRING(0, "title", &title, "TEXT", "title of the graph"),
		OPT_INT(0, "width", &width, "PIXELS", "image width (default 1200)"),
		OPT_STRING(0, "min-width", &min_width_arg, "PIXELS",
			   "omit frames narrower than this (default 0.1)"),
		OPT_BOOL(0, "inverted", &inverted, "icicle graph: callers at the top"),
		OPT_BOOL(0, "no-fold-recursion", &ao.no_fold,
			 "a frame per recursion level instead of one folded frame"),
		ANALYSIS_STITCH_OPTION(&ao),
		ANALYSIS_OPTIONS(&ao),
		OPT_END(),
	};
	struct analysis a = { 0 };
	struct calltree ct, rerooted, *use = &ct;
	char *end, *subtitle = NULL;
	FILE *f = NULL;
	const char *which;
	int nlogs, ret = 1;

	nlogs = parse_options(argc, argv, opts, flamegraph_usage, 0);
	if (nlogs < 1)
		usage_error(flamegraph_usage, opts, "no log given");
	switch (outfile_check_inputs(output, (const char *const *)argv, nlogs, &which)) {
	case 1:
		usage_error(flamegraph_usage, opts, "output '%s' is also an input", which);
	case 2:
		usage_error(flamegraph_usage, opts, "log '%s' is given twice", which);
	}
	if (folded && (title || width != LONG_MIN || min_width_arg || inverted))
		warning("--title, --width, --min-width and --inverted shape the SVG: no effect "
			"with --folded");
	if (width == LONG_MIN)
		width = 1200;
	if (!min_width_arg)
		min_width_arg = "0.1";
	if (width < 100 || width > 100000)
		usage_error(flamegraph_usage, opts, "--width must be between 100 and 100000");
	so.min_width = strtod(min_width_arg, &end);
	if (*end || end == min_width_arg || !isfinite(so.min_width) || so.min_width < 0)
		usage_error(flamegraph_usage, opts, "bad --min-width '%s'", min_width_arg);

	calltree_init(&rerooted);
	if (analysis_open(&a, &ao, argv, nlogs))
		goto out_release;
	if (analysis_calltree(&a, &ct))
		goto out_tree;
	analysis_report_repairs(&a);
	if (func) {
		int n = analysis_reroot(&a, &rerooted, &ct, func);

		if (n < 0)
			goto out_tree;
		if (!n)
			warning("no function matches '%s'", func);
		use = &rerooted;
	}
	if (!func && !calltree_has_calls(use))
		fmt_warn_no_calls(argv[0], nlogs, a.tids || a.windowed);

	f = analysis_open_output(output);
	if (!f)
		goto out_tree;
	/* Write errors surface in analysis_close_output() (or main for stdout). */
	if (folded) {
		folded_write(f, use, by_calls);
	} else {
		if (nlogs > 1)
			subtitle = xasprintf("%d processes, %s%s%s", nlogs,
					     by_calls ? "width = calls" : "width = time",
					     func ? ", functions matching " : "", func ? func : "");
		else
			subtitle = xasprintf("%s, %s%s%s", argv[0],
					     by_calls ? "width = calls" : "width = time",
					     func ? ", functions matching " : "", func ? func : "");
		so.title = title;
		so.subtitle = subtitle;
		so.width = (unsigned)width;
		so.by_calls = by_calls;
		so.inverted = inverted;
		flame_svg_write(f, use, &so);
	}
	if (!analysis_close_output(f, output))
		ret = 0;
	free(subtitle);
out_tree:
	calltree_release(&ct);
out_release:
	calltree_release(&rerooted);
	analysis_release(&a);
	string_list_release(&ao.tid_args);
	string_list_release(&ao.symbol_files);
	return ret;
}
