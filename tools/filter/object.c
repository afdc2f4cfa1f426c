/*
 * Instrumented objects for `sftrace filter`: the function addresses of
 * the XRay map (common/xray-map.c over the section bytes libelf gives),
 * and the ELF symbols at each of those addresses with their demangled
 * forms. Symbols are sorted once and each function finds its names by
 * binary search, so an object with 10^5 functions loads in milliseconds.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <elfutils/libdwelf.h>
#include <gelf.h>
#include <libiberty/demangle.h>

#include "common/xray-map.h"
#include "tools/filter/filter.h"
#include "tools/lib/usage.h"

struct sym {
	uint64_t addr;
	size_t name; /* offset in the string pool */
};

static size_t pool_add(struct xobject *o, const char *s)
{
	size_t n = strlen(s) + 1, at = o->strings_len;

	ALLOC_GROW(o->strings, o->strings_len + n, o->strings_alloc);
	memcpy(o->strings + at, s, n);
	o->strings_len += n;
	return at;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static int cmp_sym(const void *a, const void *b)
{
	const struct sym *x = a, *y = b;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->name < y->name ? -1 : x->name > y->name;
}

static Elf_Scn *find_section(Elf *elf, const char *name, GElf_Shdr *sh)
{
	size_t shstrndx;
	Elf_Scn *scn = NULL;

	if (elf_getshdrstrndx(elf, &shstrndx))
		return NULL;
	while ((scn = elf_nextscn(elf, scn))) {
		const char *n;
		if (!gelf_getshdr(scn, sh))
			continue;
		n = elf_strptr(elf, shstrndx, sh->sh_name);
		if (n && !strcmp(n, name))
			return scn;
	}
	return NULL;
}

/* Function symbols of the first table of the given type; names pooled. */
static size_t read_symbols(Elf *elf, struct xobject *o, Elf64_Word type, struct sym **out)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	struct sym *syms = NULL;
	size_t n = 0, alloc = 0;

	while ((scn = elf_nextscn(elf, scn))) {
		Elf_Data *d;
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != type || !sh.sh_entsize)
			continue;
		d = elf_getdata(scn, NULL);
		for (size_t i = 0; d && i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Sym s;
			const char *name;
			int t;
			if (!gelf_getsym(d, (int)i, &s))
				break;
			t = GELF_ST_TYPE(s.st_info);
			if ((t != STT_FUNC && t != STT_GNU_IFUNC) || s.st_shndx == SHN_UNDEF ||
			    !s.st_value)
				continue;
			name = elf_strptr(elf, sh.sh_link, s.st_name);
			if (!name || !*name)
				continue;
			ALLOC_GROW(syms, n + 1, alloc);
			syms[n].addr = s.st_value;
			syms[n].name = pool_add(o, name);
			n++;
		}
		break;
	}
	*out = syms;
	return n;
}

static int map_functions(struct xobject *o, Elf *elf)
{
	GElf_Shdr sh;
	Elf_Scn *scn = find_section(elf, XRAY_MAP_SECTION, &sh);
	Elf_Data *d;
	long n;
	uint64_t *addrs;
	size_t nf = 0;

	if (!scn || sh.sh_type == SHT_NOBITS || !sh.sh_size)
		return error("'%s' has no XRay sleds (build it with clang -fxray-instrument "
			     "-fxray-instruction-threshold=1, or rustc -Zinstrument-xray=always)",
			     o->path);
	d = elf_getdata(scn, NULL);
	n = xray_map_count(sh.sh_size);
	if (!d || d->d_size != sh.sh_size || n < 0)
		return error("'%s': cannot read its %s section", o->path, XRAY_MAP_SECTION);
	addrs = xmalloc((size_t)n * sizeof(*addrs));
	for (long i = 0; i < n; i++) {
		struct xray_sled s;
		if (xray_map_entry(d->d_buf, sh.sh_addr, (size_t)i, &s)) {
			free(addrs);
			return error("'%s': %s entry %ld has unsupported version %u", o->path,
				     XRAY_MAP_SECTION, i, ((const uint8_t *)d->d_buf)[i * 32 + 18]);
		}
		if (s.kind <= XRAY_SLED_LOG_ENTRY)
			addrs[nf++] = s.func;
	}
	qsort(addrs, nf, sizeof(*addrs), cmp_u64);
	o->funcs = xcalloc(nf ? nf : 1, sizeof(*o->funcs));
	for (size_t i = 0; i < nf; i++)
		if (!i || addrs[i] != addrs[i - 1])
			o->funcs[o->nfuncs++].vaddr = addrs[i];
	free(addrs);
	return 0;
}

static void attach_names(struct xobject *o, struct sym *syms, size_t nsyms)
{
	size_t *raw_off, *dem_off, *first = xmalloc((o->nfuncs + 1) * sizeof(*first)), nnames = 0;

	qsort(syms, nsyms, sizeof(*syms), cmp_sym);
	/* Offsets first: the pool moves while it grows. */
	raw_off = xmalloc((nsyms + 1) * sizeof(*raw_off));
	dem_off = xmalloc((nsyms + 1) * sizeof(*dem_off));
	for (size_t f = 0, s = 0; f < o->nfuncs; f++) {
		struct xfunc *fn = &o->funcs[f];
		first[f] = nnames;
		while (s < nsyms && syms[s].addr < fn->vaddr)
			s++;
		for (; s < nsyms && syms[s].addr == fn->vaddr; s++) {
			if (nnames > first[f] &&
			    !strcmp(o->strings + raw_off[nnames - 1], o->strings + syms[s].name))
				continue;
			char *d = cplus_demangle(o->strings + syms[s].name, DMGL_PARAMS | DMGL_ANSI);
			raw_off[nnames] = syms[s].name;
			dem_off[nnames] = d && *d ? pool_add(o, d) : syms[s].name;
			free(d);
			nnames++;
		}
		fn->nnames = nnames - first[f];
	}
	for (size_t f = 0; f < o->nfuncs; f++) {
		struct xfunc *fn = &o->funcs[f];
		fn->raw = xmalloc((fn->nnames + 1) * 2 * sizeof(char *));
		fn->demangled = fn->raw + fn->nnames + 1;
		for (size_t k = 0; k < fn->nnames; k++) {
			fn->raw[k] = o->strings + raw_off[first[f] + k];
			fn->demangled[k] = o->strings + dem_off[first[f] + k];
		}
	}
	free(first);
	free(raw_off);
	free(dem_off);
}

int elf_file_build_id(const char *path, uint8_t *out, size_t max)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), ret = -1;
	Elf *elf;
	const void *id;
	ssize_t n;

	if (fd < 0)
		return -1;
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!elf || elf_kind(elf) != ELF_K_ELF) {
		errno = ENOEXEC;
		goto out;
	}
	n = dwelf_elf_gnu_build_id(elf, &id);
	if (n < 0) {
		errno = EIO;
		goto out;
	}
	if ((size_t)n > max)
		n = (ssize_t)max;
	memcpy(out, id, (size_t)n);
	ret = (int)n;
out:
	elf_end(elf);
	close(fd);
	return ret;
}

int xobject_load(struct xobject *o, const char *path)
{
	int fd, ret = -1;
	Elf *elf = NULL;
	struct sym *syms = NULL;
	size_t nsyms;
	const void *id;
	ssize_t idn;
	struct stat st;

	memset(o, 0, sizeof(*o));
	o->path = xstrdup(path);
	/* O_NONBLOCK: a FIFO given by mistake must not hang the open. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		error_errno("cannot open '%s'", path);
		xobject_release(o);
		return -1;
	}
	if (fstat(fd, &st)) {
		error_errno("cannot open '%s'", path);
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		error("'%s' is a directory, not an executable or shared object", path);
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		error("'%s' is not a regular file", path);
		goto out;
	}
	if (!st.st_size) {
		error("'%s' is empty", path);
		goto out;
	}
	o->realpath = realpath(path, NULL);
	if (!o->realpath)
		o->realpath = xstrdup(path);
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!elf || elf_kind(elf) != ELF_K_ELF || gelf_getclass(elf) != ELFCLASS64) {
		error("'%s' is not a 64-bit ELF object", path);
		goto out;
	}
	if (strchr(o->realpath, '\n')) {
		error("'%s': a path with a newline cannot go into a filter file", path);
		goto out;
	}
	{
		GElf_Ehdr eh;
		if (!gelf_getehdr(elf, &eh) ||
		    eh.e_shoff + (uint64_t)eh.e_shnum * eh.e_shentsize > (uint64_t)st.st_size) {
			error("'%s' is truncated or damaged: its section headers are missing", path);
			goto out;
		}
		/* An object file's map holds unrelocated addresses. */
		if (eh.e_type == ET_REL) {
			error("'%s' is an object file, not linked: give the executable or shared "
			      "object built from it",
			      path);
			goto out;
		}
		if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN) {
			error("'%s' is not an executable or shared object (ELF type %u)", path,
			      (unsigned)eh.e_type);
			goto out;
		}
	}
	if (map_functions(o, elf))
		goto out;
	idn = dwelf_elf_gnu_build_id(elf, &id);
	if (idn > 0) {
		o->build_id_len = (size_t)idn < sizeof(o->build_id) ? (size_t)idn
								    : sizeof(o->build_id);
		memcpy(o->build_id, id, o->build_id_len);
	}
	nsyms = read_symbols(elf, o, SHT_SYMTAB, &syms);
	if (!nsyms) {
		free(syms);
		nsyms = read_symbols(elf, o, SHT_DYNSYM, &syms);
	}
	attach_names(o, syms, nsyms);
	ret = 0;
out:
	free(syms);
	if (elf)
		elf_end(elf);
	close(fd);
	if (ret)
		xobject_release(o);
	return ret;
}

void xobject_release(struct xobject *o)
{
	for (size_t i = 0; i < o->nfuncs; i++)
		free(o->funcs[i].raw);
	free(o->funcs);
	free(o->strings);
	free(o->path);
	free(o->realpath);
	memset(o, 0, sizeof(*o));
}
