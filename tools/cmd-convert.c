/*
 * sftrace convert: pick a converter (tools/convert.h) from --type and the
 * output name, and hand it the logs.
 *
 * Outputs are compared with the inputs by inode, not by name: the reader
 * maps the logs, so truncating one of them for writing ("-o ./sf.log",
 * a link, a log named like OUTPUT.symtab) would destroy it under the
 * reader and crash it.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "tools/builtin.h"
#include "tools/convert-budget.h"
#include "tools/convert.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/lib/workq.h"
#include "tools/out/outfile.h"
#include "tools/read/rustlog.h"
#include "tools/read/siblings.h"
#include "tools/rust-config.h"

static const char *const convert_usage[] = {
	"sftrace convert [<options>] <log>... [-o <output>]",
	"",
	"Convert one or more logs (the logs of a process tree: sf.log sf.log.1234 ...)",
	"into a file other tools read. Types:",
	"",
	"  perfetto  Perfetto protobuf trace, gzip-compressed when the name ends in .gz",
	"            (default; open with ui.perfetto.dev or vizviewer)",
	"  chrome    Chrome Trace Event JSON (chrome://tracing, speedscope, Perfetto UI)",
	"  pola      Parquet for polars/DuckDB: OUTPUT holds one row per event",
	"            (frame_id, parent, tid, func_id, time, kind), OUTPUT.symtab the",
	"            names (func_id, name, path)",
	"  calls     Parquet, one row per completed call (frame_id, parent, depth, tid,",
	"            func_id, start, end, duration, self) plus OUTPUT.symtab",
	"  memory    Parquet, one row per allocation (time, tid, func_id, frame_id, size,",
	"            align, ptr, freed_time, freed_by, kind) plus OUTPUT.symtab",
	"",
	"Memory events (record --memory) add a heap counter track to perfetto and rows",
	"of kind 4-7 with size, align and ptr columns to pola.",
	"",
	"Calls cut short by exceptions, longjmp or the end of the log are closed the",
	"same way for every type; their number is reported on standard error.",
	"",
	"--max-size SIZE (perfetto) keeps the uncompressed trace within SIZE bytes",
	"(K, M, G, T: powers of 1024; kB, MB, GB, TB: of 1000) by leaving out the",
	"shortest calls, whole: the threshold is said on standard error and in the",
	"trace (an instant event on the first process's track).",
	NULL,
};

static const char *default_output(const char *type)
{
	if (!strcmp(type, "chrome"))
		return "sf.json";
	if (!strcmp(type, "pola"))
		return "sf.pola";
	if (!strcmp(type, "calls"))
		return "sf.calls.pola";
	if (!strcmp(type, "memory"))
		return "sf.memory.pola";
	return "sf.pb.gz";
}

/* The types that write a table and OUTPUT.symtab. */
static bool is_parquet(const char *type)
{
	return !strcmp(type, "pola") || !strcmp(type, "calls") || !strcmp(type, "memory");
}

/*
 * Outputs that are inputs, logs given twice. Returns 0 when all is well,
 * 1 when OUTPUT is an input (also by name, before it exists), 2 when
 * OUTPUT.symtab (pola, calls, memory) is one, 3 when the log *twice is
 * given twice.
 */
static int check_files(const struct convert_opts *o, int nargs, const char **twice)
{
	bool parquet = is_parquet(o->type);
	const char *which;
	int ret = 0;

	for (int i = 0; i < nargs; i++)
		if (!strcmp(o->inputs[i], o->output))
			return 1;
	switch (outfile_check_inputs(o->output, o->inputs, nargs, &which)) {
	case 1:
		return 1;
	case 2:
		*twice = which;
		return 3;
	}
	if (parquet) {
		char *symtab = xasprintf("%s.symtab", o->output);

		if (outfile_check_inputs(symtab, o->inputs, nargs, &which) == 1)
			ret = 2;
		free(symtab);
	}
	return ret;
}

/*
 * Every log stays open while converting (the logs of a large process tree
 * can be a thousand): raise the soft limit on open files to the hard one.
 */
static void raise_open_files_limit(int nlogs)
{
	struct rlimit rl;

	if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur < rl.rlim_max &&
	    rl.rlim_cur < (rlim_t)nlogs + 64) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

int cmd_convert(int argc, char **argv)
{
	struct convert_opts o = { .type = "perfetto", .symbol_files = STRING_LIST_INIT };
	int force = 0, no_progress = 0, no_tail_nesting = 0, jobs = 0;
	const char *config = NULL, *max_size = NULL;
	struct rust_config rc = { 0 };
	struct option_def opts[] = {
		OPT_STRING('o', "output", &o.output, "file",
			   "output file (default sf.pb.gz, sf.json, sf.pola, sf.calls.pola or "
			   "sf.memory.pola)"),
		OPT_STRING('t', "type", &o.type, "type",
			   "perfetto (also: chrome-trace), chrome, pola, calls or memory"),
		OPT_STRING_LIST('s', "symbol", &o.symbol_files, "file",
				"a separate debug file for a module (repeatable)"),
		OPT_BOOL(0, "force", &force, "convert even if a module changed since recording"),
		OPT_BOOL(0, "no-progress", &no_progress, "never draw a progress line"),
		OPT_BOOL(0, "no-tail-nesting", &no_tail_nesting,
			 "a tail-called function beside its caller, as recorded, not under it"),
		OPT_STRING('c', "config", &config, "file",
			   "the Rust sftrace's TOML configuration: its [object] path is a -s file"),
		OPT_INT('j', "jobs", &jobs, "n",
			"threads that compress the output (default: the online CPUs)"),
		OPT_STRING(0, "max-size", &max_size, "size",
			   "perfetto: leave out the shortest calls until the uncompressed trace "
			   "fits in SIZE bytes (500M, 2G)"),
		OPT_END(),
	};
	int nargs = parse_options(argc, argv, opts, convert_usage, 0);
	const char *twice = NULL;
	int ret;

	if (nargs < 1)
		usage_error(convert_usage, opts, "no log given");
	if (jobs < 0)
		usage_error(convert_usage, opts, "-j wants a number of threads, not %d", jobs);
	workq_set_jobs(jobs);
	if (!strcmp(o.type, "chrome-trace"))
		o.type = "perfetto"; /* the Rust sftrace's name: it writes Perfetto protobuf */
	if (strcmp(o.type, "perfetto") && strcmp(o.type, "chrome") && !is_parquet(o.type))
		usage_error(convert_usage, opts,
			    "unknown type '%s' (expected perfetto, chrome, pola, calls or memory)",
			    o.type);
	if (max_size) {
		const char *why = budget_parse_size(max_size, &o.max_size);

		if (why)
			usage_error(convert_usage, opts, "--max-size '%s': %s", max_size, why);
		if (strcmp(o.type, "perfetto"))
			usage_error(convert_usage, opts,
				    "--max-size is for --type perfetto (the Perfetto UI's limit), "
				    "not %s",
				    o.type);
	}
	if (!o.output) {
		o.output = default_output(o.type);
		note("writing '%s'", o.output);
	}
	if (is_parquet(o.type) && !strcmp(o.output, "-"))
		usage_error(convert_usage, opts,
			    "--type %s writes two files and cannot write to standard output", o.type);
	o.inputs = (const char *const *)argv;
	switch (check_files(&o, nargs, &twice)) {
	case 1:
		usage_error(convert_usage, opts, "output '%s' is also an input", o.output);
	case 2:
		usage_error(convert_usage, opts, "output '%s.symtab' is also an input", o.output);
	case 3:
		usage_error(convert_usage, opts, "log '%s' is given twice", twice);
	}
	if (config) {
		if (rust_config_read(config, &rc))
			return 1;
		if (rc.object_path)
			string_list_append(&o.symbol_files, rc.object_path);
	}
	raise_open_files_limit(nargs);
	rustlog_set_objects(&o.symbol_files); /* the module of a Rust sftrace log */
	siblings_note(o.inputs, nargs);
	o.ninputs = nargs;
	o.force = force;
	o.no_tail_nesting = no_tail_nesting;
	o.progress = !no_progress && progress_wanted();

	if (!strcmp(o.type, "chrome"))
		ret = convert_chrome(&o);
	else if (!strcmp(o.type, "pola"))
		ret = convert_pola(&o);
	else if (!strcmp(o.type, "calls"))
		ret = convert_calls(&o);
	else if (!strcmp(o.type, "memory"))
		ret = convert_memory(&o);
	else
		ret = convert_perfetto(&o);
	string_list_release(&o.symbol_files);
	rust_config_release(&rc);
	return ret ? 1 : 0;
}
