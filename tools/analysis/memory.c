/*
 * The memory analysis (see memory.h).
 *
 * Walk. Every selected thread is walked by the frames layer on the
 * analysis workers. The context of a memory record, its call path, is a
 * node of the worker's context tree (struct calltree, full stacks,
 * allocator frames included); a per-depth cache keyed by frame id keeps
 * the nodes of the frames open at the previous record, so a record costs
 * a tree lookup only for frames entered since then (and none when the
 * same function was called again from the same path). Each record, and
 * each entry of a milestone function, is appended to the worker's
 * temporary file: a tag (kind, and the context's delta when small), then
 * ULEB128 deltas of time, context, size and address from the previous
 * record of the same thread: about 6 bytes. A thread's
 * records are one contiguous segment of that file.
 *
 * Merge. The worker trees are merged into one (a map per worker turns
 * its node numbers into the merged tree's). Segments are read back
 * through a 16 KiB buffer each, opened when the merge time reaches their
 * first record and closed at their end, and merged by time with a binary
 * heap; at equal times frees come before allocations (a block given back
 * by one thread and handed to another), then milestones, then the
 * (log, thread) order, so the replay is deterministic.
 *
 * Replay. The live blocks are an open-addressing table keyed by (log,
 * address) holding size, context and stage. Inclusive columns count each
 * function once per event however deep the recursion: a node is
 * "counting" when no ancestor has its row (function), and each node
 * points to the nearest counting node at or above it, each counting node
 * to the next one above; so attributing a block to every function on its
 * stack walks one short chain. Additive columns (allocs, bytes, frees)
 * are summed per node during the replay and carried to the functions
 * afterwards (the sum over a function's outermost nodes of their
 * subtrees); only the live total and the peak need the chain walk, at
 * each allocation and each free of a known block.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "common/format.h"
#include "common/sigsafe.h"
#include "tools/analysis/analysis.h"
#include "tools/analysis/fmt.h"
#include "tools/analysis/memory.h"
#include "tools/lib/usage.h"
#include "tools/read/memsite.h"
#include "tools/read/symbols.h"

#define NONE UINT32_MAX

const char *const mem_col_names[MEM_NCOLS] = {
	"allocs",     "frees",	    "alloc_bytes", "free_bytes",
	"live_bytes", "peak_bytes", "self_allocs", "self_bytes",
};

/* ---- the temporary file ------------------------------------------------ */

enum rec_kind { REC_ALLOC, REC_FREE, REC_REALLOC_NEW, REC_REALLOC_OLD, REC_MILESTONE };
#define REC_KIND_MASK 7
#define REC_ALIGN 8   /* a byte of log2(align) follows */
#define REC_NODE_SHIFT 4 /* the zigzag node delta when below 15; 15: a ULEB128 follows */
#define REC_NODE_EXT 15
#define REC_MAX 48    /* tag, four ULEB128, the align byte */
#define SPILL_BUF (64 * 1024)
#define CURSOR_BUF (16 * 1024)

static const char *const kind_names[] = { "alloc", "free", "realloc-new", "realloc-old" };

static inline bool rec_acquires(unsigned kind)
{
	return kind == REC_ALLOC || kind == REC_REALLOC_NEW;
}

struct spill {
	int fd;
	uint8_t *buf;
	size_t used;
	uint64_t off; /* bytes written to the file */
};

static const char *tmp_dir(void)
{
	const char *d = getenv("TMPDIR");

	return d && *d ? d : "/tmp";
}

static int spill_open(struct spill *s)
{
	const char *dir = tmp_dir();

	s->fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
	if (s->fd < 0) { /* a file system without O_TMPFILE */
		char *path = xasprintf("%s/sftrace-memory.XXXXXX", dir);

		s->fd = mkostemp(path, O_CLOEXEC);
		if (s->fd >= 0)
			unlink(path);
		free(path);
	}
	if (s->fd < 0)
		return error_errno("cannot create a temporary file in '%s'", dir);
	s->buf = xmalloc(SPILL_BUF);
	s->used = 0;
	s->off = 0;
	return 0;
}

static int spill_flush(struct spill *s)
{
	int err;

	if (!s->used)
		return 0;
	err = sigsafe_write_full(s->fd, s->buf, s->used);
	if (err) {
		errno = -err;
		return error_errno("cannot write the temporary file in '%s'", tmp_dir());
	}
	s->off += s->used;
	s->used = 0;
	return 0;
}

static void spill_close(struct spill *s)
{
	if (s->fd >= 0)
		close(s->fd);
	free(s->buf);
	s->fd = -1;
	s->buf = NULL;
}

/* One thread's records in a worker's file. */
struct seg {
	uint32_t worker, log, thread; /* thread: index in the log's threads */
	uint32_t order;		      /* rank of (log, thread): ties in the merge */
	uint64_t off, len;
	uint64_t first_ns;
};

/* ---- the walk ---------------------------------------------------------- */

struct mem_an;

struct mworker {
	struct mem_an *m;
	struct calltree ct; /* contexts of this worker's records */
	struct spill sp;
	struct seg *segs;
	size_t nsegs, segs_alloc;
	uint64_t mem_events;
	/* the thread being walked */
	uint32_t log, thread, base;
	uint64_t off_ns;
	const uint8_t *ms; /* milestone bitmap of the log, or NULL */
	size_t ms_len;	   /* in bits */
	/* the contexts of the frames open at the previous record, per depth */
	uint64_t *fid;	   /* frame id */
	uint32_t *node;	   /* its node */
	uint32_t *nfunc;   /* the function of the frame the node was made for */
	size_t cached, node_alloc;
	uint64_t seg_off, nrec, first_ns, last_ns, last_ptr;
	uint32_t last_node;
};

/* Per node of the merged context tree. */
struct gnode {
	uint32_t first;	   /* the nearest counting node at or above, or NONE */
	uint32_t next;	   /* a counting node: the next counting node above it */
	uint32_t row;	   /* a function that is not the allocator's: its row, else NONE */
	uint32_t site_row; /* the row of the nearest such function at or above, or NONE */
};

/* Additive per-node sums. */
struct nacc {
	uint64_t allocs, alloc_bytes, frees, free_bytes;
};

struct rowlive {
	uint64_t cur, peak;
};

/* The live blocks: open addressing, linear probing, backward-shift deletion. */
struct live_ent {
	uint64_t ptr, size;
	uint32_t node, stage;
	uint32_t log, used;
};

struct live {
	struct live_ent *e;
	size_t mask, nr;
};

/* Live bytes over time, in at most CURVE_N buckets that double in width as needed. */
#define CURVE_N 1024
struct bucket {
	uint64_t lo, hi, last, lo_seq, hi_seq;
	bool used;
};

struct curve {
	uint64_t origin, width, start_value, seq;
	uint64_t cur_end; /* end of bucket cur */
	size_t cur;
	struct bucket *b;
	uint64_t end_ns, end_value;
};

struct mem_an {
	struct analysis *a;
	const struct mem_opts *o;
	struct mem_result *out;
	struct memsite ms;
	uint8_t **ms_bits; /* per log */
	size_t *ms_len;
	struct mworker *w;
	int nw;
	/* after the walk */
	struct calltree gtree, *g;
	uint32_t **map; /* per worker: its nodes in g; NULL when g is worker 0's tree */
	struct gnode *gn;
	const char **gname; /* per node: function name for stacks */
	struct nacc *acc;
	struct rowlive *rl;
	struct live live;
	uint64_t live_total, evno;
	/* stages */
	size_t stage_alloc;
	bool staged; /* --milestone: the sites that retain most, per stage */
	uint64_t stage_retained;
	uint64_t *sret;	 /* per row: bytes retained in the current stage */
	uint8_t *stouch; /* per row: in touched */
	uint32_t *touched;
	size_t ntouched, touched_alloc;
	uint64_t *snap_bytes, *snap_blocks; /* per node, --select */
	bool snapped;
	/* plot */
	struct curve main;
	struct curve *folds;
	size_t nfolds;
	bool fold_capped;
	int err;
};

static inline int mw_emit(struct mworker *w, unsigned kind, uint64_t ns, uint32_t node,
			  uint64_t size, uint64_t ptr, uint64_t align)
{
	struct spill *s = &w->sp;
	uint8_t *p, *q;
	unsigned tag = kind;

	if (__builtin_expect(s->used + REC_MAX > SPILL_BUF, 0) && spill_flush(s))
		return -1;
	p = s->buf + s->used;
	q = p + 1;
	if (!w->nrec)
		w->first_ns = ns;
	q += fmt_put_uleb(q, ns - w->last_ns);
	w->last_ns = ns;
	if (kind != REC_MILESTONE) {
		uint64_t dn = fmt_zigzag((int64_t)node - (int64_t)w->last_node);

		if (dn < REC_NODE_EXT) {
			tag |= (unsigned)dn << REC_NODE_SHIFT;
		} else {
			tag |= REC_NODE_EXT << REC_NODE_SHIFT;
			q += fmt_put_uleb(q, dn);
		}
		q += fmt_put_uleb(q, size);
		q += fmt_put_uleb(q, fmt_zigzag((int64_t)(ptr - w->last_ptr)));
		w->last_node = node;
		w->last_ptr = ptr;
		if (align) {
			tag |= REC_ALIGN;
			*q++ = (uint8_t)__builtin_ctzll(align);
		}
	}
	*p = (uint8_t)tag;
	s->used = (size_t)(q - s->buf);
	w->nrec++;
	return 0;
}

static inline bool in_window(const struct analysis *a, uint64_t ns)
{
	return ns >= a->from_ns && ns < a->to_ns;
}

static int mw_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct mworker *w = ctx;
	struct analysis *a = w->m->a;

	w->log = analysis_log_index(a, t);
	w->thread = (uint32_t)(th - t->threads);
	w->off_ns = a->logs[w->log].offset_ns;
	w->base = a->nlogs > 1 ? calltree_child(&w->ct, CT_ROOT, CT_KEY_PROCESS(w->log)) : CT_ROOT;
	w->ms = w->m->ms_bits ? w->m->ms_bits[w->log] : NULL;
	w->ms_len = w->m->ms_bits ? w->m->ms_len[w->log] : 0;
	w->cached = 0;
	for (size_t i = 0; i < w->node_alloc; i++)
		w->nfunc[i] = 0;
	w->seg_off = w->sp.off + w->sp.used;
	w->nrec = 0;
	w->last_ns = 0;
	w->last_ptr = 0;
	w->last_node = 0;
	return 0;
}

static int mw_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct mworker *w = ctx;

	if (f->func < w->ms_len && (w->ms[f->func >> 3] >> (f->func & 7) & 1)) {
		uint64_t ns = f->start_ns + w->off_ns;

		if (in_window(w->m->a, ns))
			return mw_emit(w, REC_MILESTONE, ns, 0, 0, 0, 0);
	}
	return 0;
}

static int mw_mem(void *ctx, const struct mem_event *ev, const struct frame *stack, size_t depth)
{
	struct mworker *w = ctx;
	uint64_t ns = ev->ns + w->off_ns;
	uint32_t node;
	size_t i;

	if (!in_window(w->m->a, ns))
		return 0;
	if (depth > w->node_alloc) {
		size_t n = depth * 2 > 64 ? depth * 2 : 64;

		w->fid = xrealloc(w->fid, n * sizeof(*w->fid));
		w->node = xrealloc(w->node, n * sizeof(*w->node));
		w->nfunc = xrealloc(w->nfunc, n * sizeof(*w->nfunc));
		for (size_t k = w->node_alloc; k < n; k++)
			w->nfunc[k] = 0; /* no function has id 0 */
		w->node_alloc = n;
	}
	/*
	 * A frame still open since the previous record has the same frame id,
	 * and so have all the frames below it: only the frames above the
	 * innermost such one need their nodes.
	 */
	i = depth < w->cached ? depth : w->cached;
	while (i && w->fid[i - 1] != stack[i - 1].frame_id)
		i--;
	for (; i < depth; i++) {
		uint32_t parent = i ? w->node[i - 1] : w->base;

		w->fid[i] = stack[i].frame_id;
		/* the same function called again from the same path */
		if (w->nfunc[i] == stack[i].func && w->ct.nodes[w->node[i]].parent == parent)
			continue;
		w->node[i] = calltree_child(&w->ct, parent, CT_KEY_FUNC(w->log, stack[i].func));
		w->nfunc[i] = stack[i].func;
	}
	w->cached = depth;
	node = depth ? w->node[depth - 1] : w->base;
	w->mem_events++;
	return mw_emit(w, (unsigned)(ev->kind - TRACE_ALLOC), ns, node, ev->size, ev->ptr,
		       ev->align);
}

static int mw_thread_end(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct mworker *w = ctx;
	struct seg *s;

	if (!w->nrec)
		return 0;
	ALLOC_GROW(w->segs, w->nsegs + 1, w->segs_alloc);
	s = &w->segs[w->nsegs++];
	s->worker = (uint32_t)(w - w->m->w);
	s->log = w->log;
	s->thread = w->thread;
	s->order = 0;
	s->off = w->seg_off;
	s->len = w->sp.off + w->sp.used - w->seg_off;
	s->first_ns = w->first_ns;
	return 0;
}

static const struct frames_ops mem_walk_ops = {
	.thread_begin = mw_thread_begin,
	.mem = mw_mem,
	.thread_end = mw_thread_end,
};

/* The same, noting the calls of the milestone functions. */
static const struct frames_ops mem_walk_ms_ops = {
	.thread_begin = mw_thread_begin,
	.enter = mw_enter,
	.mem = mw_mem,
	.thread_end = mw_thread_end,
};

/* ---- milestones ---------------------------------------------------------- */

/* Is si the function named pat: its demangled or raw name, or the demangled one without parameters? */
static bool exact_name(const struct sym_info *si, const char *pat)
{
	size_t n = strlen(pat);

	if (!strcmp(si->name, pat) || (si->raw && !strcmp(si->raw, pat)))
		return true;
	return !strncmp(si->name, pat, n) && si->name[n] == '(';
}

/* The name without namespaces and parameters, for suggestions. */
static void short_name(const char *name, char *buf, size_t len)
{
	const char *p = strchr(name, '('), *s = name, *q;
	size_t n = p ? (size_t)(p - name) : strlen(name);

	for (q = name; q + 1 < name + n; q++)
		if (q[0] == ':' && q[1] == ':')
			s = q + 2;
	n -= (size_t)(s - name);
	if (n >= len)
		n = len - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
}

/* Edits (insert, delete, replace, swap two neighbours) from x to y; SIZE_MAX for long names. */
static size_t edit_distance(const char *x, const char *y)
{
	size_t nx = strlen(x), ny = strlen(y), r0[257], r1[257], r2[257], *pp = r0, *p = r1, *c = r2;

	if (nx > 256 || ny > 256)
		return SIZE_MAX;
	for (size_t j = 0; j <= ny; j++)
		p[j] = j;
	for (size_t i = 1; i <= nx; i++) {
		size_t *t;

		c[0] = i;
		for (size_t j = 1; j <= ny; j++) {
			size_t best = p[j - 1] + (x[i - 1] != y[j - 1]);

			if (p[j] + 1 < best)
				best = p[j] + 1;
			if (c[j - 1] + 1 < best)
				best = c[j - 1] + 1;
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] &&
			    pp[j - 2] + 1 < best)
				best = pp[j - 2] + 1;
			c[j] = best;
		}
		t = pp;
		pp = p;
		p = c;
		c = t;
	}
	return p[ny];
}

#define NSUGGEST 6

struct suggest {
	const char *name;
	size_t score;
};

static void suggest_add(struct suggest *s, size_t *n, const char *name, size_t score)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (!strcmp(s[i].name, name)) {
			if (score < s[i].score)
				s[i].score = score;
			return;
		}
	if (*n == NSUGGEST && score >= s[NSUGGEST - 1].score)
		return;
	if (*n < NSUGGEST)
		(*n)++;
	for (i = *n - 1; i > 0 && (s[i - 1].score > score ||
				   (s[i - 1].score == score && strcmp(s[i - 1].name, name) > 0));
	     i--)
		s[i] = s[i - 1];
	s[i] = (struct suggest){ name, score };
}

/* Error: no function is pat; names close to it (substrings, small edit distances). */
static int milestone_missing(struct mem_an *m, const char *pat)
{
	struct analysis *a = m->a;
	struct suggest s[NSUGGEST];
	size_t ns = 0, nfuncs = 0, limit = strlen(pat) / 3 + 2;
	char sh[512], *list = NULL;

	for (size_t l = 0; l < a->nlogs; l++) {
		struct trace *t = &a->logs[l].t;

		for (size_t k = 0; k < t->nmodules; k++)
			for (uint32_t j = 0; j < t->modules[k].nfuncs; j++) {
				const char *name =
					symbolizer_lookup(a->sym, t, t->modules[k].id_base + j)->name;
				size_t d;

				nfuncs++;
				short_name(name, sh, sizeof(sh));
				if (strcasestr(name, pat) || (*sh && strcasestr(pat, sh) &&
							      strlen(sh) * 2 >= strlen(pat)))
					d = 0;
				else {
					d = edit_distance(pat, sh);
					if (d > limit)
						continue;
					d++;
				}
				suggest_add(s, &ns, name, d);
			}
	}
	for (size_t i = 0; i < ns; i++) {
		char *next = xasprintf("%s%s'%s'", list ? list : "", list ? ", " : "", s[i].name);

		free(list);
		list = next;
	}
	if (list)
		error("--milestone '%s': no function of that name in the log%s (nor matching it as "
		      "a regular expression); close names: %s",
		      pat, a->nlogs > 1 ? "s" : "", list);
	else
		error("--milestone '%s': no function of that name in the log%s (nor matching it as "
		      "a regular expression), and none is close among their %zu functions",
		      pat, a->nlogs > 1 ? "s" : "", nfuncs);
	free(list);
	return -1;
}

static void ms_set(struct mem_an *m, size_t log, uint32_t func)
{
	m->ms_bits[log][func >> 3] |= (uint8_t)(1u << (func & 7));
}

/* Mark the milestone functions of every log: exact names first, else a regular expression. */
static int resolve_milestone(struct mem_an *m)
{
	struct analysis *a = m->a;
	const char *pat = m->o->milestone;
	pcre2_code *re = NULL;
	pcre2_match_data *md = NULL;
	size_t found = 0, nnames = 0, k2;
	const char *names[5];

	m->ms_bits = xcalloc(a->nlogs, sizeof(*m->ms_bits));
	m->ms_len = xcalloc(a->nlogs, sizeof(*m->ms_len));
	for (size_t l = 0; l < a->nlogs; l++) {
		struct trace *t = &a->logs[l].t;
		uint32_t top = 0;

		for (size_t k = 0; k < t->nmodules; k++)
			if (t->modules[k].id_base + t->modules[k].nfuncs > top)
				top = t->modules[k].id_base + t->modules[k].nfuncs;
		m->ms_len[l] = top;
		m->ms_bits[l] = xcalloc(top / 8 + 1, 1);
	}
	for (int pass = 0; pass < 2 && !found; pass++) {
		if (pass) {
			int errcode;
			PCRE2_SIZE erroff;

			re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &errcode,
					   &erroff, NULL);
			if (!re)
				break; /* not a regular expression: only a name */
			md = pcre2_match_data_create_from_pattern(re, NULL);
		}
		for (size_t l = 0; l < a->nlogs; l++) {
			struct trace *t = &a->logs[l].t;

			for (size_t k = 0; k < t->nmodules; k++)
				for (uint32_t j = 0; j < t->modules[k].nfuncs; j++) {
					uint32_t id = t->modules[k].id_base + j;
					const struct sym_info *si = symbolizer_lookup(a->sym, t, id);
					bool hit = pass ? pcre2_match(re, (PCRE2_SPTR)si->name,
								      PCRE2_ZERO_TERMINATED, 0, 0,
								      md, NULL) >= 0
							: exact_name(si, pat);

					if (!hit)
						continue;
					ms_set(m, l, id);
					found++;
					for (k2 = 0; k2 < nnames && strcmp(names[k2], si->name); k2++)
						;
					if (k2 == nnames && nnames < 5)
						names[nnames++] = si->name;
				}
		}
		if (pass && found) {
			char *list = NULL;

			for (size_t i = 0; i < nnames; i++) {
				char *next = xasprintf("%s%s'%s'", list ? list : "", i ? ", " : "",
						       names[i]);

				free(list);
				list = next;
			}
			note("--milestone '%s' is a regular expression matching %s%s%s", pat, list,
			     nnames == 5 ? " and more" : "",
			     nnames > 1 ? ": a call of any of them starts a stage" : "");
			free(list);
		}
	}
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return found ? 0 : milestone_missing(m, pat);
}

/* ---- the merged context tree and the rows ---------------------------------- */

static int merge_trees(struct mem_an *m)
{
	if (m->nw == 1) {
		m->g = &m->w[0].ct;
		return 0;
	}
	calltree_init(&m->gtree);
	m->g = &m->gtree;
	m->map = xcalloc(m->nw, sizeof(*m->map));
	for (int i = 0; i < m->nw; i++) {
		const struct calltree *ct = &m->w[i].ct;
		uint32_t *map = xmalloc(ct->nr * sizeof(*map));

		map[CT_ROOT] = CT_ROOT;
		for (size_t n = 1; n < ct->nr; n++)
			map[n] = calltree_child(m->g, map[ct->nodes[n].parent], ct->nodes[n].key);
		m->map[i] = map;
	}
	return 0;
}

struct uq {
	uint32_t log, func, row;
	const char *name, *loc;
};

static struct uq *uq_sorted_base;

static int cmp_uq(const void *x, const void *y)
{
	const struct uq *p = &uq_sorted_base[*(const uint32_t *)x];
	const struct uq *q = &uq_sorted_base[*(const uint32_t *)y];
	int c = strcmp(p->name, q->name);

	return c ? c : strcmp(p->loc, q->loc);
}

struct count_dfs {
	struct mem_an *m;
	uint32_t *active; /* per row: on the current path */
};

static int count_visit(void *ctx, uint32_t n, int pre)
{
	struct count_dfs *c = ctx;
	struct gnode *gn = c->m->gn;
	const struct ct_node *nd = &c->m->g->nodes[n];
	uint32_t row = gn[n].row;

	if (!pre) {
		if (row != NONE)
			c->active[row]--;
		return 0;
	}
	if (n == CT_ROOT) {
		gn[n].first = gn[n].next = gn[n].site_row = NONE;
		return 0;
	}
	gn[n].first = gn[nd->parent].first;
	gn[n].next = NONE;
	gn[n].site_row = CT_KEY_IS_PROCESS(nd->key) ? NONE : gn[nd->parent].site_row;
	if (row != NONE) {
		gn[n].site_row = row;
		if (!c->active[row]++) {
			gn[n].next = gn[n].first;
			gn[n].first = n;
		}
	}
	return 0;
}

/*
 * One row per function (name and location, merged across logs as in
 * sftrace report); every node of the allocator is named for stacks only.
 */
static void make_rows(struct mem_an *m)
{
	struct analysis *a = m->a;
	struct calltree *g = m->g;
	struct mem_result *out = m->out;
	uint32_t **idx = xcalloc(a->nlogs, sizeof(*idx)), *maxf = xcalloc(a->nlogs, sizeof(*maxf));
	struct uq *u = NULL;
	uint32_t *perm;
	struct an_name *v;
	size_t nu = 0, ualloc = 0, nrows = 0;
	struct count_dfs cd = { m, NULL };

	m->gn = xmalloc(g->nr * sizeof(*m->gn));
	m->gname = xcalloc(g->nr, sizeof(*m->gname));
	for (size_t n = 0; n < g->nr; n++)
		m->gn[n] = (struct gnode){ NONE, NONE, NONE, NONE };
	for (size_t n = 1; n < g->nr; n++) {
		uint64_t k = g->nodes[n].key;

		if (!CT_KEY_IS_PROCESS(k) && CT_KEY_FUNCID(k) >= maxf[CT_KEY_LOG(k)])
			maxf[CT_KEY_LOG(k)] = CT_KEY_FUNCID(k) + 1;
	}
	for (size_t l = 0; l < a->nlogs; l++)
		idx[l] = xcalloc(maxf[l] + 1, sizeof(**idx));
	for (size_t n = 1; n < g->nr; n++) {
		uint64_t k = g->nodes[n].key;
		uint32_t log = CT_KEY_LOG(k), func = CT_KEY_FUNCID(k);

		if (CT_KEY_IS_PROCESS(k) || idx[log][func])
			continue;
		if (memsite_is_allocator(&m->ms, &a->logs[log].t, func)) {
			idx[log][func] = NONE; /* no row */
			continue;
		}
		ALLOC_GROW(u, nu + 1, ualloc);
		u[nu] = (struct uq){ log, func, NONE, analysis_func_name(a, log, func), NULL };
		idx[log][func] = (uint32_t)++nu;
	}
	v = xcalloc(nu ? nu : 1, sizeof(*v));
	for (size_t i = 0; i < nu; i++)
		v[i] = (struct an_name){ u[i].name, NULL, u[i].log, u[i].func, &u[i].loc };
	analysis_locate(a, v, nu);
	for (size_t i = 0; i < nu; i++)
		*v[i].out = v[i].loc;
	perm = xmalloc((nu ? nu : 1) * sizeof(*perm));
	for (size_t i = 0; i < nu; i++)
		perm[i] = (uint32_t)i;
	uq_sorted_base = u;
	qsort(perm, nu, sizeof(*perm), cmp_uq);
	out->rows = xcalloc(nu ? nu : 1, sizeof(*out->rows));
	for (size_t i = 0; i < nu; i++) {
		struct uq *p = &u[perm[i]];

		if (i && !cmp_uq(&perm[i - 1], &perm[i])) {
			p->row = u[perm[i - 1]].row;
			continue;
		}
		p->row = (uint32_t)nrows;
		out->rows[nrows].name = p->name;
		v[nrows] = (struct an_name){ p->name, p->loc, p->log, p->func,
					     &out->rows[nrows].name };
		nrows++;
	}
	analysis_disambiguate(a, v, nrows);
	out->nrows = nrows;
	for (size_t n = 1; n < g->nr; n++) {
		uint64_t k = g->nodes[n].key;
		uint32_t log = CT_KEY_LOG(k), func = CT_KEY_FUNCID(k), i;

		if (CT_KEY_IS_PROCESS(k))
			continue;
		i = idx[log][func];
		if (i == NONE) {
			m->gname[n] = analysis_func_name(a, log, func);
			continue;
		}
		m->gn[n].row = u[i - 1].row;
		m->gname[n] = out->rows[m->gn[n].row].name;
	}
	cd.active = xcalloc(nrows ? nrows : 1, sizeof(*cd.active));
	calltree_dfs(g, CT_ROOT, NULL, count_visit, &cd);
	free(cd.active);
	free(v);
	free(perm);
	free(u);
	for (size_t l = 0; l < a->nlogs; l++)
		free(idx[l]);
	free(idx);
	free(maxf);
}

/* ---- the live blocks ------------------------------------------------------- */

static inline size_t live_hash(uint64_t ptr, uint32_t log)
{
	uint64_t h = (ptr ^ ((uint64_t)log << 47)) * 0x9e3779b97f4a7c15ull;

	return (size_t)(h >> 20);
}

static void live_grow(struct live *l)
{
	struct live_ent *old = l->e;
	size_t n = l->e ? l->mask + 1 : 0, size = n ? n * 2 : 1024;

	l->e = xcalloc(size, sizeof(*l->e));
	l->mask = size - 1;
	for (size_t i = 0; i < n; i++) {
		size_t j;

		if (!old[i].used)
			continue;
		for (j = live_hash(old[i].ptr, old[i].log) & l->mask; l->e[j].used;
		     j = (j + 1) & l->mask)
			;
		l->e[j] = old[i];
	}
	free(old);
}

/* The entry of (log, ptr), or NULL. */
static inline struct live_ent *live_find(struct live *l, uint32_t log, uint64_t ptr)
{
	if (!l->e)
		return NULL;
	for (size_t j = live_hash(ptr, log) & l->mask;; j = (j + 1) & l->mask) {
		struct live_ent *e = &l->e[j];

		if (!e->used)
			return NULL;
		if (e->ptr == ptr && e->log == log)
			return e;
	}
}

/* The entry of (log, ptr), created (used, zero size) if absent; *fresh says which. */
static inline struct live_ent *live_insert(struct live *l, uint32_t log, uint64_t ptr, bool *fresh)
{
	size_t j;

	if (!l->e || (l->nr + 1) * 2 > l->mask + 1)
		live_grow(l);
	for (j = live_hash(ptr, log) & l->mask;; j = (j + 1) & l->mask) {
		struct live_ent *e = &l->e[j];

		if (!e->used) {
			*e = (struct live_ent){ ptr, 0, 0, 0, log, 1 };
			l->nr++;
			*fresh = true;
			return e;
		}
		if (e->ptr == ptr && e->log == log) {
			*fresh = false;
			return e;
		}
	}
}

static inline void live_remove(struct live *l, struct live_ent *e)
{
	size_t i = (size_t)(e - l->e), j = i;

	/* backward shift: move up every entry the hole would cut from its home */
	for (;;) {
		size_t home;

		j = (j + 1) & l->mask;
		if (!l->e[j].used)
			break;
		home = live_hash(l->e[j].ptr, l->e[j].log) & l->mask;
		if (((j - home) & l->mask) >= ((j - i) & l->mask)) {
			l->e[i] = l->e[j];
			i = j;
		}
	}
	l->e[i].used = 0;
	l->nr--;
}

/* ---- the curves ------------------------------------------------------------ */

static void curve_init(struct curve *c, uint64_t origin, uint64_t value)
{
	memset(c, 0, sizeof(*c));
	c->origin = origin;
	c->width = 1;
	c->start_value = value;
	c->end_value = value;
	c->end_ns = origin;
	c->cur_end = origin + 1;
	c->b = xcalloc(CURVE_N, sizeof(*c->b));
}

static void bucket_merge(struct bucket *d, const struct bucket *x, const struct bucket *y)
{
	if (!x->used || !y->used) {
		*d = x->used ? *x : *y;
		return;
	}
	*d = *x;
	if (y->lo < d->lo) {
		d->lo = y->lo;
		d->lo_seq = y->lo_seq;
	}
	if (y->hi > d->hi) {
		d->hi = y->hi;
		d->hi_seq = y->hi_seq;
	}
	d->last = y->last;
}

static void curve_halve(struct curve *c)
{
	for (size_t j = 0; j < CURVE_N / 2; j++) {
		struct bucket x = c->b[2 * j], y = c->b[2 * j + 1];

		bucket_merge(&c->b[j], &x, &y);
	}
	memset(c->b + CURVE_N / 2, 0, CURVE_N / 2 * sizeof(*c->b));
	c->width *= 2;
}

static inline void curve_add(struct curve *c, uint64_t ns, uint64_t v)
{
	struct bucket *b;

	if (ns < c->origin)
		ns = c->origin;
	if (ns >= c->cur_end || ns < c->cur_end - c->width) {
		uint64_t i;

		while ((i = (ns - c->origin) / c->width) >= CURVE_N)
			curve_halve(c);
		c->cur = (size_t)i;
		c->cur_end = c->origin + (i + 1) * c->width;
	}
	b = &c->b[c->cur];
	c->seq++;
	if (!b->used) {
		*b = (struct bucket){ v, v, v, c->seq, c->seq, true };
	} else {
		if (v < b->lo) {
			b->lo = v;
			b->lo_seq = c->seq;
		}
		if (v > b->hi) {
			b->hi = v;
			b->hi_seq = c->seq;
		}
		b->last = v;
	}
	c->end_ns = ns;
	c->end_value = v;
}

static void pts_add(struct memplot_series *s, size_t *alloc, uint64_t x, uint64_t y)
{
	if (s->n && s->pts[s->n - 1].x == x && s->pts[s->n - 1].y == y)
		return;
	ALLOC_GROW(s->pts, s->n + 1, *alloc);
	s->pts[s->n++] = (struct memplot_point){ x, y };
}

/* The curve as points, x from its origin; the bucket structure is freed. */
static void curve_points(struct curve *c, uint64_t end_ns, struct memplot_series *s, char *label)
{
	size_t alloc = 0;
	uint64_t prev = c->start_value;

	memset(s, 0, sizeof(*s));
	s->label = label;
	pts_add(s, &alloc, 0, prev);
	for (size_t i = 0; i < CURVE_N; i++) {
		const struct bucket *b = &c->b[i];
		uint64_t x = i * c->width, e1, e2;

		if (!b->used)
			continue;
		e1 = b->lo_seq <= b->hi_seq ? b->lo : b->hi;
		e2 = b->lo_seq <= b->hi_seq ? b->hi : b->lo;
		pts_add(s, &alloc, x, prev);
		pts_add(s, &alloc, x, e1);
		pts_add(s, &alloc, x, e2);
		pts_add(s, &alloc, x, b->last);
		prev = b->last;
	}
	if (end_ns > c->origin)
		pts_add(s, &alloc, end_ns - c->origin, prev);
	free(c->b);
	c->b = NULL;
}

/* ---- replay ---------------------------------------------------------------- */

struct cursor {
	const struct seg *s;
	int fd;
	uint8_t *buf;
	size_t pos, len;
	uint64_t foff, fend;
	const uint32_t *map;
	uint64_t ns, size, ptr, align;
	uint32_t raw_node, node;
	uint8_t kind, rank;
};

static int cursor_fill(struct cursor *c)
{
	size_t keep = c->len - c->pos, want = CURSOR_BUF - keep;

	memmove(c->buf, c->buf + c->pos, keep);
	c->len = keep;
	c->pos = 0;
	if (want > c->fend - c->foff)
		want = (size_t)(c->fend - c->foff);
	while (want) {
		ssize_t r = pread(c->fd, c->buf + c->len, want, (off_t)c->foff);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			if (!r)
				errno = EIO;
			return error_errno("cannot read the temporary file in '%s'", tmp_dir());
		}
		c->len += (size_t)r;
		c->foff += (uint64_t)r;
		want -= (size_t)r;
	}
	return 0;
}

/* Decode the next record: 1, 0 at the end of the segment, -1 on error. */
static int cursor_next(struct cursor *c)
{
	const uint8_t *p, *end;
	uint64_t v;
	uint8_t tag;

	if (c->len - c->pos < REC_MAX && c->foff < c->fend && cursor_fill(c))
		return -1;
	if (c->pos >= c->len)
		return 0;
	p = c->buf + c->pos;
	end = c->buf + c->len;
	tag = *p++;
	c->kind = tag & REC_KIND_MASK;
	if (fmt_get_uleb(&p, end, &v))
		goto bad;
	c->ns += v;
	if (c->kind == REC_MILESTONE) {
		c->rank = 2;
	} else {
		v = tag >> REC_NODE_SHIFT;
		if (c->kind > REC_REALLOC_OLD || (v == REC_NODE_EXT && fmt_get_uleb(&p, end, &v)))
			goto bad;
		c->raw_node = (uint32_t)((int64_t)c->raw_node + fmt_unzigzag(v));
		c->node = c->map ? c->map[c->raw_node] : c->raw_node;
		if (fmt_get_uleb(&p, end, &c->size) || fmt_get_uleb(&p, end, &v))
			goto bad;
		c->ptr += (uint64_t)fmt_unzigzag(v);
		c->align = 0;
		if (tag & REC_ALIGN) {
			if (p >= end)
				goto bad;
			c->align = 1ull << (*p++ & 63);
		}
		c->rank = rec_acquires(c->kind) ? 1 : 0;
	}
	c->pos = (size_t)(p - c->buf);
	return 1;
bad:
	BUG("temporary file: record cannot be decoded at offset %" PRIu64,
	    c->foff - (c->len - c->pos));
}

static inline bool cursor_before(const struct cursor *x, const struct cursor *y)
{
	if (x->ns != y->ns)
		return x->ns < y->ns;
	if (x->rank != y->rank)
		return x->rank < y->rank;
	return x->s->order < y->s->order;
}

static void heap_down(struct cursor **h, size_t n, size_t i)
{
	struct cursor *c = h[i];

	for (;;) {
		size_t k = 2 * i + 1;

		if (k >= n)
			break;
		if (k + 1 < n && cursor_before(h[k + 1], h[k]))
			k++;
		if (!cursor_before(h[k], c))
			break;
		h[i] = h[k];
		i = k;
	}
	h[i] = c;
}

static void heap_up(struct cursor **h, size_t i)
{
	struct cursor *c = h[i];

	while (i) {
		size_t p = (i - 1) / 2;

		if (!cursor_before(c, h[p]))
			break;
		h[i] = h[p];
		i = p;
	}
	h[i] = c;
}

static inline void chain_add(struct mem_an *m, uint32_t node, uint64_t size)
{
	for (uint32_t k = m->gn[node].first; k != NONE; k = m->gn[k].next) {
		struct rowlive *r = &m->rl[m->gn[k].row];

		r->cur += size;
		if (r->cur > r->peak)
			r->peak = r->cur;
	}
}

static inline void chain_sub(struct mem_an *m, uint32_t node, uint64_t size)
{
	for (uint32_t k = m->gn[node].first; k != NONE; k = m->gn[k].next)
		m->rl[m->gn[k].row].cur -= size;
}

static inline struct mem_stage *cur_stage(struct mem_an *m)
{
	return &m->out->stages[m->out->nstages - 1];
}

static void touch_row(struct mem_an *m, uint32_t row)
{
	if (m->stouch[row])
		return;
	m->stouch[row] = 1;
	ALLOC_GROW(m->touched, m->ntouched + 1, m->touched_alloc);
	m->touched[m->ntouched++] = row;
}

/* A live block is gone (freed, or its address allocated again). */
static inline void release_block(struct mem_an *m, const struct live_ent *e)
{
	m->live_total -= e->size;
	chain_sub(m, e->node, e->size);
	if (m->staged && e->stage == m->out->nstages - 1) {
		uint32_t r = m->gn[e->node].site_row;

		m->stage_retained -= e->size;
		if (r != NONE)
			m->sret[r] -= e->size;
	}
}

static void snapshot(struct mem_an *m, uint64_t *bytes, uint64_t *blocks)
{
	memset(bytes, 0, m->g->nr * sizeof(*bytes));
	memset(blocks, 0, m->g->nr * sizeof(*blocks));
	for (size_t i = 0; m->live.e && i <= m->live.mask; i++) {
		const struct live_ent *e = &m->live.e[i];

		if (!e->used)
			continue;
		bytes[e->node] += e->size;
		blocks[e->node]++;
	}
}

static void stage_end(struct mem_an *m, uint64_t ns)
{
	struct mem_stage *st = cur_stage(m);
	size_t idx = m->out->nstages - 1;

	st->end_ns = ns;
	st->live_bytes = m->live_total;
	st->retained_bytes = m->staged ? m->stage_retained : m->live_total;
	for (size_t i = 0; i < m->ntouched; i++) {
		uint32_t r = m->touched[i];
		uint64_t b = m->sret[r];
		int k;

		m->sret[r] = 0;
		m->stouch[r] = 0;
		if (!b)
			continue;
		for (k = 0; k < MEM_STAGE_TOP; k++)
			if (!st->top[k].name || b > st->top[k].bytes)
				break;
		if (k == MEM_STAGE_TOP)
			continue;
		memmove(&st->top[k + 1], &st->top[k], (MEM_STAGE_TOP - 1 - k) * sizeof(st->top[0]));
		st->top[k].name = m->out->rows[r].name;
		st->top[k].bytes = b;
	}
	m->ntouched = 0;
	if (m->o->flame && m->o->select >= 0 && (size_t)m->o->select == idx) {
		snapshot(m, m->snap_bytes, m->snap_blocks);
		m->snapped = true;
	}
}

static void stage_begin(struct mem_an *m, uint64_t ns)
{
	struct mem_result *out = m->out;
	struct mem_stage *st;

	ALLOC_GROW(out->stages, out->nstages + 1, m->stage_alloc);
	st = &out->stages[out->nstages++];
	memset(st, 0, sizeof(*st));
	st->start_ns = ns;
	st->peak_bytes = m->live_total;
	m->stage_retained = 0;
	if (m->o->plot && m->o->fold) {
		if (m->nfolds < 64) {
			m->folds = xrealloc(m->folds, (m->nfolds + 1) * sizeof(*m->folds));
			curve_init(&m->folds[m->nfolds++], ns, m->live_total);
		} else {
			m->fold_capped = true;
		}
	}
}

/* ---- the queries ----------------------------------------------------------- */

static void print_stack(struct mem_an *m, FILE *f, uint32_t node, const char *indent)
{
	bool any = false;

	for (uint32_t n = node; n != CT_ROOT && n != NONE; n = m->g->nodes[n].parent) {
		if (CT_KEY_IS_PROCESS(m->g->nodes[n].key))
			break;
		fputs(indent, f);
		fputs("at ", f);
		fmt_text_string(f, m->gname[n]);
		if (m->gn[n].row == NONE)
			fputs(" [allocator]", f);
		fputc('\n', f);
		any = true;
	}
	if (!any)
		fprintf(f, "%s(no traced frame)\n", indent);
}

static void print_thread(struct mem_an *m, FILE *f, const struct seg *s)
{
	const struct trace *t = &m->a->logs[s->log].t;
	const struct trace_thread *th = &t->threads[s->thread];

	fprintf(f, "thread %u", th->tid);
	if (th->name[0]) {
		fputs(" (", f);
		fmt_text_string(f, th->name);
		fputc(')', f);
	}
	if (m->a->nlogs > 1) {
		fputs(" of ", f);
		fmt_text_string(f, trace_process_name(t));
		fprintf(f, " [%u]", t->pid);
	}
}

static const char *site_name(struct mem_an *m, uint32_t node)
{
	uint32_t r = m->gn[node].site_row;

	return r == NONE ? "-" : m->out->rows[r].name;
}

static void query_event(struct mem_an *m, const struct cursor *c, const struct live_ent *blk,
			uint64_t size)
{
	FILE *f = m->o->query_out;
	char t[FMT_DURATION_MAX];

	if (m->o->query == MEM_QUERY_EVENTS) {
		const struct trace *tr = &m->a->logs[c->s->log].t;

		fprintf(f, "%" PRIu64 " %" PRIu64 " %u %u %s %" PRIu64 " 0x%" PRIx64 " ", m->evno,
			c->ns, tr->pid, tr->threads[c->s->thread].tid, kind_names[c->kind], size,
			c->ptr);
		fmt_text_string(f, site_name(m, c->node));
		fputc('\n', f);
		return;
	}
	fprintf(f, "%sevent %" PRIu64 ": %s of %" PRIu64 " bytes at 0x%" PRIx64,
		m->out->query_found && m->o->query == MEM_QUERY_TRACK ? "\n" : "", m->evno,
		kind_names[c->kind], size, c->ptr);
	if (c->align)
		fprintf(f, " (align %" PRIu64 ")", c->align);
	fprintf(f, "\n  time %" PRIu64 " ns (%s), ", c->ns, fmt_duration(t, c->ns, 0));
	print_thread(m, f, c->s);
	fprintf(f, "\n  site ");
	fmt_text_string(f, site_name(m, c->node));
	fputc('\n', f);
	print_stack(m, f, c->node, "    ");
	if (!rec_acquires(c->kind)) {
		if (blk) {
			fprintf(f, "  the block was allocated (%" PRIu64 " bytes) at\n", blk->size);
			print_stack(m, f, blk->node, "    ");
		} else {
			fprintf(f, "  the block's allocation is not in the log%s (before the "
				   "recording, or outside the selection)\n",
				m->a->nlogs > 1 ? "s" : "");
		}
	}
	m->out->query_found = true;
}

/* ---- the replay of one record ---------------------------------------------- */

static inline void replay_mem(struct mem_an *m, const struct cursor *c)
{
	struct mem_result *out = m->out;
	struct mem_totals *tot = &out->tot;
	struct mem_stage *st = cur_stage(m);
	uint32_t log = c->s->log;
	const struct mem_opts *o = m->o;
	bool query = o->query != MEM_QUERY_NONE &&
		     (o->query == MEM_QUERY_EVENTS ||
		      (o->query == MEM_QUERY_SHOW && o->query_arg == m->evno) ||
		      (o->query == MEM_QUERY_TRACK && o->query_arg == c->ptr));

	if (rec_acquires(c->kind)) {
		bool fresh;
		struct live_ent *e = live_insert(&m->live, log, c->ptr, &fresh);
		uint32_t site;

		if (!fresh) {
			release_block(m, e);
			tot->reused++;
		}
		e->size = c->size;
		e->node = c->node;
		e->stage = (uint32_t)(out->nstages - 1);
		m->acc[c->node].allocs++;
		m->acc[c->node].alloc_bytes += c->size;
		st->allocs++;
		st->alloc_bytes += c->size;
		m->live_total += c->size;
		m->stage_retained += c->size;
		site = m->gn[c->node].site_row;
		if (m->staged && site != NONE) {
			m->sret[site] += c->size;
			touch_row(m, site);
		}
		chain_add(m, c->node, c->size);
		if (m->live_total > st->peak_bytes)
			st->peak_bytes = m->live_total;
		if (m->live_total > tot->peak_bytes) {
			tot->peak_bytes = m->live_total;
			tot->peak_ns = c->ns;
		}
		if (query)
			query_event(m, c, NULL, c->size);
	} else {
		struct live_ent *e = live_find(&m->live, log, c->ptr);
		uint64_t size = e ? e->size : c->size;

		if (query)
			query_event(m, c, e, size);
		if (e) {
			release_block(m, e);
			live_remove(&m->live, e);
		} else {
			tot->unknown_frees++;
		}
		m->acc[c->node].frees++;
		m->acc[c->node].free_bytes += size;
		st->frees++;
		st->free_bytes += size;
	}
	if (o->plot) {
		curve_add(&m->main, c->ns, m->live_total);
		if (o->fold && out->nstages - 1 < m->nfolds)
			curve_add(&m->folds[out->nstages - 1], c->ns, m->live_total);
	}
	tot->end_ns = c->ns;
	m->evno++;
}

static int cmp_seg(const void *x, const void *y)
{
	const struct seg *p = *(const struct seg *const *)x, *q = *(const struct seg *const *)y;

	if (p->first_ns != q->first_ns)
		return p->first_ns < q->first_ns ? -1 : 1;
	return p->order < q->order ? -1 : p->order > q->order;
}

static int cmp_seg_order(const void *x, const void *y)
{
	const struct seg *p = *(const struct seg *const *)x, *q = *(const struct seg *const *)y;

	if (p->log != q->log)
		return p->log < q->log ? -1 : 1;
	return p->thread < q->thread ? -1 : p->thread > q->thread;
}

static int replay(struct mem_an *m)
{
	struct seg **segs = NULL;
	struct cursor *cur, **heap;
	size_t nsegs = 0, next = 0, nheap = 0;
	int ret = 0;

	for (int i = 0; i < m->nw; i++)
		nsegs += m->w[i].nsegs;
	segs = xcalloc(nsegs ? nsegs : 1, sizeof(*segs));
	nsegs = 0;
	for (int i = 0; i < m->nw; i++)
		for (size_t j = 0; j < m->w[i].nsegs; j++)
			segs[nsegs++] = &m->w[i].segs[j];
	qsort(segs, nsegs, sizeof(*segs), cmp_seg_order);
	for (size_t i = 0; i < nsegs; i++)
		segs[i]->order = (uint32_t)i;
	qsort(segs, nsegs, sizeof(*segs), cmp_seg);
	cur = xcalloc(nsegs ? nsegs : 1, sizeof(*cur));
	heap = xcalloc(nsegs ? nsegs : 1, sizeof(*heap));

	stage_begin(m, 0);
	for (;;) {
		struct cursor *c;
		int r;

		while (next < nsegs && (!nheap || segs[next]->first_ns <= heap[0]->ns)) {
			const struct seg *s = segs[next];

			c = &cur[next++];
			c->s = s;
			c->fd = m->w[s->worker].sp.fd;
			c->buf = xmalloc(CURSOR_BUF);
			c->foff = s->off;
			c->fend = s->off + s->len;
			c->map = m->map ? m->map[s->worker] : NULL;
			r = cursor_next(c);
			if (r <= 0) {
				if (!r)
					BUG("empty segment in the temporary file");
				ret = -1;
				goto out;
			}
			heap[nheap++] = c;
			heap_up(heap, nheap - 1);
		}
		if (!nheap)
			break;
		c = heap[0];
		if (c->kind == REC_MILESTONE) {
			stage_end(m, c->ns);
			stage_begin(m, c->ns);
			m->out->tot.end_ns = c->ns;
		} else {
			replay_mem(m, c);
			if (m->o->query == MEM_QUERY_SHOW && m->out->query_found)
				break; /* nothing after the event matters */
		}
		r = cursor_next(c);
		if (r < 0) {
			ret = -1;
			goto out;
		}
		if (!r) {
			free(c->buf);
			c->buf = NULL;
			heap[0] = heap[--nheap];
		}
		if (nheap)
			heap_down(heap, nheap, 0);
	}
	stage_end(m, m->out->tot.end_ns);
out:
	for (size_t i = 0; i < nsegs; i++)
		free(cur[i].buf);
	free(cur);
	free(heap);
	free(segs);
	return ret;
}

/* ---- results --------------------------------------------------------------- */

static void make_columns(struct mem_an *m)
{
	struct calltree *g = m->g;
	struct mem_result *out = m->out;
	struct nacc *sub = xmalloc(g->nr * sizeof(*sub));

	memcpy(sub, m->acc, g->nr * sizeof(*sub));
	for (size_t n = g->nr; n-- > 1;) {
		struct nacc *p = &sub[g->nodes[n].parent];

		p->allocs += sub[n].allocs;
		p->alloc_bytes += sub[n].alloc_bytes;
		p->frees += sub[n].frees;
		p->free_bytes += sub[n].free_bytes;
	}
	for (size_t n = 1; n < g->nr; n++) {
		const struct gnode *gn = &m->gn[n];

		if (gn->site_row != NONE) {
			uint64_t *v = out->rows[gn->site_row].v;

			v[MEM_SELF_ALLOCS] += m->acc[n].allocs;
			v[MEM_SELF_BYTES] += m->acc[n].alloc_bytes;
		}
		if (gn->first == n) { /* counting */
			uint64_t *v = out->rows[gn->row].v;

			v[MEM_ALLOCS] += sub[n].allocs;
			v[MEM_ALLOC_BYTES] += sub[n].alloc_bytes;
			v[MEM_FREES] += sub[n].frees;
			v[MEM_FREE_BYTES] += sub[n].free_bytes;
		}
	}
	for (size_t r = 0; r < out->nrows; r++) {
		out->rows[r].v[MEM_LIVE_BYTES] = m->rl[r].cur;
		out->rows[r].v[MEM_PEAK_BYTES] = m->rl[r].peak;
	}
	out->tot.allocs = sub[CT_ROOT].allocs;
	out->tot.alloc_bytes = sub[CT_ROOT].alloc_bytes;
	out->tot.frees = sub[CT_ROOT].frees;
	out->tot.free_bytes = sub[CT_ROOT].free_bytes;
	out->tot.live_bytes = m->live_total;
	out->tot.live_blocks = m->live.nr;
	free(sub);
}

/* The leak tree: the context tree without the allocator's frames, weighted by live bytes. */
static void make_flame(struct mem_an *m, const uint64_t *bytes, const uint64_t *blocks)
{
	struct calltree *g = m->g, *F = &m->out->flame;
	uint32_t *fmap = xmalloc(g->nr * sizeof(*fmap));
	uint8_t *need = xcalloc(g->nr, 1);

	for (size_t n = g->nr; n-- > 0;) {
		need[n] |= bytes[n] != 0;
		if (n && need[n])
			need[g->nodes[n].parent] = 1;
	}
	fmap[CT_ROOT] = CT_ROOT;
	for (size_t n = 1; n < g->nr; n++) {
		const struct ct_node *nd = &g->nodes[n];

		if (!need[n])
			continue;
		if (!CT_KEY_IS_PROCESS(nd->key) && m->gn[n].row == NONE)
			fmap[n] = fmap[nd->parent];
		else
			fmap[n] = calltree_child(F, fmap[nd->parent], nd->key);
	}
	for (size_t n = 0; n < g->nr; n++) {
		uint32_t dst;
		uint64_t key;

		if (!bytes[n])
			continue;
		dst = fmap[n];
		key = F->nodes[dst].key;
		if (key == CT_KEY_ROOT || CT_KEY_IS_PROCESS(key)) {
			dst = calltree_child(F, dst, CT_KEY_FUNC(key == CT_KEY_ROOT ? 0 : CT_KEY_LOG(key), 0));
			F->nodes[dst].name = "[no traced frame]";
		}
		F->nodes[dst].self_ns += bytes[n];
		F->nodes[dst].calls += blocks[n];
	}
	for (size_t i = F->nr; i-- > 1;) {
		F->nodes[i].total_ns += F->nodes[i].self_ns;
		F->nodes[F->nodes[i].parent].total_ns += F->nodes[i].total_ns;
	}
	analysis_name_tree(m->a, F);
	free(need);
	free(fmap);
}

static void make_curves(struct mem_an *m)
{
	struct mem_result *out = m->out;
	size_t n = m->o->fold ? m->nfolds : 1;

	out->curves = xcalloc(n, sizeof(*out->curves));
	out->ncurves = n;
	if (!m->o->fold) {
		curve_points(&m->main, out->tot.end_ns, &out->curves[0], xstrdup("live bytes"));
		return;
	}
	free(m->main.b);
	m->main.b = NULL;
	for (size_t i = 0; i < n; i++)
		curve_points(&m->folds[i], out->stages[i].end_ns, &out->curves[i],
			     xasprintf("stage %zu", i));
	if (m->fold_capped)
		warning("--fold: only the first 64 of the %zu stages are drawn", out->nstages);
}

/* ---- the driver ------------------------------------------------------------ */

static void workers_release(struct mem_an *m)
{
	for (int i = 0; m->w && i < m->nw; i++) {
		struct mworker *w = &m->w[i];

		calltree_release(&w->ct);
		spill_close(&w->sp);
		free(w->segs);
		free(w->fid);
		free(w->node);
		free(w->nfunc);
		if (m->map)
			free(m->map[i]);
	}
	free(m->map);
	free(m->w);
	m->w = NULL;
}

int memory_analyse(struct analysis *a, const struct mem_opts *o, struct mem_result *out)
{
	struct mem_an m = { .a = a, .o = o, .out = out };
	void **ctxs;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	calltree_init(&out->flame);
	memsite_init(&m.ms, a->sym);
	if (o->milestone && resolve_milestone(&m))
		goto out;
	m.staged = o->milestone != NULL;

	m.nw = analysis_workers(a);
	m.w = xcalloc(m.nw, sizeof(*m.w));
	ctxs = xcalloc(m.nw, sizeof(*ctxs));
	for (int i = 0; i < m.nw; i++) {
		m.w[i].m = &m;
		m.w[i].sp.fd = -1;
		calltree_init(&m.w[i].ct);
		ctxs[i] = &m.w[i];
	}
	for (int i = 0; i < m.nw; i++)
		if (spill_open(&m.w[i].sp)) {
			free(ctxs);
			goto out;
		}
	ret = analysis_walk(a, o->milestone ? &mem_walk_ms_ops : &mem_walk_ops, ctxs, m.nw);
	free(ctxs);
	for (int i = 0; !ret && i < m.nw; i++)
		ret = spill_flush(&m.w[i].sp);
	if (ret) {
		ret = -1;
		goto out;
	}
	ret = -1;
	out->tot.events = a->stats.events;
	for (int i = 0; i < m.nw; i++) {
		out->tot.mem_events += m.w[i].mem_events;
		out->tot.spill_bytes += m.w[i].sp.off;
	}
	if (!out->tot.mem_events) {
		ret = 0;
		goto out;
	}

	merge_trees(&m);
	make_rows(&m);
	m.acc = xcalloc(m.g->nr, sizeof(*m.acc));
	m.rl = xcalloc(out->nrows ? out->nrows : 1, sizeof(*m.rl));
	m.sret = xcalloc(out->nrows ? out->nrows : 1, sizeof(*m.sret));
	m.stouch = xcalloc(out->nrows ? out->nrows : 1, 1);
	if (o->flame) {
		m.snap_bytes = xmalloc(m.g->nr * sizeof(*m.snap_bytes));
		m.snap_blocks = xmalloc(m.g->nr * sizeof(*m.snap_blocks));
	}
	if (o->plot)
		curve_init(&m.main, 0, 0);
	if (replay(&m))
		goto out;

	if (o->select >= 0 && (size_t)o->select >= out->nstages) {
		error("--select %ld: there is no such stage (the run has %zu: 0 to %zu)", o->select,
		      out->nstages, out->nstages - 1);
		goto out;
	}
	make_columns(&m);
	if (o->flame) {
		if (!m.snapped)
			snapshot(&m, m.snap_bytes, m.snap_blocks);
		make_flame(&m, m.snap_bytes, m.snap_blocks);
	}
	if (o->plot)
		make_curves(&m);
	out->milestones = xcalloc(out->nstages, sizeof(*out->milestones));
	for (size_t i = 1; i < out->nstages; i++)
		out->milestones[i - 1] = out->stages[i].start_ns;
	ret = 0;
out:
	workers_release(&m);
	if (m.g == &m.gtree)
		calltree_release(&m.gtree);
	free(m.gn);
	free(m.gname);
	free(m.acc);
	free(m.rl);
	free(m.sret);
	free(m.stouch);
	free(m.touched);
	free(m.snap_bytes);
	free(m.snap_blocks);
	free(m.live.e);
	free(m.main.b);
	for (size_t i = 0; i < m.nfolds; i++)
		free(m.folds[i].b);
	free(m.folds);
	for (size_t l = 0; m.ms_bits && l < a->nlogs; l++)
		free(m.ms_bits[l]);
	free(m.ms_bits);
	free(m.ms_len);
	memsite_release(&m.ms);
	return ret;
}

void mem_result_release(struct mem_result *r)
{
	free(r->rows);
	free(r->stages);
	calltree_release(&r->flame);
	for (size_t i = 0; i < r->ncurves; i++) {
		free(r->curves[i].label);
		free(r->curves[i].pts);
	}
	free(r->curves);
	free(r->milestones);
	memset(r, 0, sizeof(*r));
}
