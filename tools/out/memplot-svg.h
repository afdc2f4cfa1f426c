/*
 * A line plot as a standalone SVG file: curves of bytes over time (the
 * live heap of `sftrace memory --plot`), with axes, tick labels in human
 * units, a legend when there are several curves, and vertical marks
 * (milestones). No script, no external resource: any browser or SVG
 * viewer shows it, and it is well-formed XML.
 */
#ifndef SFTRACE_TOOLS_OUT_MEMPLOT_SVG_H
#define SFTRACE_TOOLS_OUT_MEMPLOT_SVG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct memplot_point {
	uint64_t x; /* ns */
	uint64_t y; /* bytes */
};

struct memplot_series {
	char *label;		    /* owned by whoever made the series */
	struct memplot_point *pts;  /* x never decreasing */
	size_t n;
};

struct memplot_opts {
	const char *title;	  /* NULL: "Live heap" */
	const char *subtitle;	  /* NULL: none */
	const char *x_label;	  /* NULL: "time" (the unit is appended) */
	const uint64_t *marks;	  /* x of vertical marks, labelled 1, 2, ...; may be NULL */
	size_t nmarks;
	unsigned width, height;	  /* pixels; 0: 1000 x 500 */
};

/*
 * Write the curves as one SVG document; x from 0 to the largest x of any
 * point (or mark), y from 0 to the largest y. Returns 0, or -1 with errno
 * set when writing failed.
 */
int memplot_svg_write(FILE *f, const struct memplot_series *s, size_t n,
		      const struct memplot_opts *o);

#endif
