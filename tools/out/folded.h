/*
 * Folded stacks: one line per call path, "root;caller;callee WEIGHT", the
 * input format of flamegraph.pl, inferno and speedscope.
 */
#ifndef SFTRACE_TOOLS_OUT_FOLDED_H
#define SFTRACE_TOOLS_OUT_FOLDED_H

#include <stdbool.h>
#include <stdio.h>

struct calltree;

/*
 * Write every path of ct (named nodes, the root left out; each frame as
 * calltree_label() shows it, so a folded recursion is "f ×N") whose own weight
 * is non-zero: its self time in ns, or its call count when by_calls. So a
 * frame's width in a flame graph made from the output is its total time
 * (or the calls made in its subtree). Lines are in depth-first order,
 * children sorted by name. A ';' inside a name becomes ':' and line breaks
 * become spaces, as the format cannot carry them. Returns 0, or -1 with
 * errno set when writing failed.
 */
int folded_write(FILE *f, const struct calltree *ct, bool by_calls);

#endif
