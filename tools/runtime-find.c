/*
 * Where `record` finds what it runs (see runtime-find.h): shared by
 * record, which uses them, and doctor, which reports on them.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stamp.h"
#include "tools/lib/usage.h"
#include "tools/runtime-find.h"

/* $XDG_DATA_HOME/sftrace, else ~/.local/share/sftrace. The caller frees. */
char *solib_install_dir(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (xdg && *xdg == '/')
		return xasprintf("%s/sftrace", xdg);
	if (!home || !*home) {
		struct passwd *pw = getpwuid(getuid());
		home = pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : "";
	}
	if (!strcmp(home, "/"))
		home = "";
	return xasprintf("%s/.local/share/sftrace", home);
}

char *sftrace_self_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	slash = strrchr(buf, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return xstrdup(buf);
}

static int usable(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode) && !access(path, R_OK);
}

/*
 * Why the file at path cannot be preloaded as this runtime, or NULL when
 * it can: an x86-64 shared library that defines sftrace_shutdown (the
 * Rust sftrace's libsftrace.so, which the seed workflow installs in the
 * same directory, does not). Without this check the loader would ignore
 * the library and the run would end in "nothing was instrumented".
 */
const char *solib_problem(const char *path)
{
	const char *why = "not an ELF file";
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	GElf_Ehdr eh;
	Elf *e;

	if (fd < 0)
		return strerror(errno);
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (e && elf_kind(e) == ELF_K_ELF && gelf_getehdr(e, &eh)) {
		Elf_Scn *scn = NULL;

		if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_type != ET_DYN
#ifdef __x86_64__
		    || eh.e_machine != EM_X86_64
#endif
		) {
			why = "not a 64-bit shared library for this machine";
			goto out;
		}
		why = "not the sftrace runtime (it does not define sftrace_shutdown)";
		while ((scn = elf_nextscn(e, scn))) {
			GElf_Shdr sh;
			Elf_Data *d;

			if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_DYNSYM || !sh.sh_entsize ||
			    !(d = elf_getdata(scn, NULL)))
				continue;
			for (size_t i = 0; i < sh.sh_size / sh.sh_entsize; i++) {
				GElf_Sym sym;
				const char *name;

				if (!gelf_getsym(d, (int)i, &sym) || sym.st_shndx == SHN_UNDEF)
					continue;
				name = elf_strptr(e, sh.sh_link, sym.st_name);
				if (name && !strcmp(name, "sftrace_shutdown")) {
					why = NULL;
					goto out;
				}
			}
		}
	}
out:
	if (e)
		elf_end(e);
	close(fd);
	return why;
}

int solib_same_build(const char *solib)
{
	static const char key[] = "SFTRACE-BUILD:";
	const char *mine = SFTRACE_BUILD_STAMP;
	struct stat st;
	const char *hit = NULL;
	void *map = MAP_FAILED;
	int fd = open(solib, O_RDONLY | O_CLOEXEC), same;

	if (fd >= 0 && !fstat(fd, &st) && st.st_size > 0)
		map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (fd >= 0)
		close(fd);
	if (map == MAP_FAILED)
		return -1;
	hit = memmem(map, (size_t)st.st_size, key, sizeof(key) - 1);
	same = hit &&
	       (size_t)(hit - (const char *)map) + sizeof(key) - 1 + strlen(mine) < (size_t)st.st_size &&
	       !memcmp(hit + sizeof(key) - 1, mine, strlen(mine) + 1);
	munmap(map, (size_t)st.st_size);
	return same;
}

void solib_warn_other_build(const char *solib)
{
	if (!solib_same_build(solib)) {
		char *self = sftrace_self_dir();
		warning("the runtime library '%s' is not from the same build as this sftrace "
			"(%s/sftrace): install this build's library, e.g.\n"
			"    cp %s/libsftrace.so \"$(sftrace record --print-solib-install-dir)/\"",
			solib, self ? self : "?", self ? self : "build");
		free(self);
	}
}

/*
 * The runtime library: --solib, the install directory, beside this
 * program, then the `make install` library directory (../lib). Returns a
 * malloc'ed absolute path or NULL after printing why.
 */
char *solib_find(const char *opt)
{
	char *dir, *cand[3] = { NULL, NULL, NULL };
	char *found = NULL;

	if (opt) {
		const char *why;
		char *abs;
		if (!usable(opt)) {
			error("cannot use '%s' as the runtime library: %s", opt,
			      access(opt, F_OK) ? strerror(errno) : "not a readable file");
			return NULL;
		}
		if ((why = solib_problem(opt))) {
			error("cannot use '%s' as the runtime library: %s", opt, why);
			return NULL;
		}
		abs = realpath(opt, NULL);
		return abs ? abs : xstrdup(opt);
	}
	dir = solib_install_dir();
	cand[0] = xasprintf("%s/%s", dir, SOLIB_NAME);
	free(dir);
	if ((dir = sftrace_self_dir())) {
		cand[1] = xasprintf("%s/%s", dir, SOLIB_NAME);
		cand[2] = xasprintf("%s/../lib/%s", dir, SOLIB_NAME);
		free(dir);
	}
	for (int i = 0; i < 3 && !found; i++) {
		const char *why;

		if (!cand[i] || !usable(cand[i]))
			continue;
		if ((why = solib_problem(cand[i]))) {
			warning("skipping '%s': %s", cand[i], why);
			continue;
		}
		found = realpath(cand[i], NULL);
	}
	if (!found) {
		error("cannot find %s; looked in:", SOLIB_NAME);
		for (int i = 0; i < 3; i++)
			if (cand[i])
				fprintf(stderr, "    %s\n", cand[i]);
		fprintf(stderr, "  install it there (see 'sftrace record --print-solib-install-dir')"
				" or pass --solib PATH\n");
	}
	for (int i = 0; i < 3; i++)
		free(cand[i]);
	return found;
}

/*
 * Find the file execvp(cmd) would run, as execvp searches PATH. Returns 0
 * and, if path is not NULL, the file (the caller frees), or the errno
 * execvp would most likely fail with.
 */
int command_find(const char *cmd, char **path)
{
	const char *dirs = getenv("PATH");
	int err = ENOENT;

	if (strchr(cmd, '/')) {
		if (access(cmd, X_OK))
			return errno;
		if (path)
			*path = xstrdup(cmd);
		return 0;
	}
	if (!dirs)
		dirs = "/usr/local/bin:/bin:/usr/bin";
	while (*dirs) {
		const char *colon = strchrnul(dirs, ':');
		char *full = xasprintf("%.*s%s%s", (int)(colon - dirs), dirs,
				       colon > dirs ? "/" : "", cmd);
		struct stat st;
		if (!stat(full, &st) && S_ISREG(st.st_mode)) {
			if (!access(full, X_OK)) {
				if (path)
					*path = full;
				else
					free(full);
				return 0;
			}
			err = EACCES;
		}
		free(full);
		dirs = *colon ? colon + 1 : colon;
	}
	return err;
}

/*
 * Will the loader run the command in secure-execution mode (set-user-id
 * or set-group-id for someone else), where it ignores LD_PRELOAD?
 */
int secure_exec(const char *cmd)
{
	char *path = NULL;
	struct stat st;
	int secure = 0;

	if (!command_find(cmd, &path) && !stat(path, &st))
		secure = ((st.st_mode & S_ISUID) && st.st_uid != geteuid()) ||
			 ((st.st_mode & S_ISGID) && st.st_gid != getegid());
	free(path);
	return secure;
}

/* The directory the log goes to (the caller frees). */
char *output_dir(const char *out)
{
	const char *slash = strrchr(out, '/');

	if (!slash)
		return xstrdup(".");
	return xasprintf("%.*s", slash == out ? 1 : (int)(slash - out), out);
}
