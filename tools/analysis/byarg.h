/*
 * `sftrace report --by-arg NAME`: the calls of marked functions (those
 * whose arguments were recorded, docs/format.md "Value records") grouped
 * by the value of their argument NAME, as formatted by tools/read/values.h
 * ("request=\"./a.js\"" groups under "\"./a.js\""). One struct fstat per
 * (log, function, value): calls, total (outermost activations of the
 * function), self, and the histogram of durations. A function without
 * DWARF names its registers arg0..arg5.
 */
#ifndef SFTRACE_TOOLS_ANALYSIS_BYARG_H
#define SFTRACE_TOOLS_ANALYSIS_BYARG_H

#include <stddef.h>
#include <stdint.h>

#include "tools/analysis/funcstats.h"

struct analysis;

struct byarg_row {
	struct fstat st;  /* st.log, st.func: the function */
	char *value;	  /* the argument's text */
};

struct byarg {
	struct byarg_row *rows;
	size_t nr, alloc;
	uint32_t *slots;  /* hash of (log, func, value) -> row index + 1 */
	size_t nslots;
	uint64_t marked;  /* calls with recorded arguments */
	uint64_t missing; /* of those, calls of functions without that argument */
};

/*
 * Walk a's selected threads (one worker: the DWARF reader is not shared)
 * into out (initialised here). Returns 0 or -1 on a decode error.
 */
int byarg_walk(struct analysis *a, const char *name, struct byarg *out);

void byarg_release(struct byarg *b);

struct calltree;

/*
 * `sftrace tree --args`: the call tree of analysis_calltree(), except that
 * a call with recorded arguments gets a node per distinct argument text
 * under its caller, named "function(a=1, b=\"x\")". One worker. The names
 * live as long as *names (free each, then the array: byarg_names_free()).
 * Returns 0 or -1 on a decode error.
 */
struct byarg_names {
	char **v;
	size_t n, alloc;
};
int byarg_calltree(struct analysis *a, struct calltree *out, struct byarg_names *names);
void byarg_names_free(struct byarg_names *names);

#endif
