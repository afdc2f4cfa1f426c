/*
 * The symbolizer: names, files and lines for the function ids of logs.
 *
 * Design. Each distinct module file (path + recorded build-id) is opened
 * once with libdwfl at bias 0, so every address we handle is the ELF
 * virtual address the log recorded (func_vaddr). Work is lazy and cached
 * at three levels:
 *  - per function id of a trace module: a sym_entry filled on first lookup;
 *  - per module: the ELF symbol table, copied once into an array sorted by
 *    address (libdwfl's own dwfl_module_addrinfo scans every symbol per
 *    lookup, which is quadratic on a module with 10^5 functions);
 *  - per module: a DWARF index built from the compile units' top DIEs
 *    (address ranges -> CU; no .debug_aranges needed, clang and rustc do
 *    not emit it), and per CU, on first use, the sorted entry addresses of
 *    its concrete subprogram DIEs. A lookup is then two binary searches
 *    plus reading one DIE's decl_file/decl_line, so a 100 MB module only
 *    pays for the compile units its traced functions live in.
 * Measured (2 cores, loaded): all 120k functions of a 400 MB C++ binary
 * with 195 MB of .debug_info in 2.3 s (620 MB RSS), 0.1 s names only;
 * 8.4k functions of a Rust binary with 25 MB of .debug_info in 0.6 s.
 *
 * Names prefer the ELF symbol (linkage name, demangled by libiberty), then
 * the DWARF linkage name or name, then "basename+0xvaddr". All strings live
 * in an arena freed with the symbolizer; DWARF file names point into libdw,
 * which stays open as long as the symbolizer.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <elfutils/libdwelf.h>
#include <elfutils/libdwfl.h>
#include <gelf.h>
#include <libiberty/demangle.h>

#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/read/symbols.h"
#include "tools/read/trace.h"

/* Strings that live as long as the symbolizer, allocated in large chunks. */
struct arena {
	char *cur;
	size_t left;
	char **chunks;
	size_t nchunks, alloc;
};

#define ARENA_CHUNK (64 * 1024)

static char *arena_alloc(struct arena *a, size_t n)
{
	char *p;

	if (n > a->left) {
		size_t sz = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;

		p = xmalloc(sz);
		ALLOC_GROW(a->chunks, a->nchunks + 1, a->alloc);
		a->chunks[a->nchunks++] = p;
		if (sz != ARENA_CHUNK)
			return p; /* a big string gets its own chunk */
		a->cur = p;
		a->left = sz;
	}
	p = a->cur;
	a->cur += n;
	a->left -= n;
	return p;
}

static const char *arena_strdup(struct arena *a, const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(arena_alloc(a, n), s, n);
}

/* An arena string of two parts. */
static const char *arena_concat(struct arena *a, const char *x, const char *y)
{
	size_t nx = strlen(x), ny = strlen(y);
	char *p = arena_alloc(a, nx + ny + 1);

	memcpy(p, x, nx);
	memcpy(p + nx, y, ny + 1);
	return p;
}

static void arena_release(struct arena *a)
{
	for (size_t i = 0; i < a->nchunks; i++)
		free(a->chunks[i]);
	free(a->chunks);
	memset(a, 0, sizeof(*a));
}

/* One function id's answer. si comes first: symbolizer_location() casts back. */
struct sym_entry {
	struct sym_info si;
	const char *loc; /* "file:line", built on demand */
	bool done;
	bool located;	 /* DWARF was read for it (see symbolizer_locate()) */
};

/* An ELF symbol usable as a function name. */
struct elf_sym {
	uint64_t addr, size;
	const char *name; /* points into libelf's string table */
	int rank;	  /* lower is better when several share an address */
};

struct dw_func {
	uint64_t addr;	/* entry address (DWARF, before bias) */
	Dwarf_Off die;	/* the concrete subprogram DIE */
};

struct dw_cu {
	Dwarf_Die die;
	Dwarf_Die skel;		/* the skeleton unit of a split unit */
	Dwarf *dw;		/* the file holding die: a .dwo for a split unit */
	bool split;
	struct dw_func *funcs; /* sorted by addr, built on first use */
	size_t nfuncs;
	bool indexed;
};

struct dw_range {
	uint64_t lo, hi; /* [lo, hi) */
	size_t cu;
};

/* One module file, shared by every trace that recorded the same one. */
struct sym_module {
	struct sym_module *next;
	struct symbolizer *s;
	char *path;
	const char *base;	/* basename of path */
	uint8_t build_id[64];	/* as recorded */
	uint32_t build_id_len;
	const char *elf_path;	/* the file opened (path, or a debug file) */

	Dwfl *dwfl;		/* NULL when the file could not be used */
	Dwfl_Module *mod;

	bool syms_loaded;
	struct elf_sym *syms;
	size_t nsyms;

	bool dwarf_loaded;
	bool dwarf_wanted; /* read DWARF despite no_dwarf (symbolizer_locate()) */
	Dwarf *dw;		/* NULL without DWARF */
	Dwarf_Addr dwbias;
	struct dw_cu *cus;
	size_t ncus;
	struct dw_range *ranges;
	size_t nranges;
};

/* A module of one trace: the per-function cache. */
struct sym_tmod {
	const struct trace_module *tm;
	struct sym_module *m;
	struct sym_entry *cache; /* [tm->nfuncs], allocated on first lookup */
};

struct sym_trace {
	const struct trace *t;
	struct sym_tmod *mods; /* sorted by id_base */
	size_t nmods;
};

/* A --symbol file and its build-id. */
struct debug_file {
	const char *path;
	uint8_t id[64];
	uint32_t id_len;
	bool matched;	/* some module has its build-id */
};

/* Lookups of ids no module owns, kept sorted by (trace, func). */
struct unknown_entry {
	const struct trace *t;
	uint32_t func;
	struct sym_entry *e;
};

struct symbolizer {
	struct symbolizer_opts o;
	struct arena strings;
	struct sym_trace *traces;
	size_t ntraces, traces_alloc;
	struct sym_trace *last; /* the trace of the previous lookup */
	struct sym_module *modules;
	struct debug_file *dbg;
	size_t ndbg;
	bool dbg_loaded;
	struct unknown_entry *unknown;
	size_t nunknown, unknown_alloc;
	char *debuginfo_path;
	Dwfl_Callbacks cb;
};

static const char *path_base(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash && slash[1] ? slash + 1 : path;
}

static void hex_id(char *out, size_t outsz, const uint8_t *id, size_t len)
{
	size_t i;

	if (!len) {
		snprintf(out, outsz, "none");
		return;
	}
	for (i = 0; i < len && 2 * i + 2 < outsz; i++)
		snprintf(out + 2 * i, 3, "%02x", id[i]);
	out[2 * i] = '\0';
}

/*
 * Demangle with libiberty (C++, Rust legacy without its hash, Rust v0).
 * LLVM's ".llvm.<digits>" suffix (internal symbols promoted by ThinLTO) is
 * dropped first: it is not part of the function's name. Returns an arena
 * string; plain C names come back unchanged.
 */
static const char *demangle(struct symbolizer *s, const char *raw)
{
	const char *suffix = strstr(raw, ".llvm.");
	char *tmp = NULL, *d;
	const char *res;

	if (suffix && suffix != raw)
		raw = tmp = xstrndup(raw, suffix - raw);
	d = cplus_demangle(raw, DMGL_PARAMS | DMGL_ANSI);
	res = arena_strdup(&s->strings, d && *d ? d : raw);
	free(d);
	free(tmp);
	return res;
}

/* ---- opening modules ---- */

int symbols_file_build_id(const char *path, uint8_t *id, uint32_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	Elf *elf;
	const void *p;
	ssize_t n;

	struct stat st;

	*len = 0;
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0) {
		int e = errno;

		close(fd);
		errno = e;
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!elf) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	n = dwelf_elf_gnu_build_id(elf, &p);
	if (n > 0 && (size_t)n <= 64) {
		memcpy(id, p, n);
		*len = n;
	}
	elf_end(elf);
	close(fd);
	return 0;
}

static void load_debug_files(struct symbolizer *s)
{
	const struct string_list *l = s->o.debug_files;

	s->dbg_loaded = true;
	if (!l || !l->nr)
		return;
	s->dbg = xcalloc(l->nr, sizeof(*s->dbg));
	for (size_t i = 0; i < l->nr; i++) {
		struct debug_file *d = &s->dbg[s->ndbg];

		if (symbols_file_build_id(l->items[i], d->id, &d->id_len) < 0) {
			warning("cannot read symbol file '%s': %s", l->items[i],
				errno == EINVAL ? "not an ELF file" : strerror(errno));
			continue;
		}
		if (!d->id_len) {
			warning("symbol file '%s' has no build-id; it cannot be matched to a module",
				l->items[i]);
			continue;
		}
		d->path = l->items[i];
		s->ndbg++;
	}
}

/* The --symbol file with this build-id, or NULL. */
static const char *debug_file_for(struct symbolizer *s, const uint8_t *id, size_t len)
{
	if (!s->dbg_loaded)
		load_debug_files(s);
	if (!len)
		return NULL;
	for (size_t i = 0; i < s->ndbg; i++)
		if (s->dbg[i].id_len == len && !memcmp(s->dbg[i].id, id, len)) {
			s->dbg[i].matched = true;
			return s->dbg[i].path;
		}
	return NULL;
}

/*
 * libdwfl's find_debuginfo: a --symbol file with the module's build-id
 * first, then the standard search (.gnu_debuglink next to the file and
 * in the debug directories, /usr/lib/debug/.build-id/xx/yyyy.debug).
 */
static int find_debuginfo(Dwfl_Module *mod, void **userdata, const char *modname,
			  Dwarf_Addr base, const char *file_name, const char *debuglink_file,
			  GElf_Word debuglink_crc, char **debuginfo_file_name)
{
	struct sym_module *m = *userdata;
	const unsigned char *id;
	GElf_Addr idaddr;
	int n = dwfl_module_build_id(mod, &id, &idaddr);

	if (m && n > 0) {
		const char *path = debug_file_for(m->s, id, n);

		if (path && strcmp(path, m->elf_path)) {
			int fd = open(path, O_RDONLY | O_CLOEXEC);

			if (fd >= 0) {
				*debuginfo_file_name = strdup(path);
				return fd;
			}
		}
	}
	return dwfl_standard_find_debuginfo(mod, userdata, modname, base, file_name,
					    debuglink_file, debuglink_crc, debuginfo_file_name);
}

/* Report file as the only module of a new Dwfl, at bias 0. */
static int module_report(struct sym_module *m, const char *file)
{
	void **ud;

	m->dwfl = dwfl_begin(&m->s->cb);
	if (!m->dwfl)
		return -1;
	dwfl_report_begin(m->dwfl);
	m->mod = dwfl_report_elf(m->dwfl, m->base, file, -1, 0, true);
	dwfl_report_end(m->dwfl, NULL, NULL);
	if (!m->mod) {
		dwfl_end(m->dwfl);
		m->dwfl = NULL;
		return -1;
	}
	m->elf_path = file;
	dwfl_module_info(m->mod, &ud, NULL, NULL, NULL, NULL, NULL, NULL);
	*ud = m;
	return 0;
}

/*
 * Open m's file and check its build-id against the log. A --symbol file
 * with the recorded build-id stands in for a missing or rebuilt module.
 * Returns 0, or -1 after printing the build-id error (not with force).
 */
static int module_open(struct symbolizer *s, struct sym_module *m)
{
	const char *dbg = debug_file_for(s, m->build_id, m->build_id_len);
	const unsigned char *id = NULL;
	GElf_Addr idaddr;
	uint8_t have_id[64];
	int n, fd;
	char have[129], want[129];

	/* The path comes from the log: a FIFO or a device would block or never end. */
	fd = open(m->path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd >= 0) {
		struct stat st;
		bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
		close(fd);
		if (!regular) {
			fd = -1;
			errno = 0;
		}
	}
	if (fd < 0 || module_report(m, m->path) < 0) {
		const char *why = fd >= 0 ? dwfl_errmsg(dwfl_errno())
			: errno ? strerror(errno) : "not a regular file";

		if (dbg && module_report(m, dbg) == 0)
			return 0;
		warning("cannot open module '%s': %s; its functions are named '%s+0xADDR'",
			m->path, why, m->base);
		return 0;
	}
	if (!m->build_id_len)
		return 0;
	n = dwfl_module_build_id(m->mod, &id, &idaddr);
	if (n == (int)m->build_id_len && !memcmp(id, m->build_id, n))
		return 0;
	n = n > 0 && n <= 64 ? n : 0;
	memcpy(have_id, id, n);
	hex_id(have, sizeof(have), have_id, n);
	hex_id(want, sizeof(want), m->build_id, m->build_id_len);

	dwfl_end(m->dwfl);
	m->dwfl = NULL;
	m->mod = NULL;
	if (dbg && module_report(m, dbg) == 0)
		return 0;
	if (!s->o.force)
		return error("module '%s' has changed since recording (build-id %s, log has %s); "
			     "use --force to go on with possibly wrong names",
			     m->path, have, want);
	warning("module '%s' has changed since recording (build-id %s, log has %s); "
		"names may be wrong",
		m->path, have, want);
	if (module_report(m, m->path) < 0)
		warning("cannot open module '%s': %s", m->path, dwfl_errmsg(dwfl_errno()));
	return 0;
}

static struct sym_module *module_get(struct symbolizer *s, const struct trace_module *tm,
				     int *ret)
{
	struct sym_module *m;

	for (m = s->modules; m; m = m->next)
		if (!strcmp(m->path, tm->path) && m->build_id_len == tm->build_id_len &&
		    !memcmp(m->build_id, tm->build_id, tm->build_id_len))
			return m;
	m = xcalloc(1, sizeof(*m));
	m->s = s;
	m->path = xstrdup(tm->path && *tm->path ? tm->path : "[unknown]");
	m->base = path_base(m->path);
	m->build_id_len = tm->build_id_len <= 64 ? tm->build_id_len : 64;
	memcpy(m->build_id, tm->build_id, m->build_id_len);
	m->elf_path = m->path;
	m->next = s->modules;
	s->modules = m;
	if (module_open(s, m) < 0)
		*ret = -1;
	return m;
}

static void module_free(struct sym_module *m)
{
	for (size_t i = 0; i < m->ncus; i++)
		free(m->cus[i].funcs);
	free(m->cus);
	free(m->ranges);
	free(m->syms);
	if (m->dwfl)
		dwfl_end(m->dwfl);
	free(m->path);
	free(m);
}

/* ---- ELF symbols ---- */

static int sym_cmp(const void *a, const void *b)
{
	const struct elf_sym *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->rank - y->rank;
}

/* Copy the function symbols (.symtab, else .dynsym) into a sorted array. */
static void syms_load(struct sym_module *m)
{
	int n;
	size_t alloc = 0;

	m->syms_loaded = true;
	if (!m->mod)
		return;
	n = dwfl_module_getsymtab(m->mod);
	for (int i = 1; i < n; i++) {
		GElf_Sym sym;
		GElf_Addr addr;
		GElf_Word shndx;
		Elf *elf;
		Dwarf_Addr bias;
		const char *name = dwfl_module_getsym_info(m->mod, i, &sym, &addr, &shndx, &elf,
							   &bias);
		int type = GELF_ST_TYPE(sym.st_info), bind = GELF_ST_BIND(sym.st_info);
		struct elf_sym *e;

		if (!name || !*name || shndx == SHN_UNDEF)
			continue;
		if (type != STT_FUNC && type != STT_GNU_IFUNC && type != STT_NOTYPE)
			continue;
		if (type == STT_NOTYPE && (sym.st_size == 0 || shndx == SHN_ABS))
			continue; /* labels and markers, not functions */
		ALLOC_GROW(m->syms, m->nsyms + 1, alloc);
		e = &m->syms[m->nsyms++];
		e->addr = addr;
		e->size = sym.st_size;
		e->name = name;
		e->rank = (type == STT_NOTYPE) * 4 +
			  (bind == STB_GLOBAL ? 0 : bind == STB_WEAK ? 1 : 2);
	}
	qsort(m->syms, m->nsyms, sizeof(*m->syms), sym_cmp);
}

/* The symbol starting at addr, else one covering it; NULL if none. */
static const struct elf_sym *syms_find(struct sym_module *m, uint64_t addr)
{
	size_t lo = 0, hi;

	if (!m->syms_loaded)
		syms_load(m);
	hi = m->nsyms;
	while (lo < hi) { /* first symbol with address > addr */
		size_t mid = lo + (hi - lo) / 2;

		if (m->syms[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	if (m->syms[lo - 1].addr == addr) {
		while (lo > 1 && m->syms[lo - 2].addr == addr)
			lo--; /* the best-ranked of those at addr */
		return &m->syms[lo - 1];
	}
	/* Symbols may nest (a local label inside a function): look back a little. */
	for (size_t i = lo, k = 0; i > 0 && k < 8; i--, k++) {
		const struct elf_sym *e = &m->syms[i - 1];

		if (addr - e->addr < e->size)
			return e;
	}
	return NULL;
}

/* ---- DWARF ---- */

static int range_cmp(const void *a, const void *b)
{
	const struct dw_range *x = a, *y = b;

	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return 0;
}

static int func_cmp(const void *a, const void *b)
{
	const struct dw_func *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->die < y->die ? -1 : x->die > y->die;
}

/* Index the address ranges of every compile unit (top DIEs only). */
static void dwarf_load(struct sym_module *m)
{
	Dwarf_CU *cu = NULL;
	Dwarf_Die cudie, subdie;
	uint8_t unit_type;
	size_t cus_alloc = 0, ranges_alloc = 0;

	m->dwarf_loaded = true;
	if (!m->mod || (m->s->o.no_dwarf && !m->dwarf_wanted))
		return;
	m->dw = dwfl_module_getdwarf(m->mod, &m->dwbias);
	if (!m->dw)
		return;
	for (;;) {
		Dwarf_Addr base, start, end;
		ptrdiff_t off = 0;
		Dwarf_Die *die = &cudie;
		int tag;

		memset(&subdie, 0, sizeof(subdie));
		if (dwarf_get_units(m->dw, cu, &cu, NULL, &unit_type, &cudie, &subdie) != 0)
			break;
		if (unit_type == DW_UT_skeleton && subdie.addr)
			die = &subdie; /* split DWARF: the .dwo unit has the DIEs */
		else if (unit_type != DW_UT_compile && unit_type != DW_UT_partial &&
			 unit_type != DW_UT_skeleton)
			continue;
		tag = dwarf_tag(die);
		if (tag != DW_TAG_compile_unit && tag != DW_TAG_partial_unit &&
		    tag != DW_TAG_skeleton_unit)
			continue;
		ALLOC_GROW(m->cus, m->ncus + 1, cus_alloc);
		memset(&m->cus[m->ncus], 0, sizeof(m->cus[0]));
		m->cus[m->ncus].die = *die;
		m->cus[m->ncus].skel = cudie;
		m->cus[m->ncus].split = die == &subdie;
		m->cus[m->ncus].dw = dwarf_cu_getdwarf(die->cu);
		while ((off = dwarf_ranges(die, off, &base, &start, &end)) > 0) {
			if (end <= start)
				continue;
			ALLOC_GROW(m->ranges, m->nranges + 1, ranges_alloc);
			m->ranges[m->nranges].lo = start;
			m->ranges[m->nranges].hi = end;
			m->ranges[m->nranges].cu = m->ncus;
			m->nranges++;
		}
		m->ncus++;
	}
	qsort(m->ranges, m->nranges, sizeof(*m->ranges), range_cmp);
}

static struct dw_cu *dwarf_cu_of(struct sym_module *m, uint64_t addr)
{
	size_t lo = 0, hi = m->nranges;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->ranges[mid].lo <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* CU ranges rarely overlap; look back a little in case they do. */
	for (size_t i = lo, k = 0; i > 0 && k < 16; i--, k++)
		if (addr < m->ranges[i - 1].hi)
			return &m->cus[m->ranges[i - 1].cu];
	return NULL;
}

struct func_list {
	struct dw_func *v;
	size_t n, alloc;
};

static void func_add(struct func_list *l, uint64_t addr, Dwarf_Die *die)
{
	ALLOC_GROW(l->v, l->n + 1, l->alloc);
	l->v[l->n].addr = addr;
	l->v[l->n].die = dwarf_dieoffset(die);
	l->n++;
}

/*
 * Collect the concrete subprograms (those with code) under parent. We
 * descend into scopes that can hold functions (namespaces, types,
 * functions and their blocks, where C++ lambdas and Rust closures live)
 * but not into variables, parameters or inlined copies.
 */
static void cu_walk(struct func_list *l, Dwarf_Die *parent, int depth)
{
	Dwarf_Die child;

	if (depth > 64 || dwarf_child(parent, &child) != 0)
		return;
	do {
		int tag = dwarf_tag(&child);
		Dwarf_Addr lo;

		switch (tag) {
		case DW_TAG_subprogram:
			if (dwarf_lowpc(&child, &lo) == 0) {
				func_add(l, lo, &child);
			} else if (dwarf_hasattr(&child, DW_AT_ranges)) {
				Dwarf_Addr base, start, end;
				ptrdiff_t off = 0;

				while ((off = dwarf_ranges(&child, off, &base, &start, &end)) > 0)
					func_add(l, start, &child);
			}
			/* fall through */
		case DW_TAG_namespace:
		case DW_TAG_module:
		case DW_TAG_class_type:
		case DW_TAG_structure_type:
		case DW_TAG_union_type:
		case DW_TAG_interface_type:
		case DW_TAG_enumeration_type:
		case DW_TAG_lexical_block:
			if (dwarf_haschildren(&child))
				cu_walk(l, &child, depth + 1);
			break;
		default:
			break;
		}
	} while (dwarf_siblingof(&child, &child) == 0);
}

static void cu_index(struct dw_cu *c)
{
	struct func_list l = { 0 };

	c->indexed = true;
	if (c->split) {
		/*
		 * libdw 0.188 may return another unit's file table for a split
		 * unit unless the skeleton's was read first.
		 */
		Dwarf_Files *files;
		size_t n;

		dwarf_getsrcfiles(&c->skel, &files, &n);
	}
	cu_walk(&l, &c->die, 0);
	qsort(l.v, l.n, sizeof(*l.v), func_cmp);
	c->funcs = l.v;
	c->nfuncs = l.n;
}

/* The subprogram DIE whose code starts at addr. */
static bool cu_func_at(struct sym_module *m, struct dw_cu *c, uint64_t addr, Dwarf_Die *out)
{
	size_t lo = 0, hi;

	if (!c->indexed)
		cu_index(c);
	hi = c->nfuncs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->funcs[mid].addr < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == c->nfuncs || c->funcs[lo].addr != addr)
		return false;
	return c->dw && dwarf_offdie(c->dw, c->funcs[lo].die, out) != NULL;
}

static const char *die_string(Dwarf_Die *die, int name)
{
	Dwarf_Attribute a;

	if (!dwarf_attr_integrate(die, name, &a))
		return NULL;
	return dwarf_formstring(&a);
}

/*
 * The declaration file of a DIE (following DW_AT_specification and
 * DW_AT_abstract_origin). Not dwarf_decl_file(): libdw before 0.191
 * rejects file index 0, which DWARF 5 uses for the primary source file.
 */
static const char *decl_file(Dwarf_Die *die)
{
	Dwarf_Attribute a;
	Dwarf_Word idx;
	Dwarf_Die cudie;
	Dwarf_Half version;
	Dwarf_Files *files;
	size_t nfiles;

	if (!dwarf_attr_integrate(die, DW_AT_decl_file, &a) || dwarf_formudata(&a, &idx) != 0)
		return NULL;
	if (!dwarf_cu_die(a.cu, &cudie, &version, NULL, NULL, NULL, NULL, NULL))
		return NULL;
	if ((idx == 0 && version < 5) || dwarf_getsrcfiles(&cudie, &files, &nfiles) != 0 ||
	    idx >= nfiles)
		return NULL;
	return dwarf_filesrc(files, idx, NULL, NULL);
}

/*
 * The first line-table row at or after addr with a real line: compilers
 * give the entry sled and prologue line 0 at times. Searches rows up to
 * addr + 64 bytes.
 */
static bool line_at(Dwarf_Die *cudie, uint64_t addr, const char **file, int *line,
		    Dwarf_Addr *row)
{
	Dwarf_Lines *lines;
	size_t n, lo = 0, hi;

	if (dwarf_getsrclines(cudie, &lines, &n) != 0)
		return false;
	hi = n;
	while (lo < hi) { /* first row with address >= addr */
		size_t mid = lo + (hi - lo) / 2;
		Dwarf_Addr a = 0;

		dwarf_lineaddr(dwarf_onesrcline(lines, mid), &a);
		if (a < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < n; lo++) {
		Dwarf_Line *l = dwarf_onesrcline(lines, lo);
		Dwarf_Addr a = 0;
		bool end = false;
		int ln = 0;

		dwarf_lineaddr(l, &a);
		if (a >= addr + 64)
			break;
		if (dwarf_lineendsequence(l, &end) == 0 && end)
			continue;
		if (dwarf_lineno(l, &ln) == 0 && ln > 0 && (*file = dwarf_linesrc(l, NULL, NULL))) {
			*line = ln;
			*row = a;
			return true;
		}
	}
	return false;
}

/*
 * When the line-table row of a function's entry belongs to code inlined
 * into it, the row names the inlined function's file (a standard library
 * header, say). The call site of the outermost inline at that address is
 * in the function's own body: its DW_AT_call_file and DW_AT_call_line.
 * Lexical blocks are searched too; returns false when no inline covers
 * the address.
 */
static bool inline_call_site(Dwarf_Die *cudie, Dwarf_Die *scope, Dwarf_Addr a, const char **file,
			     int *line, int depth)
{
	Dwarf_Die child;

	if (depth > 16 || dwarf_child(scope, &child) != 0)
		return false;
	do {
		int tag = dwarf_tag(&child);

		if (dwarf_haspc(&child, a) <= 0)
			continue;
		if (tag == DW_TAG_inlined_subroutine) {
			Dwarf_Attribute at;
			Dwarf_Word fi = 0, ln = 0;
			Dwarf_Files *files;
			size_t nfiles;
			const char *f;

			if (!dwarf_attr(&child, DW_AT_call_file, &at) || dwarf_formudata(&at, &fi) ||
			    !dwarf_attr(&child, DW_AT_call_line, &at) || dwarf_formudata(&at, &ln) ||
			    !ln || dwarf_getsrcfiles(cudie, &files, &nfiles) || fi >= nfiles)
				return false;
			if (!(f = dwarf_filesrc(files, fi, NULL, NULL)))
				return false;
			*file = f;
			*line = (int)ln;
			return true;
		}
		if (tag == DW_TAG_lexical_block)
			return inline_call_site(cudie, &child, a, file, line, depth + 1);
	} while (dwarf_siblingof(&child, &child) == 0);
	return false;
}

/*
 * File, line and (for a function without ELF symbol) name from DWARF.
 * The declaration of the function comes first; the line-table row of the
 * entry address is the fallback.
 */
static void dwarf_fill(struct symbolizer *s, struct sym_module *m, uint64_t vaddr,
		       struct sym_entry *e)
{
	uint64_t addr;
	struct dw_cu *c;
	Dwarf_Die fn;
	bool have_fn = false;
	const char *file;
	Dwarf_Addr row;
	int ln;

	if (!m->dwarf_loaded)
		dwarf_load(m);
	if (!m->dw)
		return;
	addr = vaddr - m->dwbias;
	c = dwarf_cu_of(m, addr);
	if (!c)
		return;
	if (cu_func_at(m, c, addr, &fn)) {
		have_fn = true;
		file = decl_file(&fn);
		if (file && dwarf_decl_line(&fn, &ln) == 0 && ln > 0) {
			e->si.file = file;
			e->si.line = ln;
		}
		if (!e->si.raw) {
			const char *raw = die_string(&fn, DW_AT_linkage_name);

			if (!raw)
				raw = die_string(&fn, DW_AT_MIPS_linkage_name);
			if (raw) {
				e->si.raw = arena_strdup(&s->strings, raw);
				e->si.name = demangle(s, raw);
			} else if ((raw = die_string(&fn, DW_AT_name)) && *raw) {
				e->si.name = arena_strdup(&s->strings, raw);
			}
		}
	}
	if (!e->si.file && line_at(&c->die, addr, &file, &ln, &row)) {
		if (have_fn)
			inline_call_site(&c->die, &fn, row, &file, &ln, 0);
		e->si.file = file;
		e->si.line = ln;
	}
}

/* ---- the public interface ---- */

struct symbolizer *symbolizer_new(const struct symbolizer_opts *o)
{
	struct symbolizer *s = xcalloc(1, sizeof(*s));

	if (o)
		s->o = *o;
	elf_version(EV_CURRENT);
	s->cb.find_elf = dwfl_build_id_find_elf;
	s->cb.find_debuginfo = find_debuginfo;
	s->cb.section_address = dwfl_offline_section_address;
	s->cb.debuginfo_path = &s->debuginfo_path;
	return s;
}

static int tmod_cmp(const void *a, const void *b)
{
	const struct sym_tmod *x = a, *y = b;

	return x->tm->id_base < y->tm->id_base ? -1 : x->tm->id_base > y->tm->id_base;
}

int symbolizer_add_trace(struct symbolizer *s, struct trace *t)
{
	struct sym_trace *st;
	int ret = 0;

	for (size_t i = 0; i < s->ntraces; i++)
		if (s->traces[i].t == t)
			return 0;
	ALLOC_GROW(s->traces, s->ntraces + 1, s->traces_alloc);
	st = &s->traces[s->ntraces++];
	s->last = NULL; /* the array may have moved */
	memset(st, 0, sizeof(*st));
	st->t = t;
	st->mods = xcalloc(t->nmodules ? t->nmodules : 1, sizeof(*st->mods));
	for (size_t i = 0; i < t->nmodules; i++) {
		struct sym_tmod *tm = &st->mods[st->nmods++];

		tm->tm = &t->modules[i];
		tm->m = module_get(s, tm->tm, &ret);
	}
	qsort(st->mods, st->nmods, sizeof(*st->mods), tmod_cmp);
	return ret;
}

static struct sym_trace *trace_of(struct symbolizer *s, const struct trace *t)
{
	if (s->last && s->last->t == t)
		return s->last;
	for (size_t i = 0; i < s->ntraces; i++)
		if (s->traces[i].t == t)
			return s->last = &s->traces[i];
	return NULL;
}

static struct sym_tmod *tmod_of(struct sym_trace *st, uint32_t func)
{
	size_t lo = 0, hi = st->nmods;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (st->mods[mid].tm->id_base <= func)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo && func - st->mods[lo - 1].tm->id_base < st->mods[lo - 1].tm->nfuncs)
		return &st->mods[lo - 1];
	return NULL;
}

static const struct sym_info *lookup_unknown(struct symbolizer *s, const struct trace *t,
					     uint32_t func)
{
	size_t lo = 0, hi = s->nunknown;
	struct unknown_entry *u;
	char buf[32];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct unknown_entry *x = &s->unknown[mid];

		if ((uintptr_t)x->t < (uintptr_t)t || (x->t == t && x->func < func))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < s->nunknown && s->unknown[lo].t == t && s->unknown[lo].func == func)
		return &s->unknown[lo].e->si;
	ALLOC_GROW(s->unknown, s->nunknown + 1, s->unknown_alloc);
	u = &s->unknown[lo];
	memmove(u + 1, u, (s->nunknown - lo) * sizeof(*u));
	s->nunknown++;
	u->t = t;
	u->func = func;
	u->e = xcalloc(1, sizeof(*u->e));
	snprintf(buf, sizeof(buf), "[function %" PRIu32 "]", func);
	u->e->si.name = arena_strdup(&s->strings, buf);
	u->e->si.module = "";
	u->e->done = true;
	return &u->e->si;
}

static void entry_fill(struct symbolizer *s, struct sym_tmod *tm, uint32_t idx,
		       struct sym_entry *e)
{
	struct sym_module *m = tm->m;
	uint64_t vaddr = tm->tm->func_vaddr ? tm->tm->func_vaddr[idx] : 0;
	const struct elf_sym *sym;

	e->done = true;
	e->located = !s->o.no_dwarf;
	e->si.module = m->path;
	if (m->mod && (sym = syms_find(m, vaddr))) {
		e->si.raw = sym->name;
		e->si.name = demangle(s, sym->name);
	}
	if (m->mod && !s->o.no_dwarf)
		dwarf_fill(s, m, vaddr, e);
	if (!e->si.name) {
		char buf[32];

		snprintf(buf, sizeof(buf), "+0x%" PRIx64, vaddr);
		e->si.name = arena_concat(&s->strings, m->base, buf);
	}
}

const struct sym_info *symbolizer_lookup(struct symbolizer *s, const struct trace *t,
					 uint32_t func)
{
	struct sym_trace *st = trace_of(s, t);
	struct sym_tmod *tm;
	struct sym_entry *e;
	uint32_t idx;

	if (!st || !(tm = tmod_of(st, func)))
		return lookup_unknown(s, t, func);
	idx = func - tm->tm->id_base;
	if (!tm->cache)
		tm->cache = xcalloc(tm->tm->nfuncs, sizeof(*tm->cache));
	e = &tm->cache[idx];
	if (!e->done)
		entry_fill(s, tm, idx, e);
	return &e->si;
}

const struct sym_info *symbolizer_locate(struct symbolizer *s, const struct trace *t,
					 uint32_t func)
{
	struct sym_entry *e = (struct sym_entry *)symbolizer_lookup(s, t, func);
	struct sym_trace *st = trace_of(s, t);
	struct sym_tmod *tm;
	const char *name, *raw;

	if (e->located || !st || !(tm = tmod_of(st, func)) || !tm->m->mod)
		return &e->si;
	e->located = true;
	if (!tm->m->dwarf_wanted) {
		tm->m->dwarf_wanted = true;
		tm->m->dwarf_loaded = false; /* loaded without DWARF so far */
	}
	/* the name stays the one every other lookup gave */
	name = e->si.name;
	raw = e->si.raw;
	dwarf_fill(s, tm->m, tm->tm->func_vaddr ? tm->tm->func_vaddr[func - tm->tm->id_base] : 0,
		   e);
	e->si.name = name;
	e->si.raw = raw;
	e->loc = NULL;
	return &e->si;
}

const char *symbolizer_location(struct symbolizer *s, const struct sym_info *si)
{
	struct sym_entry *e = (struct sym_entry *)si;
	char buf[32];

	if (e->loc)
		return e->loc;
	if (!si->file)
		return e->loc = "";
	if (!si->line)
		return e->loc = si->file;
	snprintf(buf, sizeof(buf), ":%u", si->line);
	return e->loc = arena_concat(&s->strings, si->file, buf);
}

void symbolizer_free(struct symbolizer *s)
{
	struct sym_module *m, *next;

	if (!s)
		return;
	for (size_t i = 0; i < s->ndbg && s->ntraces; i++) {
		char id[129];

		if (s->dbg[i].matched)
			continue;
		hex_id(id, sizeof(id), s->dbg[i].id, s->dbg[i].id_len);
		warning("symbol file '%s' (build-id %s) matches no module of the log", s->dbg[i].path,
			id);
	}
	for (size_t i = 0; i < s->ntraces; i++) {
		for (size_t j = 0; j < s->traces[i].nmods; j++)
			free(s->traces[i].mods[j].cache);
		free(s->traces[i].mods);
	}
	free(s->traces);
	for (m = s->modules; m; m = next) {
		next = m->next;
		module_free(m);
	}
	free(s->dbg);
	for (size_t i = 0; i < s->nunknown; i++)
		free(s->unknown[i].e);
	free(s->unknown);
	arena_release(&s->strings);
	free(s);
}
