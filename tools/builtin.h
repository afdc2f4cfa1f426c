/*
 * The sftrace commands. Each cmd_<name>() gets argv with argv[0] == "<name>"
 * and returns the process exit status (0 ok, 1 failed, 2 misuse; `record`
 * returns the traced program's status). The table in tools/sftrace.c is the
 * single list of commands and their one-line descriptions.
 */
#ifndef SFTRACE_TOOLS_BUILTIN_H
#define SFTRACE_TOOLS_BUILTIN_H

int cmd_record(int argc, char **argv);
int cmd_dump(int argc, char **argv);
int cmd_doctor(int argc, char **argv);
int cmd_filter(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_tree(int argc, char **argv);
int cmd_flamegraph(int argc, char **argv);
int cmd_memory(int argc, char **argv);

#endif
