/*
 * Interactive SVG flame graph of a call-path tree.
 *
 * The file is self-contained (inline CSS and JavaScript, no network):
 * each frame is a <g> with a <title> tooltip (name, time, percentage,
 * calls), a <rect> and a label; clicking a frame zooms to it (its
 * ancestors stay, faded, at full width), "Reset Zoom" undoes it, "Search"
 * (or Ctrl-F) highlights the frames whose name matches a regular
 * expression and shows the share of the total they cover. URL parameters
 * do the same on load: ?s=REGEX searches, ?z=NAME zooms to the widest
 * frame of that name.
 */
#ifndef SFTRACE_TOOLS_OUT_FLAMEGRAPH_SVG_H
#define SFTRACE_TOOLS_OUT_FLAMEGRAPH_SVG_H

#include <stdbool.h>
#include <stdio.h>

struct calltree;

struct flame_svg_opts {
	const char *title;    /* NULL: "Flame Graph" */
	const char *subtitle; /* NULL: none */
	unsigned width;	      /* image width in pixels; 0: 1200 */
	double min_width;     /* omit frames narrower than this (pixels); 0.1 typical */
	bool by_calls;	      /* width = calls in the subtree instead of total time */
	bool by_bytes;	      /* the tree holds bytes (total_ns, self_ns) and blocks (calls):
				 sftrace memory's leak graph */
	bool inverted;	      /* icicle: roots at the top */
};

/*
 * Write ct (nodes named; the root is drawn as "all") as an SVG document.
 * Sibling frames are ordered by name, as flamegraph.pl does. Returns 0, or
 * -1 with errno set when writing failed.
 */
int flame_svg_write(FILE *f, const struct calltree *ct, const struct flame_svg_opts *o);

#endif
