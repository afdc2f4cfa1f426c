/*
 * sftrace convert: pick a converter (tools/convert.h) from --type and the
 * output name, and hand it the logs.
 */
#include <string.h>
#include <unistd.h>

#include "tools/builtin.h"
#include "tools/convert.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/read/siblings.h"

static const char *const convert_usage[] = {
	"sftrace convert [<options>] <log>... -o <output>",
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
	"",
	"Calls cut short by exceptions, longjmp or the end of the log are closed the",
	"same way for every type; their number is reported on standard error.",
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
	return "sf.pb.gz";
}

int cmd_convert(int argc, char **argv)
{
	struct convert_opts o = { .type = "perfetto", .symbol_files = STRING_LIST_INIT };
	int force = 0, no_progress = 0;
	struct option_def opts[] = {
		OPT_STRING('o', "output", &o.output, "file",
			   "output file (default sf.pb.gz, sf.json, sf.pola or sf.calls.pola)"),
		OPT_STRING('t', "type", &o.type, "type", "perfetto, chrome, pola or calls"),
		OPT_STRING_LIST('s', "symbol", &o.symbol_files, "file",
				"a separate debug file for a module (repeatable)"),
		OPT_BOOL(0, "force", &force, "convert even if a module changed since recording"),
		OPT_BOOL(0, "no-progress", &no_progress, "never draw a progress line"),
		OPT_END(),
	};
	int nargs = parse_options(argc, argv, opts, convert_usage, 0);
	int ret;

	if (nargs < 1)
		usage_error(convert_usage, opts, "no log given");
	if (strcmp(o.type, "perfetto") && strcmp(o.type, "chrome") && strcmp(o.type, "pola") &&
	    strcmp(o.type, "calls"))
		usage_error(convert_usage, opts,
			    "unknown type '%s' (expected perfetto, chrome, pola or calls)", o.type);
	if (!o.output) {
		o.output = default_output(o.type);
		note("writing '%s'", o.output);
	}
	for (int i = 0; i < nargs; i++)
		if (!strcmp(argv[i], o.output))
			usage_error(convert_usage, opts, "output '%s' is also an input", o.output);
	o.inputs = (const char *const *)argv;
	siblings_note(o.inputs, nargs);
	o.ninputs = nargs;
	o.force = force;
	o.progress = !no_progress && progress_wanted();

	if (!strcmp(o.type, "chrome"))
		ret = convert_chrome(&o);
	else if (!strcmp(o.type, "pola"))
		ret = convert_pola(&o);
	else if (!strcmp(o.type, "calls"))
		ret = convert_calls(&o);
	else
		ret = convert_perfetto(&o);
	string_list_release(&o.symbol_files);
	return ret ? 1 : 0;
}
