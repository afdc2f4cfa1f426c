/*
 * After the command `sftrace record` ran has exited, processes of the
 * recording may still be running and writing their logs: a daemon that
 * detached, a child left behind in the background. record waits for them
 * (docs/sftrace-record.md, --no-wait) so that its summary covers every log.
 */
#ifndef SFTRACE_TOOLS_RECORD_WAIT_H
#define SFTRACE_TOOLS_RECORD_WAIT_H

/*
 * Wait until no process maps a log of the recording (out, or out.*: the
 * runtime keeps its blocks mapped while it records), saying once on stderr
 * which processes it waits for. Returns the number of processes that were
 * waited for.
 */
int record_wait(const char *out);

#endif
