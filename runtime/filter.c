/*
 * Filters (docs/filter.md): which functions are patched, and per event
 * whether it is written.
 *
 * Setup (rt_filter_setup, once) reads SFTRACE_FILTER (a filter file,
 * parsed by common/filter-file.c into per-module tables sorted by address)
 * or SFTRACE_FILTER_REGEX / SFTRACE_FILTER_EXCLUDE (PCRE2, loaded with
 * dlopen only then, so an unfiltered run does not depend on it). For each
 * module (rt_filter_module, at setup and inside dlopen, rt_lock held) the
 * decisions become bits of the module's function flag bytes; with regexes
 * the module's ELF symbol table is read from its file by hand (an mmap
 * and a walk over Elf64 structures, every offset checked against the file
 * size). These run outside the hot path, so malloc is fine there.
 *
 * The hot path (rt_filter_event) keeps, per thread, its own stack of the
 * open calls of patched functions, each entry the function id with mark
 * bits (recorded, subtree root, excluded), and three counters derived
 * from it (open roots, open excluded calls, open recorded calls). An exit
 * is written exactly when its entry was. An exit whose id is not on top
 * (an exception or longjmp skipped exits) pops down to it, undoing the
 * marks of the skipped frames, as the log reader does. The stack is an
 * anonymous mapping made on a thread's first event with a raw mmap system
 * call: the handler may not call libc (no vector registers, no caller-saved
 * registers); it is unmapped when the thread exits. Only settings that
 * need it (subtree roots, exclusions, a maximum depth, a minimum duration)
 * make the hot path look at an event at all.
 *
 * Minimum duration (XRay FDR's rewind): each recorded entry notes where it
 * will be written and the decoder registers before it, in a small ring of
 * the innermost consecutive entries. On a short call's exit, if the last
 * bytes of the current block are exactly that entry record, the entry is
 * erased instead of writing the exit. The erase follows the writers'
 * protocol (record.c): reserve behind the entry with a cmpxchg (which also
 * proves nothing was written since), zero the entry tag byte first, then
 * move wp back with a second cmpxchg; if a signal handler's NESTED records
 * landed behind the reservation meanwhile, the erased bytes become PAD
 * records instead. Bytes past wp are therefore always zero, as the reader
 * of a log cut short by a crash expects.
 */
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "arch.h"
#include "common/filter-file.h"
#include "common/xray-map.h"
#include "runtime/internal.h"

/* Function flag bits beyond RT_FUNC_PATCH and RT_FUNC_SUBTREE. */
#define FLT_INCLUDE 0x4u
#define FLT_EXCLUDE 0x8u

/* Marks in the top byte of a filter stack entry (ids are < 2^24). */
#define FLT_ID_MASK (RT_MAX_FUNCS - 1)
#define FLT_MARK_REC (1u << 24)
#define FLT_MARK_ROOT (1u << 25)
#define FLT_MARK_EXCL (1u << 26)
#define FLT_STACK_CAP 65536u

uint8_t *rt_func_flags;
int rt_filters_active;

/* libiberty's demangler when linked into the runtime (weak: optional). */
extern char *cplus_demangle(const char *mangled, int options) __attribute__((weak));
#define FLT_DMGL_PARAMS (1 << 0)
#define FLT_DMGL_ANSI (1 << 1)

struct flt_func {
	uint64_t vaddr;
	unsigned flags; /* FFILE_* */
	int vspec;	/* values spec index (values.c) of a marked function, 0: default */
	struct ffile_values *vals; /* its values line, until setup ends; NULL: none */
};

struct flt_module {
	uint8_t build_id[FFILE_MAX_BUILD_ID];
	size_t build_id_len;
	char *path; /* as in the file */
	struct flt_func *funcs;
	size_t n, alloc;
};

/* PCRE2 entry points, resolved from libpcre2-8.so.0 with dlsym. */
struct flt_pcre {
	void *(*compile)(const unsigned char *, size_t, uint32_t, int *, size_t *, void *);
	int (*match)(const void *, const unsigned char *, size_t, size_t, uint32_t, void *, void *);
	void *(*md_create)(uint32_t, void *);
	int (*error_message)(int, unsigned char *, size_t);
};

/* The compiled regexes of one environment variable. */
struct flt_regexes {
	size_t n;
	void *re[];
};

static struct {
	const char *file; /* SFTRACE_FILTER */
	struct flt_module *mods;
	size_t nmods, alloc;
	int has_subtree;  /* some function is a subtree root: patch everything */
	int has_exclude;  /* some function is excluded */
	int regex_subtree; /* SFTRACE_FILTER_SUBTREE */
	struct flt_regexes *inc, *exc; /* compiled regexes (NULL: none) */
	struct flt_regexes *vargs, *vret; /* SFTRACE_ARGS_REGEX, SFTRACE_RETVAL_REGEX */
	void *md;	   /* pcre2 match data */
	struct flt_pcre pcre;
	struct ffile_settings set;
} flt;

/* SFTRACE_VALUES_FILE: the values specs record -A/-R planned (docs/filter.md). */
static struct flt_module *flt_vmods;
static size_t flt_nvmods;

/* Read by the hot path. */
static int flt_hot;		/* any per-event decision needed */
static uint32_t flt_max_depth;	/* 0: none */
static uint64_t flt_min_ticks;	/* minimum duration in log clock units; 0: none */

/* A recorded entry that may still be erased (minimum duration). */
struct flt_pending {
	uint8_t *start;	    /* where its record begins; NULL: at the next block's payload */
	uint64_t prev_base; /* decoder registers before it */
	uint64_t time;	    /* when it happened (log clock) */
	uint32_t prev_last;
	uint32_t id;
	uint32_t seq; /* rt_self.seq then: identifies the block */
};
#define FLT_PENDING 64u /* a power of two */

struct flt_thread {
	uint32_t *stack; /* [FLT_STACK_CAP], NULL until the first event; MAP_FAILED: none */
	uint32_t depth;	 /* open calls, may exceed FLT_STACK_CAP */
	uint32_t roots, excl, recorded;
	uint32_t tail;	    /* marks a tail call left for the next entry (its callee) */
	uint32_t tail_from; /* the function that made that tail call */
	struct flt_pending *pending; /* [FLT_PENDING] ring, in the stack's mapping */
	uint32_t phead, pcount;	     /* next slot, entries held (<= FLT_PENDING) */
};
static __thread struct flt_thread flt_self __attribute__((tls_model("initial-exec")));

/* --- setup ---------------------------------------------------------------- */

static int parse_env_u64(const char *name, uint64_t *out)
{
	const char *s = getenv(name);
	char *end;
	unsigned long long v;

	if (!s || !*s)
		return 0;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || *end || *s == '-') {
		rt_warn("%s='%s' is not a decimal number; not tracing", name, s);
		return -EINVAL;
	}
	*out = v;
	return 1;
}

static int file_module(void *ctx, const uint8_t *id, size_t idn, const char *path, size_t len)
{
	struct flt_module *m;

	/* A module may appear once (docs/filter.md). */
	for (size_t i = 0; i < flt.nmods; i++)
		if (idn ? flt.mods[i].build_id_len == idn && !memcmp(flt.mods[i].build_id, id, idn)
			: !flt.mods[i].build_id_len && strlen(flt.mods[i].path) == len &&
				  !memcmp(flt.mods[i].path, path, len))
			return -EEXIST;
	if (flt.nmods == flt.alloc) {
		size_t na = flt.alloc ? flt.alloc * 2 : 8;
		void *p = realloc(flt.mods, na * sizeof(*flt.mods));
		if (!p)
			return -ENOMEM;
		flt.mods = p;
		flt.alloc = na;
	}
	m = &flt.mods[flt.nmods];
	memset(m, 0, sizeof(*m));
	memcpy(m->build_id, id, idn);
	m->build_id_len = idn;
	if (!(m->path = strndup(path, len)))
		return -ENOMEM;
	flt.nmods++;
	return 0;
}

static int file_func(void *ctx, uint64_t vaddr, unsigned flags)
{
	struct flt_module *m = &flt.mods[flt.nmods - 1];

	if (m->n == m->alloc) {
		size_t na = m->alloc ? m->alloc * 2 : 64;
		void *p = realloc(m->funcs, na * sizeof(*m->funcs));
		if (!p)
			return -ENOMEM;
		m->funcs = p;
		m->alloc = na;
	}
	m->funcs[m->n].vaddr = vaddr;
	m->funcs[m->n].flags = flags;
	m->funcs[m->n].vspec = 0;
	m->funcs[m->n].vals = NULL;
	m->n++;
	if (flags & (FFILE_ARGS | FFILE_RETVAL))
		rt_values_active = 1;
	if (flags & FFILE_SUBTREE)
		flt.has_subtree = 1;
	if (flags & FFILE_EXCLUDE)
		flt.has_exclude = 1;
	return 0;
}

/* A values line: kept with its function (the last one of that address). */
static int file_values(void *ctx, const struct ffile_values *v)
{
	struct flt_module *m = &flt.mods[flt.nmods - 1];

	for (size_t i = m->n; i-- > 0;)
		if (m->funcs[i].vaddr == v->vaddr) {
			if (!m->funcs[i].vals && !(m->funcs[i].vals = malloc(sizeof(*v))))
				return -ENOMEM;
			*m->funcs[i].vals = *v;
			return 0;
		}
	return 0; /* a function the file does not list: nothing to record */
}

/* The values specs of the file's marked functions (after parsing: the
 * string size may come after the values lines). */
static int file_specs(void)
{
	uint64_t size = flt.set.string_size ? flt.set.string_size : FFILE_DEFAULT_STRING_SIZE;

	for (size_t i = 0; i < flt.nmods; i++)
		for (size_t k = 0; k < flt.mods[i].n; k++) {
			struct flt_func *f = &flt.mods[i].funcs[k];
			const struct ffile_values *v = f->vals;
			struct rt_vspec sp;
			int idx;

			if (!v || !(f->flags & (FFILE_ARGS | FFILE_RETVAL)))
				continue;
			memset(&sp, 0, sizeof(sp));
			sp.args_mask = v->has_args ? v->args_mask : rt_vspecs[0].args_mask;
			sp.ret_mask = v->has_ret ? v->ret_mask : rt_vspecs[0].ret_mask;
			sp.str_size = (uint16_t)(size > FMT_STR_MAX ? FMT_STR_MAX : size);
			for (unsigned j = 0; j < v->nstr && j < RT_VSTR_MAX; j++) {
				sp.str[j].reg = v->str[j].reg;
				sp.str[j].len_reg = v->str[j].len_reg;
			}
			sp.nstr = (uint8_t)(v->nstr < RT_VSTR_MAX ? v->nstr : RT_VSTR_MAX);
			if (!sp.nstr)
				sp.str_size = 0;
			if ((idx = rt_values_add_spec(&sp)) < 0)
				return idx;
			f->vspec = idx;
			free(f->vals);
			f->vals = NULL;
		}
	return 0;
}

static int cmp_func(const void *a, const void *b)
{
	const struct flt_func *x = a, *y = b;
	return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

/* strerror() without its buffer (setup only, never in the hot path). */
static const char *errno_text(int e)
{
	const char *s = strerrordesc_np(e);

	return s ? s : "unknown error";
}

/* read_file(): the path is not a regular file (a FIFO would block the program). */
#define EFTYPE_NOTREG (-4096)

/*
 * Read the whole file into a malloc'ed buffer. Returns 0, a negative
 * errno, or EFTYPE_NOTREG.
 */
static int read_file(const char *path, char **buf, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), err = 0;
	struct stat st;
	size_t got = 0;

	if (fd < 0)
		return -errno;
	if (fstat(fd, &st)) {
		err = -errno;
		goto out;
	}
	if (S_ISDIR(st.st_mode)) {
		err = -EISDIR;
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		err = EFTYPE_NOTREG;
		goto out;
	}
	*buf = malloc((size_t)st.st_size + 1);
	if (!*buf) {
		err = -ENOMEM;
		goto out;
	}
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, *buf + got, (size_t)st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			err = n < 0 ? -errno : -EIO;
			free(*buf);
			*buf = NULL;
			goto out;
		}
		got += (size_t)n;
	}
	*len = got;
out:
	close(fd);
	return err;
}

static int load_file(const char *path)
{
	struct ffile_ops ops = { NULL, file_module, file_func, file_values };
	struct ffile_error perr = { 0, NULL };
	char *buf = NULL;
	size_t len = 0;
	int err = read_file(path, &buf, &len);

	if (err == EFTYPE_NOTREG) {
		rt_warn("filter '%s' is not a regular file; not tracing", path);
		return -EINVAL;
	}
	if (err) {
		rt_warn("cannot read filter '%s': %s; not tracing", path, errno_text(-err));
		return err;
	}
	err = ffile_parse(buf, len, &flt.set, &ops, &perr);
	free(buf);
	if (err == -1 && perr.msg) {
		if (perr.line)
			rt_warn("filter '%s' line %u: %s; not tracing", path, perr.line, perr.msg);
		else
			rt_warn("filter '%s': %s; not tracing", path, perr.msg);
		return -EINVAL;
	}
	if (err == -EEXIST) {
		rt_warn("filter '%s' lists a module twice; not tracing", path);
		return -EINVAL;
	}
	if (err) {
		rt_warn("cannot load filter '%s': %s; not tracing", path, errno_text(-err));
		return err;
	}
	for (size_t i = 0; i < flt.nmods; i++)
		qsort(flt.mods[i].funcs, flt.mods[i].n, sizeof(*flt.mods[i].funcs), cmp_func);
	if ((err = file_specs())) {
		rt_warn("cannot load filter '%s': %s; not tracing", path, errno_text(-err));
		return err;
	}
	return 0;
}

/*
 * A values file (SFTRACE_VALUES_FILE, made by record -A/-R): a filter
 * file read for its marked functions' specs only; it selects nothing
 * else and leaves modules it does not list alone. Parsed like a filter
 * file, then moved out of flt, which the filter file proper uses.
 */
static int load_values_file(const char *path)
{
	int err;

	if (!path || !*path)
		return 0;
	if ((err = load_file(path)))
		return err;
	flt_vmods = flt.mods;
	flt_nvmods = flt.nmods;
	flt.mods = NULL;
	flt.nmods = flt.alloc = 0;
	memset(&flt.set, 0, sizeof(flt.set));
	return 0;
}

/*
 * Compile the regexes of an environment variable, one per line (a line
 * break never occurs in a symbol name), each on its own: joining them
 * into one alternation would renumber backreferences and let a (?x)
 * comment swallow the ones after it. Empty lines are skipped. Returns a
 * list, NULL when there is no regex, or MAP_FAILED after saying why.
 */
static struct flt_regexes *compile_regexes(const char *env, const char *patterns)
{
	struct flt_regexes *l;
	size_t n = 1;

	for (const char *p = patterns; *p; p++)
		n += *p == '\n';
	l = calloc(1, sizeof(*l) + n * sizeof(void *));
	if (!l)
		return MAP_FAILED;
	for (const char *p = patterns, *e; *p; p = *e ? e + 1 : e) {
		int code;
		size_t off, len;

		e = strchr(p, '\n');
		if (!e)
			e = p + strlen(p);
		len = (size_t)(e - p);
		if (!len)
			continue;
		/* PCRE2_UTF | PCRE2_MATCH_INVALID_UTF */
		l->re[l->n] = flt.pcre.compile((const unsigned char *)p, len,
					       0x00080000u | 0x04000000u, &code, &off, NULL);
		if (!l->re[l->n]) {
			unsigned char msg[256];
			if (flt.pcre.error_message(code, msg, sizeof(msg)) < 0)
				strcpy((char *)msg, "unknown error");
			char *pat = strndup(p, len);
			rt_warn("bad regex '%s' in %s: %s at offset %zu; not tracing",
				pat ? pat : "?", env, (const char *)msg, off);
			free(pat);
			free(l); /* the compiled ones are lost: tracing stops anyway */
			return MAP_FAILED;
		}
		l->n++;
	}
	if (!l->n) {
		free(l);
		return NULL;
	}
	return l;
}

static int load_pcre(void)
{
	void *lib;

	if (flt.pcre.compile)
		return 0;
	if (!(lib = dlopen("libpcre2-8.so.0", RTLD_NOW | RTLD_LOCAL))) {
		rt_warn("name filters need libpcre2-8.so.0, which cannot be loaded (%s); not tracing",
			dlerror());
		return -ENOENT;
	}
	flt.pcre.compile = dlsym(lib, "pcre2_compile_8");
	flt.pcre.match = dlsym(lib, "pcre2_match_8");
	flt.pcre.md_create = dlsym(lib, "pcre2_match_data_create_8");
	flt.pcre.error_message = dlsym(lib, "pcre2_get_error_message_8");
	if (!flt.pcre.compile || !flt.pcre.match || !flt.pcre.md_create ||
	    !flt.pcre.error_message) {
		flt.pcre.compile = NULL;
		rt_warn("libpcre2-8.so.0 lacks the functions name filters need; not tracing");
		return -ENOENT;
	}
	return 0;
}

static int load_regexes(const char *inc, const char *exc, const char *vargs, const char *vret)
{
	int err = load_pcre();

	if (err)
		return err;
	{
		const struct {
			const char *env, *patterns;
			struct flt_regexes **out;
		} lists[] = {
			{ "SFTRACE_FILTER_REGEX", inc, &flt.inc },
			{ "SFTRACE_FILTER_EXCLUDE", exc, &flt.exc },
			{ "SFTRACE_ARGS_REGEX", vargs, &flt.vargs },
			{ "SFTRACE_RETVAL_REGEX", vret, &flt.vret },
		};
		for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
			if (!lists[i].patterns)
				continue;
			*lists[i].out = compile_regexes(lists[i].env, lists[i].patterns);
			if (*lists[i].out == MAP_FAILED) {
				*lists[i].out = NULL;
				return -EINVAL;
			}
		}
	}
	if (flt.vargs || flt.vret)
		rt_values_active = 1;
	if (!flt.md && !(flt.md = flt.pcre.md_create(1, NULL)))
		return -ENOMEM;
	if (flt.exc)
		flt.has_exclude = 1;
	if (!cplus_demangle)
		rt_debug("no demangler linked in: name filters match raw symbol names only");
	return 0;
}

/*
 * ns in the log's clock: ns itself, or TSC ticks at the calibrated
 * frequency (clock.c; integer arithmetic: this file is built without
 * vector registers). Done only when
 * a minimum duration is set, at the first instrumented module: the
 * processes of a traced tree that have none (shells, package managers)
 * must not pay for it at startup.
 */
static uint64_t flt_ticks(uint64_t ns)
{
	uint64_t hz;
	unsigned __int128 ticks;

	if (rt_cfg.clock_ns || !(hz = rt_clock_hz()))
		return ns;
	ticks = (unsigned __int128)ns * hz / 1000000000u;
	return ticks > UINT64_MAX ? UINT64_MAX : (uint64_t)(ticks ? ticks : 1);
}

int rt_filter_setup(void)
{
	const char *file = getenv("SFTRACE_FILTER");
	const char *inc = getenv("SFTRACE_FILTER_REGEX");
	const char *exc = getenv("SFTRACE_FILTER_EXCLUDE");
	const char *sub = getenv("SFTRACE_FILTER_SUBTREE");
	const char *vargs = getenv("SFTRACE_ARGS_REGEX");
	const char *vret = getenv("SFTRACE_RETVAL_REGEX");
	uint64_t depth = 0, dur = 0;
	int have_depth, have_dur, err;

	memset(&flt, 0, sizeof(flt));
	if ((have_depth = parse_env_u64("SFTRACE_FILTER_MAX_DEPTH", &depth)) < 0)
		return have_depth;
	if ((have_dur = parse_env_u64("SFTRACE_FILTER_MIN_DURATION", &dur)) < 0)
		return have_dur;
	if ((err = load_values_file(getenv("SFTRACE_VALUES_FILE"))))
		return err;
	if (file && !*file)
		file = NULL;
	if (inc && !*inc)
		inc = NULL;
	if (exc && !*exc)
		exc = NULL;
	if (vargs && !*vargs)
		vargs = NULL;
	if (vret && !*vret)
		vret = NULL;
	flt.regex_subtree = sub && *sub && strcmp(sub, "0");
	if (!file && !inc && !exc && !flt.regex_subtree && !depth && !dur) {
		/* Values alone mark functions; no filter runs on the hot path. */
		if ((vargs || vret) && (err = load_regexes(NULL, NULL, vargs, vret)))
			return err;
		return 0;
	}
	if (file && (inc || exc)) {
		rt_warn("SFTRACE_FILTER and name filters (SFTRACE_FILTER_REGEX/EXCLUDE) cannot be "
			"combined; not tracing");
		return -EINVAL;
	}
	if (file) {
		flt.file = file;
		if ((err = load_file(file)))
			return err;
		if ((vargs || vret) && (err = load_regexes(NULL, NULL, vargs, vret)))
			return err;
		if (flt.regex_subtree)
			for (size_t i = 0; i < flt.nmods; i++)
				for (size_t k = 0; k < flt.mods[i].n; k++)
					if (flt.mods[i].funcs[k].flags & FFILE_INCLUDE) {
						flt.mods[i].funcs[k].flags |= FFILE_SUBTREE;
						flt.has_subtree = 1;
					}
	} else if ((inc || exc || vargs || vret) && (err = load_regexes(inc, exc, vargs, vret))) {
		return err;
	}
	if (!file && flt.regex_subtree)
		flt.has_subtree = 1;
	if (have_depth > 0)
		flt.set.max_depth = depth;
	if (have_dur > 0)
		flt.set.min_duration_ns = dur;
	flt_max_depth = flt.set.max_depth > UINT32_MAX ? UINT32_MAX : (uint32_t)flt.set.max_depth;
	flt_hot = flt.has_subtree || flt.has_exclude || flt_max_depth || flt.set.min_duration_ns;
	rt_debug("filter: %s, %zu modules, subtree %d, exclude %d, max depth %u",
		 file ? file : "name regexes", flt.nmods, flt.has_subtree, flt.has_exclude,
		 flt_max_depth);
	return 1;
}

/* --- per module ----------------------------------------------------------- */

static uint8_t flags_of(unsigned ff)
{
	uint8_t f = 0;

	if (ff & FFILE_EXCLUDE)
		return RT_FUNC_PATCH | FLT_EXCLUDE;
	if (ff & FFILE_SUBTREE)
		f |= RT_FUNC_PATCH | RT_FUNC_SUBTREE | FLT_INCLUDE;
	if (ff & FFILE_INCLUDE)
		f |= RT_FUNC_PATCH | FLT_INCLUDE;
	/* a function whose values are wanted is recorded */
	if (ff & FFILE_ARGS)
		f |= RT_FUNC_PATCH | FLT_INCLUDE | RT_FUNC_ARGS;
	if (ff & FFILE_RETVAL)
		f |= RT_FUNC_PATCH | FLT_INCLUDE | RT_FUNC_RET;
	return f;
}

/* 1 the first time path is seen here (messages about a module are said once). */
static int first_time(const char *path)
{
	static char **seen;
	static size_t nseen, alloc;

	for (size_t i = 0; i < nseen; i++)
		if (!strcmp(seen[i], path))
			return 0;
	if (nseen == alloc) {
		size_t na = alloc ? alloc * 2 : 8;
		char **p = realloc(seen, na * sizeof(*seen));
		if (!p)
			return 1;
		seen = p;
		alloc = na;
	}
	if ((seen[nseen] = strdup(path)))
		nseen++;
	return 1;
}

/* Whether two paths name the same file (resolving links; else the text). */
static int same_path(const char *a, const char *b)
{
	char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
	int same = !strcmp(ra ? ra : a, rb ? rb : b);

	free(ra);
	free(rb);
	return same;
}

/* The module of a file's list that is m: same build-id, or same path without one. */
static struct flt_module *file_module_of(struct flt_module *mods, size_t n,
					 const struct rt_module *m)
{
	for (size_t i = 0; i < n; i++) {
		struct flt_module *c = &mods[i];
		if (c->build_id_len && m->build_id_len) {
			if (c->build_id_len == m->build_id_len &&
			    !memcmp(c->build_id, m->build_id, c->build_id_len))
				return c;
		} else if (!c->build_id_len && same_path(c->path, m->path)) {
			return c;
		}
	}
	return NULL;
}

/*
 * The values file's marks and specs for m's functions (after the other
 * decisions: an excluded function stays excluded). Functions it does not
 * list keep what the name regexes gave them (the default spec).
 */
static void values_from_file(struct rt_module *m, uint8_t *flags)
{
	struct flt_module *fm = file_module_of(flt_vmods, flt_nvmods, m);

	for (uint32_t i = 0; fm && i < m->nfuncs; i++) {
		struct flt_func key = { m->func_vaddr[i], 0 };
		struct flt_func *f = bsearch(&key, fm->funcs, fm->n, sizeof(key), cmp_func);

		if (!f || !(f->flags & (FFILE_ARGS | FFILE_RETVAL)) || (flags[i] & FLT_EXCLUDE))
			continue;
		flags[i] |= flags_of(f->flags);
		rt_values_set(m->id_base + i, f->vspec);
	}
}

static void module_from_file(struct rt_module *m, uint8_t *flags)
{
	struct flt_module *fm = file_module_of(flt.mods, flt.nmods, m);

	if (!fm) {
		for (size_t i = 0; i < flt.nmods; i++) {
			if (flt.mods[i].build_id_len && same_path(flt.mods[i].path, m->path)) {
				if (first_time(m->path))
					rt_warn("filter '%s' was made for a different build of "
						"'%s'; not tracing it (run sftrace filter again)",
						flt.file, m->path);
				memset(flags, 0, m->nfuncs);
				return;
			}
		}
		if (first_time(m->path))
			rt_warn("filter '%s' does not mention '%s': %s", flt.file, m->path,
				flt.has_subtree ? "recording it only under subtree roots"
						: "not tracing it");
		memset(flags, flt.has_subtree ? RT_FUNC_PATCH : 0, m->nfuncs);
		values_from_file(m, flags);
		return;
	}
	for (uint32_t i = 0; i < m->nfuncs; i++) {
		struct flt_func key = { m->func_vaddr[i], 0 };
		struct flt_func *f = bsearch(&key, fm->funcs, fm->n, sizeof(key), cmp_func);
		flags[i] = f ? flags_of(f->flags) : 0;
		if (!flags[i] && flt.has_subtree)
			flags[i] = RT_FUNC_PATCH;
		if (f && (flags[i] & (RT_FUNC_ARGS | RT_FUNC_RET)))
			rt_values_set(m->id_base + i, f->vspec);
	}
	values_from_file(m, flags);
}

struct vaddr_index {
	uint64_t vaddr;
	uint32_t func;
};

static int cmp_vi(const void *a, const void *b)
{
	const struct vaddr_index *x = a, *y = b;
	return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

static int any_matches(const struct flt_regexes *l, const char *name)
{
	size_t len = strlen(name);

	for (size_t i = 0; i < l->n; i++)
		if (flt.pcre.match(l->re[i], (const unsigned char *)name, len, 0, 0, flt.md, NULL) >=
		    0)
			return 1;
	return 0;
}

static int name_matches(const struct flt_regexes *l, const char *raw)
{
	char *d;
	int hit;

	if (any_matches(l, raw))
		return 1;
	if (!cplus_demangle || !(d = cplus_demangle(raw, FLT_DMGL_PARAMS | FLT_DMGL_ANSI)))
		return 0;
	hit = any_matches(l, d);
	free(d);
	return hit;
}

/*
 * Walk the function symbols of the ELF file at path: call fn for each one
 * at the address of a function of m, with that function's index. Returns
 * 0 or a negative errno; a malformed file is -ENOEXEC.
 */
typedef void (*symbol_fn)(void *ctx, uint32_t func, const char *name);
static int walk_symbols(const struct rt_module *m, const char *path, symbol_fn fn, void *ctx)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), err = -ENOEXEC;
	struct stat st;
	const uint8_t *base = MAP_FAILED;
	size_t size = 0;
	struct vaddr_index *vi = NULL;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh, *tab = NULL;

	if (fd < 0)
		return -errno;
	if (fstat(fd, &st)) {
		err = -errno;
		goto out;
	}
	size = (size_t)st.st_size;
	if (size < sizeof(Elf64_Ehdr))
		goto out;
	base = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (base == MAP_FAILED) {
		err = -errno;
		goto out;
	}
	eh = (const Elf64_Ehdr *)base;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
	    eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shoff > size ||
	    (size - eh->e_shoff) / sizeof(Elf64_Shdr) < eh->e_shnum)
		goto out;
	sh = (const Elf64_Shdr *)(base + eh->e_shoff);
	for (int pass = 0; pass < 2 && !tab; pass++)
		for (unsigned i = 0; i < eh->e_shnum && !tab; i++)
			if (sh[i].sh_type == (pass ? SHT_DYNSYM : SHT_SYMTAB))
				tab = &sh[i];
	err = 0;
	if (!tab)
		goto out; /* no names: nothing matches */
	err = -ENOEXEC;
	if (tab->sh_link >= eh->e_shnum || tab->sh_entsize != sizeof(Elf64_Sym) ||
	    tab->sh_offset > size || size - tab->sh_offset < tab->sh_size)
		goto out;
	{
		const Elf64_Shdr *strs = &sh[tab->sh_link];
		const Elf64_Sym *syms = (const Elf64_Sym *)(base + tab->sh_offset);
		size_t nsyms = tab->sh_size / sizeof(Elf64_Sym);
		const char *str = (const char *)base + strs->sh_offset;

		if (strs->sh_offset > size || size - strs->sh_offset < strs->sh_size)
			goto out;
		vi = malloc((m->nfuncs + 1) * sizeof(*vi));
		if (!vi) {
			err = -ENOMEM;
			goto out;
		}
		for (uint32_t i = 0; i < m->nfuncs; i++) {
			vi[i].vaddr = m->func_vaddr[i];
			vi[i].func = i;
		}
		qsort(vi, m->nfuncs, sizeof(*vi), cmp_vi);
		for (size_t k = 0; k < nsyms; k++) {
			const Elf64_Sym *s = &syms[k];
			unsigned type = ELF64_ST_TYPE(s->st_info);
			struct vaddr_index key = { s->st_value, 0 }, *hit;
			const char *name;

			if ((type != STT_FUNC && type != STT_GNU_IFUNC) || s->st_shndx == SHN_UNDEF ||
			    !s->st_value || s->st_name >= strs->sh_size)
				continue;
			name = str + s->st_name;
			if (!memchr(name, '\0', strs->sh_size - s->st_name) || !*name)
				continue;
			hit = bsearch(&key, vi, m->nfuncs, sizeof(key), cmp_vi);
			if (hit)
				fn(ctx, hit->func, name);
		}
	}
	err = 0;
out:
	free(vi);
	if (base != MAP_FAILED)
		munmap((void *)base, size);
	close(fd);
	return err;
}

/* OR the regex results into hits[] (bit 0: selection matched, bit 1:
 * exclusion, bit 2: arguments, bit 3: return value). */
static void match_symbol(void *ctx, uint32_t func, const char *name)
{
	uint8_t *hits = ctx;

	if (flt.inc && !(hits[func] & 1) && name_matches(flt.inc, name))
		hits[func] |= 1;
	if (flt.exc && !(hits[func] & 2) && name_matches(flt.exc, name))
		hits[func] |= 2;
	if (flt.vargs && !(hits[func] & 4) && name_matches(flt.vargs, name))
		hits[func] |= 4;
	if (flt.vret && !(hits[func] & 8) && name_matches(flt.vret, name))
		hits[func] |= 8;
}

static int match_symbols(const struct rt_module *m, const char *path, uint8_t *hits)
{
	return walk_symbols(m, path, match_symbol, hits);
}

/* The flag bits of a function whose name matched the values regexes. */
static uint8_t values_bits(uint8_t hit)
{
	return (uint8_t)((hit & 4 ? RT_FUNC_ARGS : 0) | (hit & 8 ? RT_FUNC_RET : 0));
}

/*
 * Values marks by name without other name filters (record -A/-R alone,
 * or with a filter file): the functions that match also get recorded.
 */
static void values_from_regexes(struct rt_module *m, uint8_t *flags)
{
	uint8_t *hits = calloc(m->nfuncs + 1, 1);
	int err;

	if (!hits) {
		rt_warn("out of memory marking values in '%s': recording none", m->path);
		return;
	}
	if ((err = match_symbols(m, m->path, hits)))
		rt_warn("cannot read the symbols of '%s': %s; recording no values in it", m->path,
			errno_text(-err));
	for (uint32_t i = 0; i < m->nfuncs; i++)
		if ((hits[i] & (4 | 8)) && !(flags[i] & FLT_EXCLUDE))
			flags[i] |= RT_FUNC_PATCH | FLT_INCLUDE | values_bits(hits[i]);
	free(hits);
	values_from_file(m, flags);
}

/*
 * Work items (flows.c): the functions a flow rule names execute or hand
 * over an item, so their entries record it (through the values thunks).
 * A function excluded by a filter stays excluded.
 */
struct flow_marks {
	const struct rt_module *m;
	uint8_t *flags;
	uint32_t nmarked;
};

static void flow_symbol(void *ctx, uint32_t func, const char *name)
{
	struct flow_marks *fm = ctx;
	uint8_t *f = &fm->flags[func];
	uint32_t id = fm->m->id_base + func;
	int spec;

	if ((*f & FLT_EXCLUDE) || (*f & RT_FUNC_ARGS && rt_values_spec(id)->flow_kind))
		return;
	spec = rt_flow_rule(name, (*f & RT_FUNC_ARGS) ? rt_values_spec(id) : NULL);
	if (spec <= 0)
		return;
	*f |= RT_FUNC_PATCH | FLT_INCLUDE | RT_FUNC_ARGS;
	rt_values_set(id, spec);
	fm->nmarked++;
}

static void flows_from_symbols(struct rt_module *m, uint8_t *flags)
{
	struct flow_marks fm = { m, flags, 0 };
	int err = walk_symbols(m, m->path, flow_symbol, &fm);

	if (err)
		rt_warn("cannot read the symbols of '%s': %s; no work items recorded in it",
			m->path, errno_text(-err));
	else if (fm.nmarked && (rt_flows_recording(FMT_FLAG_FLOWS), 1))
		rt_debug("flows: '%s': %u functions execute or hand over work items", m->path,
			 fm.nmarked);
}

/* flows.c: a user's rule, compiled by PCRE2 like the name filters. */
void *rt_filter_regex(const char *what, const char *pattern)
{
	int err = load_pcre();

	if (err)
		return NULL;
	if (!flt.md && !(flt.md = flt.pcre.md_create(1, NULL)))
		return NULL;
	{
		struct flt_regexes *l = compile_regexes(what, pattern);
		return l == MAP_FAILED ? NULL : l;
	}
}

int rt_filter_regex_match(void *re, const char *name)
{
	return re && name_matches(re, name);
}

static void module_from_regexes(struct rt_module *m, uint8_t *flags)
{
	uint8_t *hits = calloc(m->nfuncs + 1, 1);
	uint8_t sel = RT_FUNC_PATCH | FLT_INCLUDE | (flt.regex_subtree ? RT_FUNC_SUBTREE : 0);
	uint32_t nsel = 0;
	int err;

	if (!hits) {
		rt_warn("out of memory filtering '%s': not tracing it", m->path);
		memset(flags, 0, m->nfuncs);
		return;
	}
	if (flt.inc || flt.exc || flt.vargs || flt.vret) {
		err = match_symbols(m, m->path, hits);
		if (err)
			rt_warn("cannot read the symbols of '%s': %s; %s", m->path, errno_text(-err),
				flt.inc ? "not tracing it" : "excluding nothing in it");
	}
	for (uint32_t i = 0; i < m->nfuncs; i++) {
		if (hits[i] & 2)
			flags[i] = RT_FUNC_PATCH | FLT_EXCLUDE;
		else if (!flt.inc || (hits[i] & (1 | 4 | 8))) /* values marks select */
			flags[i] = sel | values_bits(hits[i]);
		else
			flags[i] = flt.has_subtree ? RT_FUNC_PATCH : 0;
		nsel += (flags[i] & FLT_INCLUDE) != 0;
	}
	rt_debug("filter: '%s': %u of %u functions selected", m->path, nsel, m->nfuncs);
	free(hits);
	values_from_file(m, flags);
}

/* --- tail calls ----------------------------------------------------------- */

/*
 * XRay reports a tail call as the caller's exit (a tail event) followed by
 * the callee's entry, so the callee no longer runs "under" a subtree root
 * or an excluded call that jumped to it. To keep it there, the callee's
 * entry inherits the marks of the frame the tail event closed, but only
 * when the pair (caller, callee) is a direct tail call known from the
 * code: a caller that tail-calls an uninstrumented function returns to its
 * own caller, whose next call must not inherit anything. The pairs come
 * from the `jmp` that follows each tail sled (x86-64: e9 rel32 or eb rel8)
 * when its target is a function of the same module; indirect jumps and
 * jumps through the PLT (calls to other modules) are not followed.
 *
 * The table is a sorted array of (caller id << 32 | callee id), replaced
 * whole (never modified) when a module adds pairs and published with a
 * release store; the hot path loads it with acquire. Replaced tables are
 * not freed (a thread may still read one); they are small and few.
 */
struct flt_tail_table {
	uint32_t n;
	uint64_t pair[];
};
static struct flt_tail_table *flt_tails;

static inline int flt_is_tail_pair(uint32_t from, uint32_t to)
{
	const struct flt_tail_table *tt = __atomic_load_n(&flt_tails, __ATOMIC_ACQUIRE);
	uint64_t key = (uint64_t)from << 32 | to;
	uint32_t lo = 0, hi = tt ? tt->n : 0;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (tt->pair[mid] == key)
			return 1;
		if (tt->pair[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Whether [addr, addr + len) lies in an executable segment of m. */
static int in_exec(const struct rt_module *m, uintptr_t addr, size_t len)
{
	const Elf64_Phdr *ph = m->phdr;

	for (unsigned i = 0; ph && i < m->phnum; i++) {
		uintptr_t lo = m->load_bias + ph[i].p_vaddr;
		if (ph[i].p_type == PT_LOAD && (ph[i].p_flags & PF_X) && addr >= lo &&
		    addr - lo <= ph[i].p_memsz && ph[i].p_memsz - (addr - lo) >= len)
			return 1;
	}
	return 0;
}

/* The target of the direct jump right after a tail sled, or 0 (arch.h). */
static uintptr_t tail_jump_target(const struct rt_module *m, uintptr_t sled)
{
	uintptr_t at = sled + ARCH_SLED_SIZE;
	size_t room = in_exec(m, at, ARCH_TAIL_JUMP_MAX) ? ARCH_TAIL_JUMP_MAX
		      : in_exec(m, at, ARCH_TAIL_JUMP_MIN) ? ARCH_TAIL_JUMP_MIN
							     : 0;

	return room ? arch_tail_jump_target(at, room) : 0;
}

/* Add m's direct tail calls to the table (rt_lock held). */
static void tails_add_module(const struct rt_module *m)
{
	struct vaddr_index *vi = malloc((m->nfuncs + 1) * sizeof(*vi));
	const struct flt_tail_table *old = flt_tails;
	struct flt_tail_table *tt = NULL;
	uint64_t *pairs = NULL;
	size_t n = 0, alloc = 0, on = old ? old->n : 0;

	if (!vi)
		return;
	for (uint32_t i = 0; i < m->nfuncs; i++) {
		vi[i].vaddr = m->func_vaddr[i];
		vi[i].func = i;
	}
	qsort(vi, m->nfuncs, sizeof(*vi), cmp_vi);
	for (uint32_t i = 0; i < m->nsleds; i++) {
		const struct rt_sled *sl = &m->sleds[i];
		uintptr_t to;
		struct vaddr_index key, *hit;

		if (sl->kind != XRAY_SLED_TAIL || !(to = tail_jump_target(m, sl->addr)))
			continue;
		key.vaddr = to - m->load_bias;
		hit = bsearch(&key, vi, m->nfuncs, sizeof(key), cmp_vi);
		if (!hit)
			continue;
		if (n == alloc) {
			size_t na = alloc ? alloc * 2 : 64;
			void *np = realloc(pairs, na * sizeof(*pairs));
			if (!np)
				goto out;
			pairs = np;
			alloc = na;
		}
		pairs[n++] = (uint64_t)(m->id_base + sl->func) << 32 | (m->id_base + hit->func);
	}
	if (!n)
		goto out;
	tt = malloc(sizeof(*tt) + (on + n) * sizeof(uint64_t));
	if (!tt)
		goto out;
	if (on)
		memcpy(tt->pair, old->pair, on * sizeof(uint64_t));
	memcpy(tt->pair + on, pairs, n * sizeof(uint64_t));
	qsort(tt->pair, on + n, sizeof(uint64_t), cmp_u64);
	tt->n = (uint32_t)(on + n);
	__atomic_store_n(&flt_tails, tt, __ATOMIC_RELEASE);
	rt_debug("filter: '%s': %zu direct tail calls", m->path, n);
out:
	free(pairs);
	free(vi);
}

void rt_filter_module(struct rt_module *m, uint8_t *func_flags)
{
	/* Before anything of m is patched, so before its first event. */
	if (flt.set.min_duration_ns && !flt_min_ticks)
		flt_min_ticks = flt_ticks(flt.set.min_duration_ns);
	if (flt.has_subtree || flt.has_exclude)
		tails_add_module(m);
	if (flt.file)
		module_from_file(m, func_flags);
	else if (flt.inc || flt.exc || flt.regex_subtree || flt_max_depth ||
		 flt.set.min_duration_ns)
		module_from_regexes(m, func_flags);
	else if (flt.vargs || flt.vret)
		values_from_regexes(m, func_flags);
	if (rt_flows_active)
		flows_from_symbols(m, func_flags);
}

/* --- the hot path --------------------------------------------------------- */

#define FLT_MAP_SIZE (FLT_STACK_CAP * sizeof(uint32_t) + FLT_PENDING * sizeof(struct flt_pending))

/* mmap without libc (see the top of the file). */
static uint32_t *flt_map_stack(void)
{
	long ret = arch_sys_mmap_anon(FLT_MAP_SIZE);

	return ret < 0 && ret > -4096 ? MAP_FAILED : (uint32_t *)ret;
}

/* Undo the counters of one popped frame. */
static inline void flt_unmark(struct flt_thread *ft, uint32_t e)
{
	if (e & FLT_MARK_REC)
		ft->recorded--;
	if (e & FLT_MARK_ROOT)
		ft->roots--;
	if (e & FLT_MARK_EXCL)
		ft->excl--;
}

#define flt_cmpxchg arch_local_cmpxchg

static inline void flt_note_entry(struct rt_thread *t, struct flt_thread *ft, uint32_t id)
{
	struct flt_pending *pe = &ft->pending[ft->phead++ & (FLT_PENDING - 1)];

	pe->start = t->wp;
	pe->seq = t->seq;
	if (!t->lim->end || t->wp >= t->lim->end) {
		/* The writer opens a block first: the entry starts its payload. */
		pe->start = NULL;
		pe->seq = t->seq + 1;
	}
	pe->prev_base = t->base;
	pe->prev_last = t->last;
	pe->time = t->fnow;
	pe->id = id;
	if (ft->pcount < FLT_PENDING)
		ft->pcount++;
}

/* Length of the entry record at p if it ends exactly at end, else 0. */
static inline size_t flt_entry_len(const uint8_t *p, const uint8_t *end)
{
	const uint8_t *q = p + 1;
	uint8_t tag = p[0];

	if ((tag & 3) != FMT_KIND_ENTRY || end - p > (ptrdiff_t)FMT_MAX_RECORD)
		return 0;
	if (tag & FMT_TAG_MORE)
		while (q < end && (*q++ & 0x80))
			;
	if (tag & FMT_TAG_ID)
		while (q < end && (*q++ & 0x80))
			;
	return q == end ? (size_t)(end - p) : 0;
}

/*
 * The exit of a recorded call of id: erase the call if it was short and is
 * the last thing written (see the top of the file). Returns 1 when erased.
 */
static int flt_rewind(struct rt_thread *t, struct flt_thread *ft, uint32_t id)
{
	struct flt_pending *pe;
	uint8_t *start, *end, *resv;
	size_t len;

	if (!ft->pcount)
		return 0;
	pe = &ft->pending[(ft->phead - 1) & (FLT_PENDING - 1)];
	start = pe->start ? pe->start : t->payload;
	end = t->wp;
	if (pe->id != id || pe->seq != t->seq || !t->block || !t->lim->end || start < t->payload ||
	    start >= end || end >= t->lim->end)
		return 0;
	if (t->fnow - pe->time >= flt_min_ticks)
		return 0;
	if (!(len = flt_entry_len(start, end)))
		return 0;
	/* Reserve behind the entry: fails if anything was written since. */
	resv = end + RT_RESERVE;
	if (!flt_cmpxchg(&t->wp, end, resv))
		return 0;
	start[0] = 0;
	__asm__ volatile("" ::: "memory");
	for (size_t i = 1; i < len; i++)
		start[i] = 0;
	if (!flt_cmpxchg(&t->wp, resv, start)) {
		/* NESTED records follow our reservation: keep it as padding. */
		for (uint8_t *b = resv; --b > start;)
			*b = FMT_SPECIAL_TAG(FMT_SPECIAL_PAD);
		__asm__ volatile("" ::: "memory");
		start[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_PAD);
	}
	if (pe->start) {
		t->base = pe->prev_base;
		t->last = pe->prev_last;
	} else {
		/* The decoder registers as the block opened them (tbuf.c). */
		t->base = t->block->open_tsc;
		t->last = 0;
	}
	/* The entry pushed id on the shadow stack and nothing was pushed since. */
	if (t->depth && (t->depth > RT_STACK_CAP || RT_FRAME_ID(t->stack[t->depth - 1]) == id))
		t->depth--;
	ft->phead--;
	ft->pcount--;
	return 1;
}

static ARCH_NCS __attribute__((noinline)) int flt_decide(void)
{
	struct rt_thread *t = &rt_self;
	struct flt_thread *ft = &flt_self;
	uint32_t id = t->fid, e;
	uint8_t f;

	if (RT_UNLIKELY(!ft->stack)) {
		ft->stack = flt_map_stack();
		ft->pending = (struct flt_pending *)(ft->stack + FLT_STACK_CAP);
	}
	if (RT_UNLIKELY(ft->stack == MAP_FAILED))
		goto drop;
	f = rt_func_flags[id];
	if (t->fkind == FMT_KIND_ENTRY) {
		/* The callee of a root's (or an excluded call's) tail call
		 * takes its place: it inherits the marks. */
		e = id;
		if (RT_UNLIKELY(ft->tail)) {
			if (flt_is_tail_pair(ft->tail_from, id))
				e |= ft->tail;
			ft->tail = 0;
		}
		if (f & FLT_EXCLUDE)
			e |= FLT_MARK_EXCL;
		if (f & RT_FUNC_SUBTREE)
			e |= FLT_MARK_ROOT;
		if (e & FLT_MARK_EXCL)
			ft->excl++;
		if (e & FLT_MARK_ROOT)
			ft->roots++;
		if (!ft->excl && ((f & FLT_INCLUDE) || ft->roots) &&
		    (!flt_max_depth || ft->recorded < flt_max_depth)) {
			e |= FLT_MARK_REC;
			ft->recorded++;
		}
		if (RT_UNLIKELY(ft->depth >= FLT_STACK_CAP)) {
			/* Too deep to remember: not recorded, counters untouched. */
			flt_unmark(ft, e);
			ft->depth++;
			goto drop;
		}
		ft->stack[ft->depth++] = e;
		if (e & FLT_MARK_REC) {
			if (flt_min_ticks)
				flt_note_entry(t, ft, id);
			return 1;
		}
		goto drop;
	}
	/* Exit or tail call: close the innermost open call of this id. */
	ft->tail = 0;
	if (RT_UNLIKELY(ft->depth > FLT_STACK_CAP)) {
		ft->depth--;
		goto drop;
	}
	for (uint32_t d = ft->depth; d-- > 0;) {
		e = ft->stack[d];
		if ((e & FLT_ID_MASK) == id) {
			for (uint32_t k = ft->depth; k-- > d;)
				flt_unmark(ft, ft->stack[k]);
			ft->depth = d;
			if (t->fkind == FMT_KIND_TAIL &&
			    __atomic_load_n(&flt_tails, __ATOMIC_RELAXED)) {
				ft->tail = e & (FLT_MARK_ROOT | FLT_MARK_EXCL);
				ft->tail_from = id;
			}
			if (!(e & FLT_MARK_REC))
				goto drop;
			if (flt_min_ticks) {
				if (flt_rewind(t, ft, id)) {
					t->filter_dropped += 2;
					return 0;
				}
				/* The exit is written: what came before stays. */
				ft->pcount = 0;
			}
			return 1;
		}
	}
	/* Its entry was never seen (it began before patching): nothing to close. */
drop:
	t->filter_dropped++;
	return 0;
}

void rt_filter_thread_exit(void)
{
	struct flt_thread *ft = &flt_self;

	/* busy is RT_OFF here: no event of this thread reaches the filter. */
	if (ft->stack && ft->stack != MAP_FAILED)
		munmap(ft->stack, FLT_MAP_SIZE);
	memset(ft, 0, sizeof(*ft));
}

/* Kept apart from flt_decide() so that a filter without per-event rules
 * (selections only) costs a load and a return here, no register saves. */
ARCH_NCS int rt_filter_event(void)
{
	if (RT_LIKELY(!flt_hot))
		return 1;
	return flt_decide();
}
