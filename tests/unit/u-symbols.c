/*
 * Tests of the symbolizer (tools/read/symbols.c) on a struct trace built
 * by hand, since a log is not needed to name addresses.
 *
 * Without arguments (make check): a self-contained check on this very
 * executable, which the Makefile builds with -g. The expected values come
 * from the compiler, not from the symbolizer: function addresses from C
 * pointers minus the load bias dl_iterate_phdr reports, lines from
 * __LINE__, the build-id from the PT_NOTE segment in memory, mangled names
 * chosen with asm labels.
 *
 * With arguments (tests/e2e/t0100-symbols.sh): a driver.
 *   u-symbols [--no-dwarf] [--force] [-s FILE]... [--build-id HEX|--no-build-id]
 *             MODULE ADDR...      (ADDR "-": read addresses from stdin)
 * prints "ADDR<TAB>name<TAB>raw<TAB>location" per address, exits 1 when
 * symbolizer_add_trace() fails. By default the log's build-id is the
 * module file's own (read from its notes), as a recording would have it.
 */
#include <elf.h>
#include <inttypes.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <gelf.h>
#include <elfutils/libdwelf.h>
#include <fcntl.h>

#include "tests/unit/tap.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/read/symbols.h"
#include "tools/read/trace.h"

/* ---- functions to look up (self-check) ---- */

static volatile int sink;

static const unsigned probe_line = __LINE__; __attribute__((noinline, used)) static int probe_fn(int x)
{
	sink += x;
	return sink * 3;
}

/* C functions given mangled symbol names: the demangler must handle them. */
__attribute__((noinline, used)) void cxx_probe(void) __asm__("_ZN6shapes6Square4areaEi");
__attribute__((noinline, used)) void cxx_probe(void) { sink++; }
__attribute__((noinline, used)) void rust_v0_probe(void) __asm__("_RNvCs1234_10rust_addon3fib");
__attribute__((noinline, used)) void rust_v0_probe(void) { sink += 2; }
__attribute__((noinline, used)) void rust_legacy_probe(void)
	__asm__("_ZN10rust_addon6Walker4walk17h0123456789abcdefE");
__attribute__((noinline, used)) void rust_legacy_probe(void) { sink += 3; }
__attribute__((noinline, used)) void llvm_suffix_probe(void) __asm__("_ZN2ns4funcEv.llvm.1234");
__attribute__((noinline, used)) void llvm_suffix_probe(void) { sink += 4; }

/* ---- building a fake trace ---- */

static struct trace_module *fake_module(struct trace *t, const char *path, uint32_t id_base,
					const uint64_t *vaddr, uint32_t n)
{
	struct trace_module *m;

	t->modules = xrealloc(t->modules, (t->nmodules + 1) * sizeof(*t->modules));
	m = &t->modules[t->nmodules];
	memset(m, 0, sizeof(*m));
	m->index = t->nmodules++;
	m->path = xstrdup(path);
	m->id_base = id_base;
	m->nfuncs = n;
	m->func_vaddr = xmalloc((n ? n : 1) * sizeof(*m->func_vaddr));
	memcpy(m->func_vaddr, vaddr, n * sizeof(*vaddr));
	return m;
}

static void fake_release(struct trace *t)
{
	for (size_t i = 0; i < t->nmodules; i++) {
		free(t->modules[i].path);
		free(t->modules[i].func_vaddr);
	}
	free(t->modules);
	memset(t, 0, sizeof(*t));
}

/* The build-id of an ELF file, read with libelf; its length, 0 if none. */
static uint32_t file_build_id(const char *path, uint8_t *id)
{
	int fd = open(path, O_RDONLY);
	Elf *elf;
	const void *p;
	ssize_t n = 0;

	if (fd < 0)
		return 0;
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (elf)
		n = dwelf_elf_gnu_build_id(elf, &p);
	if (n > 0 && n <= 64)
		memcpy(id, p, n);
	else
		n = 0;
	elf_end(elf);
	close(fd);
	return n;
}

/* ---- driver mode ---- */

static int hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int drive(int argc, const char **argv)
{
	struct symbolizer_opts so = { 0 };
	struct string_list files = STRING_LIST_INIT;
	const char *build_id = NULL;
	int no_build_id = 0, timing = 0, ret = 0;
	uint64_t *addrs = NULL;
	size_t naddrs = 0, alloc = 0;
	struct trace t = { 0 };
	struct trace_module *m;
	struct symbolizer *s;
	const char *module;
	double t0;
	int i;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--no-dwarf"))
			so.no_dwarf = true;
		else if (!strcmp(argv[i], "--force"))
			so.force = true;
		else if (!strcmp(argv[i], "--time"))
			timing = 1;
		else if (!strcmp(argv[i], "--no-build-id"))
			no_build_id = 1;
		else if (!strcmp(argv[i], "--build-id") && i + 1 < argc)
			build_id = argv[++i];
		else if (!strcmp(argv[i], "-s") && i + 1 < argc)
			string_list_append(&files, argv[++i]);
		else
			die("usage: u-symbols [--no-dwarf] [--force] [--time] [-s FILE]... "
			    "[--build-id HEX|--no-build-id] MODULE ADDR...");
	}
	if (i >= argc)
		die("u-symbols: no module given");
	module = argv[i++];
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "-")) {
			char line[256];

			while (fgets(line, sizeof(line), stdin)) {
				ALLOC_GROW(addrs, naddrs + 1, alloc);
				addrs[naddrs++] = strtoull(line, NULL, 16);
			}
		} else {
			ALLOC_GROW(addrs, naddrs + 1, alloc);
			addrs[naddrs++] = strtoull(argv[i], NULL, 16);
		}
	}
	so.debug_files = &files;
	m = fake_module(&t, module, 1, addrs, naddrs);
	if (build_id) {
		size_t n = strlen(build_id) / 2;

		for (size_t k = 0; k < n && k < 64; k++)
			m->build_id[k] = hexval(build_id[2 * k]) * 16 + hexval(build_id[2 * k + 1]);
		m->build_id_len = n < 64 ? n : 64;
	} else if (!no_build_id) {
		m->build_id_len = file_build_id(module, m->build_id);
	}

	t0 = now();
	s = symbolizer_new(&so);
	if (symbolizer_add_trace(s, &t) < 0) {
		ret = 1;
		goto out;
	}
	for (size_t k = 0; k < naddrs; k++) {
		const struct sym_info *si = symbolizer_lookup(s, &t, 1 + k);

		printf("%" PRIx64 "\t%s\t%s\t%s\n", addrs[k], si->name, si->raw ? si->raw : "",
		       symbolizer_location(s, si));
	}
	if (timing) {
		double t1 = now();

		/* A second pass measures the cache. */
		for (size_t k = 0; k < naddrs; k++)
			symbolizer_lookup(s, &t, 1 + k);
		fprintf(stderr, "u-symbols: %zu lookups in %.3f s, cached pass %.3f s\n", naddrs,
			t1 - t0, now() - t1);
	}
out:
	if (fflush(stdout) || ferror(stdout))
		ret = 1;
	symbolizer_free(s);
	fake_release(&t);
	string_list_release(&files);
	free(addrs);
	return ret;
}

/* ---- self-check mode ---- */

struct self_info {
	uintptr_t bias;
	uint8_t id[64];
	uint32_t id_len;
};

/* The executable's load bias and build-id as the dynamic loader mapped them. */
static int self_phdr(struct dl_phdr_info *info, size_t size, void *data)
{
	struct self_info *si = data;

	si->bias = info->dlpi_addr;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const uint8_t *p, *end;

		if (ph->p_type != PT_NOTE)
			continue;
		p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);
		end = p + ph->p_memsz;
		while (p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *nh = (const void *)p;
			const uint8_t *name = p + sizeof(*nh);
			const uint8_t *desc = name + ((nh->n_namesz + 3) & ~3u);

			if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
			    !memcmp(name, "GNU", 4) && nh->n_descsz <= 64) {
				memcpy(si->id, desc, nh->n_descsz);
				si->id_len = nh->n_descsz;
			}
			p = desc + ((nh->n_descsz + 3) & ~3u);
		}
	}
	return 1; /* the first object is the executable */
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = s ? strlen(s) : 0, b = strlen(suffix);

	return s && a >= b && !strcmp(s + a - b, suffix);
}

static int self_check(void)
{
	struct self_info self = { 0 };
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	struct trace t = { 0 }, t2 = { 0 };
	struct trace_module *m;
	struct symbolizer_opts so = { 0 };
	struct symbolizer *s;
	const struct sym_info *si;
	uint64_t va[7], other[2] = { 0x1234, 0x5678 };
	char buf[256];

	if (n <= 0) {
		printf("1..0 # SKIP cannot read /proc/self/exe\n");
		return 0;
	}
	exe[n] = '\0';
	dl_iterate_phdr(self_phdr, &self);
	va[0] = (uintptr_t)probe_fn - self.bias;
	va[1] = (uintptr_t)cxx_probe - self.bias;
	va[2] = (uintptr_t)rust_v0_probe - self.bias;
	va[3] = (uintptr_t)rust_legacy_probe - self.bias;
	va[4] = (uintptr_t)llvm_suffix_probe - self.bias;
	va[5] = (uintptr_t)symbolizer_lookup - self.bias;
	va[6] = (uintptr_t)self_check - self.bias;

	/* Two modules: this executable at id 10, a missing library at id 100. */
	m = fake_module(&t, exe, 10, va, 7);
	memcpy(m->build_id, self.id, self.id_len);
	m->build_id_len = self.id_len;
	fake_module(&t, "/nonexistent/dir/libgone.so", 100, other, 2);

	s = symbolizer_new(&so);
	TEST_EQ(symbolizer_add_trace(s, &t), 0, "add a trace whose module matches its build-id");
	TEST_OK(self.id_len > 0, "the test executable has a build-id");

	si = symbolizer_lookup(s, &t, 10);
	TEST_STREQ(si->name, "probe_fn", "static C function: name");
	TEST_OK(ends_with(si->file, "tests/unit/u-symbols.c"), "static C function: file");
	TEST_EQ(si->line, probe_line, "static C function: declaration line");
	snprintf(buf, sizeof(buf), "%s:%u", si->file ? si->file : "?", probe_line);
	TEST_STREQ(symbolizer_location(s, si), buf, "location is file:line");
	TEST_OK(symbolizer_location(s, si) == symbolizer_location(s, si), "location is cached");
	TEST_STREQ(si->module, exe, "module path");
	TEST_OK(symbolizer_lookup(s, &t, 10) == si, "lookups are cached per function id");

	si = symbolizer_lookup(s, &t, 11);
	TEST_STREQ(si->name, "shapes::Square::area(int)", "C++ name demangled");
	TEST_STREQ(si->raw, "_ZN6shapes6Square4areaEi", "raw symbol kept");
	TEST_STREQ(symbolizer_lookup(s, &t, 12)->name, "rust_addon::fib", "Rust v0 name demangled");
	TEST_STREQ(symbolizer_lookup(s, &t, 13)->name, "rust_addon::Walker::walk",
		   "Rust legacy name demangled, hash dropped");
	TEST_STREQ(symbolizer_lookup(s, &t, 14)->name, "ns::func()", "LLVM .llvm. suffix dropped");
	si = symbolizer_lookup(s, &t, 15);
	TEST_STREQ(si->name, "symbolizer_lookup", "function from the static library: name");
	TEST_OK(ends_with(si->file, "tools/read/symbols.c"), "function from the static library: file");
	TEST_STREQ(symbolizer_lookup(s, &t, 16)->name, "self_check", "another static function");

	si = symbolizer_lookup(s, &t, 100);
	TEST_STREQ(si->name, "libgone.so+0x1234", "missing module: basename+0xvaddr");
	TEST_OK(si->file == NULL && si->line == 0, "missing module: no location");
	TEST_STREQ(symbolizer_location(s, si), "", "missing module: empty location string");
	TEST_STREQ(symbolizer_lookup(s, &t, 101)->name, "libgone.so+0x5678", "second function");

	si = symbolizer_lookup(s, &t, 5);
	TEST_OK(si->name && *si->name, "id below every module: a name anyway");
	si = symbolizer_lookup(s, &t, 17);
	TEST_OK(si->name && *si->name && strcmp(si->name, "self_check"),
		"id past a module's functions: a name of its own");
	TEST_OK(symbolizer_lookup(s, &t, 17) == si, "unknown ids are cached too");
	si = symbolizer_lookup(s, &t2, 10);
	TEST_OK(si->name && *si->name, "a trace never added: a name anyway");

	/* A second log of the same program shares the module. */
	m = fake_module(&t2, exe, 1, va, 1);
	memcpy(m->build_id, self.id, self.id_len);
	m->build_id_len = self.id_len;
	TEST_EQ(symbolizer_add_trace(s, &t2), 0, "add a second trace");
	TEST_STREQ(symbolizer_lookup(s, &t2, 1)->name, "probe_fn", "second trace: own ids");
	TEST_STREQ(symbolizer_lookup(s, &t, 10)->name, "probe_fn", "first trace still answers");
	symbolizer_free(s);
	fake_release(&t2);

	/* Changed build-id: an error, a warning with force. */
	t.modules[0].build_id[0] ^= 0xff;
	s = symbolizer_new(&so);
	TEST_EQ(symbolizer_add_trace(s, &t), -1, "changed build-id is an error");
	symbolizer_free(s);
	so.force = true;
	s = symbolizer_new(&so);
	TEST_EQ(symbolizer_add_trace(s, &t), 0, "changed build-id with force: goes on");
	TEST_STREQ(symbolizer_lookup(s, &t, 10)->name, "probe_fn", "with force: names still read");
	symbolizer_free(s);

	/* Names only. */
	t.modules[0].build_id[0] ^= 0xff;
	so.force = false;
	so.no_dwarf = true;
	s = symbolizer_new(&so);
	TEST_EQ(symbolizer_add_trace(s, &t), 0, "no_dwarf: add");
	si = symbolizer_lookup(s, &t, 10);
	TEST_STREQ(si->name, "probe_fn", "no_dwarf: name");
	TEST_OK(si->file == NULL && si->line == 0, "no_dwarf: no file or line");
	symbolizer_free(s);
	symbolizer_free(NULL);
	fake_release(&t);
	return tap_done();
}

int main(int argc, const char **argv)
{
	if (argc > 1)
		return drive(argc, argv);
	return self_check();
}
