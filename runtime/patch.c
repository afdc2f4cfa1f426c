/*
 * Near thunk pages and sled patching.
 *
 * A sled reaches its handler with a rel32 call or jump, so the target must
 * lie within +-2 GiB of the sled; libsftrace.so is usually much farther
 * (a PIE executable at 0x55..., libraries at 0x7f...). Each module gets a
 * page of thunks (`jmp *0(%rip)` + the handler's absolute address) inside
 * its reach: we scan /proc/self/maps for the free gap nearest to the
 * module's text and map the page there with MAP_FIXED_NOREPLACE (an mmap
 * hint alone was seen ignored), keeping 1 MiB from any neighbour, 1 GiB
 * above the heap (brk grows into that gap; only if nothing else is in
 * reach do we come closer) and out of the gap below the main stack. Pages
 * are shared between modules that are close to each other.
 *
 * Patching makes each executable segment holding sleds writable for the
 * batch (keeping it executable: other threads may be running it) and
 * restores the segment's own protection after.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "arch.h"
#include "runtime/internal.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

#define PAGE 4096ul
#define MARGIN (1ul << 20)
#define ADDR_MIN (1ul << 24)
#define ADDR_MAX 0x7ffffffff000ul
#define MAX_PAGES 256

static uintptr_t thunk_pages[MAX_PAGES];
static unsigned nthunk_pages;

struct gap_search {
	uintptr_t lo, hi;     /* the page must start in [lo, hi] */
	uintptr_t near;	      /* the module's text */
	uintptr_t best;	      /* 0: none */
	uintptr_t best_dist;
	uintptr_t prev_end;
	int prev_is_heap;
	uintptr_t heap_margin; /* room left above the heap */
};

static void consider_gap(struct gap_search *g, uintptr_t start, uintptr_t end, int after_heap,
			 int before_stack)
{
	uintptr_t a, b, cand, dist;

	uintptr_t below = after_heap ? g->heap_margin : MARGIN;

	if (before_stack)
		return;
	if (end - start < below + MARGIN + PAGE)
		return;
	a = start + below;
	b = end - MARGIN - PAGE;
	if (a < g->lo)
		a = g->lo;
	if (b > g->hi)
		b = g->hi;
	if (a > b)
		return;
	cand = g->near < a ? a : g->near > b ? b : g->near;
	cand &= ~(PAGE - 1);
	if (cand < a)
		cand += PAGE;
	if (cand > b)
		return;
	dist = cand > g->near ? cand - g->near : g->near - cand;
	if (!g->best || dist < g->best_dist) {
		g->best = cand;
		g->best_dist = dist;
	}
}

/* One /proc/self/maps line: the gap before its mapping. */
static int maps_line(void *ctx, const char *line, size_t len)
{
	struct gap_search *g = ctx;
	const char *p = line, *end = line + len;
	uintptr_t start, end_addr = 0;
	int is_heap = len >= 6 && !memcmp(line + len - 6, "[heap]", 6);
	int is_stack = len >= 7 && !memcmp(line + len - 7, "[stack]", 7);

	start = rt_parse_hex(&p, end);
	if (p < end && *p == '-') {
		p++;
		end_addr = rt_parse_hex(&p, end);
	}
	if (start > g->prev_end)
		consider_gap(g, g->prev_end, start, g->prev_is_heap, is_stack);
	if (end_addr > g->prev_end)
		g->prev_end = end_addr;
	g->prev_is_heap = is_heap;
	return 0;
}

/* The free page nearest to near within [lo, hi], or 0. */
static uintptr_t find_gap(uintptr_t lo, uintptr_t hi, uintptr_t near, uintptr_t heap_margin)
{
	struct gap_search g = { lo, hi, near, 0, 0, ADDR_MIN, 0, heap_margin };

	if (rt_maps_lines(maps_line, &g) < 0)
		return 0;
	if (ADDR_MAX > g.prev_end)
		consider_gap(&g, g.prev_end, ADDR_MAX, g.prev_is_heap, 0);
	return g.best;
}

void rt_patch_retarget(void)
{
	uintptr_t h[ARCH_NTHUNKS];

	rt_handlers(h);
	pthread_mutex_lock(&rt_lock);
	for (unsigned i = 0; i < nthunk_pages; i++) {
		void *p = (void *)thunk_pages[i];
		if (mprotect(p, PAGE, PROT_READ | PROT_WRITE | PROT_EXEC))
			continue;
		for (int k = 0; k < ARCH_NTHUNKS; k++)
			arch_thunk_retarget((uint8_t *)p + k * ARCH_THUNK_SIZE, h[k]);
		mprotect(p, PAGE, PROT_READ | PROT_EXEC);
	}
	pthread_mutex_unlock(&rt_lock);
}

/* A thunk page reaching every sled in [text_lo, text_hi); 0 when none can be made. */
static uintptr_t thunk_page(uintptr_t text_lo, uintptr_t text_hi)
{
	uintptr_t lo = text_hi > (uintptr_t)ARCH_REL32_REACH ? text_hi - ARCH_REL32_REACH : 0;
	uintptr_t hi = text_lo + ARCH_REL32_REACH - PAGE;
	uintptr_t h[ARCH_NTHUNKS];

	if (lo < ADDR_MIN)
		lo = ADDR_MIN;
	if (hi > ADDR_MAX - PAGE)
		hi = ADDR_MAX - PAGE;
	for (unsigned i = 0; i < nthunk_pages; i++)
		if (thunk_pages[i] >= lo && thunk_pages[i] <= hi)
			return thunk_pages[i];
	if (nthunk_pages == MAX_PAGES)
		return 0;
	rt_handlers(h);
	for (int attempt = 0; attempt < 8; attempt++) {
		uintptr_t want = find_gap(lo, hi, text_lo, 1ul << 30);
		if (!want)
			want = find_gap(lo, hi, text_lo, 64ul << 20);
		void *p;

		if (!want)
			return 0;
		p = mmap((void *)want, PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
		if (p == MAP_FAILED)
			continue; /* raced with another mapping: look again */
		if ((uintptr_t)p != want) {
			munmap(p, PAGE); /* a kernel that took the flag as a hint */
			continue;
		}
		memset(p, 0xcc, PAGE);
		for (int k = 0; k < ARCH_NTHUNKS; k++)
			arch_write_thunk((uint8_t *)p + k * ARCH_THUNK_SIZE, h[k]);
		if (mprotect(p, PAGE, PROT_READ | PROT_EXEC)) {
			munmap(p, PAGE);
			return 0;
		}
		thunk_pages[nthunk_pages++] = want;
		rt_debug("thunk page %p for text %p..%p", p, (void *)text_lo, (void *)text_hi);
		return want;
	}
	return 0;
}

int rt_patch_module(struct rt_module *m, const uint8_t *func_flags)
{
	const ElfW(Phdr) *ph = m->phdr;
	uintptr_t page = thunk_page(m->text_lo, m->text_hi);
	unsigned patched = 0, skipped = 0;

	if (!page) {
		rt_debug("no thunk page within reach of '%s'", m->path);
		return -ENOMEM;
	}
	for (unsigned i = 0; i < m->phnum; i++) {
		uintptr_t seg_lo, seg_hi;
		int prot;

		if (ph[i].p_type != PT_LOAD || !(ph[i].p_flags & PF_X))
			continue;
		seg_lo = (m->load_bias + ph[i].p_vaddr) & ~(PAGE - 1);
		seg_hi = (m->load_bias + ph[i].p_vaddr + ph[i].p_memsz + PAGE - 1) & ~(PAGE - 1);
		if (m->text_hi <= seg_lo || m->text_lo >= seg_hi)
			continue;
		prot = PROT_EXEC | (ph[i].p_flags & PF_R ? PROT_READ : 0) |
		       (ph[i].p_flags & PF_W ? PROT_WRITE : 0);
		if (mprotect((void *)seg_lo, seg_hi - seg_lo, prot | PROT_READ | PROT_WRITE)) {
			rt_debug("cannot make the text of '%s' writable (errno %d)", m->path, errno);
			continue;
		}
		for (uint32_t s = 0; s < m->nsleds; s++) {
			const struct rt_sled *sl = &m->sleds[s];
			int k = rt_sled_thunk(sl->kind);

			/* functions that record values go through their own thunks */
			if (k == ARCH_THUNK_ENTRY && (func_flags[sl->func] & RT_FUNC_ARGS))
				k = ARCH_THUNK_ENTRY_VALUES;
			else if (k == ARCH_THUNK_EXIT && (func_flags[sl->func] & RT_FUNC_RET))
				k = ARCH_THUNK_EXIT_VALUES;

			if (sl->addr < seg_lo || sl->addr + ARCH_SLED_SIZE > seg_hi)
				continue;
			if (k < 0 || !(func_flags[sl->func] & RT_FUNC_PATCH) ||
			    arch_sled_state(sl->addr, sl->kind) != 0) {
				skipped++;
				continue;
			}
			if (arch_sled_patch(sl->addr, sl->kind, m->id_base + sl->func,
					    page + (uintptr_t)k * ARCH_THUNK_SIZE))
				skipped++;
			else
				patched++;
		}
		mprotect((void *)seg_lo, seg_hi - seg_lo, prot);
	}
	rt_debug("'%s': %u sleds patched, %u left alone", m->path, patched, skipped);
	return 0;
}
