/*
 * Per-function statistics table (see funcstats.h). The slot arrays are
 * sized to the largest function id seen and grow by doubling; statistics
 * live in one dense array so the merge and the output walk only the
 * functions that were called.
 */
#include <stdlib.h>
#include <string.h>

#include "tools/analysis/funcstats.h"
#include "tools/lib/usage.h"

void fstat_table_init(struct fstat_table *tab)
{
	memset(tab, 0, sizeof(*tab));
}

void fstat_table_release(struct fstat_table *tab)
{
	for (size_t i = 0; i < tab->nr; i++)
		hist_release(&tab->stats[i].hist);
	for (size_t i = 0; i < tab->nlogs; i++)
		free(tab->logs[i].slot);
	free(tab->stats);
	free(tab->logs);
	fstat_table_init(tab);
}

struct fstat *fstat_get(struct fstat_table *tab, uint32_t log, uint32_t func)
{
	struct fstat_log *l;
	struct fstat *fs;

	if (log >= tab->nlogs) {
		tab->logs = xrealloc(tab->logs, (log + 1) * sizeof(*tab->logs));
		memset(tab->logs + tab->nlogs, 0, (log + 1 - tab->nlogs) * sizeof(*tab->logs));
		tab->nlogs = log + 1;
	}
	l = &tab->logs[log];
	if (func >= l->nslots) {
		size_t n = l->nslots ? l->nslots : 1024;

		while (n <= func)
			n *= 2;
		l->slot = xrealloc(l->slot, n * sizeof(*l->slot));
		memset(l->slot + l->nslots, 0, (n - l->nslots) * sizeof(*l->slot));
		l->nslots = n;
	}
	if (l->slot[func])
		return &tab->stats[l->slot[func] - 1];
	ALLOC_GROW(tab->stats, tab->nr + 1, tab->alloc);
	fs = &tab->stats[tab->nr++];
	memset(fs, 0, sizeof(*fs));
	fs->log = log;
	fs->func = func;
	hist_init(&fs->hist);
	l->slot[func] = (uint32_t)tab->nr;
	return fs;
}

void fstat_add(struct fstat *a, const struct fstat *b)
{
	a->calls += b->calls;
	a->total_ns += b->total_ns;
	a->self_ns += b->self_ns;
	a->sum_ns += b->sum_ns;
	hist_merge(&a->hist, &b->hist);
}

void fstat_table_merge(struct fstat_table *dst, const struct fstat_table *src)
{
	for (size_t i = 0; i < src->nr; i++) {
		const struct fstat *s = &src->stats[i];

		fstat_add(fstat_get(dst, s->log, s->func), s);
	}
}
