/*
 * Folded-stacks writer (see folded.h). A depth-first walk keeps the
 * current path in one buffer; each node appends its name and truncates
 * back when its subtree is done, so output is linear in its size.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/calltree.h"
#include "tools/analysis/fmt.h"
#include "tools/lib/usage.h"
#include "tools/out/folded.h"

static int cmp_name(const struct ct_node *a, const struct ct_node *b)
{
	return strcmp(a->name ? a->name : "", b->name ? b->name : "");
}

struct path {
	char *buf;
	size_t len, alloc;
};

static void path_push(struct path *p, const char *name)
{
	ALLOC_GROW(p->buf, p->len + 3 * strlen(name) + 2, p->alloc);
	if (p->len)
		p->buf[p->len++] = ';';
	p->len += fmt_folded_frame(p->buf + p->len, name);
}

struct folded_ctx {
	FILE *f;
	const struct calltree *ct;
	struct path p;
	size_t *saved; /* path length before each depth's name */
	size_t saved_alloc;
	char *label;   /* calltree_label()'s buffer */
	size_t label_alloc;
	bool by_calls;
};

static int visit(void *arg, uint32_t node, int pre)
{
	struct folded_ctx *c = arg;
	const struct ct_node *nd = &c->ct->nodes[node];
	uint64_t w;

	if (node == CT_ROOT)
		return 0;
	if (!pre) {
		c->p.len = c->saved[nd->depth];
		c->p.buf[c->p.len] = '\0';
		return 0;
	}
	ALLOC_GROW(c->saved, nd->depth + 1, c->saved_alloc);
	c->saved[nd->depth] = c->p.len;
	path_push(&c->p, calltree_label(c->ct, node, &c->label, &c->label_alloc));
	/* A process frame is no call: its line would only add 1. */
	w = !c->by_calls ? nd->self_ns : CT_KEY_IS_PROCESS(nd->key) ? 0 : nd->calls;
	if (w)
		fprintf(c->f, "%s %" PRIu64 "\n", c->p.buf, w);
	return 0;
}

int folded_write(FILE *f, const struct calltree *ct, bool by_calls)
{
	struct folded_ctx c = { .f = f, .ct = ct, .by_calls = by_calls };

	calltree_dfs(ct, CT_ROOT, cmp_name, visit, &c);
	free(c.p.buf);
	free(c.saved);
	free(c.label);
	if (ferror(f)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}
