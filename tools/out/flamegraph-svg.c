/*
 * SVG flame graph writer (see flamegraph-svg.h).
 *
 * Layout is computed here in integer units (ns or calls): every frame
 * carries fg:x (offset from the left edge of the root) and fg:w (width)
 * and fg:d (depth), so the embedded script can zoom exactly by rescaling
 * those, without parsing the drawn coordinates. The initial drawing uses
 * the same formulas and the same label fitting as the script, so the
 * picture is right even with scripts disabled.
 *
 * Colours hash the function name into flamegraph.pl's "hot" palette, so a
 * function has the same colour in every graph (a folded recursion too:
 * the name, not the "f ×N" label, is hashed); process frames are blue
 * and the root grey.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/calltree.h"
#include "tools/analysis/fmt.h"
#include "tools/lib/usage.h"
#include "tools/out/flamegraph-svg.h"

#define FRAME_H 16
#define FONT_SIZE 12
#define FONT_W 7.2 /* average glyph width of a 12px monospace font */
#define XPAD 10
#define YPAD_TOP 54
#define YPAD_BOTTOM 34

static const char script[] =
	"\"use strict\";\n"
	"var svg, frames, details, searchbtn, unzoombtn, matchedtxt, total, width, xpad;\n"
	"var fontw = " "7.2" ", searching = null, zoomed = null, origfill = new Map();\n"
	"function init(evt) {\n"
	"  svg = document.documentElement;\n"
	"  frames = document.getElementById('frames');\n"
	"  details = document.getElementById('details').firstChild;\n"
	"  searchbtn = document.getElementById('search');\n"
	"  unzoombtn = document.getElementById('unzoom');\n"
	"  matchedtxt = document.getElementById('matched');\n"
	"  total = +frames.getAttribute('fg:total');\n"
	"  width = +svg.getAttribute('width');\n"
	"  xpad = +frames.getAttribute('fg:xpad');\n"
	"  frames.addEventListener('click', function (e) {\n"
	"    var g = e.target.closest('g');\n"
	"    if (g && g.parentNode === frames) zoom(g);\n"
	"  });\n"
	"  frames.addEventListener('mouseover', function (e) {\n"
	"    var g = e.target.closest('g');\n"
	"    if (g && g.parentNode === frames)\n"
	"      details.nodeValue = g.querySelector('title').textContent.replace(/\\n/g, '  ');\n"
	"  });\n"
	"  frames.addEventListener('mouseout', function () { details.nodeValue = ' '; });\n"
	"  searchbtn.addEventListener('click', function () {\n"
	"    if (searching) reset_search(); else search();\n"
	"  });\n"
	"  unzoombtn.addEventListener('click', unzoom);\n"
	"  window.addEventListener('keydown', function (e) {\n"
	"    if (e.keyCode === 114 || ((e.ctrlKey || e.metaKey) && e.keyCode === 70)) {\n"
	"      e.preventDefault(); search();\n"
	"    } else if (e.keyCode === 27) { reset_search(); unzoom(); }\n"
	"  });\n"
	"  var params = new URLSearchParams(document.location.search);\n"
	"  if (params.get('z')) {\n"
	"    var best = null;\n"
	"    for (var g of frames.children)\n"
	"      if (fname(g) === params.get('z') && (!best || fw(g) > fw(best))) best = g;\n"
	"    if (best) zoom(best);\n"
	"  }\n"
	"  if (params.get('s')) search(params.get('s'));\n"
	"}\n"
	"function fname(g) { return g.querySelector('title').textContent.split('\\n')[0]; }\n"
	"function fx(g) { return +g.getAttribute('fg:x'); }\n"
	"function fw(g) { return +g.getAttribute('fg:w'); }\n"
	"function fd(g) { return +g.getAttribute('fg:d'); }\n"
	"function fit(name, w) {\n"
	"  var n = Math.floor((w - 6) / fontw);\n"
	"  if (n < 3) return '';\n"
	"  if (name.length <= n) return name;\n"
	"  var s = name.substring(0, n - 2);\n"
	"  if (/[\\ud800-\\udbff]$/.test(s)) s = s.slice(0, -1); /* half a pair */\n"
	"  return s + '..';\n"
	"}\n"
	"function place(g, x, w) {\n"
	"  var r = g.querySelector('rect'), t = g.querySelector('text');\n"
	"  r.setAttribute('x', x.toFixed(2));\n"
	"  r.setAttribute('width', Math.max(w, 0).toFixed(2));\n"
	"  t.setAttribute('x', (x + 3).toFixed(2));\n"
	"  t.textContent = fit(fname(g), w);\n"
	"}\n"
	"function zoom(z) {\n"
	"  var zx = fx(z), zw = fw(z), zd = fd(z), scale = (width - 2 * xpad) / zw;\n"
	"  zoomed = z;\n"
	"  unzoombtn.classList.remove('hide');\n"
	"  for (var g of frames.children) {\n"
	"    var x = fx(g), w = fw(g), d = fd(g);\n"
	"    g.classList.remove('parent'); g.classList.remove('hide');\n"
	"    if (d < zd && x <= zx && x + w >= zx + zw) {\n"
	"      g.classList.add('parent'); place(g, xpad, width - 2 * xpad);\n"
	"    } else if (d >= zd && x >= zx && x + w <= zx + zw) {\n"
	"      place(g, xpad + (x - zx) * scale, w * scale);\n"
	"    } else {\n"
	"      g.classList.add('hide');\n"
	"    }\n"
	"  }\n"
	"  if (searching) search(searching);\n"
	"}\n"
	"function unzoom() {\n"
	"  var scale = (width - 2 * xpad) / total;\n"
	"  zoomed = null;\n"
	"  unzoombtn.classList.add('hide');\n"
	"  for (var g of frames.children) {\n"
	"    g.classList.remove('parent'); g.classList.remove('hide');\n"
	"    place(g, xpad + fx(g) * scale, fw(g) * scale);\n"
	"  }\n"
	"  if (searching) search(searching);\n"
	"}\n"
	"function reset_search() {\n"
	"  for (var [r, fill] of origfill) r.setAttribute('fill', fill);\n"
	"  origfill.clear();\n"
	"  searching = null;\n"
	"  searchbtn.firstChild.nodeValue = 'Search';\n"
	"  matchedtxt.firstChild.nodeValue = ' ';\n"
	"}\n"
	"function search(term) {\n"
	"  if (term === undefined) {\n"
	"    term = prompt('Search for (regular expression):', searching || '');\n"
	"    if (term === null) return;\n"
	"  }\n"
	"  reset_search();\n"
	"  if (!term) return;\n"
	"  var re;\n"
	"  try { re = new RegExp(term); } catch (e) { alert('bad regular expression: ' + e.message); return; }\n"
	"  var base = zoomed ? fw(zoomed) : total, lo = zoomed ? fx(zoomed) : 0, hi = lo + base;\n"
	"  var spans = [];\n"
	"  for (var g of frames.children) {\n"
	"    if (!re.test(fname(g))) continue;\n"
	"    var r = g.querySelector('rect');\n"
	"    origfill.set(r, r.getAttribute('fill'));\n"
	"    r.setAttribute('fill', 'rgb(230,0,230)');\n"
	"    var x = Math.max(fx(g), lo), e = Math.min(fx(g) + fw(g), hi);\n"
	"    if (e > x) spans.push([x, e]);\n"
	"  }\n"
	"  spans.sort(function (a, b) { return a[0] - b[0]; });\n"
	"  var covered = 0, end = -1;\n"
	"  for (var s of spans) {\n"
	"    if (s[1] <= end) continue;\n"
	"    covered += s[1] - Math.max(s[0], end);\n"
	"    end = s[1];\n"
	"  }\n"
	"  searching = term;\n"
	"  searchbtn.firstChild.nodeValue = 'Reset Search';\n"
	"  matchedtxt.firstChild.nodeValue = 'Matched: ' +\n"
	"    (base ? (100 * covered / base).toFixed(1) : '0.0') + '%';\n"
	"}\n";

static uint32_t name_hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 16777619u;
	return h;
}

static void frame_color(const struct ct_node *n, char *buf, size_t len)
{
	uint32_t h;
	double v1, v2, v3;

	if (n->key == CT_KEY_ROOT) {
		snprintf(buf, len, "rgb(200,200,200)");
		return;
	}
	h = name_hash(n->name ? n->name : "");
	v1 = (h & 0xff) / 255.0;
	v2 = ((h >> 8) & 0xff) / 255.0;
	v3 = ((h >> 16) & 0xff) / 255.0;
	if (CT_KEY_IS_PROCESS(n->key))
		snprintf(buf, len, "rgb(%d,%d,%d)", (int)(80 + 60 * v1), (int)(150 + 50 * v1),
			 (int)(210 + 45 * v2));
	else
		snprintf(buf, len, "rgb(%d,%d,%d)", (int)(205 + 50 * v3), (int)(230 * v1),
			 (int)(55 * v2));
}

/*
 * The label that fits in w pixels; the same rule as fit() in the script,
 * which counts the UTF-16 units of the name as the title holds it.
 */
static void write_label(FILE *f, const char *name, double w)
{
	long n = (long)floor((w - 6) / FONT_W);
	size_t bytes;
	char *s;

	if (n < 3)
		return;
	if (fmt_utf16_units(name, NULL, SIZE_MAX) <= (size_t)n) {
		fmt_xml_string(f, name);
		return;
	}
	fmt_utf16_units(name, &bytes, (size_t)n - 2);
	s = xstrndup(name, bytes);
	fmt_xml_string(f, s);
	fputs("..", f);
	free(s);
}

struct layout {
	FILE *f;
	const struct calltree *ct;
	const struct flame_svg_opts *o;
	uint64_t *value;  /* width units per node */
	uint64_t *offset; /* left edge per node, in units */
	uint64_t *next;	  /* next free offset among a node's children */
	uint64_t total;
	double scale;	  /* pixels per unit */
	unsigned height;
	uint32_t max_depth;
	bool draw;
	char *label; /* calltree_label()'s buffer */
	size_t label_alloc;
};

static int cmp_name(const struct ct_node *a, const struct ct_node *b)
{
	return strcmp(a->name ? a->name : "", b->name ? b->name : "");
}

static int visit(void *arg, uint32_t node, int pre)
{
	struct layout *l = arg;
	const struct ct_node *n = &l->ct->nodes[node];
	double x, w, y;
	char color[32], t1[FMT_DURATION_MAX], t2[FMT_DURATION_MAX];
	uint64_t calls_subtree;
	const char *label;

	if (!pre)
		return 0;
	if (node == CT_ROOT) {
		l->offset[node] = 0;
	} else {
		l->offset[node] = l->next[n->parent];
		l->next[n->parent] += l->value[node];
	}
	l->next[node] = l->offset[node];
	w = l->value[node] * l->scale;
	if (!l->value[node] || w < l->o->min_width)
		return 1;
	if (!l->draw) {
		if (n->depth > l->max_depth)
			l->max_depth = n->depth;
		return 0;
	}
	x = XPAD + l->offset[node] * l->scale;
	if (l->o->inverted)
		y = YPAD_TOP + (double)n->depth * FRAME_H;
	else
		y = l->height - YPAD_BOTTOM - (double)(n->depth + 1) * FRAME_H;
	frame_color(n, color, sizeof(color));
	label = calltree_label(l->ct, node, &l->label, &l->label_alloc);
	fprintf(l->f, "<g fg:x=\"%" PRIu64 "\" fg:w=\"%" PRIu64 "\" fg:d=\"%u\"><title>",
		l->offset[node], l->value[node], n->depth);
	fmt_xml_string(l->f, label);
	calls_subtree = l->o->by_calls ? l->value[node] : 0;
	if (node == CT_ROOT) {
		if (l->o->by_bytes) {
			char b1[FMT_BYTES_MAX];

			fprintf(l->f, "\n%s", fmt_bytes(b1, l->value[node]));
		} else if (l->o->by_calls)
			fprintf(l->f, "\n%" PRIu64 " calls", calls_subtree);
		else
			fprintf(l->f, "\n%s", fmt_duration(t1, l->value[node], 0));
	} else if (l->o->by_calls && CT_KEY_IS_PROCESS(n->key)) {
		fprintf(l->f, "\n%" PRIu64 " calls (%.2f%%); %s", calls_subtree,
			100.0 * l->value[node] / l->total, fmt_duration(t1, n->total_ns, 0));
	} else if (l->o->by_bytes) {
		char b1[FMT_BYTES_MAX], b2[FMT_BYTES_MAX];

		fprintf(l->f, "\n%s (%.2f%%), self %s, %" PRIu64 " block%s here",
			fmt_bytes(b1, n->total_ns), 100.0 * n->total_ns / l->total,
			fmt_bytes(b2, n->self_ns), n->calls, n->calls == 1 ? "" : "s");
	} else if (l->o->by_calls) {
		fprintf(l->f, "\n%" PRIu64 " calls in this subtree (%.2f%%), %" PRIu64 " here; %s",
			calls_subtree, 100.0 * l->value[node] / l->total, n->calls,
			fmt_duration(t1, n->total_ns, 0));
	} else {
		fprintf(l->f, "\n%s (%.2f%%), self %s, %" PRIu64 " call%s",
			fmt_duration(t1, n->total_ns, 0), 100.0 * n->total_ns / l->total,
			fmt_duration(t2, n->self_ns, 0), n->calls, n->calls == 1 ? "" : "s");
		if (l->value[node] != n->total_ns)
			fprintf(l->f, "\n%s with the work other threads ran for it",
				fmt_duration(t1, l->value[node], 0));
		if (n->thread_bits) {
			int nt = __builtin_popcountll(n->thread_bits);
			fprintf(l->f, "\n%s of work on %d other thread%s in %s",
				fmt_duration(t1, n->work_ns, 0), nt, nt == 1 ? "" : "s",
				fmt_duration(t2, n->span_hi - n->span_lo, 0));
		}
	}
	fprintf(l->f,
		"</title><rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\" fill=\"%s\" "
		"rx=\"2\" ry=\"2\"/><text x=\"%.2f\" y=\"%.1f\">",
		x, y, w, FRAME_H - 1, color, x + 3, y + FRAME_H - 5);
	write_label(l->f, label, w);
	fputs("</text></g>\n", l->f);
	return 0;
}

int flame_svg_write(FILE *f, const struct calltree *ct, const struct flame_svg_opts *o)
{
	struct layout l = { .f = f, .ct = ct, .o = o };
	unsigned width = o->width ? o->width : 1200;
	const char *title = o->title ? o->title : "Flame Graph";

	l.value = xcalloc(ct->nr, sizeof(*l.value));
	l.offset = xcalloc(ct->nr, sizeof(*l.offset));
	l.next = xcalloc(ct->nr, sizeof(*l.next));
	if (o->by_calls) {
		uint64_t *c = calltree_subtree_calls(ct);

		memcpy(l.value, c, ct->nr * sizeof(*c));
		free(c);
	} else if (calltree_has_stitched(ct)) {
		/* work on other threads drawn under the calls it was for: a
		 * frame is as wide as the time of its whole subtree */
		uint64_t *w = calltree_work(ct);

		memcpy(l.value, w, ct->nr * sizeof(*w));
		free(w);
		l.value[CT_ROOT] = 0;
		for (uint32_t c = ct->nodes[CT_ROOT].first_child; c != CT_NONE;
		     c = ct->nodes[c].next_sibling)
			l.value[CT_ROOT] += l.value[c];
	} else {
		for (size_t i = 1; i < ct->nr; i++)
			l.value[i] = ct->nodes[i].total_ns;
		for (uint32_t c = ct->nodes[CT_ROOT].first_child; c != CT_NONE;
		     c = ct->nodes[c].next_sibling)
			l.value[CT_ROOT] += l.value[c];
	}
	l.total = l.value[CT_ROOT];
	l.scale = l.total ? (double)(width - 2 * XPAD) / l.total : 0;

	/* Pass 1: how deep the drawn frames go; pass 2: draw. */
	calltree_dfs(ct, CT_ROOT, cmp_name, visit, &l);
	l.height = YPAD_TOP + (l.max_depth + 1) * FRAME_H + YPAD_BOTTOM;
	l.draw = true;

	fprintf(f,
		"<?xml version=\"1.0\" standalone=\"no\"?>\n"
		"<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
		"\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
		"<svg version=\"1.1\" width=\"%u\" height=\"%u\" viewBox=\"0 0 %u %u\" "
		"onload=\"init(evt)\" xmlns=\"http://www.w3.org/2000/svg\" "
		"xmlns:fg=\"urn:sftrace:flamegraph\">\n",
		width, l.height, width, l.height);
	fprintf(f,
		"<defs><linearGradient id=\"background\" y1=\"0\" y2=\"1\" x1=\"0\" x2=\"0\">"
		"<stop stop-color=\"#eeeeee\" offset=\"5%%\"/>"
		"<stop stop-color=\"#eeeeb0\" offset=\"95%%\"/></linearGradient></defs>\n"
		"<style type=\"text/css\">\n"
		"text { font-family: monospace; font-size: %dpx; fill: rgb(0,0,0); }\n"
		"#title { text-anchor: middle; font-size: 17px; }\n"
		"#subtitle { text-anchor: middle; fill: rgb(100,100,100); }\n"
		"#search, #matched { text-anchor: end; }\n"
		"#search, #unzoom { cursor: pointer; }\n"
		"#frames > g:hover > rect { stroke: black; stroke-width: 0.5; }\n"
		"#frames > g { cursor: pointer; }\n"
		".hide { display: none; }\n"
		".parent { opacity: 0.5; }\n"
		"</style>\n"
		"<script type=\"text/ecmascript\"><![CDATA[\n%s]]></script>\n",
		FONT_SIZE, script);
	fprintf(f, "<rect x=\"0\" y=\"0\" width=\"%u\" height=\"%u\" fill=\"url(#background)\"/>\n",
		width, l.height);
	fprintf(f, "<text id=\"title\" x=\"%u\" y=\"24\">", width / 2);
	fmt_xml_string(f, title);
	fputs("</text>\n", f);
	if (o->subtitle) {
		fprintf(f, "<text id=\"subtitle\" x=\"%u\" y=\"42\">", width / 2);
		fmt_xml_string(f, o->subtitle);
		fputs("</text>\n", f);
	}
	fprintf(f,
		"<text id=\"details\" x=\"%d\" y=\"%u\"> </text>\n"
		"<text id=\"unzoom\" class=\"hide\" x=\"%d\" y=\"24\">Reset Zoom</text>\n"
		"<text id=\"search\" x=\"%u\" y=\"24\">Search</text>\n"
		"<text id=\"matched\" x=\"%u\" y=\"%u\"> </text>\n",
		XPAD, l.height - 12, XPAD, width - XPAD, width - XPAD, l.height - 12);
	fprintf(f, "<g id=\"frames\" fg:total=\"%" PRIu64 "\" fg:xpad=\"%d\" fg:unit=\"%s\">\n",
		l.total, XPAD, o->by_bytes ? "bytes" : o->by_calls ? "calls" : "ns");
	if (l.total)
		calltree_dfs(ct, CT_ROOT, cmp_name, visit, &l);
	fputs("</g>\n", f);
	if (!l.total)
		fprintf(f, "<text id=\"empty\" x=\"%u\" y=\"%d\" style=\"text-anchor: middle\">"
			   "%s</text>\n",
			width / 2, YPAD_TOP + FRAME_H - 4,
			o->by_bytes ? "No live memory to draw" : "No calls to draw");
	fputs("</svg>\n", f);

	free(l.value);
	free(l.offset);
	free(l.next);
	free(l.label);
	if (ferror(f)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}
