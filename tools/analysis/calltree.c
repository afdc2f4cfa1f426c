/*
 * Call-path tree: an array of nodes plus an open-addressing hash table
 * from (parent index, key) to the child's index.
 *
 * calltree_child() runs once per frame entry while a tree is built, so it
 * is one hash, usually one probe, and no allocation except on growth. The
 * child lists are singly linked and unordered; output code sorts them
 * with calltree_children().
 *
 * calltree_fold_child() runs instead when recursion is folded. Besides
 * the lookup it may read up to CT_FOLD_MAX ancestors of the caller's
 * node; a mask of the functions above each node, made when the node is,
 * skips that walk for most calls of a function not among them.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/calltree.h"
#include "tools/lib/usage.h"

static inline uint64_t ct_hash(uint32_t parent, uint64_t key)
{
	uint64_t h = key * 0x9e3779b97f4a7c15ull ^ ((uint64_t)parent * 0xc2b2ae3d27d4eb4full);

	return h ^ (h >> 29);
}

/* A node of one function (not the root, a process or a cycle). */
static inline bool is_func_node(const struct ct_node *n)
{
	return n->key != CT_KEY_ROOT && !CT_KEY_IS_PROCESS(n->key) && !CT_KEY_IS_CYCLE(n->key);
}

static inline uint64_t fold_bit(uint64_t key)
{
	return 1ull << ((key * 0x9e3779b97f4a7c15ull) >> 58);
}

static uint32_t new_node(struct calltree *ct, uint32_t parent, uint64_t key)
{
	struct ct_node *n;
	uint32_t idx = (uint32_t)ct->nr;

	if (ct->nr >= CT_NONE - 1)
		die("call tree too large (%zu paths)", ct->nr);
	ALLOC_GROW(ct->nodes, ct->nr + 1, ct->alloc);
	n = &ct->nodes[ct->nr++];
	memset(n, 0, sizeof(*n));
	n->key = key;
	n->parent = parent;
	n->first_child = CT_NONE;
	n->next_sibling = CT_NONE;
	if (parent != CT_NONE) {
		n->depth = ct->nodes[parent].depth + 1;
		n->next_sibling = ct->nodes[parent].first_child;
		ct->nodes[parent].first_child = idx;
	}
	/* Paths are made once, frames walk them many times: the walk's filter. */
	for (uint32_t k = 0, a = idx; k < CT_FOLD_MAX && a != CT_NONE && is_func_node(&ct->nodes[a]);
	     k++, a = ct->nodes[a].parent)
		n->fold_mask |= fold_bit(ct->nodes[a].key);
	return idx;
}

static void ht_insert(uint32_t *ht, size_t mask, const struct calltree *ct, uint32_t idx)
{
	const struct ct_node *n = &ct->nodes[idx];
	size_t pos = ct_hash(n->parent, n->key) & mask;

	while (ht[pos])
		pos = (pos + 1) & mask;
	ht[pos] = idx + 1;
}

static void ht_grow(struct calltree *ct)
{
	size_t size = ct->ht ? (ct->ht_mask + 1) * 2 : 1024;

	free(ct->ht);
	ct->ht = xcalloc(size, sizeof(*ct->ht));
	ct->ht_mask = size - 1;
	for (size_t i = 1; i < ct->nr; i++)
		ht_insert(ct->ht, ct->ht_mask, ct, (uint32_t)i);
}

void calltree_init(struct calltree *ct)
{
	memset(ct, 0, sizeof(*ct));
	new_node(ct, CT_NONE, CT_KEY_ROOT);
	ht_grow(ct);
}

void calltree_release(struct calltree *ct)
{
	free(ct->nodes);
	free(ct->ht);
	memset(ct, 0, sizeof(*ct));
}

uint32_t calltree_find(const struct calltree *ct, uint32_t parent, uint64_t key)
{
	size_t pos = ct_hash(parent, key) & ct->ht_mask;
	uint32_t v;

	while ((v = ct->ht[pos])) {
		const struct ct_node *n = &ct->nodes[v - 1];

		if (n->key == key && n->parent == parent)
			return v - 1;
		pos = (pos + 1) & ct->ht_mask;
	}
	return CT_NONE;
}

uint32_t calltree_child(struct calltree *ct, uint32_t parent, uint64_t key)
{
	size_t pos = ct_hash(parent, key) & ct->ht_mask;
	uint32_t v, idx;

	while ((v = ct->ht[pos])) {
		const struct ct_node *n = &ct->nodes[v - 1];

		if (n->key == key && n->parent == parent)
			return v - 1;
		pos = (pos + 1) & ct->ht_mask;
	}
	idx = new_node(ct, parent, key);
	/* Keep the load factor at or below one half. */
	if (ct->nr * 2 > ct->ht_mask + 1)
		ht_grow(ct);
	else
		ct->ht[pos] = idx + 1;
	return idx;
}

uint32_t calltree_fold_child(struct calltree *ct, uint32_t parent, uint64_t key)
{
	const struct ct_node *p = &ct->nodes[parent];
	uint32_t n = parent, idx;

	if (p->period) {
		/* A cycle node: its functions are the period nodes above it. */
		n = p->parent;
		for (uint32_t k = 0; k < p->period; k++, n = ct->nodes[n].parent)
			if (ct->nodes[n].key == key)
				return parent;
		return calltree_child(ct, parent, key);
	}
	if (!(p->fold_mask & fold_bit(key)))
		return calltree_child(ct, parent, key); /* not among the nodes above */
	for (uint32_t k = 1; k <= CT_FOLD_MAX && is_func_node(&ct->nodes[n]);
	     k++, n = ct->nodes[n].parent) {
		if (ct->nodes[n].key != key)
			continue;
		if (k == 1)
			return parent; /* direct recursion */
		idx = calltree_child(ct, parent, CT_KEY_CYCLE(key));
		ct->nodes[idx].period = k;
		return idx;
	}
	return calltree_child(ct, parent, key);
}

const char *calltree_label(const struct calltree *ct, uint32_t node, char **buf, size_t *alloc)
{
	const struct ct_node *n = &ct->nodes[node];
	const char *name = n->name ? n->name : "?";
	size_t len;

	if (!n->period && n->nest <= 1)
		return name;
	/* " \xc3\x97" is " ×" (U+00D7) in UTF-8; 10 digits for the count. */
	len = strlen(name) + 3 + 10 + 1;
	ALLOC_GROW(*buf, len, *alloc);
	snprintf(*buf, len, "%s \xc3\x97%" PRIu32, name, n->nest);
	return *buf;
}

void calltree_graft(struct calltree *dst, uint32_t dst_parent, const struct calltree *src,
		    uint32_t src_node)
{
	uint32_t *map = xmalloc(src->nr * sizeof(*map));
	uint32_t top_depth = src->nodes[src_node].depth;

	/*
	 * Nodes are in creation order (parents first), so one pass maps
	 * every node of the subtree once its parent is mapped.
	 */
	for (size_t i = 0; i < src->nr; i++)
		map[i] = CT_NONE;
	map[src_node] = src_node == CT_ROOT ? dst_parent : calltree_child(dst, dst_parent, src->nodes[src_node].key);
	for (size_t i = src_node + 1; i < src->nr; i++) {
		const struct ct_node *s = &src->nodes[i];

		if (s->depth <= top_depth || map[s->parent] == CT_NONE)
			continue;
		map[i] = calltree_child(dst, map[s->parent], s->key);
	}
	for (size_t i = src_node; i < src->nr; i++) {
		const struct ct_node *s = &src->nodes[i];
		struct ct_node *d;

		if (map[i] == CT_NONE || (i == CT_ROOT && src_node == CT_ROOT))
			continue;
		d = &dst->nodes[map[i]];
		d->calls += s->calls;
		d->total_ns += s->total_ns;
		d->self_ns += s->self_ns;
		if (s->work_ns || s->thread_bits) {
			if (!d->thread_bits || s->span_lo < d->span_lo)
				d->span_lo = s->span_lo;
			if (s->span_hi > d->span_hi)
				d->span_hi = s->span_hi;
			d->work_ns += s->work_ns;
			d->thread_bits |= s->thread_bits;
			d->created = d->created || s->created;
		}
		d->period = s->period;
		if (s->nest > d->nest)
			d->nest = s->nest;
		if (!d->name)
			d->name = s->name;
	}
	free(map);
}

uint64_t *calltree_work(const struct calltree *ct)
{
	uint64_t *w = xcalloc(ct->nr ? ct->nr : 1, sizeof(*w));

	/* children have larger indices than their parents */
	for (size_t i = ct->nr; i-- > 1;) {
		w[i] += ct->nodes[i].self_ns;
		w[ct->nodes[i].parent] += w[i];
	}
	return w;
}

bool calltree_has_stitched(const struct calltree *ct)
{
	for (size_t i = 1; i < ct->nr; i++)
		if (ct->nodes[i].thread_bits)
			return true;
	return false;
}

void calltree_merge(struct calltree *dst, const struct calltree *src)
{
	calltree_graft(dst, CT_ROOT, src, CT_ROOT);
}

struct sort_ctx {
	int (*cmp)(const struct ct_node *a, const struct ct_node *b);
	const struct calltree *ct;
};

static int cmp_index(const void *a, const void *b, void *arg)
{
	const struct sort_ctx *sc = arg;
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	int c = sc->cmp(&sc->ct->nodes[x], &sc->ct->nodes[y]);

	if (c)
		return c;
	return x < y ? -1 : x > y;
}

uint32_t *calltree_children(const struct calltree *ct, uint32_t node,
			    int (*cmp)(const struct ct_node *a, const struct ct_node *b), size_t *n)
{
	size_t nr = 0;
	uint32_t *out;

	for (uint32_t c = ct->nodes[node].first_child; c != CT_NONE; c = ct->nodes[c].next_sibling)
		nr++;
	out = xmalloc((nr ? nr : 1) * sizeof(*out));
	/* The list is newest first: fill from the end for creation order. */
	{
		size_t i = nr;

		for (uint32_t c = ct->nodes[node].first_child; c != CT_NONE;
		     c = ct->nodes[c].next_sibling)
			out[--i] = c;
	}
	if (cmp && nr > 1) {
		struct sort_ctx sc = { cmp, ct };

		qsort_r(out, nr, sizeof(*out), cmp_index, &sc);
	}
	*n = nr;
	return out;
}

struct dfs_level {
	uint32_t node;
	uint32_t *kids;
	size_t n, next;
};

void calltree_dfs(const struct calltree *ct, uint32_t node,
		  int (*cmp)(const struct ct_node *a, const struct ct_node *b),
		  int (*visit)(void *ctx, uint32_t node, int pre), void *ctx)
{
	struct dfs_level *st = NULL;
	size_t depth = 0, alloc = 0;

	ALLOC_GROW(st, 1, alloc);
	st[0].node = node;
	st[0].next = 0;
	if (visit(ctx, node, 1)) {
		st[0].kids = NULL;
		st[0].n = 0;
	} else {
		st[0].kids = calltree_children(ct, node, cmp, &st[0].n);
	}
	depth = 1;
	while (depth) {
		struct dfs_level *l = &st[depth - 1];

		if (l->next < l->n) {
			uint32_t c = l->kids[l->next++];

			ALLOC_GROW(st, depth + 1, alloc);
			l = &st[depth];
			l->node = c;
			l->next = 0;
			l->kids = NULL;
			l->n = 0;
			if (!visit(ctx, c, 1))
				l->kids = calltree_children(ct, c, cmp, &l->n);
			depth++;
			continue;
		}
		visit(ctx, l->node, 0);
		free(l->kids);
		depth--;
	}
	free(st);
}

uint64_t *calltree_subtree_calls(const struct calltree *ct)
{
	uint64_t *v = xcalloc(ct->nr ? ct->nr : 1, sizeof(*v));

	for (size_t i = ct->nr; i-- > 0;) {
		if (!CT_KEY_IS_PROCESS(ct->nodes[i].key))
			v[i] += ct->nodes[i].calls;
		if (i != CT_ROOT)
			v[ct->nodes[i].parent] += v[i];
	}
	return v;
}

bool calltree_has_calls(const struct calltree *ct)
{
	for (size_t i = 1; i < ct->nr; i++)
		if (ct->nodes[i].calls && !CT_KEY_IS_PROCESS(ct->nodes[i].key))
			return true;
	return false;
}
