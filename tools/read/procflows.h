/*
 * The frames that started the processes of a log set (docs/format.md
 * "Flow records", PROCESS): a fork child's log names the parent's frame
 * that called fork, an exec'd or spawned program's the frame that called
 * exec or spawn, by pid, thread serial, level, function and time. Those
 * frames are found in the other logs of the set, given as frame ids of
 * the same walk the converter makes.
 *
 * Use: procflows_new() on the opened logs; walk them in trace_start_order()
 * (parents before children), calling procflows_log_walked()
 * before each log's own walk with its first frame id; the children's
 * outermost frames then have procflows_cause().
 */
#ifndef SFTRACE_TOOLS_READ_PROCFLOWS_H
#define SFTRACE_TOOLS_READ_PROCFLOWS_H

#include <stddef.h>
#include <stdint.h>

#include "tools/read/trace.h"

struct procflows;

/* NULL when no log of traces[0..n) was started by a frame of another. */
struct procflows *procflows_new(struct trace *traces, size_t n);
void procflows_free(struct procflows *pf);

/*
 * Log k's walk starts at frame id first_id: the frames of it that started
 * other logs' processes are found now (one walk of it, only when it has
 * some). A frame that cannot be found (the log does not have its entry,
 * as in a fork child that execs at once) gives way to this log's own
 * cause.
 */
void procflows_log_walked(struct procflows *pf, size_t k, uint64_t first_id);

/* The cause of the outermost frames of thread serial of log k (the frame
 * id of another log's frame), 0 for none. */
uint64_t procflows_cause(const struct procflows *pf, size_t k, uint32_t serial);

/* How many processes were started by a frame found in the set. */
size_t procflows_linked(const struct procflows *pf);

/* Whether that cause was found in the parent's log itself (1), not
 * handed on from the parent's own cause (0). */
int procflows_cause_direct(const struct procflows *pf, size_t k, uint32_t serial);

/* Whether some process's cause is a frame of log k found there (known
 * once procflows_log_walked() saw it). */
int procflows_causes_in(const struct procflows *pf, size_t k);

/* The logs (indices into children[0..max)) of the processes frame id
 * started, found in its own log; returns how many (may exceed max). */
size_t procflows_started(const struct procflows *pf, uint64_t id, uint64_t *children, size_t max);

#endif
