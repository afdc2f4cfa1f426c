/*
 * Values: DWARF names, types and entry locations of the parameters of a
 * function, evaluated over the registers a log recorded (values.h).
 *
 * Design. Each module file is opened once with libdwfl at bias 0 (so the
 * addresses are the ELF virtual addresses the log names), its separate
 * debug file found by libdwfl's standard search. A function is looked up
 * the first time a call of it is formatted: the compile unit whose ranges
 * hold its address, then the subprogram DIE whose low_pc it is. What the
 * lookup finds is cached per (module, address): the parameters' names,
 * stripped types and the location expression of the first range at or
 * after low_pc. Formatting a call then evaluates those expressions into
 * a small byte image of the value (up to 32 bytes, each piece remembering
 * the register it came from, so a string pointer finds its STRING record)
 * and prints the image by type.
 *
 * Nothing here reads the traced program's memory. A value passed by
 * reference (its location is memory at an address a recorded register
 * gives: a Rust aggregate, a C++ object with a copy constructor), or
 * returned in memory, is printed as that address and its type, "0x7ffc1230
 * (Big in memory)". Another value in memory at entry (a struct passed on
 * the stack, a -O0 parameter spilled to its frame) is printed from the
 * register the SysV position rule gives when the language is C or C++,
 * else as "?".
 *
 * Cost. What formatting needs from DWARF is read once per function (the
 * parameters' scalar types with their enumerators, where the return value
 * is); a call's text then walks no DIE unless a value is an aggregate.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <elfutils/libdwfl.h>

#include "tools/filter/filter.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/read/symbols.h"
#include "tools/read/values-compat.h"
#include "tools/read/trace.h"
#include "tools/read/values.h"

#define VAL_MAX 32	 /* bytes of a value image */
#define MAX_PARAMS 32
#define TEXT_MAX 4096	 /* cap on one text form */

/* ---- growing text ---- */

struct text {
	char *buf;
	size_t len, alloc;
};

static void text_add(struct text *t, const char *s, size_t n)
{
	if (t->len + n > TEXT_MAX)
		n = t->len < TEXT_MAX ? TEXT_MAX - t->len : 0;
	ALLOC_GROW(t->buf, t->len + n + 1, t->alloc);
	memcpy(t->buf + t->len, s, n);
	t->len += n;
	t->buf[t->len] = '\0';
}

static void text_puts(struct text *t, const char *s)
{
	text_add(t, s, strlen(s));
}

__attribute__((format(printf, 2, 3))) static void text_printf(struct text *t, const char *fmt,
							       ...)
{
	char tmp[128];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n > 0)
		text_add(t, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

/* "0x" and v in lowercase hex, as printf's "0x%" PRIx64. */
static void text_hex(struct text *t, uint64_t v)
{
	char buf[18], *p = buf + sizeof(buf);

	do
		*--p = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	*--p = 'x';
	*--p = '0';
	text_add(t, p, (size_t)(buf + sizeof(buf) - p));
}

/* v in decimal, negative when sign and its top bit is set (PRId64 / PRIu64). */
static void text_dec(struct text *t, uint64_t v, bool sign)
{
	char buf[21], *p = buf + sizeof(buf);
	bool neg = sign && (int64_t)v < 0;

	if (neg)
		v = -v;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	if (neg)
		*--p = '-';
	text_add(t, p, (size_t)(buf + sizeof(buf) - p));
}

/* ---- registers ---- */

/*
 * DWARF register number to the bit of struct trace_values (docs/format.md
 * "Value records"). x86-64 psABI: for arguments rdi rsi rdx rcx r8 r9 =
 * 0..5 and xmm0..7 = 8..15; for return values rax 0, rdx 1, xmm0 8, xmm1
 * 9. AArch64 (DWARF x0..x30 = 0..30, v0..v31 = 64..95): arguments x0..x7 =
 * 0..7 and v0..v7 = 8..15; return values x0 0, x1 1, v0 8, v1 9. -1: not
 * recorded.
 */
static int dwreg_bit_a64(unsigned dwreg, bool ret)
{
	unsigned ngp = ret ? 2 : 8, nvec = ret ? 2 : 8;

	if (dwreg < ngp)
		return (int)dwreg;
	if (dwreg >= 64 && dwreg < 64 + nvec)
		return 8 + (int)(dwreg - 64);
	return -1;
}

static int dwreg_bit_x86(unsigned dwreg, bool ret)
{
	static const signed char arg_gpr[17] = {
		[5] = 0, [4] = 1, [1] = 2, [2] = 3, [8] = 4, [9] = 5,
		[0] = -1, [3] = -1, [6] = -1, [7] = -1, [10] = -1, [11] = -1,
		[12] = -1, [13] = -1, [14] = -1, [15] = -1, [16] = -1,
	};

	if (ret) {
		if (dwreg == 0)
			return 0;
		if (dwreg == 1)
			return 1;
		if (dwreg == 17 || dwreg == 18)
			return 8 + (dwreg - 17);
		return -1;
	}
	if (dwreg < 17)
		return arg_gpr[dwreg];
	if (dwreg <= 24)
		return 8 + (dwreg - 17);
	return -1;
}

static int dwreg_bit(bool a64, unsigned dwreg, bool ret)
{
	return a64 ? dwreg_bit_a64(dwreg, ret) : dwreg_bit_x86(dwreg, ret);
}

/* ---- modules and functions ---- */

/* An enumerator: its value (masked to the type's size) and name. */
struct venum {
	uint64_t value;
	const char *name;
};

/*
 * What formatting a scalar type needs, read from its DIE once: base
 * types, enums (with their enumerators), pointers and references. tag 0:
 * another type, formatted from the DIE (format_type()).
 */
struct vtype {
	int tag;
	uint64_t size;	  /* type_size() */
	uint64_t enc;	  /* DW_AT_encoding of a base type */
	bool plain_char;  /* a base type called "char", 1 byte */
	bool char_ptr;	  /* a pointer (not a reference) to char or u8: a C string */
	bool sign;	  /* an enum's underlying type is signed */
	struct venum *enums;
	size_t nenums;
};

/* The scalar leaves of a Rust type, by offset: (offset, size, float). */
struct leaf {
	unsigned off, size;
	bool sse;
};

struct vparam {
	const char *name;     /* NULL: unnamed */
	Dwarf_Die type;	      /* stripped of typedefs and qualifiers */
	struct vtype vt;      /* of type, when has_type */
	bool has_type;
	Dwarf_Attribute loc;  /* the DW_AT_location attribute */
	Dwarf_Op *expr;	      /* first range at or after low_pc; NULL if none */
	size_t nexpr;
	int abi_reg;	      /* SysV position rule (C, C++): bit, or -1 */
	int abi_reg2;	      /* AArch64: a composite's second eightbyte, or -1 */
};

struct vfunc {
	uint64_t vaddr;
	bool a64;	      /* its module is AArch64 code (else x86-64) */
	bool found;	      /* a DWARF subprogram for it */
	unsigned nparams;
	struct vparam params[MAX_PARAMS];
	Dwarf_Die ret;	      /* return type, stripped */
	bool has_ret;	      /* false: void (or unknown when !found) */
	bool rust;	      /* Rust ABI: scalar pairs return in two registers */
	/* where the return value is, found at the first call formatted */
	const char *path;     /* its module's file (vmodule.path) */
	bool ret_planned;
	struct vtype ret_vt;
	bool ret_pair;	      /* a Rust scalar pair, in ret_leaf[] */
	struct leaf ret_leaf[2];
	int ret_reg[2];	      /* else the registers of its eightbytes (ret_regs()) */
	uint8_t ret_piece;    /* bytes of the value in each of them: 8, or an AArch64
			       * HFA's member size */
	uint64_t ret_size;
};

/* A subprogram of a unit, by low_pc (seq: its place in the unit). */
struct vsub {
	Dwarf_Addr lowpc;
	size_t seq;
	Dwarf_Die die;
};

/* A compile unit's subprograms, sorted by low_pc, made on first use. */
struct vcu {
	Dwarf_CU *cu;
	int lang;
	struct vsub *subs;
	size_t n;
};

struct vmodule {
	struct vmodule *next;
	struct vcu *cus;
	size_t ncus, cus_alloc;
	char *path;
	Dwfl *dwfl;
	Dwarf *dw;	      /* NULL: no DWARF */
	Dwarf_Addr bias;
	bool a64;	      /* an AArch64 ELF file (e_machine), else x86-64 */
	struct vfunc **funcs; /* sorted by vaddr */
	size_t nfuncs, alloc;
};

/* A -s/--symbol file and its build-id (read on first use). */
struct vdebug {
	const char *path;
	uint8_t id[64];
	uint32_t id_len;
};

/* A function found by func_of(), by module path and address. */
struct vcached {
	const char *path; /* its module's path (vmodule.path), compared by content */
	uint64_t vaddr;
	struct vfunc *f;
};
#define VCACHE 256 /* a power of two */

struct values {
	struct vmodule *modules;
	struct vcached cache[VCACHE];
	Dwfl_Callbacks cb;
	char *debuginfo_path;
	struct vdebug *dbg;
	size_t ndbg;
	struct text out; /* the text last returned */
};

/* The -s file with this build-id, or NULL. */
static const char *debug_file_for(const struct values *v, const uint8_t *id, size_t len)
{
	for (size_t i = 0; len && i < v->ndbg; i++)
		if (v->dbg[i].id_len == len && !memcmp(v->dbg[i].id, id, len))
			return v->dbg[i].path;
	return NULL;
}

/*
 * libdwfl's find_debuginfo, as the symbolizer's: a -s file with the
 * module's build-id first, then the standard search (.gnu_debuglink,
 * the build-id directories).
 */
static int find_debuginfo(Dwfl_Module *mod, void **userdata, const char *modname,
			  Dwarf_Addr base, const char *file_name, const char *debuglink_file,
			  GElf_Word debuglink_crc, char **debuginfo_file_name)
{
	const struct values *v = *userdata;
	const unsigned char *id;
	GElf_Addr idaddr;
	int n = dwfl_module_build_id(mod, &id, &idaddr);
	const char *path = v && n > 0 ? debug_file_for(v, id, (size_t)n) : NULL;

	if (path && strcmp(path, file_name ? file_name : "")) {
		int fd = open(path, O_RDONLY | O_CLOEXEC);

		if (fd >= 0) {
			*debuginfo_file_name = strdup(path);
			return fd;
		}
	}
	return dwfl_standard_find_debuginfo(mod, userdata, modname, base, file_name,
					    debuglink_file, debuglink_crc, debuginfo_file_name);
}

struct values *values_new(const struct string_list *debug_files)
{
	struct values *v = xcalloc(1, sizeof(*v));

	v->cb.find_elf = dwfl_build_id_find_elf;
	v->cb.find_debuginfo = find_debuginfo;
	v->cb.debuginfo_path = &v->debuginfo_path;
	if (debug_files && debug_files->nr) {
		/* unreadable ones were reported by the symbolizer: skipped here */
		v->dbg = xcalloc(debug_files->nr, sizeof(*v->dbg));
		for (size_t i = 0; i < debug_files->nr; i++) {
			struct vdebug *d = &v->dbg[v->ndbg];

			if (symbols_file_build_id(debug_files->items[i], d->id, &d->id_len) == 0 &&
			    d->id_len) {
				d->path = debug_files->items[i];
				v->ndbg++;
			}
		}
	}
	return v;
}

void values_free(struct values *v)
{
	struct vmodule *m, *next;

	if (!v)
		return;
	for (m = v->modules; m; m = next) {
		next = m->next;
		for (size_t i = 0; i < m->nfuncs; i++) {
			struct vfunc *f = m->funcs[i];

			for (unsigned k = 0; k < f->nparams; k++)
				free(f->params[k].vt.enums);
			free(f->ret_vt.enums);
			free(f);
		}
		free(m->funcs);
		for (size_t i = 0; i < m->ncus; i++)
			free(m->cus[i].subs);
		free(m->cus);
		if (m->dwfl)
			dwfl_end(m->dwfl);
		free(m->path);
		free(m);
	}
	free(v->dbg);
	free(v->out.buf);
	free(v);
}

/*
 * The module file at path, as recorded with build-id id (len 0: none
 * recorded or not known): a -s file with that build-id stands in for a
 * missing or rebuilt file, as in the symbolizer.
 */
static struct vmodule *module_open(struct values *v, const char *path, const uint8_t *id,
				   uint32_t len)
{
	struct vmodule *m;
	Dwfl_Module *mod;
	struct stat st;
	const char *file = path, *dbg = debug_file_for(v, id, len);
	void **ud;

	for (m = v->modules; m; m = m->next)
		if (!strcmp(m->path, path))
			return m;
	m = xcalloc(1, sizeof(*m));
	m->path = xstrdup(path);
	m->next = v->modules;
	v->modules = m;
	if (dbg) {
		uint8_t have[64];
		uint32_t have_len = 0;

		/* only a regular file is opened: a FIFO in a log's path would block */
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
		    symbols_file_build_id(path, have, &have_len) != 0 || have_len != len ||
		    memcmp(have, id, len))
			file = dbg;
	}
	/* The path may come from a log: only regular files are opened. */
	if (stat(file, &st) != 0 || !S_ISREG(st.st_mode))
		return m;
	m->dwfl = dwfl_begin(&v->cb);
	if (!m->dwfl)
		return m;
	dwfl_report_begin(m->dwfl);
	mod = dwfl_report_elf(m->dwfl, path, file, -1, 0, true);
	dwfl_report_end(m->dwfl, NULL, NULL);
	if (mod) {
		GElf_Addr ebias;
		Elf *elf = dwfl_module_getelf(mod, &ebias);
		GElf_Ehdr eh;

		if (elf && gelf_getehdr(elf, &eh))
			m->a64 = eh.e_machine == EM_AARCH64;
		dwfl_module_info(mod, &ud, NULL, NULL, NULL, NULL, NULL, NULL);
		*ud = v;
		m->dw = dwfl_module_getdwarf(mod, &m->bias);
	}
	return m;
}

static bool die_type(Dwarf_Die *die, Dwarf_Die *out)
{
	Dwarf_Attribute a;

	return dwarf_attr_integrate(die, DW_AT_type, &a) && dwarf_formref_die(&a, out);
}

/* Follow typedefs and qualifiers. False: void or broken. */
static bool strip_type(Dwarf_Die *die, Dwarf_Die *out)
{
	Dwarf_Die cur = *die;

	for (int i = 0; i < 32; i++) {
		switch (dwarf_tag(&cur)) {
		case DW_TAG_typedef:
		case DW_TAG_const_type:
		case DW_TAG_volatile_type:
		case DW_TAG_restrict_type:
		case DW_TAG_atomic_type:
		case DW_TAG_immutable_type:
			if (!die_type(&cur, &cur))
				return false;
			continue;
		default:
			*out = cur;
			return true;
		}
	}
	return false;
}

static uint64_t die_udata(Dwarf_Die *die, int name, uint64_t dflt)
{
	Dwarf_Attribute a;
	Dwarf_Word w;

	if (dwarf_attr_integrate(die, name, &a) && dwarf_formudata(&a, &w) == 0)
		return w;
	return dflt;
}

static uint64_t type_size(Dwarf_Die *t)
{
	Dwarf_Die p;

	switch (dwarf_tag(t)) {
	case DW_TAG_pointer_type:
	case DW_TAG_reference_type:
	case DW_TAG_rvalue_reference_type:
	case DW_TAG_ptr_to_member_type:
		return die_udata(t, DW_AT_byte_size, 8);
	case DW_TAG_enumeration_type:
		if (!dwarf_hasattr(t, DW_AT_byte_size) && die_type(t, &p) && strip_type(&p, &p))
			return type_size(&p);
		/* fall through */
	default:
		return die_udata(t, DW_AT_byte_size, 0);
	}
}

/* The subprograms under parent (namespaces, types, nested functions) into cu's index. */
static void index_subprograms(struct vcu *cu, size_t *alloc, Dwarf_Die *parent, int depth)
{
	Dwarf_Die child;

	if (depth > 32 || dwarf_child(parent, &child) != 0)
		return;
	do {
		Dwarf_Addr lo;

		switch (dwarf_tag(&child)) {
		case DW_TAG_subprogram:
			if (dwarf_lowpc(&child, &lo) == 0) {
				ALLOC_GROW(cu->subs, cu->n + 1, *alloc);
				cu->subs[cu->n].lowpc = lo;
				cu->subs[cu->n].seq = cu->n;
				cu->subs[cu->n++].die = child;
			}
			index_subprograms(cu, alloc, &child, depth + 1); /* closures */
			break;
		case DW_TAG_namespace:
		case DW_TAG_module:
		case DW_TAG_structure_type:
		case DW_TAG_class_type:
		case DW_TAG_union_type:
		case DW_TAG_lexical_block:
			index_subprograms(cu, alloc, &child, depth + 1);
			break;
		default:
			break;
		}
	} while (dwarf_siblingof(&child, &child) == 0);
}

/* By low_pc; the first in the unit's order among equals. */
static int cmp_vsub(const void *a, const void *b)
{
	const struct vsub *x = a, *y = b;

	if (x->lowpc != y->lowpc)
		return x->lowpc < y->lowpc ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The index of the subprograms of unit cu (whose DIE is die), made on first use. */
static struct vcu *unit_index(struct vmodule *m, Dwarf_CU *cu, Dwarf_Die *die)
{
	struct vcu *c;
	size_t alloc = 0;

	for (size_t i = 0; i < m->ncus; i++)
		if (m->cus[i].cu == cu)
			return &m->cus[i];
	ALLOC_GROW(m->cus, m->ncus + 1, m->cus_alloc);
	c = &m->cus[m->ncus++];
	memset(c, 0, sizeof(*c));
	c->cu = cu;
	c->lang = (int)die_udata(die, DW_AT_language, 0);
	index_subprograms(c, &alloc, die, 0);
	qsort(c->subs, c->n, sizeof(*c->subs), cmp_vsub);
	return c;
}

/*
 * The subprogram DIE whose low_pc is addr, in the units whose ranges hold
 * addr. Each unit's subprograms are indexed by low_pc once, so looking up
 * every function of a module costs one walk of its DWARF.
 */
static bool lookup_die(struct vmodule *m, Dwarf_Addr addr, Dwarf_Die *out, int *lang)
{
	Dwarf_CU *cu = NULL;
	Dwarf_Die cudie, subdie;
	uint8_t unit_type;

	if (!m->dw)
		return false;
	while (dwarf_get_units(m->dw, cu, &cu, NULL, &unit_type, &cudie, &subdie) == 0) {
		Dwarf_Die *die = &cudie;
		struct vcu *c;
		size_t lo = 0, hi;

		if (unit_type == DW_UT_skeleton && subdie.addr)
			die = &subdie;
		else if (unit_type != DW_UT_compile && unit_type != DW_UT_partial)
			continue;
		if (dwarf_haspc(&cudie, addr) <= 0)
			continue;
		c = unit_index(m, cu, die);
		hi = c->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (c->subs[mid].lowpc < addr)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < c->n && c->subs[lo].lowpc == addr) {
			*out = c->subs[lo].die;
			*lang = c->lang;
			return true;
		}
	}
	return false;
}

static bool is_float_type(Dwarf_Die *t)
{
	return dwarf_tag(t) == DW_TAG_base_type &&
	       die_udata(t, DW_AT_encoding, 0) == DW_ATE_float;
}

static bool is_scalar_int(Dwarf_Die *t)
{
	switch (dwarf_tag(t)) {
	case DW_TAG_base_type:
		return die_udata(t, DW_AT_encoding, 0) != DW_ATE_float && type_size(t) <= 8;
	case DW_TAG_pointer_type:
	case DW_TAG_reference_type:
	case DW_TAG_rvalue_reference_type:
	case DW_TAG_enumeration_type:
		return true;
	default:
		return false;
	}
}

/* The first location range of a parameter at or after low_pc. */
static void param_location(struct vparam *p, Dwarf_Die *pd, Dwarf_Addr lowpc)
{
	Dwarf_Addr base, start, end, best = (Dwarf_Addr)-1;
	Dwarf_Op *expr;
	size_t n;
	ptrdiff_t off = 0;

	if (!dwarf_attr_integrate(pd, DW_AT_location, &p->loc))
		return;
	while ((off = dwarf_getlocations(&p->loc, off, &base, &start, &end, &expr, &n)) > 0) {
		bool covers = start <= lowpc && lowpc < end;

		if (!covers && start < lowpc)
			continue;
		if (covers || start < best) {
			best = covers ? lowpc : start;
			p->expr = expr;
			p->nexpr = n;
		}
		if (covers)
			break;
	}
}

static void vtype_init(struct vtype *vt, Dwarf_Die *type);
static void rust_leaves(Dwarf_Die *type, unsigned off, struct leaf *l, unsigned *n, int depth);
static void classify(Dwarf_Die *type, unsigned off, bool sse[2], bool any[2], int depth);

/* A struct, class or union of up to 16 bytes with some integer data (not
 * a homogeneous floating-point aggregate): AAPCS64 passes it in x
 * registers. */
static bool is_gpr_composite(Dwarf_Die *type)
{
	bool sse[2] = { true, true }, any[2] = { false, false };
	uint64_t size = type_size(type);
	int tag = dwarf_tag(type);

	if ((tag != DW_TAG_structure_type && tag != DW_TAG_class_type &&
	     tag != DW_TAG_union_type) || !size || size > 16)
		return false;
	classify(type, 0, sse, any, 0);
	return (any[0] && !sse[0]) || (any[1] && !sse[1]);
}

static struct vfunc *func_build(struct vmodule *m, uint64_t vaddr)
{
	struct vfunc *f = xcalloc(1, sizeof(*f));
	Dwarf_Die fd, child, t;
	Dwarf_Addr addr = vaddr - m->bias;
	int lang = 0, next_gpr = 0, next_xmm = 8, ngpr = m->a64 ? 8 : 6;
	bool abi_ok;

	f->vaddr = vaddr;
	f->a64 = m->a64;
	f->path = m->path;
	if (!lookup_die(m, addr, &fd, &lang))
		return f;
	f->found = true;
	f->rust = lang == DW_LANG_Rust;
	/* C and C++ (DW_LANG_C17, C++17 and C++20 are 0x2c, 0x2a and 0x2b). */
	abi_ok = lang == DW_LANG_C89 || lang == DW_LANG_C99 || lang == DW_LANG_C11 ||
		 lang == DW_LANG_C || lang == 0x2c || lang == DW_LANG_C_plus_plus ||
		 lang == DW_LANG_C_plus_plus_11 || lang == DW_LANG_C_plus_plus_14 ||
		 lang == DW_LANG_C_plus_plus_03 || lang == 0x2a || lang == 0x2b;
	if (die_type(&fd, &t) && strip_type(&t, &f->ret))
		f->has_ret = true;
	if (dwarf_child(&fd, &child) != 0)
		return f;
	do {
		struct vparam *p;

		if (dwarf_tag(&child) != DW_TAG_formal_parameter)
			continue;
		if (f->nparams == MAX_PARAMS)
			break;
		p = &f->params[f->nparams++];
		p->name = dwarf_diename(&child);
		p->abi_reg = p->abi_reg2 = -1;
		if (die_type(&child, &t) && strip_type(&t, &p->type)) {
			p->has_type = true;
			vtype_init(&p->vt, &p->type);
		}
		param_location(p, &child, addr);
		if (!p->has_type || !abi_ok) {
			abi_ok = false;
			continue;
		}
		/* The position rule (SysV, AAPCS64), as long as only scalars
		 * came before. */
		if (is_float_type(&p->type) && type_size(&p->type) <= 8) {
			p->abi_reg = next_xmm < 16 ? next_xmm++ : -1;
		} else if (is_scalar_int(&p->type)) {
			p->abi_reg = next_gpr < ngpr ? next_gpr++ : -1;
		} else if (m->a64 && is_gpr_composite(&p->type)) {
			/* AAPCS64: a composite of up to 16 bytes that is no
			 * floating-point aggregate goes in one or two x
			 * registers, whole, or on the stack */
			unsigned need = type_size(&p->type) > 8 ? 2 : 1;

			if (next_gpr + (int)need > ngpr) {
				abi_ok = false;
				continue;
			}
			p->abi_reg = next_gpr++;
			if (need == 2)
				p->abi_reg2 = next_gpr++;
		} else {
			abi_ok = false;
		}
	} while (dwarf_siblingof(&child, &child) == 0);
	return f;
}

static struct vfunc *func_get(struct values *v, const char *path, const uint8_t *id,
			       uint32_t id_len, uint64_t vaddr)
{
	struct vmodule *m = module_open(v, path, id, id_len);
	size_t lo = 0, hi = m->nfuncs;
	struct vfunc *f;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->funcs[mid]->vaddr < vaddr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < m->nfuncs && m->funcs[lo]->vaddr == vaddr)
		return m->funcs[lo];
	f = func_build(m, vaddr);
	ALLOC_GROW(m->funcs, m->nfuncs + 1, m->alloc);
	memmove(m->funcs + lo + 1, m->funcs + lo, (m->nfuncs - lo) * sizeof(*m->funcs));
	m->funcs[lo] = f;
	m->nfuncs++;
	return f;
}

/* ---- evaluating a location ---- */

struct piece {
	uint8_t off, size;
	int8_t reg; /* trace_values bit when the piece is a register as is, else -1 */
};

struct image {
	uint8_t b[VAL_MAX];
	bool known[VAL_MAX];  /* false: an empty piece (padding, optimized out) */
	uint8_t size;	      /* bytes filled */
	bool ok;
	struct piece pieces[8];
	unsigned npieces;
};

struct eval {
	const struct trace_values *tv;
	bool a64;	     /* AArch64's DWARF register numbers */
	bool ret;
	uint32_t used;	     /* registers read (for values_plan) */
	bool need_regs;	     /* values_plan: do not fail on missing registers */
	/* a memory location (the value is at addr, by reference): */
	bool mem;
	uint64_t addr;
	int addr_reg;	     /* the register holding addr as is, or -1 */
};

static bool reg_value(struct eval *e, unsigned dwreg, uint64_t *val, int *bit)
{
	int b = dwreg_bit(e->a64, dwreg, e->ret);

	*bit = b;
	if (b < 0)
		return false;
	e->used |= 1u << b;
	if (e->need_regs) {
		*val = 0;
		return true;
	}
	if (!e->tv || !(e->tv->mask & (1u << b)))
		return false;
	*val = e->tv->reg[b];
	return true;
}

static void image_put_known(struct image *img, uint64_t val, unsigned size, int reg, bool known)
{
	if (size > VAL_MAX || img->size + size > VAL_MAX || img->npieces == 8) {
		img->ok = false;
		return;
	}
	for (unsigned i = 0; i < size; i++) {
		img->b[img->size + i] = i < 8 ? (uint8_t)(val >> (8 * i)) : 0;
		img->known[img->size + i] = known;
	}
	img->pieces[img->npieces++] = (struct piece){ img->size, (uint8_t)size, (int8_t)reg };
	img->size += size;
}

static void image_put(struct image *img, uint64_t val, unsigned size, int reg)
{
	image_put_known(img, val, size, reg, true);
}

/*
 * Evaluate a DWARF expression into img. A register location (DW_OP_regN)
 * or a value (DW_OP_stack_value, constants) fills the current piece; a
 * memory location (anything else left on the stack) cannot be read.
 */
static bool eval_expr(struct eval *e, Dwarf_Attribute *attr, const Dwarf_Op *ops, size_t n,
		      struct image *img, uint64_t *result, int depth)
{
	uint64_t st[16];
	size_t sp = 0;
	int cur_reg = -1;    /* a register location pending a piece */
	bool is_value = false, have_reg = false;
	uint64_t reg_val = 0;

#define PUSH(x)                                    \
	do {                                       \
		if (sp == 16)                      \
			return false;              \
		st[sp++] = (x);                    \
	} while (0)
#define NEED(k)                                    \
	do {                                       \
		if (sp < (k))                      \
			return false;              \
	} while (0)

	if (depth > 4)
		return false;
	for (size_t i = 0; i < n; i++) {
		const Dwarf_Op *op = &ops[i];
		uint8_t a = op->atom;
		uint64_t v;
		int bit;

		if (a >= DW_OP_reg0 && a <= DW_OP_reg31) {
			have_reg = reg_value(e, a - DW_OP_reg0, &reg_val, &cur_reg);
			continue;
		}
		if (a >= DW_OP_lit0 && a <= DW_OP_lit31) {
			PUSH(a - DW_OP_lit0);
			continue;
		}
		if (a >= DW_OP_breg0 && a <= DW_OP_breg31) {
			if (!reg_value(e, a - DW_OP_breg0, &v, &bit))
				return false;
			PUSH(v + (uint64_t)(int64_t)op->number);
			continue;
		}
		switch (a) {
		case DW_OP_regx:
			have_reg = reg_value(e, (unsigned)op->number, &reg_val, &cur_reg);
			break;
		case DW_OP_bregx:
			if (!reg_value(e, (unsigned)op->number, &v, &bit))
				return false;
			PUSH(v + (uint64_t)(int64_t)op->number2);
			break;
		case DW_OP_const1u: case DW_OP_const2u: case DW_OP_const4u: case DW_OP_const8u:
		case DW_OP_const1s: case DW_OP_const2s: case DW_OP_const4s: case DW_OP_const8s:
		case DW_OP_constu: case DW_OP_consts:
			PUSH(op->number);
			break;
		case DW_OP_dup:
			NEED(1);
			v = st[sp - 1];
			PUSH(v);
			break;
		case DW_OP_drop:
			NEED(1);
			sp--;
			break;
		case DW_OP_over:
			NEED(2);
			v = st[sp - 2];
			PUSH(v);
			break;
		case DW_OP_swap:
			NEED(2);
			v = st[sp - 1];
			st[sp - 1] = st[sp - 2];
			st[sp - 2] = v;
			break;
		case DW_OP_neg:
			NEED(1);
			st[sp - 1] = -st[sp - 1];
			break;
		case DW_OP_not:
			NEED(1);
			st[sp - 1] = ~st[sp - 1];
			break;
		case DW_OP_plus_uconst:
			NEED(1);
			st[sp - 1] += op->number;
			break;
		case DW_OP_and: case DW_OP_or: case DW_OP_xor: case DW_OP_plus: case DW_OP_minus:
		case DW_OP_mul: case DW_OP_shl: case DW_OP_shr: case DW_OP_shra:
			NEED(2);
			v = st[--sp];
			switch (a) {
			case DW_OP_and: st[sp - 1] &= v; break;
			case DW_OP_or: st[sp - 1] |= v; break;
			case DW_OP_xor: st[sp - 1] ^= v; break;
			case DW_OP_plus: st[sp - 1] += v; break;
			case DW_OP_minus: st[sp - 1] -= v; break;
			case DW_OP_mul: st[sp - 1] *= v; break;
			case DW_OP_shl: st[sp - 1] = v < 64 ? st[sp - 1] << v : 0; break;
			case DW_OP_shr: st[sp - 1] = v < 64 ? st[sp - 1] >> v : 0; break;
			default:
				st[sp - 1] = (uint64_t)((int64_t)st[sp - 1] >> (v < 64 ? v : 63));
				break;
			}
			break;
		case DW_OP_convert:
		case DW_OP_GNU_convert: {
			Dwarf_Die bt;

			NEED(1);
			if (op->number == 0)
				break; /* the generic type: nothing to do */
			if (!attr || dwarf_getlocation_die(attr, op, &bt) != 0)
				return false;
			uint64_t sz = die_udata(&bt, DW_AT_byte_size, 8);
			uint64_t enc = die_udata(&bt, DW_AT_encoding, DW_ATE_unsigned);

			if (sz && sz < 8) {
				unsigned bits = 8 * (unsigned)sz;
				uint64_t x = st[sp - 1] & ((1ull << bits) - 1);

				if (enc == DW_ATE_signed && (x >> (bits - 1)))
					x |= ~0ull << bits;
				st[sp - 1] = x;
			}
			break;
		}
		case DW_OP_entry_value:
		case DW_OP_GNU_entry_value: {
			/* The registers were recorded at entry: evaluate the block as is. */
			Dwarf_Attribute sub;
			Dwarf_Op *sops;
			size_t sn;
			struct image simg = { .ok = true };
			uint64_t r;

			if (!attr || dwarf_getlocation_attr(attr, op, &sub) != 0 ||
			    dwarf_getlocation(&sub, &sops, &sn) != 0)
				return false;
			if (!eval_expr(e, &sub, sops, sn, &simg, &r, depth + 1))
				return false;
			PUSH(r);
			cur_reg = simg.npieces == 1 ? simg.pieces[0].reg : -1;
			break;
		}
		case DW_OP_stack_value:
			is_value = true;
			break;
		case DW_OP_implicit_value: {
			Dwarf_Block blk;

			if (!attr || dwarf_getlocation_implicit_value(attr, op, &blk) != 0)
				return false;
			v = 0;
			for (size_t k = 0; k < blk.length && k < 8; k++)
				v |= (uint64_t)blk.data[k] << (8 * k);
			image_put(img, v, blk.length < VAL_MAX ? (unsigned)blk.length : VAL_MAX, -1);
			have_reg = false;
			sp = 0;
			break;
		}
		case DW_OP_piece: {
			unsigned size = (unsigned)op->number;

			if (have_reg || cur_reg >= 0) {
				/* a register not recorded: those bytes are unknown */
				image_put_known(img, have_reg ? reg_val : 0, size, cur_reg, have_reg);
			} else if (sp && is_value) {
				image_put(img, st[sp - 1], size, -1);
			} else {
				/* empty (padding, optimized out) or in memory: unknown */
				image_put_known(img, 0, size, -1, false);
			}
			sp = 0;
			have_reg = false;
			cur_reg = -1;
			is_value = false;
			break;
		}
		case DW_OP_nop:
			break;
		default:
			return false;
		}
	}
#undef PUSH
#undef NEED
	if (img->npieces) { /* a composite: usable when some piece is known */
		for (unsigned k = 0; k < img->size; k++)
			if (img->known[k])
				return img->ok;
		return false;
	}
	if (have_reg || (cur_reg >= 0 && !sp)) {
		if (!have_reg)
			return false;
		*result = reg_val;
		image_put(img, reg_val, 8, cur_reg);
		return img->ok;
	}
	if (sp && (is_value || depth > 0)) {
		*result = st[sp - 1];
		image_put(img, st[sp - 1], 8, depth > 0 ? -1 : cur_reg);
		return img->ok;
	}
	if (sp && !img->npieces && depth == 0) {
		/* a memory location: the value is not in the log, its address is */
		e->mem = true;
		e->addr = st[sp - 1];
		e->addr_reg = n == 1 && ops[0].atom >= DW_OP_breg0 && ops[0].atom <= DW_OP_breg31 &&
				      !ops[0].number
			      ? dwreg_bit(e->a64, ops[0].atom - DW_OP_breg0, e->ret)
			      : -1;
	}
	return false;
}

/* ---- formatting ---- */

static uint64_t img_get(const struct image *img, unsigned off, unsigned size)
{
	uint64_t v = 0;

	for (unsigned i = 0; i < size && i < 8 && off + i < VAL_MAX; i++)
		v |= (uint64_t)img->b[off + i] << (8 * i);
	return v;
}

/* The register a pointer-sized piece at off came from, or -1. */
static int img_reg(const struct image *img, unsigned off)
{
	for (unsigned i = 0; i < img->npieces; i++)
		if (img->pieces[i].off == off)
			return img->pieces[i].reg;
	return -1;
}

/* Shortest text that strtod() reads back to the same double. */
static void format_double(struct text *t, double d)
{
	char buf[40];

	if (isnan(d)) {
		text_puts(t, "nan");
		return;
	}
	if (isinf(d)) {
		text_puts(t, d < 0 ? "-inf" : "inf");
		return;
	}
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(buf, sizeof(buf), "%.*g", prec, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	text_puts(t, buf);
}

static void format_float(struct text *t, float f)
{
	char buf[40];

	if (isnan(f) || isinf(f)) {
		format_double(t, f);
		return;
	}
	for (int prec = 1; prec <= 9; prec++) {
		snprintf(buf, sizeof(buf), "%.*g", prec, f);
		if (strtof(buf, NULL) == f)
			break;
	}
	text_puts(t, buf);
}

/* Bytes as a quoted string: valid UTF-8 as is, the rest escaped. */
static void format_quoted(struct text *t, const uint8_t *s, size_t n)
{
	text_puts(t, "\"");
	for (size_t i = 0; i < n;) {
		uint8_t c = s[i];
		size_t len = 0;

		if (c == '"' || c == '\\') {
			char e[3] = { '\\', (char)c, 0 };
			text_puts(t, e);
			i++;
			continue;
		}
		if (c == '\n' || c == '\t' || c == '\r') {
			text_puts(t, c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r");
			i++;
			continue;
		}
		if (c >= 0x20 && c < 0x7f) {
			text_add(t, (const char *)&s[i], 1);
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			len = 2;
		else if (c >= 0xe0 && c <= 0xef)
			len = 3;
		else if (c >= 0xf0 && c <= 0xf4)
			len = 4;
		if (len && i + len <= n) {
			bool valid = true;
			uint32_t cp = c & (0xff >> (len + 1));

			for (size_t k = 1; k < len; k++) {
				valid = valid && (s[i + k] & 0xc0) == 0x80;
				cp = cp << 6 | (s[i + k] & 0x3f);
			}
			valid = valid && !(len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) &&
				!(len == 4 && (cp < 0x10000 || cp > 0x10ffff));
			if (valid) {
				text_add(t, (const char *)&s[i], len);
				i += len;
				continue;
			}
		}
		text_printf(t, "\\x%02x", c);
		i++;
	}
	text_puts(t, "\"");
}

static const struct trace_string *find_string(const struct trace_values *tv, int reg)
{
	if (!tv || reg < 0)
		return NULL;
	for (uint32_t i = 0; i < tv->nstr && i < 16; i++)
		if (tv->str[i].reg == reg)
			return &tv->str[i];
	return NULL;
}

/* A string value: the STRING record of reg, else the pointer in hex. */
static void format_string(struct text *t, const struct trace_values *tv, int reg, uint64_t ptr,
			  uint64_t maxlen, bool has_len)
{
	const struct trace_string *s = find_string(tv, reg);

	if (!ptr && !has_len) {
		text_puts(t, "NULL");
		return;
	}
	if (!s) {
		text_printf(t, "0x%" PRIx64, ptr);
		return;
	}
	if (s->flags & 2) {
		text_printf(t, "0x%" PRIx64 " (unreadable)", ptr);
		return;
	}
	{
		size_t n = s->len;
		bool trunc = s->flags & 1;

		if (has_len && n > maxlen)
			n = maxlen;
		if (has_len && n < maxlen)
			trunc = true;
		format_quoted(t, s->bytes, n);
		if (trunc)
			text_puts(t, "…");
	}
}

static bool is_char_type(Dwarf_Die *t)
{
	uint64_t enc;

	if (dwarf_tag(t) != DW_TAG_base_type || type_size(t) != 1)
		return false;
	enc = die_udata(t, DW_AT_encoding, 0);
	return enc == DW_ATE_signed_char || enc == DW_ATE_unsigned_char ||
	       enc == DW_ATE_UTF || (enc == DW_ATE_unsigned && dwarf_diename(t) &&
				     !strcmp(dwarf_diename(t), "u8"));
}

/* A pointer to char (C string) or u8 (Rust *const u8). */
static bool is_char_pointer(Dwarf_Die *t)
{
	Dwarf_Die p;

	return dwarf_tag(t) == DW_TAG_pointer_type && die_type(t, &p) && strip_type(&p, &p) &&
	       is_char_type(&p);
}

/* Rust's &str and &[u8]: {data_ptr, length}. Offsets of both on success. */
static bool is_rust_slice(Dwarf_Die *t, unsigned *ptr_off, unsigned *len_off)
{
	const char *name = dwarf_diename(t);
	Dwarf_Die c, mt;
	int found = 0;

	if (dwarf_tag(t) != DW_TAG_structure_type || !name ||
	    (strcmp(name, "&str") && strcmp(name, "&[u8]") && strcmp(name, "&mut str") &&
	     strcmp(name, "&mut [u8]")))
		return false;
	if (dwarf_child(t, &c) != 0)
		return false;
	do {
		const char *mn = dwarf_diename(&c);

		if (dwarf_tag(&c) != DW_TAG_member || !mn)
			continue;
		if (!strcmp(mn, "data_ptr") && die_type(&c, &mt) && strip_type(&mt, &mt) &&
		    is_char_pointer(&mt)) {
			*ptr_off = (unsigned)die_udata(&c, DW_AT_data_member_location, 0);
			found |= 1;
		} else if (!strcmp(mn, "length")) {
			*len_off = (unsigned)die_udata(&c, DW_AT_data_member_location, 8);
			found |= 2;
		}
	} while (dwarf_siblingof(&c, &c) == 0);
	return found == 3;
}

static void format_int(struct text *t, uint64_t v, unsigned size, bool sign)
{
	if (size < 8) {
		unsigned bits = 8 * size;

		v &= (1ull << bits) - 1;
		if (sign && (v >> (bits - 1)))
			v |= ~0ull << bits;
	}
	text_dec(t, v, sign);
}

static void format_char(struct text *t, uint32_t c)
{
	uint8_t u[4];
	size_t n;

	if (c == '\'' || c == '\\') {
		text_printf(t, "'\\%c'", (char)c);
		return;
	}
	if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c > 0x10ffff ||
	    (c >= 0xd800 && c < 0xe000)) {
		text_printf(t, c <= 0xff ? "'\\x%02x'" : "'\\u{%x}'", c);
		return;
	}
	if (c < 0x80) {
		u[0] = (uint8_t)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = 0xc0 | c >> 6, u[1] = 0x80 | (c & 0x3f);
		n = 2;
	} else if (c < 0x10000) {
		u[0] = 0xe0 | c >> 12, u[1] = 0x80 | ((c >> 6) & 0x3f), u[2] = 0x80 | (c & 0x3f);
		n = 3;
	} else {
		u[0] = 0xf0 | c >> 18, u[1] = 0x80 | ((c >> 12) & 0x3f);
		u[2] = 0x80 | ((c >> 6) & 0x3f), u[3] = 0x80 | (c & 0x3f);
		n = 4;
	}
	text_puts(t, "'");
	text_add(t, (const char *)u, n);
	text_puts(t, "'");
}

static void format_type(struct text *t, Dwarf_Die *type, const struct image *img, unsigned off,
			const struct trace_values *tv, int depth);

static bool scalar_tag(int tag)
{
	return tag == DW_TAG_base_type || tag == DW_TAG_enumeration_type ||
	       tag == DW_TAG_pointer_type || tag == DW_TAG_reference_type ||
	       tag == DW_TAG_rvalue_reference_type;
}

static void vtype_init(struct vtype *vt, Dwarf_Die *type)
{
	Dwarf_Die c, ut;
	size_t alloc = 0;
	const char *name;

	memset(vt, 0, sizeof(*vt));
	if (!scalar_tag(dwarf_tag(type)))
		return;
	vt->tag = dwarf_tag(type);
	vt->size = type_size(type);
	switch (vt->tag) {
	case DW_TAG_base_type:
		vt->enc = die_udata(type, DW_AT_encoding, 0);
		name = dwarf_diename(type);
		vt->plain_char = name && !strcmp(name, "char") && vt->size == 1;
		break;
	case DW_TAG_pointer_type:
		vt->char_ptr = is_char_pointer(type);
		break;
	case DW_TAG_enumeration_type:
		if (die_type(type, &ut) && strip_type(&ut, &ut))
			vt->sign = die_udata(&ut, DW_AT_encoding, 0) == DW_ATE_signed;
		if (dwarf_child(type, &c) != 0)
			break;
		do {
			Dwarf_Attribute a;
			Dwarf_Word w;
			Dwarf_Sword sw;

			if (dwarf_tag(&c) != DW_TAG_enumerator ||
			    !dwarf_attr(&c, DW_AT_const_value, &a))
				continue;
			if (dwarf_formsdata(&a, &sw) == 0)
				w = (Dwarf_Word)sw;
			else if (dwarf_formudata(&a, &w) != 0)
				continue;
			if (vt->size && vt->size < 8)
				w &= (1ull << (8 * vt->size)) - 1;
			ALLOC_GROW(vt->enums, vt->nenums + 1, alloc);
			vt->enums[vt->nenums].value = w;
			vt->enums[vt->nenums++].name = dwarf_diename(&c) ? dwarf_diename(&c) : "?";
		} while (dwarf_siblingof(&c, &c) == 0);
		break;
	default:
		break;
	}
}

static void format_base(struct text *t, const struct vtype *vt, const struct image *img,
			unsigned off)
{
	unsigned size = (unsigned)vt->size;
	uint64_t v = img_get(img, off, size > 8 ? 8 : size);

	switch (vt->enc) {
	case DW_ATE_boolean:
		text_puts(t, (v & 0xff) ? "true" : "false");
		return;
	case DW_ATE_float:
		if (size == 4) {
			float f;
			uint32_t u = (uint32_t)v;

			memcpy(&f, &u, 4);
			format_float(t, f);
		} else if (size == 8) {
			double d;

			memcpy(&d, &v, 8);
			format_double(t, d);
		} else {
			text_hex(t, v);
		}
		return;
	case DW_ATE_UTF:
		format_char(t, (uint32_t)(v & (size >= 4 ? 0xffffffffu : (1u << (8 * size)) - 1)));
		return;
	case DW_ATE_signed_char:
	case DW_ATE_unsigned_char:
		/* Plain char is a character; signed/unsigned char (int8_t) a number. */
		if (vt->plain_char) {
			format_char(t, (uint8_t)v);
			return;
		}
		format_int(t, v, 1, vt->enc == DW_ATE_signed_char);
		return;
	case DW_ATE_signed:
	case DW_ATE_unsigned:
		if (size > 8) { /* __int128: the low half is all the registers hold */
			text_printf(t, "0x%016" PRIx64 "%016" PRIx64, img_get(img, off + 8, 8), v);
			return;
		}
		format_int(t, v, size ? size : 8, vt->enc == DW_ATE_signed);
		return;
	default:
		text_hex(t, v);
	}
}

static void format_enum(struct text *t, const struct vtype *vt, const struct image *img,
			unsigned off)
{
	unsigned size = (unsigned)vt->size;
	uint64_t v = img_get(img, off, size ? size : 4);

	if (size && size < 8)
		v &= (1ull << (8 * size)) - 1;
	for (size_t i = 0; i < vt->nenums; i++)
		if (vt->enums[i].value == v) {
			text_puts(t, vt->enums[i].name);
			return;
		}
	format_int(t, v, size ? size : 4, vt->sign);
}

/* A value of a scalar type (vt->tag set) at off of img. */
static void format_scalar(struct text *t, const struct vtype *vt, const struct image *img,
			  unsigned off, const struct trace_values *tv)
{
	unsigned n = vt->size ? (unsigned)(vt->size < 8 ? vt->size : 8) : 1;

	for (unsigned k = off; k < off + n; k++)
		if (k >= img->size || !img->known[k]) {
			text_puts(t, "?");
			return;
		}
	switch (vt->tag) {
	case DW_TAG_base_type:
		format_base(t, vt, img, off);
		return;
	case DW_TAG_enumeration_type:
		format_enum(t, vt, img, off);
		return;
	default: {
		uint64_t p = img_get(img, off, 8);

		if (vt->char_ptr)
			format_string(t, tv, img_reg(img, off), p, 0, false);
		else
			text_hex(t, p);
	}
	}
}

static void format_members(struct text *t, Dwarf_Die *type, const struct image *img,
			   unsigned off, const struct trace_values *tv, int depth, bool tuple)
{
	Dwarf_Die c, mt;
	bool first = true;

	if (dwarf_child(type, &c) != 0)
		return;
	do {
		const char *mn;
		unsigned moff;

		if (dwarf_tag(&c) != DW_TAG_member || dwarf_hasattr(&c, DW_AT_external))
			continue;
		mn = dwarf_diename(&c);
		moff = off + (unsigned)die_udata(&c, DW_AT_data_member_location, 0);
		if (!first)
			text_puts(t, ", ");
		first = false;
		if (!tuple && mn)
			text_printf(t, "%s=", mn);
		if (!die_type(&c, &mt) || !strip_type(&mt, &mt))
			text_puts(t, "?");
		else
			format_type(t, &mt, img, moff, tv, depth + 1);
	} while (dwarf_siblingof(&c, &c) == 0);
}

/* A Rust tuple-like struct ("Some", "Ok", "(i32, u8)"): members named __0, __1... */
static bool is_tuple_struct(Dwarf_Die *type)
{
	Dwarf_Die c;

	if (dwarf_child(type, &c) != 0)
		return false;
	do {
		const char *mn = dwarf_diename(&c);

		if (dwarf_tag(&c) == DW_TAG_member)
			return mn && mn[0] == '_' && mn[1] == '_' && mn[2] >= '0' && mn[2] <= '9';
	} while (dwarf_siblingof(&c, &c) == 0);
	return false;
}

/*
 * A Rust enum with data: a structure whose variant_part names the member
 * holding the discriminant (DW_AT_discr); each variant has a discr_value
 * (none: the default, e.g. Some in a niche-filled Option<&T>) and one
 * member whose type is the variant's struct. Prints "Name" or "Name(x)".
 */
static bool format_variant_part(struct text *t, Dwarf_Die *type, const struct image *img,
				unsigned off, const struct trace_values *tv, int depth)
{
	Dwarf_Die vp, c, discr, dt, var, member, vt;
	Dwarf_Attribute a;
	uint64_t dval;
	bool have_default = false, found = false;
	Dwarf_Die dflt;

	if (dwarf_child(type, &vp) != 0)
		return false;
	while (dwarf_tag(&vp) != DW_TAG_variant_part)
		if (dwarf_siblingof(&vp, &vp) != 0)
			return false;
	if (!dwarf_attr(&vp, DW_AT_discr, &a) || !dwarf_formref_die(&a, &discr) ||
	    !die_type(&discr, &dt) || !strip_type(&dt, &dt))
		return false;
	{
		unsigned dsize = (unsigned)type_size(&dt);

		dval = img_get(img, off + (unsigned)die_udata(&discr, DW_AT_data_member_location, 0),
			       dsize ? dsize : 8);
	}
	if (dwarf_child(&vp, &c) != 0)
		return false;
	do {
		Dwarf_Word w;

		if (dwarf_tag(&c) != DW_TAG_variant)
			continue;
		if (!dwarf_attr(&c, DW_AT_discr_value, &a)) {
			dflt = c;
			have_default = true;
			continue;
		}
		if (dwarf_formudata(&a, &w) == 0 && w == dval) {
			var = c;
			found = true;
			break;
		}
	} while (dwarf_siblingof(&c, &c) == 0);
	if (!found && !have_default)
		return false;
	if (!found)
		var = dflt;
	if (dwarf_child(&var, &member) != 0)
		return false;
	while (dwarf_tag(&member) != DW_TAG_member)
		if (dwarf_siblingof(&member, &member) != 0)
			return false;
	if (!die_type(&member, &vt) || !strip_type(&vt, &vt))
		return false;
	text_puts(t, dwarf_diename(&member) ? dwarf_diename(&member) : "?");
	if (dwarf_child(&vt, &c) == 0) {
		bool any = false;

		do
			any = any || dwarf_tag(&c) == DW_TAG_member;
		while (!any && dwarf_siblingof(&c, &c) == 0);
		if (any) {
			unsigned moff = off + (unsigned)die_udata(&member, DW_AT_data_member_location, 0);

			text_puts(t, is_tuple_struct(&vt) ? "(" : " { ");
			format_members(t, &vt, img, moff, tv, depth, is_tuple_struct(&vt));
			text_puts(t, is_tuple_struct(&vt) ? ")" : " }");
		}
	}
	return true;
}

static void format_type(struct text *t, Dwarf_Die *type, const struct image *img, unsigned off,
			const struct trace_values *tv, int depth)
{
	unsigned po, lo;
	uint64_t size = type_size(type);

	if (depth > 8) {
		text_puts(t, "…");
		return;
	}
	if (scalar_tag(dwarf_tag(type))) {
		struct vtype vt;

		vtype_init(&vt, type);
		format_scalar(t, &vt, img, off, tv);
		free(vt.enums);
		return;
	}
	if (dwarf_tag(type) != DW_TAG_structure_type && dwarf_tag(type) != DW_TAG_class_type &&
	    dwarf_tag(type) != DW_TAG_union_type) {
		unsigned n = size ? (unsigned)(size < 8 ? size : 8) : 1;

		for (unsigned k = off; k < off + n; k++)
			if (k >= img->size || !img->known[k]) {
				text_puts(t, "?");
				return;
			}
	}
	switch (dwarf_tag(type)) {
	case DW_TAG_structure_type:
	case DW_TAG_class_type:
	case DW_TAG_union_type:
		if (is_rust_slice(type, &po, &lo) && po < VAL_MAX && lo < VAL_MAX &&
		    off + po + 8 <= img->size && off + lo + 8 <= img->size &&
		    img->known[off + po] && img->known[off + lo] &&
		    find_string(tv, img_reg(img, off + po))) {
			/* without its bytes, a slice shows as {data_ptr=0x..., length=N} */
			format_string(t, tv, img_reg(img, off + po), img_get(img, off + po, 8),
				      img_get(img, off + lo, 8), true);
			return;
		}
		if (format_variant_part(t, type, img, off, tv, depth))
			return;
		if (is_tuple_struct(type)) {
			text_puts(t, "(");
			format_members(t, type, img, off, tv, depth, true);
			text_puts(t, ")");
			return;
		}
		text_puts(t, "{");
		format_members(t, type, img, off, tv, depth, false);
		text_puts(t, "}");
		return;
	default:
		text_hex(t, img_get(img, off, size && size < 8 ? (unsigned)size : 8));
	}
}

/* A value the log does not hold, at addr: "0x7ffc1230 (Big in memory)". */
static void format_in_memory(struct text *t, const Dwarf_Die *type, uint64_t addr)
{
	const char *name = dwarf_diename((Dwarf_Die *)type);

	text_hex(t, addr);
	text_puts(t, " (");
	if (name) {
		text_puts(t, name);
		text_add(t, " ", 1);
	}
	text_puts(t, "in memory)");
}

/* A value of type (its vtype vt) at the start of img. */
static void format_value(struct text *t, const struct vtype *vt, const Dwarf_Die *type,
			 const struct image *img, const struct trace_values *tv)
{
	if (vt->tag)
		format_scalar(t, vt, img, 0, tv);
	else
		format_type(t, (Dwarf_Die *)type, img, 0, tv, 0);
}

/* One parameter's value into t; false when nothing usable was found. */
static bool format_param(struct text *t, const struct vfunc *f, const struct vparam *p,
			 const struct trace_values *tv)
{
	struct eval e = { .tv = tv, .a64 = f->a64 };
	struct image img = { .ok = true };
	uint64_t r;

	if (!p->has_type)
		return false;
	if (p->expr && eval_expr(&e, (Dwarf_Attribute *)&p->loc, p->expr, p->nexpr, &img, &r, 0)) {
		format_value(t, &p->vt, &p->type, &img, tv);
		return true;
	}
	if (e.mem) {
		/* passed by reference (a Rust aggregate, a C++ object with a
		 * copy constructor): its address and type, or a string copied
		 * from that address */
		if (find_string(tv, e.addr_reg))
			format_string(t, tv, e.addr_reg, e.addr, 0, false);
		else
			format_in_memory(t, &p->type, e.addr);
		return true;
	}
	if (p->abi_reg >= 0 && (tv->mask & (1u << p->abi_reg)) &&
	    (p->abi_reg2 < 0 || (tv->mask & (1u << p->abi_reg2)))) {
		img = (struct image){ .ok = true };
		image_put(&img, tv->reg[p->abi_reg], 8, p->abi_reg);
		if (p->abi_reg2 >= 0)
			image_put(&img, tv->reg[p->abi_reg2], 8, p->abi_reg2);
		format_value(t, &p->vt, &p->type, &img, tv);
		return true;
	}
	return false;
}

/* "arg0=0x2a, xmm0=0x3ff0000000000000": the recorded registers without DWARF. */
static void format_raw_args(struct text *t, bool a64, const struct trace_values *tv)
{
	bool first = true;
	int npos = a64 ? 8 : 6;

	for (int b = 0; b < 16; b++) {
		const char *reg = ffile_reg_name(a64, 0, (unsigned)b);
		const struct trace_string *s;

		if (!(tv->mask & (1u << b)))
			continue;
		if (!first)
			text_puts(t, ", ");
		first = false;
		if (b < npos)
			text_printf(t, "arg%d=", b);
		else
			text_printf(t, "%s=", reg ? reg : "reg");
		s = find_string(tv, b);
		if (s)
			format_string(t, tv, b, tv->reg[b], 0, false);
		else
			text_printf(t, "0x%" PRIx64, tv->reg[b]);
	}
}

static void format_args(struct text *t, const struct vfunc *f, const struct trace_values *tv)
{
	t->len = 0;
	text_add(t, "", 0);
	if (!f->found) {
		format_raw_args(t, f->a64, tv);
		return;
	}
	for (unsigned i = 0; i < f->nparams; i++) {
		const struct vparam *p = &f->params[i];

		if (i)
			text_puts(t, ", ");
		if (p->name) {
			text_puts(t, p->name);
			text_add(t, "=", 1);
		} else {
			text_printf(t, "arg%u=", i);
		}
		if (!format_param(t, f, p, tv))
			text_puts(t, "?");
	}
}

/*
 * Where a return value of this type is (SysV): each eightbyte of a value
 * up to 16 bytes is INTEGER (rax, then rdx) unless all its fields are
 * floating point (xmm0, then xmm1). Fills img from tv; false when the
 * value is returned in memory or its registers were not recorded.
 */
static void classify(Dwarf_Die *type, unsigned off, bool sse[2], bool any[2], int depth)
{
	Dwarf_Die c, mt;

	if (depth > 8)
		return;
	switch (dwarf_tag(type)) {
	case DW_TAG_structure_type:
	case DW_TAG_class_type:
	case DW_TAG_union_type:
		if (dwarf_child(type, &c) != 0)
			return;
		do {
			if ((dwarf_tag(&c) == DW_TAG_member && !dwarf_hasattr(&c, DW_AT_external)) ||
			    dwarf_tag(&c) == DW_TAG_inheritance) {
				if (die_type(&c, &mt) && strip_type(&mt, &mt))
					classify(&mt, off + (unsigned)die_udata(&c, DW_AT_data_member_location, 0),
						 sse, any, depth + 1);
			} else if (dwarf_tag(&c) == DW_TAG_variant_part) {
				/* Rust enums with data: integer class, conservatively */
				any[0] = true;
				sse[0] = false;
				if (type_size(type) > 8) {
					any[1] = true;
					sse[1] = false;
				}
			}
		} while (dwarf_siblingof(&c, &c) == 0);
		return;
	case DW_TAG_array_type:
		any[off / 8 < 2 ? off / 8 : 1] = true;
		sse[off / 8 < 2 ? off / 8 : 1] = false;
		return;
	default: {
		unsigned k = off / 8;

		if (k > 1)
			return;
		if (!any[k]) {
			any[k] = true;
			sse[k] = is_float_type(type);
		} else if (!is_float_type(type)) {
			sse[k] = false;
		}
	}
	}
}

/* The return registers of a type: bit 0 rax, 1 rdx, 8 xmm0, 9 xmm1 (per eightbyte in regs[]). */
static uint32_t ret_regs(Dwarf_Die *type, int regs[2])
{
	uint64_t size = type_size(type);
	bool sse[2] = { true, true }, any[2] = { false, false };
	uint32_t mask = 0;
	int gpr = 0, xmm = 8;

	regs[0] = regs[1] = -1;
	if (size > 16 || size == 0)
		return dwarf_tag(type) == DW_TAG_structure_type && size > 16 ? 1 : 0;
	classify(type, 0, sse, any, 0);
	if (size <= 8)
		any[1] = false;
	for (int k = 0; k < 2; k++) {
		if (!any[k])
			continue;
		regs[k] = sse[k] ? xmm++ : gpr++;
		mask |= 1u << regs[k];
	}
	return mask;
}

static void rust_leaves(Dwarf_Die *type, unsigned off, struct leaf *l, unsigned *n, int depth)
{
	Dwarf_Die c, mt, v, vm;
	Dwarf_Attribute a;

	if (depth > 8 || *n > 2)
		return;
	switch (dwarf_tag(type)) {
	case DW_TAG_structure_type:
	case DW_TAG_union_type:
		if (dwarf_child(type, &c) != 0)
			return;
		do {
			if (dwarf_tag(&c) == DW_TAG_member) {
				if (die_type(&c, &mt) && strip_type(&mt, &mt))
					rust_leaves(&mt, off + (unsigned)die_udata(&c, DW_AT_data_member_location, 0),
						    l, n, depth + 1);
				continue;
			}
			if (dwarf_tag(&c) != DW_TAG_variant_part)
				continue;
			if (dwarf_attr(&c, DW_AT_discr, &a) && dwarf_formref_die(&a, &mt) &&
			    die_type(&mt, &vm) && strip_type(&vm, &vm))
				rust_leaves(&vm, off + (unsigned)die_udata(&mt, DW_AT_data_member_location, 0),
					    l, n, depth + 1);
			if (dwarf_child(&c, &v) != 0)
				continue;
			do {
				if (dwarf_tag(&v) != DW_TAG_variant || dwarf_child(&v, &vm) != 0)
					continue;
				do
					if (dwarf_tag(&vm) == DW_TAG_member && die_type(&vm, &mt) &&
					    strip_type(&mt, &mt))
						rust_leaves(&mt, off + (unsigned)die_udata(&vm, DW_AT_data_member_location, 0),
							    l, n, depth + 1);
				while (dwarf_siblingof(&vm, &vm) == 0);
			} while (dwarf_siblingof(&v, &v) == 0);
		} while (dwarf_siblingof(&c, &c) == 0);
		return;
	case DW_TAG_array_type:
		*n = 3; /* an aggregate: not a pair */
		return;
	default: {
		unsigned size = (unsigned)type_size(type);
		unsigned i;

		if (!size)
			return; /* a zero-sized field (PhantomData, ()) */
		for (i = 0; i < *n; i++)
			if (l[i].off == off) {
				if (size > l[i].size)
					l[i].size = size;
				l[i].sse = l[i].sse && is_float_type(type);
				return;
			}
		if (*n < 3)
			l[(*n)++] = (struct leaf){ off, size, is_float_type(type) };
		else
			*n = 3;
	}
	}
}

/*
 * A Rust value made of two scalars (a ScalarPair: &str, Option<u32>,
 * (i32, f64)) returns each scalar in its own register, whatever the memory
 * layout: the first in rax or xmm0, the second in rdx, xmm0 or xmm1.
 */
static bool rust_pair(Dwarf_Die *type, struct leaf out[2])
{
	struct leaf l[3];
	unsigned n = 0;

	rust_leaves(type, 0, l, &n, 0);
	if (n != 2)
		return false;
	if (l[0].off > l[1].off) {
		struct leaf x = l[0];

		l[0] = l[1];
		l[1] = x;
	}
	if (l[0].off + l[0].size > l[1].off || l[1].off + l[1].size > VAL_MAX || l[1].size > 8)
		return false;
	out[0] = l[0];
	out[1] = l[1];
	return true;
}

/* The image of a scalar pair l[2] from tv; false when a register was not recorded. */
static bool rust_pair_image(const struct leaf l[2], struct image *img,
			    const struct trace_values *tv)
{
	int gpr = 0, xmm = 8;

	memset(img, 0, sizeof(*img));
	img->ok = true;
	img->size = (uint8_t)(l[1].off + l[1].size);
	for (int k = 0; k < 2; k++) {
		int r = l[k].sse ? xmm++ : gpr++;

		if (!(tv->mask & (1u << r)))
			return false;
		for (unsigned i = 0; i < l[k].size; i++) {
			img->b[l[k].off + i] = (uint8_t)(tv->reg[r] >> (8 * i));
			img->known[l[k].off + i] = true;
		}
	}
	return true;
}

static uint32_t rust_pair_mask(Dwarf_Die *type)
{
	struct leaf l[3];
	unsigned n = 0;

	rust_leaves(type, 0, l, &n, 0);
	if (n != 2)
		return 0;
	if (l[0].sse && l[1].sse)
		return 1u << 8 | 1u << 9;
	if (l[0].sse || l[1].sse)
		return 1u | 1u << 8;
	return 1u | 1u << 1;
}

/*
 * The return registers of a type on AArch64 (AAPCS64): a floating-point
 * scalar in v0; a homogeneous floating-point aggregate (members of one
 * float type) has member k in v_k: up to two are known (v0 and v1 are
 * recorded), *piece their size; anything else up to 16 bytes in x0, then
 * x1; larger values in memory, at the address x8 held at entry (not a
 * return register): none.
 */
static uint32_t ret_regs_a64(Dwarf_Die *type, int regs[2], uint8_t *piece)
{
	uint64_t size = type_size(type);
	struct leaf l[3];
	unsigned n = 0;
	uint32_t mask = 0;

	regs[0] = regs[1] = -1;
	*piece = 8;
	if (size > 16 || size == 0)
		return 0;
	rust_leaves(type, 0, l, &n, 0);
	if (n >= 1 && n <= 2 && l[0].sse && (n == 1 || (l[1].sse && l[1].size == l[0].size))) {
		if (n == 2 && l[0].off > l[1].off) {
			struct leaf x = l[0];

			l[0] = l[1];
			l[1] = x;
		}
		if (l[0].off == 0 && (n == 1 || l[1].off == l[0].size) &&
		    (uint64_t)n * l[0].size == size) {
			*piece = (uint8_t)l[0].size;
			for (unsigned k = 0; k < n; k++) {
				regs[k] = 8 + (int)k;
				mask |= 1u << regs[k];
			}
			return mask;
		}
	}
	if (n == 3) { /* more than two leaves: floats only is an HFA beyond v1 */
		bool sse[2] = { true, true }, any[2] = { false, false };

		classify(type, 0, sse, any, 0);
		if ((!any[0] || sse[0]) && (!any[1] || sse[1]))
			return 0;
	}
	regs[0] = 0;
	mask = 1;
	if (size > 8) {
		regs[1] = 1;
		mask |= 2;
	}
	return mask;
}

/* Where f's return value is (once per function: DWARF is read here only). */
static void ret_plan(struct vfunc *f)
{
	f->ret_planned = true;
	if (!f->found || !f->has_ret)
		return;
	vtype_init(&f->ret_vt, &f->ret);
	f->ret_size = type_size(&f->ret);
	f->ret_pair = f->rust && rust_pair(&f->ret, f->ret_leaf);
	/* AArch64: only a pair of integers is known to come back in x0, x1 */
	if (f->ret_pair && f->a64 && (f->ret_leaf[0].sse || f->ret_leaf[1].sse))
		f->ret_pair = false;
	f->ret_piece = 8;
	if (f->a64)
		ret_regs_a64(&f->ret, f->ret_reg, &f->ret_piece);
	else
		ret_regs(&f->ret, f->ret_reg);
}

static void format_ret(struct text *t, struct vfunc *f, const struct trace_values *tv)
{
	struct image img = { .ok = true };

	t->len = 0;
	text_add(t, "", 0);
	if (!f->ret_planned)
		ret_plan(f);
	if (!f->found || !f->has_ret) {
		if (!f->found && (tv->mask & 1))
			text_hex(t, tv->reg[0]);
		else if (!f->found && (tv->mask & (1u << 8)))
			text_printf(t, "%s=0x%" PRIx64, ffile_reg_name(f->a64, 1, 8), tv->reg[8]);
		return; /* void: empty */
	}
	if (f->ret_pair) {
		if (!rust_pair_image(f->ret_leaf, &img, tv))
			text_puts(t, "?");
		else
			format_value(t, &f->ret_vt, &f->ret, &img, tv);
		return;
	}
	if (f->ret_size > 16) { /* in memory; rax holds its address (not AArch64's x0) */
		if ((tv->mask & 1) && !f->a64)
			format_in_memory(t, &f->ret, tv->reg[0]);
		else
			text_puts(t, "?");
		return;
	}
	for (int k = 0; k < 2 && f->ret_reg[k] >= 0; k++) {
		if (!(tv->mask & (1u << f->ret_reg[k]))) {
			text_puts(t, "?");
			return;
		}
		image_put(&img, tv->reg[f->ret_reg[k]], f->ret_piece, -1);
	}
	if (!img.size) {
		text_puts(t, "?");
		return;
	}
	format_value(t, &f->ret_vt, &f->ret, &img, tv);
}

/*
 * The function of id func in t, from a small cache by (module path,
 * address) in front of func_get(): a call's text costs no module search.
 */
static struct vfunc *func_of(struct values *v, const struct trace *t, uint32_t func)
{
	const struct trace_module *tm = trace_func_module(t, func);
	struct vcached *c;
	uint64_t vaddr;

	if (!tm || !tm->path || !*tm->path || func - tm->id_base >= tm->nfuncs)
		return NULL;
	vaddr = tm->func_vaddr[func - tm->id_base];
	c = &v->cache[(vaddr ^ vaddr >> 12 ^ (uintptr_t)tm->path >> 4) & (VCACHE - 1)];
	if (c->f && c->vaddr == vaddr && !strcmp(c->path, tm->path))
		return c->f;
	c->f = func_get(v, tm->path, tm->build_id, tm->build_id_len, vaddr);
	c->vaddr = vaddr;
	c->path = c->f->path;
	return c->f;
}

static struct vfunc no_dwarf;

/* The argument (ret false) or return value text of f (NULL: no DWARF) for tv. */
static const char *text_of(struct values *v, struct vfunc *f,
			   const struct trace_values *tv, bool ret)
{
	if (!tv)
		return NULL;
	if (!f)
		f = &no_dwarf;
	if (ret)
		format_ret(&v->out, f, tv);
	else
		format_args(&v->out, f, tv);
	return v->out.buf;
}

const char *values_args_text(struct values *v, const struct trace *t, uint32_t func,
			     const struct trace_values *tv)
{
	return tv ? text_of(v, func_of(v, t, func), tv, false) : NULL;
}

const char *values_ret_text(struct values *v, const struct trace *t, uint32_t func,
			    const struct trace_values *tv)
{
	return tv ? text_of(v, func_of(v, t, func), tv, true) : NULL;
}

const char *values_args_text_at(struct values *v, const char *module_path, uint64_t vaddr,
				const struct trace_values *tv)
{
	return tv ? text_of(v, func_get(v, module_path, NULL, 0, vaddr), tv, false) : NULL;
}

const char *values_ret_text_at(struct values *v, const char *module_path, uint64_t vaddr,
			       const struct trace_values *tv)
{
	return tv ? text_of(v, func_get(v, module_path, NULL, 0, vaddr), tv, true) : NULL;
}

const char *values_arg_text(struct values *v, const struct trace *t, uint32_t func,
			    const struct trace_values *tv, const char *name)
{
	const struct vfunc *f;

	if (!tv)
		return NULL;
	f = func_of(v, t, func);
	if (!f || !f->found) {
		/* "arg0".."arg5" (AArch64: "arg7") name the raw registers */
		if (!strncmp(name, "arg", 3) && name[3] >= '0' &&
		    name[3] <= (f && f->a64 ? '7' : '5') && !name[4] &&
		    (tv->mask & (1u << (name[3] - '0')))) {
			v->out.len = 0;
			text_printf(&v->out, "0x%" PRIx64, tv->reg[name[3] - '0']);
			return v->out.buf;
		}
		return NULL;
	}
	for (unsigned i = 0; i < f->nparams; i++) {
		if (!f->params[i].name || strcmp(f->params[i].name, name))
			continue;
		v->out.len = 0;
		text_add(&v->out, "", 0);
		if (!format_param(&v->out, f, &f->params[i], tv))
			text_puts(&v->out, "?");
		return v->out.buf;
	}
	return NULL;
}

int values_has_param(struct values *v, const struct trace *t, uint32_t func, const char *name)
{
	const struct vfunc *f = func_of(v, t, func);

	if (!f || !f->found)
		return -1;
	for (unsigned i = 0; i < f->nparams; i++)
		if (f->params[i].name && !strcmp(f->params[i].name, name))
			return 1;
	return 0;
}

/* ---- planning ---- */

/* The plan of f (found in its module's DWARF) into out. */
static void plan_of(const struct vfunc *f, struct values_plan *out)
{
	out->a64 = f->a64;
	for (unsigned i = 0; i < f->nparams; i++) {
		const struct vparam *p = &f->params[i];
		struct eval e = { .need_regs = true, .a64 = f->a64 };
		struct image img = { .ok = true };
		uint64_t r;
		unsigned po, lo;
		bool evaluated = p->expr && eval_expr(&e, (Dwarf_Attribute *)&p->loc, p->expr,
						       p->nexpr, &img, &r, 0);

		if (!evaluated && p->abi_reg >= 0) {
			e.used |= 1u << p->abi_reg;
			image_put(&img, 0, 8, p->abi_reg);
			if (p->abi_reg2 >= 0) {
				e.used |= 1u << p->abi_reg2;
				image_put(&img, 0, 8, p->abi_reg2);
			}
			evaluated = true;
		}
		out->arg_mask |= e.used;
		if (!evaluated || !p->has_type || out->nstr == 8)
			continue;
		if (is_char_pointer((Dwarf_Die *)&p->type) && img_reg(&img, 0) >= 0) {
			out->str[out->nstr].reg = (uint8_t)img_reg(&img, 0);
			out->str[out->nstr++].len_reg = VALUES_STR_NUL;
		} else if (is_rust_slice((Dwarf_Die *)&p->type, &po, &lo) && img_reg(&img, po) >= 0 &&
			   img_reg(&img, lo) >= 0) {
			out->str[out->nstr].reg = (uint8_t)img_reg(&img, po);
			out->str[out->nstr++].len_reg = (uint8_t)img_reg(&img, lo);
		}
	}
	if (f->has_ret) {
		int regs[2];
		uint8_t piece;

		out->ret_mask = f->rust ? rust_pair_mask((Dwarf_Die *)&f->ret) : 0;
		if (f->a64 && (out->ret_mask & 0x300))
			out->ret_mask = 0; /* a pair with a float: not known there */
		if (!out->ret_mask)
			out->ret_mask = f->a64 ? ret_regs_a64((Dwarf_Die *)&f->ret, regs, &piece)
					       : ret_regs((Dwarf_Die *)&f->ret, regs);
	}
}

/*
 * values_plan() on v, which keeps the module open for the next function
 * of the same file.
 */
static int plan_in(struct values *v, const char *module_path, uint64_t func_vaddr,
		   struct values_plan *out)
{
	struct vmodule *m;
	const struct vfunc *f;
	struct stat st;

	memset(out, 0, sizeof(*out));
	if (stat(module_path, &st) != 0)
		return error("cannot open '%s': %s", module_path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return error("cannot open '%s': not a regular file", module_path);
	m = module_open(v, module_path, NULL, 0);
	if (!m->dwfl)
		return error("cannot read '%s' as an ELF file", module_path);
	f = func_get(v, module_path, NULL, 0, func_vaddr);
	if (!f->found) {
		out->a64 = f->a64;
		out->arg_mask = f->a64 ? 0xff : 0x3f;
		out->ret_mask = 1u | 1u << 1 | 1u << 8;
		return 1;
	}
	plan_of(f, out);
	return 0;
}

int values_plan(const char *module_path, uint64_t func_vaddr, struct values_plan *out)
{
	struct values *v = values_new(NULL);
	int ret = plan_in(v, module_path, func_vaddr, out);

	values_free(v);
	return ret;
}

/* ---- filter files (sftrace filter --args, record -A) ---- */

int values_name_matches(struct regex_set *s, const struct xfunc *f)
{
	for (size_t k = 0; k < f->nnames; k++)
		if (regex_set_match(s, f->raw[k]) ||
		    (f->demangled[k] != f->raw[k] && regex_set_match(s, f->demangled[k])))
			return 1;
	return 0;
}

struct values_func_plan *values_plan_object(const struct xobject *o, size_t *nknown)
{
	struct values_func_plan *plans = xcalloc(o->nfuncs + 1, sizeof(*plans));
	struct values *v = values_new(NULL);

	*nknown = 0;
	for (size_t i = 0; i < o->nfuncs; i++) {
		int rc;

		if (!(o->funcs[i].flags & (FFILE_ARGS | FFILE_RETVAL)))
			continue;
		rc = plan_in(v, o->realpath, o->funcs[i].vaddr, &plans[i].plan);
		if (rc < 0) {
			free(plans);
			plans = NULL;
			break;
		}
		plans[i].known = rc == 0;
		*nknown += rc == 0;
	}
	values_free(v);
	return plans;
}

/* A register list of a values line: "rdi,rsi", or "-" for none. */
static void put_regs(FILE *f, int a64, int ret, uint32_t mask)
{
	const char *sep = "";

	if (!mask)
		fputc('-', f);
	for (unsigned b = 0; b < 16; b++) {
		const char *name = ffile_reg_name(a64, ret, b);
		if ((mask & (1u << b)) && name) {
			fprintf(f, "%s%s", sep, name);
			sep = ",";
		}
	}
}

static void put_values(FILE *f, uint64_t vaddr, const struct values_plan *p, unsigned flags)
{
	fprintf(f, "values 0x%" PRIx64, vaddr);
	if (flags & FFILE_ARGS) {
		fputs(" args=", f);
		put_regs(f, p->a64, 0, p->arg_mask);
	}
	if (flags & FFILE_RETVAL) {
		fputs(" ret=", f);
		put_regs(f, p->a64, 1, p->ret_mask);
	}
	for (unsigned i = 0; (flags & FFILE_ARGS) && i < p->nstr && i < FFILE_MAX_STRINGS; i++) {
		const char *ptr = ffile_reg_name(p->a64, 0, p->str[i].reg);
		const char *len = ffile_reg_name(p->a64, 0, p->str[i].len_reg);

		if (!ptr)
			continue;
		if (p->str[i].len_reg == VALUES_STR_NUL)
			fprintf(f, " str=%s", ptr);
		else if (len)
			fprintf(f, " slice=%s:%s", ptr, len);
	}
	fputc('\n', f);
}

void values_write_module(FILE *f, const struct xobject *o, const struct values_func_plan *plans)
{
	fputs("module ", f);
	for (size_t i = 0; i < o->build_id_len; i++)
		fprintf(f, "%02x", o->build_id[i]);
	if (!o->build_id_len)
		fputc('-', f);
	fprintf(f, " %s\n", o->realpath);
	for (size_t i = 0; i < o->nfuncs; i++) {
		const struct xfunc *fn = &o->funcs[i];
		if (!fn->flags)
			continue;
		fprintf(f, "0x%" PRIx64 " %s%s%s", fn->vaddr,
			fn->flags & FFILE_EXCLUDE ? "x" : fn->flags & FFILE_SUBTREE ? "s" : "i",
			fn->flags & FFILE_ARGS ? "a" : "", fn->flags & FFILE_RETVAL ? "r" : "");
		if (fn->nnames)
			fprintf(f, " %s", fn->demangled[0]);
		fputc('\n', f);
		if (plans && plans[i].known)
			put_values(f, fn->vaddr, &plans[i].plan, fn->flags);
	}
}
