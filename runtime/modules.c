/*
 * Finding instrumented modules: the executable, its libraries and modules
 * dlopen'ed later.
 *
 * dl_iterate_phdr lists what is loaded; for each object not seen before we
 * read its section headers from the file to find `xray_instr_map` (it has
 * no __start_/__stop_ symbols and alignment 1), then read the entries from
 * memory (the section is allocated), where version-2 entries are
 * PC-relative and need no relocation. Functions are numbered in the order
 * of their first sled; every sled of a function carries the same id.
 *
 * The loader lock is never taken while holding rt_lock (a thread inside
 * dlopen may be running a constructor that needs rt_lock for its first
 * event): objects are listed first, then registered under rt_lock.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <string.h>
#include <unistd.h>

#include "arch.h"
#include "runtime/internal.h"

struct rt_module *rt_modules;
uint32_t rt_nmodules;
static uint32_t rt_next_id = 1;
static pthread_mutex_t scan_lock = PTHREAD_MUTEX_INITIALIZER;

/* Objects already looked at (with or without sleds), by load address and name. */
#define RT_SLED_INVALID 0xff
#define MAX_SEEN 8192
struct seen {
	uintptr_t addr;
	uint64_t name_hash;
};
static struct seen *seen;
static unsigned nseen;

struct cand {
	uintptr_t addr;
	char name[4096];
	const ElfW(Phdr) *phdr;
	uint16_t phnum;
};
#define MAX_CANDS 256
struct scan_ctx {
	struct cand *c;
	unsigned n;
	int more; /* candidates left for another round */
};

/* What is loaded now, for unload detection. */
#define MAX_PRESENT 8192
struct present {
	uintptr_t addr;
	uint64_t name_hash;
	const void *phdr;
};
struct present_ctx {
	struct present *p;
	unsigned n;
};

static uint64_t hash_name(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	while (*s)
		h = (h ^ (uint8_t)*s++) * 1099511628211ull;
	return h;
}

static int is_seen(uintptr_t addr, uint64_t h)
{
	for (unsigned i = 0; i < nseen; i++)
		if (seen[i].addr == addr && seen[i].name_hash == h)
			return 1;
	return 0;
}

static int collect(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct scan_ctx *ctx = arg;
	const char *name = info->dlpi_name ? info->dlpi_name : "";
	uint64_t h = hash_name(name);

	if (!strncmp(name, "linux-vdso", 10) || !strncmp(name, "linux-gate", 10))
		return 0;
	/* libsftrace.so itself has no sleds, but a static executable that
	 * links libsftrace.a contains both our code and the sleds. */
	if (is_seen(info->dlpi_addr, h))
		return 0;
	if (ctx->n == MAX_CANDS) {
		ctx->more = 1;
		return 1;
	}
	struct cand *c = &ctx->c[ctx->n++];
	c->addr = info->dlpi_addr;
	strncpy(c->name, name, sizeof(c->name) - 1);
	c->name[sizeof(c->name) - 1] = '\0';
	c->phdr = info->dlpi_phdr;
	c->phnum = info->dlpi_phnum;
	return 0;
}

static void mark_seen(const struct cand *c)
{
	if (nseen < MAX_SEEN) {
		seen[nseen].addr = c->addr;
		seen[nseen].name_hash = hash_name(c->name);
		nseen++;
	}
}

static void build_id(struct rt_module *m, const struct cand *c)
{
	for (unsigned i = 0; i < c->phnum; i++) {
		const ElfW(Phdr) *ph = &c->phdr[i];
		const uint8_t *p, *end;

		if (ph->p_type != PT_NOTE)
			continue;
		p = (const uint8_t *)(c->addr + ph->p_vaddr);
		end = p + ph->p_memsz;
		while (p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *n = (const void *)p;
			const uint8_t *name = p + sizeof(*n);
			const uint8_t *desc = name + ((n->n_namesz + 3) & ~3u);
			const uint8_t *next = desc + ((n->n_descsz + 3) & ~3u);

			if (next > end)
				break;
			if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 &&
			    !memcmp(name, "GNU", 4) && n->n_descsz <= sizeof(m->build_id)) {
				memcpy(m->build_id, desc, n->n_descsz);
				m->build_id_len = n->n_descsz;
				return;
			}
			p = next;
		}
	}
}

/* Is the sled at runtime address addr inside an executable segment? */
static int in_exec_segment(const struct cand *c, uintptr_t addr)
{
	for (unsigned i = 0; i < c->phnum; i++) {
		const ElfW(Phdr) *ph = &c->phdr[i];
		uintptr_t lo = c->addr + ph->p_vaddr;

		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X) && addr >= lo &&
		    addr + ARCH_SLED_SIZE <= lo + ph->p_memsz)
			return 1;
	}
	return 0;
}

/* Is [addr, addr+len) inside one of the object's loaded segments? */
static int in_segment(const struct cand *c, uintptr_t vaddr, uint64_t len)
{
	for (unsigned i = 0; i < c->phnum; i++) {
		const ElfW(Phdr) *ph = &c->phdr[i];
		if (ph->p_type == PT_LOAD && vaddr >= ph->p_vaddr &&
		    vaddr + len <= ph->p_vaddr + ph->p_memsz)
			return 1;
	}
	return 0;
}

/*
 * Find xray_instr_map in the file of c: its virtual address and size.
 * Returns 1 found, 0 none, negative errno on an unreadable file.
 */
static int find_instr_map(const struct cand *c, const char *path, uint64_t *vaddr, uint64_t *size)
{
	ElfW(Ehdr) eh;
	ElfW(Shdr) *sh = NULL, strsh;
	char *names = NULL;
	size_t shbytes = 0;
	int fd, ret = 0;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (pread(fd, &eh, sizeof(eh), 0) != sizeof(eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_shentsize != sizeof(ElfW(Shdr)) ||
	    !eh.e_shnum || eh.e_shstrndx >= eh.e_shnum) {
		ret = -ENOEXEC;
		goto out;
	}
	shbytes = (size_t)eh.e_shnum * sizeof(ElfW(Shdr));
	sh = rt_alloc(shbytes);
	if (!sh || pread(fd, sh, shbytes, (off_t)eh.e_shoff) != (ssize_t)shbytes) {
		ret = -ENOEXEC;
		goto out;
	}
	strsh = sh[eh.e_shstrndx];
	if (!strsh.sh_size || strsh.sh_size > (1u << 26)) {
		ret = -ENOEXEC;
		goto out;
	}
	names = rt_alloc(strsh.sh_size + 1);
	if (!names || pread(fd, names, strsh.sh_size, (off_t)strsh.sh_offset) !=
			      (ssize_t)strsh.sh_size) {
		ret = -ENOEXEC;
		goto out;
	}
	names[strsh.sh_size] = '\0';
	for (unsigned i = 0; i < eh.e_shnum; i++) {
		if (sh[i].sh_name >= strsh.sh_size || strcmp(names + sh[i].sh_name, "xray_instr_map"))
			continue;
		if (!(sh[i].sh_flags & SHF_ALLOC) || !in_segment(c, sh[i].sh_addr, sh[i].sh_size))
			break;
		*vaddr = sh[i].sh_addr;
		*size = sh[i].sh_size;
		ret = 1;
		break;
	}
out:
	if (names)
		rt_free(names, strsh.sh_size + 1);
	if (sh)
		rt_free(sh, shbytes);
	close(fd);
	return ret;
}

/* The first loaded segment of c: an address inside the module's file mapping. */
static uintptr_t first_load(const struct cand *c)
{
	for (unsigned i = 0; i < c->phnum; i++)
		if (c->phdr[i].p_type == PT_LOAD)
			return c->addr + (c->phdr[i].p_vaddr & ~(uintptr_t)4095);
	return c->addr;
}

struct mapped {
	uintptr_t addr;
	char *out;
	size_t n;
};

/* One line of /proc/self/maps: if it maps addr from a file, copy its path
 * (1), or say it cannot (-1). */
static int mapped_line(void *ctx, const char *line, size_t len)
{
	struct mapped *m = ctx;
	const char *p = line, *end = line + len, *path;
	uintptr_t lo = rt_parse_hex(&p, end), hi;

	if (p >= end || *p++ != '-')
		return 0;
	hi = rt_parse_hex(&p, end);
	if (m->addr < lo || m->addr >= hi)
		return 0;
	path = memchr(p, '/', (size_t)(end - p));
	if (!path || (size_t)(end - path) >= m->n)
		return -1;
	memcpy(m->out, path, (size_t)(end - path));
	m->out[end - path] = '\0';
	return 1;
}

/*
 * The absolute path of the file mapped at addr, from /proc/self/maps (the
 * kernel's name of the file actually mapped, whatever the process passed
 * to dlopen and wherever it has moved since with chdir). Returns 0 with
 * out filled, or -1.
 */
static int mapped_path(uintptr_t addr, char *out, size_t n)
{
	struct mapped m = { addr, out, n };

	return rt_maps_lines(mapped_line, &m) == 1 ? 0 : -1;
}

/*
 * Where module c's file is, as an absolute path: the loader's name when it
 * is absolute (libraries found by search), else (a dlopen of
 * "./lib.so") the file mapped at the module's first segment, else the
 * name taken from the current directory.
 */
static int module_path(const struct cand *c, char *path, size_t n)
{
	size_t l = strnlen(c->name, n - 1);

	if (c->name[0] != '/' && !mapped_path(first_load(c), path, n))
		return 0;
	if (c->name[0] != '/' && getcwd(path, n)) {
		size_t d = strlen(path);
		const char *rel = c->name;
		while (rel[0] == '.' && rel[1] == '/')
			rel += 2;
		if (d + 1 + strlen(rel) < n) {
			path[d] = '/';
			strcpy(path + d + 1, rel);
			return 0;
		}
	}
	memcpy(path, c->name, l);
	path[l] = '\0';
	return 0;
}

/* Read the sleds of c into a new module. Returns it, or NULL. */
static struct rt_module *module_read(const struct cand *c)
{
	char path[4096];
	uint64_t vaddr = 0, size = 0, n, nfuncs = 0, hsize = 1;
	const uint8_t *map;
	struct rt_module *m;
	uintptr_t *hkeys;
	uint32_t *hvals;
	int r;

	if (c->name[0]) {
		module_path(c, path, sizeof(path));
	} else {
		ssize_t l = readlink("/proc/self/exe", path, sizeof(path) - 1);
		if (l <= 0)
			return NULL;
		path[l] = '\0';
	}
	r = find_instr_map(c, c->name[0] ? path : "/proc/self/exe", &vaddr, &size);
	if (r <= 0) {
		if (r < 0)
			rt_debug("cannot read '%s' (error %d)", path, -r);
		return NULL;
	}
	n = size / 32;
	if (!n || n > (1u << 28))
		return NULL;
	m = rt_alloc(sizeof(*m));
	if (!m)
		return NULL;
	m->sleds = rt_alloc(n * sizeof(*m->sleds));
	m->func_vaddr = rt_alloc(n * sizeof(uint64_t));
	m->path = rt_alloc(strlen(path) + 1);
	while (hsize < 2 * n)
		hsize <<= 1;
	hkeys = rt_alloc(hsize * sizeof(*hkeys));
	hvals = rt_alloc(hsize * sizeof(*hvals));
	if (!m->sleds || !m->func_vaddr || !m->path || !hkeys || !hvals)
		goto fail;
	strcpy(m->path, path);
	m->load_bias = c->addr;
	m->phdr = c->phdr;
	m->phnum = c->phnum;
	m->text_lo = UINTPTR_MAX;
	map = (const uint8_t *)(c->addr + vaddr);
	for (uint64_t i = 0; i < n; i++) {
		struct xray_sled e;
		uintptr_t sled, func;
		uint64_t h;

		if (xray_map_entry(map, (uintptr_t)map, (size_t)i, &e)) {
			m->sleds[i].kind = RT_SLED_INVALID; /* a later map version */
			m->sleds[i].func = 0;
			m->sleds[i].addr = 0;
			continue;
		}
		sled = (uintptr_t)e.addr;
		func = (uintptr_t)e.func;
		for (h = (func * 0x9e3779b97f4a7c15ull) >> 20 & (hsize - 1); hkeys[h] && hkeys[h] != func;
		     h = (h + 1) & (hsize - 1))
			;
		if (!hkeys[h]) {
			hkeys[h] = func;
			hvals[h] = (uint32_t)nfuncs;
			m->func_vaddr[nfuncs++] = func - c->addr;
		}
		m->sleds[i].addr = sled;
		m->sleds[i].func = hvals[h];
		/* A sled outside the module's executable segments (a damaged
		 * map) is never read or written. */
		m->sleds[i].kind = in_exec_segment(c, sled) ? e.kind : RT_SLED_INVALID;
		if (m->sleds[i].kind == RT_SLED_INVALID)
			continue;
		if (sled < m->text_lo)
			m->text_lo = sled;
		if (sled + ARCH_SLED_SIZE > m->text_hi)
			m->text_hi = sled + ARCH_SLED_SIZE;
	}
	m->nsleds = (uint32_t)n;
	m->nfuncs = (uint32_t)nfuncs;
	if (m->text_lo >= m->text_hi)
		goto fail; /* no usable sled */
	build_id(m, c);
	rt_free(hkeys, hsize * sizeof(*hkeys));
	rt_free(hvals, hsize * sizeof(*hvals));
	return m;
fail:
	rt_debug("'%s': no usable sled (or out of memory)", path);
	rt_free(hkeys, hsize * sizeof(*hkeys));
	rt_free(hvals, hsize * sizeof(*hvals));
	rt_free(m->sleds, n * sizeof(*m->sleds));
	rt_free(m->func_vaddr, n * sizeof(uint64_t));
	rt_free(m->path, strlen(path) + 1);
	rt_free(m, sizeof(*m));
	return NULL;
}

/* Register m, log it and patch it. rt_lock held. */
static int module_add(struct rt_module *m)
{
	uint8_t *flags;
	struct rt_module **tail;
	int err = 0;

	if (rt_next_id + m->nfuncs > RT_MAX_FUNCS)
		return -E2BIG;
	if (!rt_func_flags && !(rt_func_flags = rt_alloc(RT_MAX_FUNCS)))
		return -ENOMEM;
	m->index = rt_nmodules++;
	m->id_base = rt_next_id;
	rt_next_id += m->nfuncs;
	flags = rt_func_flags + m->id_base;
	memset(flags, RT_FUNC_PATCH, m->nfuncs);
	rt_filter_module(m, flags);
	/* npatched: functions to patch that have at least one usable sled. */
	{
		uint8_t *ok = rt_alloc(m->nfuncs);
		if (ok) {
			for (uint32_t i = 0; i < m->nsleds; i++) {
				const struct rt_sled *s = &m->sleds[i];
				if (rt_sled_thunk(s->kind) >= 0 && arch_sled_state(s->addr, s->kind) >= 0)
					ok[s->func] = 1;
			}
			for (uint32_t f = 0; f < m->nfuncs; f++)
				m->npatched += ok[f] && (flags[f] & RT_FUNC_PATCH);
			rt_free(ok, m->nfuncs);
		}
	}
	m->load_tsc = rt_clock();
	m->loaded = 1;
	for (tail = &rt_modules; *tail; tail = &(*tail)->next)
		;
	*tail = m;
	/*
	 * The log is created with the first module that has something to
	 * record: a process whose modules the filters leave out entirely
	 * writes no log (nor takes the recording's first name).
	 */
	if (rt_log_exists())
		err = rt_log_module(m);
	else if (m->npatched)
		err = rt_log_ensure();
	if (err)
		return err;
	rt_debug("module %u '%s': %u functions, %u sleds, ids %u..%u", m->index, m->path,
		 m->nfuncs, m->nsleds, m->id_base, m->id_base + m->nfuncs - 1);
	return rt_patch_module(m, flags);
}

/* m is no longer mapped: MODULE_UNLOAD. rt_lock held. */
static void module_unloaded(struct rt_module *m)
{
	m->loaded = 0;
	if (rt_log_exists()) {
		uint32_t rec[4] = { m->index, 0, 0, 0 };
		uint64_t now = rt_clock();
		const void *parts[1] = { rec };
		size_t lens[1] = { sizeof(rec) };

		memcpy(&rec[2], &now, 8);
		rt_log_meta(FMT_META_MODULE_UNLOAD, parts, lens, 1);
	}
	rt_debug("module %u '%s' unloaded", m->index, m->path);
}

int rt_modules_add_object(uintptr_t addr, const char *name)
{
	const ElfW(Ehdr) *eh = (const ElfW(Ehdr) *)addr;
	struct cand *c;
	struct rt_module *m;
	int err = 0;

	/* A shared object maps its ELF header at its load address. */
	if (!addr || !name || !*name || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
	    eh->e_type != ET_DYN || eh->e_phentsize != sizeof(ElfW(Phdr)))
		return 0;
	c = rt_alloc(sizeof(*c));
	if (!c)
		return -ENOMEM;
	c->addr = addr;
	strncpy(c->name, name, sizeof(c->name) - 1);
	c->phdr = (const ElfW(Phdr) *)(addr + eh->e_phoff);
	c->phnum = eh->e_phnum;
	/* The loader's l_phdr (what dl_iterate_phdr reports) comes from
	 * PT_PHDR when there is one. */
	for (unsigned i = 0; i < c->phnum; i++)
		if (c->phdr[i].p_type == PT_PHDR) {
			c->phdr = (const ElfW(Phdr) *)(addr + c->phdr[i].p_vaddr);
			break;
		}
	pthread_mutex_lock(&scan_lock);
	if (!seen)
		seen = rt_alloc(MAX_SEEN * sizeof(*seen));
	if (seen) {
		/* A new mapping for sure: whatever was at this address before
		 * is gone, even if its dlclose went unnoticed. */
		uint64_t h = hash_name(c->name);
		for (unsigned i = 0; i < nseen;)
			if (seen[i].addr == c->addr && seen[i].name_hash == h)
				seen[i] = seen[--nseen];
			else
				i++;
		pthread_mutex_lock(&rt_lock);
		for (struct rt_module *o = rt_modules; o; o = o->next)
			if (o->loaded && o->load_bias == c->addr)
				module_unloaded(o);
		pthread_mutex_unlock(&rt_lock);
		m = module_read(c);
		mark_seen(c);
		if (m) {
			pthread_mutex_lock(&rt_lock);
			if (rt_active && (err = module_add(m)))
				rt_debug("module '%s' not traced (error %d)", m->path, -err);
			pthread_mutex_unlock(&rt_lock);
		}
	}
	pthread_mutex_unlock(&scan_lock);
	rt_free(c, sizeof(*c));
	return err;
}

void rt_modules_fork_lock(int phase)
{
	if (phase == 0)
		pthread_mutex_lock(&scan_lock);
	else if (phase == 1)
		pthread_mutex_unlock(&scan_lock);
	else
		pthread_mutex_init(&scan_lock, NULL);
}

int rt_modules_scan(void)
{
	struct scan_ctx ctx = { 0 };
	int found = 0;

	pthread_mutex_lock(&scan_lock);
	if (!seen)
		seen = rt_alloc(MAX_SEEN * sizeof(*seen));
	ctx.c = rt_alloc(MAX_CANDS * sizeof(*ctx.c));
	if (!seen || !ctx.c)
		goto out;
	do {
		ctx.n = 0;
		ctx.more = 0;
		dl_iterate_phdr(collect, &ctx);
		for (unsigned i = 0; i < ctx.n; i++) {
			struct rt_module *m = module_read(&ctx.c[i]);

			mark_seen(&ctx.c[i]);
			if (!m)
				continue;
			pthread_mutex_lock(&rt_lock);
			if (rt_active) {
				int err = module_add(m);
				if (err)
					rt_debug("module '%s' not traced (error %d)", m->path, -err);
				else
					found++;
			}
			pthread_mutex_unlock(&rt_lock);
		}
	} while (ctx.more);
out:
	if (ctx.c)
		rt_free(ctx.c, MAX_CANDS * sizeof(*ctx.c));
	pthread_mutex_unlock(&scan_lock);
	return found;
}

static int collect_present(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct present_ctx *ctx = arg;

	if (ctx->n == MAX_PRESENT)
		return 1;
	ctx->p[ctx->n].addr = info->dlpi_addr;
	ctx->p[ctx->n].name_hash = hash_name(info->dlpi_name ? info->dlpi_name : "");
	ctx->p[ctx->n].phdr = info->dlpi_phdr;
	ctx->n++;
	return 0;
}

void rt_modules_rescan_unloaded(void)
{
	struct present_ctx ctx = { 0 };

	pthread_mutex_lock(&scan_lock);
	ctx.p = rt_alloc(MAX_PRESENT * sizeof(*ctx.p));
	if (!ctx.p || !seen)
		goto out;
	dl_iterate_phdr(collect_present, &ctx);
	if (ctx.n == MAX_PRESENT)
		goto out; /* too many objects to tell */
	/* Forget seen entries that are gone, so that a reload is noticed. */
	for (unsigned i = 0; i < nseen;) {
		int present = 0;
		for (unsigned j = 0; j < ctx.n && !present; j++)
			present = ctx.p[j].addr == seen[i].addr &&
				  ctx.p[j].name_hash == seen[i].name_hash;
		if (present)
			i++;
		else
			seen[i] = seen[--nseen];
	}
	pthread_mutex_lock(&rt_lock);
	for (struct rt_module *m = rt_modules; m; m = m->next) {
		int present = 0;

		if (!m->loaded)
			continue;
		for (unsigned j = 0; j < ctx.n && !present; j++)
			present = ctx.p[j].addr == m->load_bias && ctx.p[j].phdr == m->phdr;
		if (!present)
			module_unloaded(m);
	}
	pthread_mutex_unlock(&rt_lock);
out:
	if (ctx.p)
		rt_free(ctx.p, MAX_PRESENT * sizeof(*ctx.p));
	pthread_mutex_unlock(&scan_lock);
}
