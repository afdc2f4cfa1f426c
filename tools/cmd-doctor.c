/*
 * sftrace doctor: why would nothing be recorded? One line per finding,
 * about each program or module given (XRay sleds, reach, the sftrace-setup
 * ABI, debug info, Rust names) and about the system (the runtime record
 * would use, set-user-id and static programs, the clock, the log's
 * directory). The exit status is 1 when a finding blocks recording.
 * docs/sftrace-doctor.md describes every finding.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <elfutils/libdwelf.h>

#include "common/xray-map.h"
#include "tools/builtin.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/runtime-find.h"

static const char *const doctor_usage[] = {
	"sftrace doctor [<options>] [<program> [<module>...]]",
	"",
	"Check, before recording, what would keep `sftrace record` from",
	"recording: for the program (found on PATH as record would run it) and",
	"each module given (shared objects, Node.js addons), whether it has XRay",
	"sleds and how many functions, where its sleds are, whether it was built",
	"with the sftrace-setup crate and which library it then loads, its debug",
	"info and name mangling; for the system, the runtime record would use,",
	"the limits of LD_PRELOAD, the clock and the free space where the log",
	"goes. One line per finding, with what to do. Exit status 1 when",
	"something blocks recording, else 0.",
	NULL,
};

static int nblocking, nwarnings;

/* One finding: "LEVEL SUBJECT: TEXT". level: ok, note, warning, error. */
static void ATTR_PRINTF(3, 4) finding(const char *level, const char *subject, const char *fmt, ...)
{
	va_list ap;

	if (!strcmp(level, "error"))
		nblocking++;
	else if (!strcmp(level, "warning"))
		nwarnings++;
	printf("%-8s", level);
	if (subject)
		printf("%s: ", subject);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

/* ---- one ELF file ------------------------------------------------------- */

struct module {
	const char *path;
	GElf_Half type;
	bool x86_64, elf64, interp, dynamic;
	bool needs_sftrace;	/* DT_NEEDED libsftrace.so */
	bool undef_setup;	/* undefined sftrace_setup: the crate's ABI */
	bool defines_setup;	/* sftrace_setup defined: libsftrace.a linked in */
	bool xray_runtime;	/* compiler-rt's XRay runtime linked in */
	bool debug_info, symtab;
	char runpath[PATH_MAX];	/* DT_RUNPATH or DT_RPATH */
	char debuglink[256];
	uint8_t build_id[64];
	size_t build_id_len;
	long nsleds, nfuncs, bad_version;
	uint64_t sled_lo, sled_hi;
	size_t rust_v0, rust_legacy, cxx;
};

static bool rust_legacy_name(const char *s)
{
	size_t n = strlen(s);

	/* _ZN...17h<16 hex digits>E */
	if (strncmp(s, "_ZN", 3) || n < 24 || s[n - 1] != 'E' || strncmp(s + n - 20, "17h", 3))
		return false;
	for (size_t i = n - 17; i < n - 1; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	return true;
}

static void scan_symbols(Elf *elf, Elf_Scn *scn, GElf_Shdr *sh, struct module *m)
{
	Elf_Data *d = elf_getdata(scn, NULL);

	for (size_t i = 0; d && sh->sh_entsize && i < sh->sh_size / sh->sh_entsize; i++) {
		GElf_Sym s;
		const char *name;

		if (!gelf_getsym(d, (int)i, &s) || !(name = elf_strptr(elf, sh->sh_link, s.st_name)))
			continue;
		if (!strcmp(name, "sftrace_setup")) {
			if (s.st_shndx == SHN_UNDEF)
				m->undef_setup = true;
			else
				m->defines_setup = true;
		}
		if (s.st_shndx != SHN_UNDEF && !strncmp(name, "__xray_", 7))
			m->xray_runtime = true;
		if (sh->sh_type != SHT_SYMTAB && m->symtab)
			continue; /* counted once, from .symtab */
		if (!strncmp(name, "_R", 2))
			m->rust_v0++;
		else if (rust_legacy_name(name))
			m->rust_legacy++;
		else if (!strncmp(name, "_Z", 2))
			m->cxx++;
	}
}

static void read_dynamic(Elf *elf, Elf_Scn *scn, GElf_Shdr *sh, struct module *m)
{
	Elf_Data *d = elf_getdata(scn, NULL);

	m->dynamic = true;
	for (size_t i = 0; d && sh->sh_entsize && i < sh->sh_size / sh->sh_entsize; i++) {
		GElf_Dyn dyn;
		const char *s;

		if (!gelf_getdyn(d, (int)i, &dyn))
			break;
		if (dyn.d_tag != DT_NEEDED && dyn.d_tag != DT_RUNPATH && dyn.d_tag != DT_RPATH)
			continue;
		s = elf_strptr(elf, sh->sh_link, dyn.d_un.d_val);
		if (!s)
			continue;
		if (dyn.d_tag == DT_NEEDED && !strcmp(s, SOLIB_NAME))
			m->needs_sftrace = true;
		else if (dyn.d_tag != DT_NEEDED && (dyn.d_tag == DT_RUNPATH || !m->runpath[0]))
			snprintf(m->runpath, sizeof(m->runpath), "%s", s);
	}
}

static void read_xray(Elf_Scn *scn, GElf_Shdr *sh, struct module *m)
{
	Elf_Data *d = elf_getdata(scn, NULL);
	long n = xray_map_count(sh->sh_size);

	if (!d || d->d_size != sh->sh_size || n < 0) {
		m->nsleds = -1;
		return;
	}
	m->nsleds = n;
	m->sled_lo = UINT64_MAX;
	for (long i = 0; i < n; i++) {
		struct xray_sled s;
		if (xray_map_entry(d->d_buf, sh->sh_addr, (size_t)i, &s)) {
			m->bad_version++;
			continue;
		}
		if (s.addr < m->sled_lo)
			m->sled_lo = s.addr;
		if (s.addr > m->sled_hi)
			m->sled_hi = s.addr;
	}
	m->nfuncs = m->bad_version ? -1 : xray_map_nfuncs(d->d_buf, sh->sh_size, sh->sh_addr);
}

/* Read what doctor needs from the ELF file at path; -1 with *why when it is not one. */
static int module_read(struct module *m, const char *path, const char **why)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), ret = -1;
	Elf *elf;
	GElf_Ehdr eh;
	size_t shstrndx, nph = 0;
	Elf_Scn *scn = NULL;
	const void *id;
	ssize_t idlen;

	memset(m, 0, sizeof(*m));
	m->path = path;
	if (fd < 0) {
		*why = strerror(errno);
		return -1;
	}
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	*why = "not an ELF file";
	if (!elf || elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &eh) ||
	    elf_getshdrstrndx(elf, &shstrndx))
		goto out;
	m->type = eh.e_type;
	m->elf64 = eh.e_ident[EI_CLASS] == ELFCLASS64;
	m->x86_64 = eh.e_machine == EM_X86_64;
	if (!elf_getphdrnum(elf, &nph))
		for (size_t i = 0; i < nph; i++) {
			GElf_Phdr ph;
			if (gelf_getphdr(elf, (int)i, &ph) && ph.p_type == PT_INTERP)
				m->interp = true;
		}
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		const char *name;
		if (!gelf_getshdr(scn, &sh) || !(name = elf_strptr(elf, shstrndx, sh.sh_name)))
			continue;
		if (!strcmp(name, XRAY_MAP_SECTION) && sh.sh_type != SHT_NOBITS)
			read_xray(scn, &sh, m);
		else if (!strcmp(name, ".debug_info") && sh.sh_type != SHT_NOBITS && sh.sh_size)
			m->debug_info = true;
		else if (!strcmp(name, ".gnu_debuglink") && sh.sh_type != SHT_NOBITS) {
			Elf_Data *d = elf_getdata(scn, NULL);
			if (d && d->d_size)
				snprintf(m->debuglink, sizeof(m->debuglink), "%.*s", (int)d->d_size,
					 (const char *)d->d_buf);
		} else if (sh.sh_type == SHT_DYNAMIC) {
			read_dynamic(elf, scn, &sh, m);
		} else if (sh.sh_type == SHT_SYMTAB) {
			m->symtab = true;
		}
	}
	/* .symtab first (it has every name), then .dynsym for what is exported */
	for (int pass = 0; pass < 2; pass++)
		for (scn = NULL; (scn = elf_nextscn(elf, scn));) {
			GElf_Shdr sh;
			if (gelf_getshdr(scn, &sh) &&
			    sh.sh_type == (pass ? SHT_DYNSYM : SHT_SYMTAB))
				scan_symbols(elf, scn, &sh, m);
		}
	idlen = dwelf_elf_gnu_build_id(elf, &id);
	if (idlen > 0 && (size_t)idlen <= sizeof(m->build_id)) {
		memcpy(m->build_id, id, (size_t)idlen);
		m->build_id_len = (size_t)idlen;
	}
	ret = 0;
out:
	if (elf)
		elf_end(elf);
	close(fd);
	return ret;
}

static void hex(char *out, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", p[i]);
	out[2 * n] = '\0';
}

static bool is_file(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISREG(st.st_mode);
}

/* Where the debug info of m is: in the file, or a separate file found the
 * way libdwfl looks (build-id directory, .gnu_debuglink). */
static void check_debug(const struct module *m)
{
	char id[2 * sizeof(m->build_id) + 1], path[PATH_MAX * 2];
	const char *urls = getenv("DEBUGINFOD_URLS"), *cache = getenv("DEBUGINFOD_CACHE_PATH");
	const char *home = getenv("HOME");

	if (m->debug_info) {
		finding("ok", m->path, "debug info in the file: names with file:line");
		return;
	}
	hex(id, m->build_id, m->build_id_len);
	if (m->build_id_len >= 2) {
		snprintf(path, sizeof(path), "/usr/lib/debug/.build-id/%.2s/%s.debug", id, id + 2);
		if (is_file(path)) {
			finding("ok", m->path, "debug info in a separate file, found by build-id: %s",
				path);
			return;
		}
	}
	if (m->debuglink[0]) {
		char dir[PATH_MAX];
		const char *slash = strrchr(m->path, '/');
		snprintf(dir, sizeof(dir), "%.*s", slash ? (int)(slash - m->path) : 1,
			 slash ? m->path : ".");
		const char *fmts[] = { "%s/%s", "%s/.debug/%s", "/usr/lib/debug%s/%s" };
		for (int i = 0; i < 3; i++) {
			snprintf(path, sizeof(path), fmts[i], dir, m->debuglink);
			if (is_file(path)) {
				finding("ok", m->path, "debug info in a separate file (.gnu_debuglink): %s",
					path);
				return;
			}
		}
	}
	if (m->build_id_len) {
		if (cache && *cache)
			snprintf(path, sizeof(path), "%s/%s/debuginfo", cache, id);
		else
			snprintf(path, sizeof(path), "%s/.cache/debuginfod_client/%s/debuginfo",
				 home ? home : "", id);
		if (is_file(path)) {
			finding("ok", m->path, "debug info in the debuginfod cache: %s", path);
			return;
		}
	}
	if (m->build_id_len >= 2)
		snprintf(path, sizeof(path), " (build-id %s; or install it as "
			 "/usr/lib/debug/.build-id/%.2s/%s.debug)", id, id, id + 2);
	else
		path[0] = '\0';
	finding("note", m->path, "no debug info: names without file:line; build with -g, or give "
		"its debug file to convert and report with -s FILE%s", path);
	if (m->build_id_len && urls && *urls)
		finding("note", m->path, "DEBUGINFOD_URLS is set, but sftrace does not download: "
			"fetch the debug file with 'debuginfod-find debuginfo %s' and give it with -s",
			id);
}

/* Where the loader would find libsftrace.so for m outside record (malloc'ed, or NULL). */
static char *resolve_sftrace(const struct module *m)
{
	char dirs[PATH_MAX * 4] = "", *p, *save = NULL, *found = NULL;
	const char *ld = getenv("LD_LIBRARY_PATH");
	const char *slash = strrchr(m->path, '/');
	char origin[PATH_MAX];
	FILE *cache;

	snprintf(origin, sizeof(origin), "%.*s", slash ? (int)(slash - m->path) : 1,
		 slash ? m->path : ".");
	snprintf(dirs, sizeof(dirs), "%s:%s:/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/lib:/usr/lib",
		 ld ? ld : "", m->runpath);
	for (p = strtok_r(dirs, ":", &save); p && !found; p = strtok_r(NULL, ":", &save)) {
		char path[PATH_MAX * 2];
		if (!strncmp(p, "$ORIGIN", 7))
			snprintf(path, sizeof(path), "%s%s/%s", origin, p + 7, SOLIB_NAME);
		else
			snprintf(path, sizeof(path), "%s/%s", p, SOLIB_NAME);
		if (is_file(path))
			found = realpath(path, NULL);
	}
	if (found)
		return found;
	cache = popen("/sbin/ldconfig -p 2>/dev/null", "r");
	if (cache) {
		char line[PATH_MAX + 128];
		while (fgets(line, sizeof(line), cache)) {
			char *arrow = strstr(line, "=> ");
			if (!found && arrow && strstr(line, SOLIB_NAME " ") == line + strspn(line, " \t")) {
				arrow[strcspn(arrow, "\n")] = '\0';
				found = xstrdup(arrow + 3);
			}
		}
		pclose(cache);
	}
	return found;
}

static void check_setup_abi(const struct module *m, const char *solib)
{
	char *lib;
	const char *why;

	if (!m->needs_sftrace && !m->undef_setup)
		return;
	finding("ok", m->path, "built with the sftrace-setup crate (%s%s%s): record puts the runtime's "
		"directory on LD_LIBRARY_PATH, so it loads %s",
		m->needs_sftrace ? "needs " SOLIB_NAME : "",
		m->needs_sftrace && m->undef_setup ? ", " : "",
		m->undef_setup ? "calls sftrace_setup" : "", solib ? solib : "the runtime record finds");
	lib = resolve_sftrace(m);
	if (!lib) {
		finding("note", m->path, "outside record the loader finds no %s: it then fails to "
			"start; run it under sftrace record, or install the runtime where the loader "
			"looks (make install runs ldconfig)", SOLIB_NAME);
		return;
	}
	if ((why = solib_problem(lib)))
		finding("warning", m->path, "outside record it loads %s, %s: that is not this "
			"runtime (the Rust sftrace's library?); replace it with this build's %s",
			lib, why, SOLIB_NAME);
	else
		finding("ok", m->path, "outside record it loads %s%s", lib,
			solib_same_build(lib) == 1 ? "" : " (another build of the runtime)");
	free(lib);
}

/* The checks of one program or module. is_program: what record would run. */
static void check_module(const char *given, bool is_program, const char *solib)
{
	struct module m;
	const char *why;
	char *path = NULL;
	char buf[3];
	int fd;

	if (is_program && command_find(given, &path)) {
		finding("error", given, "not found on PATH (record would fail to run it)%s%s",
			is_file(given) ? "; to run the file here, give ./" : "",
			is_file(given) ? given : "");
		return;
	}
	if (!path)
		path = xstrdup(given);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd >= 0 && read(fd, buf, 2) == 2 && buf[0] == '#' && buf[1] == '!') {
		close(fd);
		finding("note", path, "a script: record runs its interpreter, whose modules are "
			"traced; check the instrumented modules it loads (e.g. its .node addons): "
			"sftrace doctor %s MODULE...", given);
		free(path);
		return;
	}
	if (fd >= 0)
		close(fd);
	if (module_read(&m, path, &why)) {
		finding(is_program ? "error" : "warning", path, "cannot be read as a program or "
			"module: %s", why);
		free(path);
		return;
	}
	if (!m.elf64 || !m.x86_64) {
		finding("error", path, "not a 64-bit x86-64 ELF file: sftrace traces x86-64 only");
		goto out;
	}
	if (m.nsleds == 0 && !m.sled_hi) {
		finding(is_program ? "note" : "warning", path,
			"no XRay sleds: nothing in it is recorded%s; build it with clang "
			"-fxray-instrument -fxray-instruction-threshold=1, or rustc "
			"-Zinstrument-xray=always", is_program ? " (fine if it loads instrumented "
								"modules, like node and its addons)" : "");
	} else if (m.nsleds < 0 || m.nfuncs < 0) {
		finding("error", path, "its xray_instr_map cannot be read (%ld entries of an unknown "
			"version): rebuild it with clang 14 or later / a current rustc", m.bad_version);
	} else {
		finding("ok", path, "%ld functions with XRay sleds (%ld sleds) are recorded", m.nfuncs,
			m.nsleds);
		if (m.sled_hi - m.sled_lo > (1ull << 31) - (64ull << 20))
			finding("error", path, "its sleds span %" PRIu64 " MiB: more than a rel32 jump "
				"(2 GiB) reaches from one place; split it into smaller modules",
				(m.sled_hi - m.sled_lo) >> 20);
		else
			finding("ok", path, "%s: its sleds (0x%" PRIx64 "..0x%" PRIx64 ") are beyond a "
				"rel32 jump from a preloaded library; sftrace maps its trampolines within "
				"2 GiB of each module (handled)",
				m.type == ET_EXEC ? "a fixed-address executable"
				: m.interp	  ? "a position-independent executable"
						  : "a shared object",
				m.sled_lo, m.sled_hi);
		if (m.nsleds < 2 * m.nfuncs)
			finding("note", path, "fewer than two sleds per function: built with the default "
				"threshold? small functions are only instrumented with "
				"-fxray-instruction-threshold=1");
	}
	if (m.xray_runtime)
		finding("ok", path, "links compiler-rt's XRay runtime: it stays idle (sftrace patches "
			"the sleds itself) unless XRAY_OPTIONS sets patch_premain=true");
	if (is_program && m.type == ET_EXEC && !m.interp && !m.dynamic) {
		if (m.defines_setup)
			finding("ok", path, "statically linked with libsftrace.a: it starts recording "
				"by calling sftrace_setup()");
		else
			finding(m.nsleds ? "error" : "note", path, "statically linked: LD_PRELOAD cannot "
				"load the runtime; link it with libsftrace.a and call sftrace_setup() "
				"(docs/sftrace-record.md)");
	}
	if (is_program && secure_exec(path))
		finding("error", path, "set-user-id or set-group-id: the loader ignores LD_PRELOAD for "
			"it; record a copy without the bit, or run it as its owner");
	check_setup_abi(&m, solib);
	if (m.nsleds) {
		check_debug(&m);
		if (!m.symtab)
			finding("note", path, "no symbol table (stripped): names come from exported "
				"symbols only; give the unstripped file or its debug file with -s");
	}
	if (m.rust_v0 || m.rust_legacy)
		finding("ok", path, "Rust: %zu v0 and %zu legacy mangled names, both demangled",
			m.rust_v0, m.rust_legacy);
out:
	free(path);
}

/* ---- the system --------------------------------------------------------- */

static void check_clock(void)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[8192];
	bool constant = false, nonstop = false, seen = false;

	while (f && fgets(line, sizeof(line), f)) {
		if (strncmp(line, "flags", 5))
			continue;
		seen = true;
		constant = strstr(line, " constant_tsc") != NULL;
		nonstop = strstr(line, " nonstop_tsc") != NULL;
		break;
	}
	if (f)
		fclose(f);
	if (!seen)
		finding("note", "clock", "/proc/cpuinfo has no flags line: the runtime uses "
			"CLOCK_MONOTONIC (about 23 ns a read instead of 10)");
	else if (constant && nonstop)
		finding("ok", "clock", "invariant TSC (constant_tsc, nonstop_tsc): timestamps from "
			"rdtsc");
	else
		finding("note", "clock", "the TSC is not invariant (%s%s%s missing): the runtime uses "
			"CLOCK_MONOTONIC, each event costs a little more; timings stay right",
			constant ? "" : "constant_tsc", !constant && !nonstop ? ", " : "",
			nonstop ? "" : "nonstop_tsc");
	if (getenv("SFTRACE_CLOCK") && !strcmp(getenv("SFTRACE_CLOCK"), "monotonic"))
		finding("note", "clock", "SFTRACE_CLOCK=monotonic: CLOCK_MONOTONIC even with an "
			"invariant TSC");
}

static void check_output(const char *out)
{
	char *dir = output_dir(out);
	struct statvfs sv;
	struct stat st;

	if (stat(dir, &st) || !S_ISDIR(st.st_mode)) {
		finding("error", out, "the log's directory '%s' does not exist: create it or give "
			"another -o", dir);
	} else if (access(dir, W_OK | X_OK)) {
		finding("error", out, "cannot write in '%s': %s; give another -o", dir, strerror(errno));
	} else if (!statvfs(dir, &sv)) {
		uint64_t free_b = (uint64_t)sv.f_bavail * sv.f_frsize;
		const char *level = free_b < (64ull << 20) ? "warning" : "ok";
		finding(level, out, "%.1f GiB free in '%s': room for about %.0f million events "
			"(about 2 bytes each)%s", (double)free_b / (1 << 30), dir,
			(double)free_b / 2e6,
			free_b < (64ull << 20) ? "; free space or give another -o" : "");
	}
	free(dir);
}

static void check_runtime(const char *opt, char **solib)
{
	char *found = solib_find(opt); /* prints why when there is none */
	char *malloc_so, *slash;

	*solib = found;
	if (!found) {
		finding("error", "runtime", "no usable %s: install it (see above) or pass --solib",
			SOLIB_NAME);
		return;
	}
	switch (solib_same_build(found)) {
	case 1:
		finding("ok", "runtime", "record uses %s, this build", found);
		break;
	case 0:
		finding("warning", "runtime", "record uses %s, another build than this sftrace: "
			"install this build's library (cp BUILD/libsftrace.so \"$(sftrace record "
			"--print-solib-install-dir)/\")", found);
		break;
	default:
		finding("error", "runtime", "cannot read %s", found);
	}
	slash = strrchr(found, '/');
	malloc_so = xasprintf("%.*s/libsftrace-malloc.so", (int)(slash - found), found);
	if (!is_file(malloc_so))
		finding("note", "runtime", "no %s beside it: record --memory will not work; copy "
			"libsftrace-malloc.so there too", malloc_so);
	free(malloc_so);
	if (getenv("LD_PRELOAD") && *getenv("LD_PRELOAD"))
		finding("note", "LD_PRELOAD", "already set (%s): record keeps it and adds the runtime",
			getenv("LD_PRELOAD"));
}

int cmd_doctor(int argc, char **argv)
{
	const char *output = "sf.log", *solib_opt = NULL;
	struct option_def opts[] = {
		OPT_STRING('o', "output", &output, "file", "where record would write the log (default sf.log)"),
		OPT_STRING(0, "solib", &solib_opt, "path", "the runtime library record would use"),
		OPT_END(),
	};
	int n = parse_options(argc, argv, opts, doctor_usage, 0);
	char *solib = NULL;

	check_runtime(solib_opt, &solib);
	if (!n)
		finding("note", NULL, "no program given: only the system is checked (sftrace doctor "
			"PROGRAM [MODULE...])");
	for (int i = 0; i < n; i++)
		check_module(argv[i], i == 0, solib);
	check_clock();
	check_output(output);
	free(solib);
	fflush(stdout);
	if (nblocking)
		fprintf(stderr, "sftrace doctor: %d finding%s block%s recording\n", nblocking,
			nblocking == 1 ? "" : "s", nblocking == 1 ? "s" : "");
	return nblocking ? 1 : 0;
}
