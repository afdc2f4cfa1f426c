/*
 * sftrace tree: the aggregated call tree (every distinct call path with
 * its calls, total and self time), like `uftrace graph`. It prints the
 * call-path tree of tools/analysis/ depth first; -f re-roots it at the
 * functions matching a pattern, merging their call sites.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/analysis.h"
#include "tools/analysis/byarg.h"
#include "tools/analysis/calltree.h"
#include "tools/analysis/fmt.h"
#include "tools/builtin.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/out/outfile.h"

static const char *const tree_usage[] = {
	"sftrace tree [<options>] <log>...",
	"",
	"Print the aggregated call tree: every distinct call path once, with its",
	"calls, total time and self time (total minus the children), children",
	"sorted by total time. With -f, the tree is rooted at the functions whose",
	"name matches the regular expression, their call sites merged. Several",
	"logs (a process tree) are printed with each process as a root.",
	"Recursion is folded: the frames of a function that calls itself, directly",
	"or through a cycle of up to 8 functions (a → b → a), share one node,",
	"'f ×N' with N their deepest nesting (--no-fold-recursion: one per level).",
	"With --stitch, what other threads ran for a call (a work item it made,",
	"a thread it created) is a child of that call, marked \"[on N other",
	"threads, W of work in T]\": its time is theirs, not the caller's.",
	NULL,
};

struct tree_out {
	FILE *f;
	const struct calltree *ct;
	long max_depth;	   /* 0: unlimited */
	uint64_t min_ns;   /* hide paths whose total is below */
	int json;
	uint8_t *last;	   /* per node: the last visible child of its parent */
	char *prefix;	   /* the "|  " columns of the ancestors */
	size_t prefix_len, prefix_alloc;
	size_t *saved;	   /* prefix length per depth */
	size_t saved_alloc;
	int *nkids;	   /* JSON: children printed so far, per depth */
	size_t nkids_alloc;
	char *label;	   /* calltree_label()'s buffer */
	size_t label_alloc;
	int cw;		   /* width of the calls column */
};

static int sort_key;

static int cmp_total(const struct ct_node *a, const struct ct_node *b)
{
	uint64_t x, y;

	switch (sort_key) {
	case 1:
		x = a->calls, y = b->calls;
		break;
	case 2:
		x = a->self_ns, y = b->self_ns;
		break;
	case 3:
		return strcmp(a->name, b->name);
	default:
		x = a->total_ns, y = b->total_ns;
	}
	if (x != y)
		return x > y ? -1 : 1;
	return strcmp(a->name, b->name);
}

static bool has_called_child(const struct calltree *ct, uint32_t node)
{
	for (uint32_t c = ct->nodes[node].first_child; c != CT_NONE; c = ct->nodes[c].next_sibling)
		if (ct->nodes[c].calls)
			return true;
	return false;
}

static int visible(const struct tree_out *o, uint32_t node)
{
	const struct ct_node *n = &o->ct->nodes[node];

	if (node == CT_ROOT)
		return 1;
	if (!n->calls || n->total_ns < o->min_ns)
		return 0;
	if (CT_KEY_IS_PROCESS(n->key) && !has_called_child(o->ct, node))
		return 0; /* a process with no call in the selection */
	return !o->max_depth || n->depth <= (uint64_t)o->max_depth;
}

static void mark_last_child(struct tree_out *o, uint32_t node)
{
	size_t n;
	uint32_t *kids = calltree_children(o->ct, node, cmp_total, &n);

	while (n > 0 && !visible(o, kids[n - 1]))
		n--;
	if (n)
		o->last[kids[n - 1]] = 1;
	free(kids);
}

static void prefix_set(struct tree_out *o, size_t len, const char *add)
{
	size_t n = strlen(add);

	ALLOC_GROW(o->prefix, len + n + 1, o->prefix_alloc);
	memcpy(o->prefix + len, add, n + 1);
	o->prefix_len = len + n;
}

static int visit_text(void *arg, uint32_t node, int pre)
{
	struct tree_out *o = arg;
	const struct ct_node *n = &o->ct->nodes[node];
	char t1[FMT_DURATION_MAX], t2[FMT_DURATION_MAX];

	if (!pre) {
		if (node != CT_ROOT && visible(o, node))
			o->prefix_len = o->saved[n->depth];
		return 0;
	}
	if (!visible(o, node))
		return 1;
	mark_last_child(o, node);
	if (node == CT_ROOT) {
		prefix_set(o, 0, "");
		return 0;
	}
	ALLOC_GROW(o->saved, n->depth + 1, o->saved_alloc);
	o->saved[n->depth] = o->prefix_len;
	o->prefix[o->prefix_len] = '\0';
	fprintf(o->f, "%s  %s  %*" PRIu64 "  %s%s", fmt_duration(t1, n->total_ns, 1),
		fmt_duration(t2, n->self_ns, 1), o->cw, n->calls, o->prefix,
		n->depth > 1 ? (o->last[node] ? "`- " : "+- ") : "");
	fmt_text_string(o->f, calltree_label(o->ct, node, &o->label, &o->label_alloc));
	if (n->thread_bits) {
		/* --stitch: these frames ran on other threads for the path above */
		char t3[FMT_DURATION_MAX];
		int nt = __builtin_popcountll(n->thread_bits);
		fprintf(o->f, "  [on %d other thread%s, %s of work in %s]", nt, nt == 1 ? "" : "s",
			fmt_duration(t1, n->work_ns, 1), fmt_duration(t3, n->span_hi - n->span_lo, 1));
	}
	fputc('\n', o->f);
	if (n->depth > 1)
		prefix_set(o, o->prefix_len, o->last[node] ? "   " : "|  ");
	return 0;
}

static int visit_json(void *arg, uint32_t node, int pre)
{
	struct tree_out *o = arg;
	const struct ct_node *n = &o->ct->nodes[node];

	if (!visible(o, node))
		return pre;
	ALLOC_GROW(o->nkids, n->depth + 2, o->nkids_alloc);
	if (node == CT_ROOT) {
		/* The root is the top-level array. */
		fputs(pre ? "[" : "]", o->f);
		o->nkids[1] = 0;
		return 0;
	}
	if (!pre) {
		fputs("]}", o->f);
		return 0;
	}
	if (o->nkids[n->depth]++)
		fputc(',', o->f);
	o->nkids[n->depth + 1] = 0;
	fputs("{\"function\":", o->f);
	fmt_json_string(o->f, n->name);
	if (n->period || n->nest > 1)
		fprintf(o->f, ",\"recursion\":%" PRIu32, n->nest);
	fprintf(o->f, ",\"calls\":%" PRIu64 ",\"total_ns\":%" PRIu64 ",\"self_ns\":%" PRIu64,
		n->calls, n->total_ns, n->self_ns);
	if (n->thread_bits)
		fprintf(o->f, ",\"stitched\":{\"threads\":%d,\"work_ns\":%" PRIu64
			      ",\"wall_ns\":%" PRIu64 "}",
			__builtin_popcountll(n->thread_bits), n->work_ns, n->span_hi - n->span_lo);
	fputs(",\"children\":[", o->f);
	return 0;
}

static const char *const sort_names[] = { "total", "calls", "self", "name", NULL };

int cmd_tree(int argc, char **argv)
{
	int args = 0; /* --args */
	struct analysis_opts ao = ANALYSIS_OPTS_INIT;
	const char *func = NULL, *output = NULL, *sort = "total";
	long depth = 0;
	uint64_t min_ns = 0;
	int json = 0;
	struct option_def opts[] = {
		OPT_GROUP("Output"),
		OPT_STRING('f', "function", &func, "REGEX",
			   "root the tree at the functions whose name matches"),
		OPT_INT('D', "depth", &depth, "N", "show at most N levels (0: all)"),
		OPT_DURATION(0, "min", &min_ns, "TIME", "hide paths whose total time is below TIME"),
		OPT_STRING(0, "sort", &sort, "KEY", "order children by total (default), calls, self or name"),
		OPT_BOOL(0, "json", &json, "a JSON array of nested objects, times in ns"),
		OPT_BOOL(0, "no-fold-recursion", &ao.no_fold,
			 "a path per recursion level instead of one folded node"),
		OPT_BOOL(0, "args", &args,
			 "a node per argument text for calls whose arguments were recorded"),
		OPT_STRING('o', "output", &output, "FILE", "write to FILE (default: standard output)"),
		ANALYSIS_STITCH_OPTION(&ao),
		ANALYSIS_OPTIONS(&ao),
		OPT_END(),
	};
	struct analysis a = { 0 };
	struct calltree ct, rerooted, *use = &ct;
	struct tree_out o = { 0 };
	struct byarg_names arg_names = { 0 };
	bool have_ct = false;
	FILE *f;
	const char *which;
	int nlogs, ret = 1;

	nlogs = parse_options(argc, argv, opts, tree_usage, 0);
	if (nlogs < 1)
		usage_error(tree_usage, opts, "no log given");
	switch (outfile_check_inputs(output, (const char *const *)argv, nlogs, &which)) {
	case 1:
		usage_error(tree_usage, opts, "output '%s' is also an input", which);
	case 2:
		usage_error(tree_usage, opts, "log '%s' is given twice", which);
	}
	if (depth < 0)
		usage_error(tree_usage, opts, "--depth must not be negative");
	for (sort_key = 0; sort_names[sort_key]; sort_key++)
		if (!strcmp(sort, sort_names[sort_key]))
			break;
	if (!sort_names[sort_key])
		usage_error(tree_usage, opts, "unknown sort key '%s' (total, calls, self, name)",
			    sort);

	calltree_init(&rerooted);
	if (analysis_open(&a, &ao, argv, nlogs))
		goto out;
	have_ct = true;
	if (args ? byarg_calltree(&a, &ct, &arg_names) : analysis_calltree(&a, &ct))
		goto out;
	analysis_report_repairs(&a);
	if (func) {
		int n = analysis_reroot(&a, &rerooted, &ct, func);

		if (n < 0)
			goto out;
		if (!n)
			warning("no function matches '%s'", func);
		use = &rerooted;
	}
	if (!func && !calltree_has_calls(use))
		fmt_warn_no_calls(argv[0], nlogs, a.tids || a.windowed);

	f = analysis_open_output(output);
	if (!f)
		goto out;
	o.f = f;
	o.ct = use;
	o.max_depth = depth;
	o.min_ns = min_ns;
	o.last = xcalloc(use->nr, 1);
	o.cw = 5;
	for (size_t i = 1; i < use->nr; i++) {
		int w = snprintf(NULL, 0, "%" PRIu64, use->nodes[i].calls);

		if (w > o.cw)
			o.cw = w;
	}
	if (json) {
		calltree_dfs(use, CT_ROOT, cmp_total, visit_json, &o);
		fputc('\n', f);
	} else {
		fprintf(f, "     Total        Self  %*s  Function\n", o.cw, "Calls");
		fprintf(f, "==========  ==========  %.*s  ========\n", o.cw,
			"====================");
		calltree_dfs(use, CT_ROOT, cmp_total, visit_text, &o);
	}
	if (!analysis_close_output(f, output))
		ret = 0;
out:
	free(o.last);
	free(o.prefix);
	free(o.saved);
	free(o.nkids);
	free(o.label);
	if (have_ct)
		calltree_release(&ct);
	calltree_release(&rerooted);
	byarg_names_free(&arg_names);
	analysis_release(&a);
	string_list_release(&ao.tid_args);
	string_list_release(&ao.symbol_files);
	return ret;
}
