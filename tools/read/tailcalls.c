/*
 * Tail-call targets from the modules' code (see tailcalls.h). Each module
 * file is read once with libelf: the xray_instr_map section for the sleds,
 * the executable sections for the bytes after each tail-call sled. Only
 * x86-64 sleds are decoded; other modules stay unknown.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <elfutils/libdwelf.h>
#include <gelf.h>

#include "common/format.h"
#include "common/xray-map.h"
#include "tools/lib/usage.h"
#include "tools/read/tailcalls.h"
#include "tools/read/trace.h"

/* An x86-64 sled is 11 bytes (`jmp +9` and a 9-byte nop when unpatched);
 * the tail call's own jump follows it. */
#define SLED_SIZE 11

struct code {
	uint64_t addr, size;
	const uint8_t *bytes;
};

struct vaddr_id {
	uint64_t vaddr;
	uint32_t id;
};

static int cmp_vaddr(const void *a, const void *b)
{
	const struct vaddr_id *x = a, *y = b;
	return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* The function id at vaddr exactly, or 0. */
static uint32_t func_at(const struct vaddr_id *v, size_t n, uint64_t vaddr)
{
	struct vaddr_id key = { vaddr, 0 };
	const struct vaddr_id *f = bsearch(&key, v, n, sizeof(*v), cmp_vaddr);
	return f ? f->id : 0;
}

/* Up to 8 bytes of code at addr into out; the number read. */
static size_t code_read(const struct code *c, size_t nc, uint64_t addr, uint8_t *out)
{
	for (size_t i = 0; i < nc; i++)
		if (addr >= c[i].addr && addr - c[i].addr < c[i].size) {
			uint64_t left = c[i].size - (addr - c[i].addr);
			size_t n = left < 8 ? (size_t)left : 8;
			memcpy(out, c[i].bytes + (addr - c[i].addr), n);
			return n;
		}
	return 0;
}

/*
 * Decode the jump at addr: 1 with *target for a direct one (jmp or jcc,
 * rel8 or rel32), 2 for one through a register or memory other than the
 * GOT (any function), 0 for one through the GOT or what is not a jump we
 * know (treated as any function too, returned as 2).
 */
static int decode_jump(const struct code *c, size_t nc, uint64_t addr, uint64_t *target)
{
	uint8_t b[8];
	size_t n = code_read(c, nc, addr, b), i = 0;

	while (i < n && (b[i] == 0x3e || b[i] == 0x2e || (b[i] & 0xf0) == 0x40))
		i++; /* notrack, branch hints, REX */
	if (i + 2 <= n && b[i] == 0xeb) {
		*target = addr + i + 2 + (uint64_t)(int64_t)(int8_t)b[i + 1];
		return 1;
	}
	if (i + 2 <= n && (b[i] & 0xf0) == 0x70) {
		*target = addr + i + 2 + (uint64_t)(int64_t)(int8_t)b[i + 1];
		return 1;
	}
	if (i + 5 <= n && b[i] == 0xe9) {
		int32_t rel;
		memcpy(&rel, b + i + 1, 4);
		*target = addr + i + 5 + (uint64_t)(int64_t)rel;
		return 1;
	}
	if (i + 6 <= n && b[i] == 0x0f && (b[i + 1] & 0xf0) == 0x80) {
		int32_t rel;
		memcpy(&rel, b + i + 2, 4);
		*target = addr + i + 6 + (uint64_t)(int64_t)rel;
		return 1;
	}
	if (i + 2 <= n && b[i] == 0xff && b[i + 1] == 0x25)
		return 0; /* jmp *GOT(%rip): a function of another module */
	return 2;
}

static void push_pair(struct tailcalls *tc, size_t *alloc, uint32_t caller, uint32_t callee)
{
	ALLOC_GROW(tc->pairs, tc->npairs + 1, *alloc);
	tc->pairs[tc->npairs++] = (uint64_t)caller << 32 | callee;
}

/* The tail calls of module m, from the file at its path. 0, or -1 when
 * the file cannot tell (unreadable, another build, no sled map). */
static int load_module(struct tailcalls *tc, size_t *alloc, const struct trace_module *m)
{
	int fd = open(m->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), ret = -1;
	Elf *elf = NULL;
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	const uint8_t *map = NULL;
	uint64_t map_addr = 0, map_size = 0;
	struct code *code = NULL;
	size_t ncode = 0, code_alloc = 0;
	struct vaddr_id *funcs = NULL;
	const void *id;
	ssize_t idlen;

	if (fd < 0)
		return -1;
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!elf || elf_kind(elf) != ELF_K_ELF || elf_getshdrstrndx(elf, &shstrndx))
		goto out;
	idlen = dwelf_elf_gnu_build_id(elf, &id);
	if (m->build_id_len && (idlen != (ssize_t)m->build_id_len ||
				memcmp(id, m->build_id, m->build_id_len)))
		goto out;
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		const char *name;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_PROGBITS ||
		    !(name = elf_strptr(elf, shstrndx, sh.sh_name)) ||
		    !(d = elf_getdata(scn, NULL)) || d->d_size != sh.sh_size)
			continue;
		if (!strcmp(name, XRAY_MAP_SECTION)) {
			map = d->d_buf;
			map_addr = sh.sh_addr;
			map_size = sh.sh_size;
		} else if (sh.sh_flags & SHF_EXECINSTR) {
			ALLOC_GROW(code, ncode + 1, code_alloc);
			code[ncode++] = (struct code){ sh.sh_addr, sh.sh_size, d->d_buf };
		}
	}
	if (!map || xray_map_count(map_size) <= 0)
		goto out;
	funcs = xmalloc(((size_t)m->nfuncs + 1) * sizeof(*funcs));
	for (uint32_t i = 0; i < m->nfuncs; i++)
		funcs[i] = (struct vaddr_id){ m->func_vaddr[i], m->id_base + i };
	qsort(funcs, m->nfuncs, sizeof(*funcs), cmp_vaddr);
	for (long i = 0, n = xray_map_count(map_size); i < n; i++) {
		struct xray_sled s;
		uint64_t target = 0;
		uint32_t caller;
		int how;

		if (xray_map_entry(map, map_addr, (size_t)i, &s) || s.kind != XRAY_SLED_TAIL ||
		    !(caller = func_at(funcs, m->nfuncs, s.func)))
			continue;
		how = decode_jump(code, ncode, s.addr + SLED_SIZE, &target);
		if (how == 2)
			push_pair(tc, alloc, caller, 0);
		else if (how == 1 && (target = func_at(funcs, m->nfuncs, target)))
			push_pair(tc, alloc, caller, (uint32_t)target);
	}
	ret = 0;
out:
	free(funcs);
	free(code);
	if (elf)
		elf_end(elf);
	close(fd);
	return ret;
}

struct tailcalls *tailcalls_load(const struct trace *t)
{
	struct tailcalls *tc = xcalloc(1, sizeof(*tc));
	size_t alloc = 0;

	tc->nmodules = t->nmodules;
	tc->known = xcalloc(t->nmodules + 1, sizeof(*tc->known));
	for (size_t i = 0; i < t->nmodules; i++)
		tc->known[i] = t->arch == FMT_ARCH_X86_64 && t->modules[i].path &&
			       !load_module(tc, &alloc, &t->modules[i]);
	if (tc->npairs)
		qsort(tc->pairs, tc->npairs, sizeof(*tc->pairs), cmp_u64);
	return tc;
}

static bool has_pair(const struct tailcalls *tc, uint64_t key)
{
	return tc->npairs && bsearch(&key, tc->pairs, tc->npairs, sizeof(key), cmp_u64);
}

bool tailcalls_may_enter(const struct tailcalls *tc, const struct trace *t, uint32_t caller,
			 uint32_t callee)
{
	const struct trace_module *m;

	if (!tc || !(m = trace_func_module(t, caller)) || m->index >= tc->nmodules ||
	    !tc->known[m->index])
		return true;
	return has_pair(tc, (uint64_t)caller << 32 | callee) || has_pair(tc, (uint64_t)caller << 32);
}

void tailcalls_free(struct tailcalls *tc)
{
	if (!tc)
		return;
	free(tc->pairs);
	free(tc->known);
	free(tc);
}
