/*
 * report --by-arg (byarg.h). The walk formats the chosen argument of each
 * call that has recorded arguments, at its exit (when its duration is
 * known), and counts the call under (log, function, text) in an
 * open-addressing hash table. Only marked calls pay: the others are one
 * NULL test.
 */
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/analysis.h"
#include "tools/analysis/byarg.h"
#include "tools/lib/usage.h"
#include "tools/read/values-compat.h"
#include "tools/read/values.h"

struct byarg_walker {
	struct analysis *a;
	struct byarg *b;
	struct values *vals;
	const char *name;
	const struct trace *t;
	uint32_t log;
	uint64_t off;
};

static uint64_t key_hash(uint32_t log, uint32_t func, const char *s)
{
	uint64_t h = 1469598103934665603ull ^ ((uint64_t)log << 32 | func);

	for (; *s; s++)
		h = (h ^ (uint8_t)*s) * 1099511628211ull;
	return h ^ (h >> 29);
}

static void rehash(struct byarg *b)
{
	size_t n = b->nslots ? b->nslots * 2 : 256;

	free(b->slots);
	b->slots = xcalloc(n, sizeof(*b->slots));
	b->nslots = n;
	for (size_t i = 0; i < b->nr; i++) {
		const struct byarg_row *r = &b->rows[i];
		size_t k = key_hash(r->st.log, r->st.func, r->value) & (n - 1);

		while (b->slots[k])
			k = (k + 1) & (n - 1);
		b->slots[k] = (uint32_t)(i + 1);
	}
}

static struct byarg_row *row_get(struct byarg *b, uint32_t log, uint32_t func, const char *value)
{
	size_t k;
	struct byarg_row *r;

	if (2 * (b->nr + 1) > b->nslots)
		rehash(b);
	k = key_hash(log, func, value) & (b->nslots - 1);
	for (; b->slots[k]; k = (k + 1) & (b->nslots - 1)) {
		r = &b->rows[b->slots[k] - 1];
		if (r->st.log == log && r->st.func == func && !strcmp(r->value, value))
			return r;
	}
	ALLOC_GROW(b->rows, b->nr + 1, b->alloc);
	r = &b->rows[b->nr];
	memset(r, 0, sizeof(*r));
	r->st.log = log;
	r->st.func = func;
	hist_init(&r->st.hist);
	r->value = xstrdup(value);
	b->slots[k] = (uint32_t)++b->nr;
	return r;
}

static int ba_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct byarg_walker *w = ctx;

	w->t = t;
	w->log = analysis_log_index(w->a, t);
	w->off = w->a->logs[w->log].offset_ns;
	return 0;
}

static int ba_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	return 0;
}

static int ba_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct byarg_walker *w = ctx;
	const struct trace_values *tv = frame_args(f);
	const char *text;
	struct byarg_row *r;
	uint64_t start = f->start_ns + w->off, dur = f->end_ns - f->start_ns;
	bool outermost = true;

	if (!tv)
		return 0;
	if (start < w->a->from_ns || start >= w->a->to_ns)
		return 0; /* a call counts in the window it started in */
	w->b->marked++;
	text = values_arg_text(w->vals, w->t, f->func, tv, w->name);
	if (!text) {
		w->b->missing++;
		return 0;
	}
	for (uint32_t d = 0; d < f->depth && outermost; d++)
		outermost = stack[d].func != f->func;
	r = row_get(w->b, w->log, f->func, text);
	r->st.calls++;
	r->st.sum_ns += dur;
	r->st.self_ns += dur > f->child_ns ? dur - f->child_ns : 0;
	if (outermost)
		r->st.total_ns += dur;
	hist_add(&r->st.hist, dur);
	return 0;
}

static const struct frames_ops byarg_ops = {
	.thread_begin = ba_thread_begin,
	.enter = ba_enter,
	.exit = ba_exit,
};

int byarg_walk(struct analysis *a, const char *name, struct byarg *out)
{
	struct byarg_walker w = { .a = a, .b = out, .name = name };
	void *ctx = &w;
	int ret;

	memset(out, 0, sizeof(*out));
	w.vals = values_new(&a->o->symbol_files);
	ret = analysis_walk(a, &byarg_ops, &ctx, 1);
	values_free(w.vals);
	return ret < 0 ? -1 : 0;
}

/* ---- tree --args ---- */

/*
 * A call with arguments enters the tree as a function of its own: the
 * frame handed to analysis_ct_ops carries a made-up function id above
 * every real one, one per (log, function, argument text), so the tree
 * keys, folds and merges it like any function; its node is named after
 * the walk.
 */
#define ARGTREE_FUNC_BASE 0x40000000u

struct argtree_key {
	uint32_t log, func;
	char *text;
};

struct argtree_walker {
	struct an_ct_worker w;
	struct values *vals;
	const struct trace *t;
	struct argtree_key *keys;
	size_t nkeys, keys_alloc;
	uint32_t *slots;     /* hash of keys -> index + 1 */
	size_t nslots;
	uint32_t *ids;	     /* per depth: the id the open frame entered with */
	size_t ids_alloc;
};

static uint32_t argtree_id(struct argtree_walker *w, uint32_t log, uint32_t func, const char *text)
{
	size_t k;

	if (2 * (w->nkeys + 1) > w->nslots) {
		size_t n = w->nslots ? w->nslots * 2 : 256;

		free(w->slots);
		w->slots = xcalloc(n, sizeof(*w->slots));
		w->nslots = n;
		for (size_t i = 0; i < w->nkeys; i++) {
			k = key_hash(w->keys[i].log, w->keys[i].func, w->keys[i].text) & (n - 1);
			while (w->slots[k])
				k = (k + 1) & (n - 1);
			w->slots[k] = (uint32_t)(i + 1);
		}
	}
	k = key_hash(log, func, text) & (w->nslots - 1);
	for (; w->slots[k]; k = (k + 1) & (w->nslots - 1)) {
		const struct argtree_key *e = &w->keys[w->slots[k] - 1];

		if (e->log == log && e->func == func && !strcmp(e->text, text))
			return ARGTREE_FUNC_BASE + w->slots[k] - 1;
	}
	ALLOC_GROW(w->keys, w->nkeys + 1, w->keys_alloc);
	w->keys[w->nkeys] = (struct argtree_key){ log, func, xstrdup(text) };
	w->slots[k] = (uint32_t)++w->nkeys;
	return ARGTREE_FUNC_BASE + (uint32_t)(w->nkeys - 1);
}

static int at_thread_begin(void *ctx, struct trace *t, struct trace_thread *th)
{
	struct argtree_walker *w = ctx;

	w->t = t;
	return analysis_ct_ops.thread_begin(&w->w, t, th);
}

static int at_enter(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct argtree_walker *w = ctx;
	struct frame g = *f;

	ALLOC_GROW(w->ids, f->depth + 1, w->ids_alloc);
	if (f->args && f->func < ARGTREE_FUNC_BASE)
		g.func = argtree_id(w, w->w.log, f->func,
				    values_args_text(w->vals, w->t, f->func, f->args));
	w->ids[f->depth] = g.func;
	return analysis_ct_ops.enter(&w->w, &g, stack);
}

static int at_exit(void *ctx, const struct frame *f, const struct frame *stack)
{
	struct argtree_walker *w = ctx;
	struct frame g = *f;

	if (f->depth < w->ids_alloc)
		g.func = w->ids[f->depth];
	return analysis_ct_ops.exit(&w->w, &g, stack);
}

static const struct frames_ops argtree_ops = {
	.thread_begin = at_thread_begin,
	.enter = at_enter,
	.exit = at_exit,
};

int byarg_calltree(struct analysis *a, struct calltree *out, struct byarg_names *names)
{
	struct argtree_walker w = { .w = { .a = a, .fold = !a->o->no_fold } };
	void *ctx = &w;
	int ret;

	calltree_init(&w.w.ct);
	w.vals = values_new(&a->o->symbol_files);
	ret = analysis_walk(a, &argtree_ops, &ctx, 1);
	*out = w.w.ct;
	for (size_t i = 0; i < out->nr; i++) {
		struct ct_node *n = &out->nodes[i];
		const struct argtree_key *k;

		if (n->key == CT_KEY_ROOT || CT_KEY_IS_PROCESS(n->key) || CT_KEY_IS_CYCLE(n->key) ||
		    CT_KEY_FUNCID(n->key) < ARGTREE_FUNC_BASE)
			continue;
		k = &w.keys[CT_KEY_FUNCID(n->key) - ARGTREE_FUNC_BASE];
		ALLOC_GROW(names->v, names->n + 1, names->alloc);
		names->v[names->n] = xasprintf("%s(%s)", analysis_func_name(a, k->log, k->func), k->text);
		n->name = names->v[names->n++];
	}
	analysis_finish_tree(a, out);
	for (size_t i = 0; i < w.nkeys; i++)
		free(w.keys[i].text);
	free(w.keys);
	free(w.slots);
	free(w.ids);
	analysis_depth_release(&w.w.ds);
	values_free(w.vals);
	return ret < 0 ? -1 : 0;
}

void byarg_names_free(struct byarg_names *names)
{
	for (size_t i = 0; i < names->n; i++)
		free(names->v[i]);
	free(names->v);
	memset(names, 0, sizeof(*names));
}

void byarg_release(struct byarg *b)
{
	for (size_t i = 0; i < b->nr; i++) {
		hist_release(&b->rows[i].st.hist);
		free(b->rows[i].value);
	}
	free(b->rows);
	free(b->slots);
	memset(b, 0, sizeof(*b));
}
