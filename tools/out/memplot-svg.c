/*
 * SVG line plot writer (see memplot-svg.h).
 *
 * Everything is drawn in one pass in document order: background, grid
 * and tick labels, marks, curves, legend. Ticks step by 1, 2 or 5 times
 * a power of ten of the axis unit (ns, us, ms or s; B, KiB, MiB, GiB or
 * TiB), chosen so that the axis gets about eight of them. Curves are
 * polylines in data order; the caller keeps them to a few thousand
 * points.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "tools/analysis/fmt.h"
#include "tools/out/memplot-svg.h"

#define LEFT 90
#define RIGHT 30
#define TOP 60
#define BOTTOM 56
#define MAX_MARKS 1000	/* more are not drawn */
#define MAX_LEGEND 16	/* legend lines; the rest are counted */

static const char *const palette[] = {
	"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
	"#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
};

struct axis {
	double max;	 /* data units */
	double div;	 /* data units per axis unit */
	const char *unit;
	double step;	 /* in axis units */
};

static double nice_step(double range)
{
	double raw = range / 8, mag, f;

	if (!(raw > 0))
		return 1;
	mag = pow(10, floor(log10(raw)));
	f = raw / mag;
	return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
}

static void time_axis(struct axis *a, double max)
{
	static const struct { double div; const char *unit; } u[] = {
		{ 1, "ns" }, { 1e3, "us" }, { 1e6, "ms" }, { 1e9, "s" },
	};
	int i = 0;

	while (i < 3 && max >= u[i + 1].div)
		i++;
	a->max = max;
	a->div = u[i].div;
	a->unit = u[i].unit;
	a->step = nice_step(max / a->div);
}

static void bytes_axis(struct axis *a, double max)
{
	static const char *const unit[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	int i = 0;

	a->div = 1;
	while (i < 4 && max >= a->div * 1024) {
		a->div *= 1024;
		i++;
	}
	a->max = max;
	a->unit = unit[i];
	a->step = nice_step(max / a->div);
}

int memplot_svg_write(FILE *f, const struct memplot_series *s, size_t n,
		      const struct memplot_opts *o)
{
	unsigned w = o->width ? o->width : 1000, h = o->height ? o->height : 500;
	double pw = w - LEFT - RIGHT, ph = h - TOP - BOTTOM, xmax = 0, ymax = 0;
	struct axis xa, ya;
	size_t npts = 0;

	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < s[i].n; j++) {
			npts++;
			if (s[i].pts[j].x > xmax)
				xmax = (double)s[i].pts[j].x;
			if (s[i].pts[j].y > ymax)
				ymax = (double)s[i].pts[j].y;
		}
	for (size_t i = 0; i < o->nmarks && i < MAX_MARKS; i++)
		if (o->marks[i] > xmax)
			xmax = (double)o->marks[i];
	if (xmax <= 0)
		xmax = 1;
	if (ymax <= 0)
		ymax = 1;
	time_axis(&xa, xmax);
	bytes_axis(&ya, ymax);
	/* round the top of y up to a tick so the highest point sits below it */
	ymax = ceil(ymax / ya.div / ya.step) * ya.step * ya.div;
	ya.max = ymax;

	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		   "<svg version=\"1.1\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%u\" "
		   "height=\"%u\" viewBox=\"0 0 %u %u\" font-family=\"sans-serif\" "
		   "font-size=\"12\">\n",
		w, h, w, h);
	fprintf(f, "<rect x=\"0\" y=\"0\" width=\"%u\" height=\"%u\" fill=\"white\"/>\n", w, h);
	fprintf(f, "<text x=\"%u\" y=\"22\" text-anchor=\"middle\" font-size=\"17\">", w / 2);
	fmt_xml_string(f, o->title ? o->title : "Live heap");
	fputs("</text>\n", f);
	if (o->subtitle) {
		fprintf(f, "<text x=\"%u\" y=\"40\" text-anchor=\"middle\" fill=\"#646464\">",
			w / 2);
		fmt_xml_string(f, o->subtitle);
		fputs("</text>\n", f);
	}

	/* grid and ticks */
	fputs("<g id=\"grid\" stroke=\"#e0e0e0\" stroke-width=\"1\">\n", f);
	for (double v = 0; v <= xmax / xa.div * (1 + 1e-9); v += xa.step) {
		double x = LEFT + v * xa.div / xmax * pw;

		fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"/>\n", x, TOP, x,
			TOP + ph);
	}
	for (double v = 0; v <= ymax / ya.div * (1 + 1e-9); v += ya.step) {
		double y = TOP + ph - v * ya.div / ymax * ph;

		fprintf(f, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", LEFT, y,
			LEFT + pw, y);
	}
	fputs("</g>\n<g id=\"ticks\">\n", f);
	for (double v = 0; v <= xmax / xa.div * (1 + 1e-9); v += xa.step)
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>\n",
			LEFT + v * xa.div / xmax * pw, TOP + ph + 18, v);
	for (double v = 0; v <= ymax / ya.div * (1 + 1e-9); v += ya.step)
		fprintf(f, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%g %s</text>\n", LEFT - 6,
			TOP + ph - v * ya.div / ymax * ph + 4, v, ya.unit);
	fputs("</g>\n", f);
	fprintf(f, "<text x=\"%.1f\" y=\"%u\" text-anchor=\"middle\">", LEFT + pw / 2, h - 12);
	fmt_xml_string(f, o->x_label ? o->x_label : "time");
	fprintf(f, " (%s)</text>\n", xa.unit);
	fprintf(f, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" "
		   "transform=\"rotate(-90 16 %.1f)\">live bytes</text>\n",
		TOP + ph / 2, TOP + ph / 2);
	fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
		   "stroke=\"#444444\"/>\n",
		LEFT, TOP, pw, ph);

	/* marks */
	if (o->nmarks) {
		fputs("<g id=\"marks\" stroke=\"#888888\" stroke-dasharray=\"4 3\">\n", f);
		for (size_t i = 0; i < o->nmarks && i < MAX_MARKS; i++) {
			double x = LEFT + (double)o->marks[i] / xmax * pw;
			char t[FMT_DURATION_MAX];

			fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"><title>"
				   "milestone %zu at %s</title></line>\n",
				x, TOP, x, TOP + ph, i + 1, fmt_duration(t, o->marks[i], 0));
		}
		fputs("</g>\n", f);
		if (o->nmarks <= 50) {
			fputs("<g id=\"mark-labels\" fill=\"#555555\" font-size=\"10\" "
			      "text-anchor=\"middle\">\n",
			      f);
			for (size_t i = 0; i < o->nmarks; i++)
				fprintf(f, "<text x=\"%.1f\" y=\"%d\">%zu</text>\n",
					LEFT + (double)o->marks[i] / xmax * pw, TOP - 4, i + 1);
			fputs("</g>\n", f);
		}
	}

	/* curves */
	fputs("<g id=\"curves\" fill=\"none\" stroke-width=\"1.5\" "
	      "stroke-linejoin=\"round\">\n",
	      f);
	for (size_t i = 0; i < n; i++) {
		if (!s[i].n)
			continue;
		fprintf(f, "<polyline stroke=\"%s\" points=\"",
			palette[i % (sizeof(palette) / sizeof(palette[0]))]);
		for (size_t j = 0; j < s[i].n; j++)
			fprintf(f, "%s%.1f,%.1f", j ? " " : "",
				LEFT + (double)s[i].pts[j].x / xmax * pw,
				TOP + ph - (double)s[i].pts[j].y / ymax * ph);
		fputs("\"><title>", f);
		fmt_xml_string(f, s[i].label ? s[i].label : "");
		fputs("</title></polyline>\n", f);
	}
	fputs("</g>\n", f);
	if (!npts)
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">No memory events "
			   "to plot</text>\n",
			LEFT + pw / 2, TOP + ph / 2);

	/* legend */
	if (n > 1) {
		size_t shown = n < MAX_LEGEND ? n : MAX_LEGEND;

		fprintf(f, "<g id=\"legend\"><rect x=\"%.1f\" y=\"%d\" width=\"150\" "
			   "height=\"%zu\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#cccccc\"/>\n",
			LEFT + pw - 160, TOP + 8, 16 * shown + (n > shown ? 16 : 0) + 8);
		for (size_t i = 0; i < shown; i++) {
			double y = TOP + 22 + 16.0 * i;

			fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
				   "stroke=\"%s\" stroke-width=\"3\"/>"
				   "<text x=\"%.1f\" y=\"%.1f\">",
				LEFT + pw - 152, y - 4, LEFT + pw - 132, y - 4,
				palette[i % (sizeof(palette) / sizeof(palette[0]))], LEFT + pw - 126, y);
			fmt_xml_string(f, s[i].label ? s[i].label : "");
			fputs("</text>\n", f);
		}
		if (n > shown)
			fprintf(f, "<text x=\"%.1f\" y=\"%.1f\">... %zu more</text>\n",
				LEFT + pw - 126, TOP + 22 + 16.0 * shown, n - shown);
		fputs("</g>\n", f);
	}
	fputs("</svg>\n", f);
	if (ferror(f)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}
