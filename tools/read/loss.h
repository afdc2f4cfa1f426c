/*
 * What a log is missing, and why: the one place every command asks.
 *
 * Three things, kept apart because they mean different things:
 *  - events the runtime could not record, counted with their reason
 *    (docs/format.md "Loss reasons": the block headers' lost and
 *    lost_reason, the header's lost, stop_reason, stop_errno, stop_tsc);
 *  - events the recording filters dropped: asked for, not a loss;
 *  - damage to the file itself: cut short (a copy of a log being
 *    written, a full disk while copying) or blocks overwritten, found by
 *    the block scan of trace_open() and by the decoder.
 * A log its process did not close (it left by _exit or exec, was killed,
 * or is still running) is none of these when its blocks read to their
 * end: nothing of what was recorded is missing, and nothing is said.
 *
 * Counts are exact where the log has them and estimates where it cannot:
 * what a cut-off part held is not known at all; what an unreadable block
 * held is estimated from its size (its used bytes when its header still
 * says) and the log's bytes per event. trace_loss_get() is best called
 * after the threads were walked: the decoder refines the lost counts and
 * finds the records that stop decoding.
 */
#ifndef SFTRACE_TOOLS_READ_LOSS_H
#define SFTRACE_TOOLS_READ_LOSS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tools/read/trace.h"

/*
 * The reasons of struct trace_loss: FMT_LOST_*, and LOSS_AT_EXIT, what the
 * header's count (written at shutdown) holds beyond the blocks' when
 * recording did not stop: events of threads that had no block left, after
 * their trace or the process's was closed at exit (FMT_LOST_SHUTDOWN or
 * FMT_LOST_THREAD_EXIT; the log does not say which).
 */
#define LOSS_AT_EXIT TRACE_LOST_REASONS
#define LOSS_REASONS (TRACE_LOST_REASONS + 1)

struct trace_loss {
	uint64_t lost;		/* events not recorded, as the runtime counted them */
	uint32_t lost_threads;	/* threads that lost some (0: only the header knows) */
	/* lost by reason (above); FMT_LOST_STOPPED is resolved to the header's
	 * stop_reason when it has one */
	uint64_t by_reason[LOSS_REASONS];
	uint32_t stop_errno;	/* the error behind a stop (ENOSPC, EFBIG, ...), 0 if none */
	bool stopped;		/* recording stopped early (FMT_FLAG_STOPPED) */
	uint32_t stop_reason;	/* FMT_LOST_* of the stop */
	uint64_t stop_before_end_ns; /* how long before the end it stopped, 0 if not known */
	uint64_t filter_dropped; /* events the filters dropped (not lost) */

	uint64_t cut_size;	/* the file is cut short: its size; else 0 */
	uint64_t full_size;	/* with cut_size: the size it had, 0 if not known */
	bool full_size_exact;	/* full_size is the header's (clean shutdown) */
	uint64_t unreadable_blocks;  /* no valid header, or records that stop decoding */
	uint64_t unreadable_bytes;   /* written bytes in them that could not be read */
	uint64_t unreadable_events;  /* estimated from those bytes; 0 if not known */
};

/* What t is missing (see above). */
void trace_loss_get(const struct trace *t, struct trace_loss *l);

/* Whether events were lost, dropped by filters, or the file is damaged. */
bool trace_loss_any(const struct trace_loss *l);
bool trace_loss_damaged(const struct trace_loss *l);

/* A loss reason (above) as a word for scripts ("no_space", "nesting", ...). */
const char *trace_loss_reason_name(uint32_t reason);

/*
 * A loss reason for people: "disk full", "file size limit reached" (err
 * EFBIG), "signal handlers nested too deeply", ... into buf when it needs
 * the error's text; returns buf or a constant string.
 */
const char *trace_loss_reason_text(uint32_t reason, uint32_t err, char *buf, size_t n);

/*
 * "4,210 events lost in 2 threads: disk full (3.0 s before the end);
 * 12 events dropped by filters", or NULL when nothing was lost or
 * dropped. The caller frees it.
 */
char *trace_loss_line(const struct trace_loss *l);

/*
 * "cut at 12.3 MiB of 40.0 MiB (size in header); 3 blocks unreadable,
 * about 812,114 events in them lost (estimated from their size)", or NULL
 * when the file is not damaged. The caller frees it.
 */
char *trace_loss_damage_line(const struct trace_loss *l);

/*
 * Print the two lines above on stderr, as "sftrace: PATH: ..." (the
 * damage one as "sftrace: PATH: damaged: ..."), when there is anything to
 * say. Never fails.
 */
void trace_loss_note(const struct trace *t);

#endif
