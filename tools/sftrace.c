/*
 * sftrace: main() and the command table.
 *
 * Nothing command-specific lives here: each command parses its own options
 * (tools/cmd-*.c). After the command returns, stdout is flushed and checked
 * so that a full disk or closed pipe is reported instead of ignored.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/format.h"
#include "sftrace/sftrace.h"
#include "tools/builtin.h"
#include "tools/lib/usage.h"

struct cmd_struct {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *help;
};

static const struct cmd_struct commands[] = {
	{ "record", cmd_record, "run a program and record every instrumented call" },
	{ "filter", cmd_filter, "make a filter file from function-name regexes" },
	{ "convert", cmd_convert, "convert logs to Perfetto, Chrome JSON or Parquet" },
	{ "report", cmd_report, "per-function calls, total, self time and percentiles" },
	{ "tree", cmd_tree, "the aggregated call tree" },
	{ "flamegraph", cmd_flamegraph, "an interactive SVG flame graph or folded stacks" },
	{ "memory", cmd_memory, "allocations, leaks and peaks per function and per stage" },
	{ "dump", cmd_dump, "print a log's header, modules and events as text" },
	{ "doctor", cmd_doctor, "check what would keep record from recording a program" },
};

static void print_main_usage(FILE *f)
{
	fprintf(f, "usage: sftrace [--version] [--help] <command> [<args>]\n\n"
		   "Trace every function call of a program built with LLVM XRay sleds.\n\n"
		   "Commands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "   %-12s %s\n", commands[i].name, commands[i].help);
	fprintf(f, "\n'sftrace <command> --help' describes a command and its options.\n");
}

int main(int argc, char **argv)
{
	const struct cmd_struct *cmd = NULL;
	int status;

	if (argc < 2) {
		print_main_usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "help") && argc > 2) {
		/* "sftrace help CMD" is "sftrace CMD --help" */
		static char help_opt[] = "--help";
		char *args[] = { argv[2], help_opt, NULL };

		for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
			if (!strcmp(argv[2], commands[i].name))
				return commands[i].fn(2, args);
		error("'%s' is not an sftrace command", argv[2]);
		print_main_usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		print_main_usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("sftrace %s (log format %u)\n", SFTRACE_VERSION_STRING, FMT_VERSION);
		return 0;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[1], commands[i].name))
			cmd = &commands[i];
	if (!cmd) {
		error("'%s' is not an sftrace command", argv[1]);
		print_main_usage(stderr);
		return 2;
	}
	status = cmd->fn(argc - 1, argv + 1);

	if (fflush(stdout) || ferror(stdout)) {
		if (errno == EPIPE)
			return status;
		error_errno("cannot write to standard output");
		return 1;
	}
	return status;
}
