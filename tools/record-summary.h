/*
 * What `sftrace record` says about each log it finds: events (counted by
 * a walk over the record tags of every EVENTS block, as the readers would
 * find them), threads, functions patched, losses (record-summary.c).
 */
#ifndef SFTRACE_TOOLS_RECORD_SUMMARY_H
#define SFTRACE_TOOLS_RECORD_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

struct log_summary {
	uint64_t events;
	uint64_t mem_events; /* of the events, memory records */
	uint32_t threads; /* distinct thread serials */
	uint64_t funcs, patched; /* over the MODULE records */
	uint64_t filter_dropped; /* over the EVENTS blocks */
	uint64_t lost;		 /* over the EVENTS blocks */
	uint32_t lost_reason;	 /* the last block's with a reason */
};

/* Walk the blocks of a mapped log as the reader does (format.md "Blocks"). */
void record_summarize(const uint8_t *map, size_t size, struct log_summary *s);

#endif
