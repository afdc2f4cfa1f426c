/*
 * Logs of the same recording that were not given. `sftrace record -o OUT`
 * writes OUT for the first instrumented process and OUT.<pid> for each
 * other one; a command given only OUT would silently leave those processes
 * out, so it says which it left out.
 */
#ifndef SFTRACE_TOOLS_READ_SIBLINGS_H
#define SFTRACE_TOOLS_READ_SIBLINGS_H

/*
 * For each of the n logs, look beside it for OUT.<pid>[.<n>] files of the
 * same recording (same session id in the header) that are not among the
 * inputs, and print one note on stderr naming them. Never fails.
 */
void siblings_note(const char *const *inputs, int n);

#endif
