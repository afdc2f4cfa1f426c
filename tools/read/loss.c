/*
 * What a log is missing (see loss.h): the counts come from trace_open()'s
 * block scan (lost per block and reason, the header, the damage found) and
 * from the decoder's walk (lost records in the stream, blocks whose
 * records stop decoding, bytes per event for the estimates); this file
 * adds them up and words them, so every command says the same thing.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/read/loss.h"

/* 4210 as "4,210". */
static const char *count(char *buf, size_t n, uint64_t v)
{
	char digits[24];
	int len = snprintf(digits, sizeof(digits), "%" PRIu64, v);
	size_t o = 0;

	for (int i = 0; i < len && o + 2 < n; i++) {
		if (i && (len - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
	return buf;
}

/* A file size for people: "812 bytes", "12.0 KiB", "12.3 MiB", "1.5 GiB". */
static const char *size_text(char *buf, size_t n, uint64_t b)
{
	if (b < 1024)
		snprintf(buf, n, "%" PRIu64 " bytes", b);
	else if (b < 1024 * 1024)
		snprintf(buf, n, "%.1f KiB", (double)b / 1024);
	else if (b < 1024 * 1024 * 1024)
		snprintf(buf, n, "%.1f MiB", (double)b / (1024 * 1024));
	else
		snprintf(buf, n, "%.1f GiB", (double)b / (1024.0 * 1024 * 1024));
	return buf;
}

/* "3.0 s", "52 ms", "840 us". */
static const char *secs_text(char *buf, size_t n, uint64_t ns)
{
	if (ns >= 1000000000)
		snprintf(buf, n, "%.1f s", (double)ns / 1e9);
	else if (ns >= 1000000)
		snprintf(buf, n, "%.0f ms", (double)ns / 1e6);
	else
		snprintf(buf, n, "%.0f us", (double)ns / 1e3);
	return buf;
}

const char *trace_loss_reason_name(uint32_t reason)
{
	static const char *const names[LOSS_REASONS] = {
		[FMT_LOST_UNKNOWN] = "unknown",		[FMT_LOST_NO_SPACE] = "no_space",
		[FMT_LOST_WRITE_ERROR] = "write_error", [FMT_LOST_DESCRIPTOR] = "descriptor",
		[FMT_LOST_NESTING] = "nesting",		[FMT_LOST_STOPPED] = "stopped",
		[FMT_LOST_SHUTDOWN] = "shutdown",	[FMT_LOST_THREAD_EXIT] = "thread_exit",
		[FMT_LOST_VFORK] = "vfork",
		[LOSS_AT_EXIT] = "at_exit",
	};
	return reason < LOSS_REASONS ? names[reason] : names[FMT_LOST_UNKNOWN];
}

const char *trace_loss_reason_text(uint32_t reason, uint32_t err, char *buf, size_t n)
{
	switch (reason) {
	case FMT_LOST_NO_SPACE:
		return err == EFBIG ? "file size limit reached"
		       : err == EDQUOT ? "disk quota exceeded"
				       : "disk full";
	case FMT_LOST_WRITE_ERROR:
		if (!err)
			return "the log could not be written";
		snprintf(buf, n, "the log could not be written (%s)", strerror((int)err));
		return buf;
	case FMT_LOST_DESCRIPTOR:
		return "the program closed the log's file descriptor";
	case FMT_LOST_NESTING:
		return "signal handlers nested too deeply";
	case FMT_LOST_STOPPED:
		return "recording stopped";
	case FMT_LOST_SHUTDOWN:
		return "after the runtime shut down at exit";
	case FMT_LOST_THREAD_EXIT:
		return "after their thread's trace was closed at its exit";
	case FMT_LOST_VFORK:
		return "made by vfork children before exec (they run on their parent's thread)";
	case LOSS_AT_EXIT:
		return "after their thread's or the runtime's shutdown at exit";
	default:
		return "reason not recorded";
	}
}

void trace_loss_get(const struct trace *t, struct trace_loss *l)
{
	uint64_t sum = 0, events = 0, bytes = 0, end = t->end_ns;

	memset(l, 0, sizeof(*l));
	for (size_t r = 0; r < TRACE_LOST_REASONS; r++)
		l->by_reason[r] = t->lost_by_reason[r];
	for (size_t i = 0; i < t->nthreads; i++) {
		const struct trace_thread *th = &t->threads[i];

		if (th->lost) {
			l->lost_threads++;
			sum += th->lost;
		}
		/* LOST records in the stream (a walk found them) carry no reason */
		if (th->lost > th->lost_blocks)
			l->by_reason[FMT_LOST_UNKNOWN] += th->lost - th->lost_blocks;
		events += th->nevents;
		bytes += th->bytes;
		l->unreadable_blocks += th->damaged;
		l->unreadable_bytes += th->damaged_bytes;
		if (th->last_ns > end)
			end = th->last_ns;
	}
	l->stopped = !!(t->flags & FMT_FLAG_STOPPED);
	l->stop_reason = t->stop_reason;
	l->stop_errno = t->stop_errno;
	if (l->stop_reason && l->stop_reason < TRACE_LOST_REASONS &&
	    l->stop_reason != FMT_LOST_STOPPED) {
		l->by_reason[l->stop_reason] += l->by_reason[FMT_LOST_STOPPED];
		l->by_reason[FMT_LOST_STOPPED] = 0;
	}
	/*
	 * The header's count, written at shutdown, also holds the events of
	 * threads that had no block: after a stop, or at exit (LOSS_AT_EXIT).
	 * It overlaps the blocks' counts, so only what it holds beyond them
	 * is added: a lower bound when both kinds occur.
	 */
	if (t->lost > sum) {
		uint32_t r = l->stopped && l->stop_reason < TRACE_LOST_REASONS && l->stop_reason
				     ? l->stop_reason
				     : LOSS_AT_EXIT;
		l->by_reason[r] += t->lost - sum;
		sum = t->lost;
	}
	l->lost = sum;
	if (l->stopped && t->stop_ns && end > t->stop_ns)
		l->stop_before_end_ns = end - t->stop_ns;
	l->filter_dropped = t->filter_dropped;

	l->cut_size = t->damage.cut_size;
	l->full_size = t->damage.full_size;
	l->full_size_exact = t->damage.full_size_exact;
	l->unreadable_blocks += t->damage.bad_regions;
	l->unreadable_bytes += t->damage.bad_bytes;
	if (l->unreadable_bytes && bytes && events)
		l->unreadable_events =
			(uint64_t)((double)l->unreadable_bytes * (double)events / (double)bytes + 0.5);
}

bool trace_loss_damaged(const struct trace_loss *l)
{
	return l->cut_size || l->unreadable_blocks;
}

bool trace_loss_any(const struct trace_loss *l)
{
	return l->lost || l->filter_dropped || trace_loss_damaged(l);
}

/* Append to buf (of n bytes, NUL-terminated, truncated if full). */
static void add(char *buf, size_t n, const char *fmt, ...) ATTR_PRINTF(3, 4);
static void add(char *buf, size_t n, const char *fmt, ...)
{
	size_t len = strlen(buf);
	va_list ap;

	if (len + 1 >= n)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + len, n - len, fmt, ap);
	va_end(ap);
}

#define LINE_MAX_LEN 1024

char *trace_loss_line(const struct trace_loss *l)
{
	char line[LINE_MAX_LEN] = "", n1[32], n2[32], tbuf[160], when[32];
	uint32_t order[LOSS_REASONS], nr = 0;

	if (!l->lost && !l->filter_dropped)
		return NULL;
	if (l->lost) {
		add(line, sizeof(line), "%s events lost", count(n1, sizeof(n1), l->lost));
		if (l->lost_threads)
			add(line, sizeof(line), " in %s thread%s",
			    count(n2, sizeof(n2), l->lost_threads), l->lost_threads == 1 ? "" : "s");
		/* reasons, the largest first */
		for (uint32_t r = 0; r < LOSS_REASONS; r++) {
			uint32_t k = nr;

			if (!l->by_reason[r])
				continue;
			for (; k && l->by_reason[order[k - 1]] < l->by_reason[r]; k--)
				order[k] = order[k - 1];
			order[k] = r;
			nr++;
		}
		for (uint32_t i = 0; i < nr; i++) {
			uint32_t r = order[i];
			uint32_t err = r == l->stop_reason ? l->stop_errno : 0;
			bool at_stop = l->stopped && r == l->stop_reason && l->stop_before_end_ns;

			add(line, sizeof(line), "%s%s", i ? "; " : ": ",
			    trace_loss_reason_text(r, err, tbuf, sizeof(tbuf)));
			if (nr > 1 && at_stop)
				add(line, sizeof(line), " (%s, %s before the end)",
				    count(n1, sizeof(n1), l->by_reason[r]),
				    secs_text(when, sizeof(when), l->stop_before_end_ns));
			else if (nr > 1)
				add(line, sizeof(line), " (%s)", count(n1, sizeof(n1), l->by_reason[r]));
			else if (at_stop)
				add(line, sizeof(line), " (%s before the end)",
				    secs_text(when, sizeof(when), l->stop_before_end_ns));
		}
	}
	if (l->filter_dropped)
		add(line, sizeof(line), "%s%s events dropped by filters", l->lost ? "; " : "",
		    count(n1, sizeof(n1), l->filter_dropped));
	return xstrdup(line);
}

char *trace_loss_damage_line(const struct trace_loss *l)
{
	char line[LINE_MAX_LEN] = "", s1[32], s2[32];

	if (!trace_loss_damaged(l))
		return NULL;
	if (l->cut_size) {
		add(line, sizeof(line), "cut at %s", size_text(s1, sizeof(s1), l->cut_size));
		if (l->full_size_exact)
			add(line, sizeof(line), " of %s (size in header)",
			    size_text(s2, sizeof(s2), l->full_size));
		else if (l->full_size)
			add(line, sizeof(line), " (its last block reaches %s; the full size is not "
						"known)", size_text(s2, sizeof(s2), l->full_size));
		else
			add(line, sizeof(line), " (the full size is not known)");
		add(line, sizeof(line), ", what followed is lost");
	}
	if (l->unreadable_blocks) {
		add(line, sizeof(line), "%s%s block%s unreadable", l->cut_size ? "; " : "",
		    count(s1, sizeof(s1), l->unreadable_blocks), l->unreadable_blocks == 1 ? "" : "s");
		const char *them = l->unreadable_blocks == 1 ? "it" : "them";

		if (l->unreadable_events)
			add(line, sizeof(line),
			    ", about %s event%s in %s lost (estimated from %s size)",
			    count(s2, sizeof(s2), l->unreadable_events),
			    l->unreadable_events == 1 ? "" : "s", them,
			    l->unreadable_blocks == 1 ? "its" : "their");
		else if (l->unreadable_bytes)
			add(line, sizeof(line), ", %s of records in %s lost",
			    size_text(s2, sizeof(s2), l->unreadable_bytes), them);
	}
	return xstrdup(line);
}

void trace_loss_note(const struct trace *t)
{
	struct trace_loss l;
	char *lost, *damage;

	trace_loss_get(t, &l);
	lost = trace_loss_line(&l);
	damage = trace_loss_damage_line(&l);
	if (lost)
		note("%s: %s", t->path, lost);
	if (damage)
		warning("%s: %s", t->path, damage);
	free(lost);
	free(damage);
}
