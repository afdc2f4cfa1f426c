/*
 * Children started with an environment of their own.
 *
 * A program that calls execve, execle, execvpe, posix_spawn, ... with an
 * environment it built itself ({"PATH=.", "HOME=..."}, `env -i`, many build
 * tools and test runners) drops the variables that make its children
 * traced: the runtime in LD_PRELOAD and LD_AUDIT, its directory in
 * LD_LIBRARY_PATH (for libraries that reach it by DT_NEEDED), and the
 * SFTRACE_* settings (the log, the session, the filter). The exec and
 * spawn family is interposed here: the user's variables are kept as they
 * are, and ours are put back where they are missing. The variants without
 * an environment argument use environ, which the program may have edited
 * (unsetenv) the same way.
 *
 * Ours are what this process was started with (taken at load time, before
 * the program runs): the SFTRACE_* variables, and the entries of
 * LD_PRELOAD/LD_AUDIT that name a libsftrace library. A variable the user
 * set is never replaced: SFTRACE_OUTPUT_FILE=x stays x; a list gets our
 * entries in front (LD_PRELOAD, LD_AUDIT) or at its end (LD_LIBRARY_PATH).
 * An environment that has SFTRACE_SESSION is left as it is: sftrace record
 * made it (a nested record), and the innermost record's settings hold.
 * SFTRACE_FOLLOW_ENV=0 (`record --no-follow-env`) turns this off.
 *
 * With work items recorded, every such call also passes the calling frame
 * on in SFTRACE_CAUSE (process-flow.c), replacing any the environment
 * has: the new process's log names the frame that started it.
 *
 * Nothing here allocates: a vfork child may exec, and it shares its
 * parent's heap. The new environment is built on the stack of the
 * interposer, which exec only leaves on failure.
 *
 * Only in libsftrace.so: a static program (libsftrace.a) has no next
 * definition to call (dlsym(RTLD_NEXT) needs the dynamic loader).
 */
#include <alloca.h>
#include <dlfcn.h>
#include <errno.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/internal.h"

#define EXPORT __attribute__((visibility("default")))

extern char **environ;

enum { V_PRELOAD, V_AUDIT, V_LIBPATH, V_LISTS };
static const char *const list_name[V_LISTS] = { "LD_PRELOAD", "LD_AUDIT", "LD_LIBRARY_PATH" };

#define MAX_OURS 32
static struct {
	int on;
	char *lists[V_LISTS]; /* our entries of each list, ':'-separated, or NULL */
	const char *vars[MAX_OURS]; /* our SFTRACE_* "NAME=value" strings */
	unsigned nvars;
	size_t bytes;		/* an upper bound of what one merge adds */
} ours;

static size_t name_len(const char *kv)
{
	const char *eq = strchr(kv, '=');
	return eq ? (size_t)(eq - kv) : strlen(kv);
}

static const char *env_get(char *const *env, const char *name, size_t n)
{
	if (!env)
		return NULL;
	for (; *env; env++)
		if (!strncmp(*env, name, n) && (*env)[n] == '=')
			return *env + n + 1;
	return NULL;
}

/* Is entry e (length n) one of the ':'- or ' '-separated entries of list? */
static int list_has(const char *list, const char *e, size_t n)
{
	while (list && *list) {
		size_t l = strcspn(list, ": ");
		if (l == n && !memcmp(list, e, n))
			return 1;
		list += l;
		list += strspn(list, ": ");
	}
	return 0;
}

/* An entry naming one of our libraries: its file name starts "libsftrace". */
static int is_ours(const char *e, size_t n)
{
	size_t b = n;

	while (b > 0 && e[b - 1] != '/')
		b--;
	return n - b >= 10 && !memcmp(e + b, "libsftrace", 10);
}

/* Copy the entries of list that satisfy keep into a new ':'-list. */
static char *list_filter(const char *list, int (*keep)(const char *, size_t))
{
	size_t len = list ? strlen(list) : 0, o = 0;
	char *out;

	if (!len || !(out = rt_alloc(len + 1)))
		return NULL;
	while (*list) {
		size_t l = strcspn(list, ": ");
		if (l && keep(list, l)) {
			if (o)
				out[o++] = ':';
			memcpy(out + o, list, l);
			o += l;
		}
		list += l;
		list += strspn(list, ": ");
	}
	out[o] = '\0';
	if (!o) {
		rt_free(out, len + 1);
		return NULL;
	}
	return out;
}

/* The directory of our LD_PRELOAD entry: what record put in LD_LIBRARY_PATH. */
static char *our_dir(void)
{
	const char *p = ours.lists[V_PRELOAD] ? ours.lists[V_PRELOAD] : ours.lists[V_AUDIT];
	const char *lib = getenv("LD_LIBRARY_PATH");
	size_t l, d;
	char *out;

	if (!p || !lib)
		return NULL;
	l = strcspn(p, ":");
	for (d = l; d > 0 && p[d - 1] != '/'; d--)
		;
	if (d <= 1 || !list_has(lib, p, d - 1) || !(out = rt_alloc(d)))
		return NULL;
	memcpy(out, p, d - 1);
	out[d - 1] = '\0';
	return out;
}

__attribute__((constructor)) static void spawn_init(void)
{
	const char *f = getenv("SFTRACE_FOLLOW_ENV");

	if (f && !strcmp(f, "0"))
		return;
	ours.lists[V_PRELOAD] = list_filter(getenv("LD_PRELOAD"), is_ours);
	ours.lists[V_AUDIT] = list_filter(getenv("LD_AUDIT"), is_ours);
	if (!ours.lists[V_PRELOAD] && !ours.lists[V_AUDIT])
		return; /* not preloaded (DT_NEEDED, a static program): nothing to follow */
	ours.lists[V_LIBPATH] = our_dir();
	for (char **e = environ; e && *e && ours.nvars < MAX_OURS; e++)
		if (!strncmp(*e, "SFTRACE_", 8) && strncmp(*e, "SFTRACE_CAUSE=", 14)) {
			ours.vars[ours.nvars++] = *e; /* environ strings outlive us */
			ours.bytes += sizeof(char *);
		}
	for (int i = 0; i < V_LISTS; i++)
		if (ours.lists[i])
			ours.bytes += strlen(list_name[i]) + strlen(ours.lists[i]) + 4 + sizeof(char *);
	ours.on = 1;
}

/*
 * How many bytes merge() needs for env: the pointer array and the merged
 * list strings; 0 when env already has everything of ours and there is no
 * cause to pass (then it is used as it is). *complete: ours need not be
 * added.
 */
static size_t merge_size(char *const *env, const char *cause, int *complete)
{
	size_t n = 0, extra = 0;
	int missing = 0;

	for (char *const *e = env; e && *e; e++)
		n++;
	*complete = 1;
	/* An environment made by sftrace record itself (a nested record)
	 * is complete: its settings are the innermost record's. */
	if (!ours.on || env_get(env, "SFTRACE_SESSION", 15))
		return cause ? (n + 2) * sizeof(char *) : 0;
	for (unsigned i = 0; i < ours.nvars; i++)
		if (!env_get(env, ours.vars[i], name_len(ours.vars[i])))
			missing = 1;
	for (int i = 0; i < V_LISTS; i++) {
		const char *l = ours.lists[i], *u;
		if (!l)
			continue;
		u = env_get(env, list_name[i], strlen(list_name[i]));
		for (const char *p = l; *p;) {
			size_t k = strcspn(p, ":");
			if (!list_has(u, p, k))
				missing = 1;
			p += k;
			p += *p == ':';
		}
		if (u)
			extra += strlen(u);
	}
	if (!missing)
		return cause ? (n + 2) * sizeof(char *) : 0;
	*complete = 0;
	return (n + 2) * sizeof(char *) + ours.bytes + extra + 64;
}

/*
 * Fill buf (merge_size() bytes) with env, the cause (or NULL) instead of
 * env's, and unless complete ours; returns the new array.
 */
static char **merge(char *const *env, void *buf, const char *cause, int complete)
{
	char **out = buf, **o = out;
	size_t n = 0;
	char *s;

	for (char *const *e = env; e && *e; e++)
		n++;
	if (complete) {
		for (char *const *e = env; e && *e; e++)
			if (strncmp(*e, "SFTRACE_CAUSE=", 14))
				*o++ = *e;
		*o++ = (char *)cause;
		*o = NULL;
		return out;
	}
	s = (char *)(out + n + ours.nvars + V_LISTS + 2);
	for (char *const *e = env; e && *e; e++) {
		int i;
		if (!strncmp(*e, "SFTRACE_CAUSE=", 14))
			continue; /* ours replaces it, or none goes on */
		for (i = 0; i < V_LISTS; i++)
			if (ours.lists[i] && !strncmp(*e, list_name[i], strlen(list_name[i])) &&
			    (*e)[strlen(list_name[i])] == '=')
				break;
		if (i == V_LISTS)
			*o++ = *e; /* a list of ours is rewritten below */
	}
	for (unsigned i = 0; i < ours.nvars; i++)
		if (!env_get(env, ours.vars[i], name_len(ours.vars[i])))
			*o++ = (char *)ours.vars[i];
	for (int i = 0; i < V_LISTS; i++) {
		const char *l = ours.lists[i], *u;
		char *start = s;
		if (!l)
			continue;
		u = env_get(env, list_name[i], strlen(list_name[i]));
		s = stpcpy(stpcpy(s, list_name[i]), "=");
		if (i == V_LIBPATH && u && *u)
			s = stpcpy(stpcpy(s, u), ":");
		for (const char *p = l; *p;) {
			size_t k = strcspn(p, ":");
			if (!list_has(u, p, k)) {
				if (s[-1] != '=' && s[-1] != ':')
					*s++ = ':';
				memcpy(s, p, k);
				s += k;
			}
			p += k;
			p += *p == ':';
		}
		if (i != V_LIBPATH && u && *u) {
			if (s[-1] != '=')
				*s++ = ':';
			s = stpcpy(s, u);
		}
		if (s[-1] == ':')
			s--;
		*s++ = '\0';
		*o++ = start;
	}
	if (cause)
		*o++ = (char *)cause;
	*o = NULL;
	return out;
}

/* env with ours put back and the calling frame passed on: a new array on
 * the caller's stack, or env itself. */
#define FOLLOW_ENV(env)                                                                            \
	({                                                                                         \
		char *const *env_ = (env);                                                         \
		char *cause_ = alloca(RT_CAUSE_ENV_MAX);                                           \
		int complete_;                                                                     \
		size_t need_;                                                                      \
		if (!rt_process_flow_env(cause_))                                                  \
			cause_ = NULL;                                                             \
		need_ = merge_size(env_, cause_, &complete_);                                      \
		need_ ? (char *const *)merge(env_, alloca(need_), cause_, complete_) : env_;       \
	})

#define NEXT(name, type)                                                                           \
	static type next_;                                                                         \
	if (!next_)                                                                                \
		next_ = (type)dlsym(RTLD_NEXT, name);                                              \
	if (!next_) {                                                                              \
		errno = ENOSYS;                                                                    \
		return -1;                                                                         \
	}

typedef int (*execve_fn)(const char *, char *const[], char *const[]);
typedef int (*execveat_fn)(int, const char *, char *const[], char *const[], int);
typedef int (*fexecve_fn)(int, char *const[], char *const[]);
typedef int (*spawn_fn)(pid_t *, const char *, const posix_spawn_file_actions_t *,
			const posix_spawnattr_t *, char *const[], char *const[]);

EXPORT int execve(const char *path, char *const argv[], char *const envp[])
{
	NEXT("execve", execve_fn);
	return next_(path, argv, FOLLOW_ENV(envp));
}

EXPORT int execvpe(const char *file, char *const argv[], char *const envp[])
{
	NEXT("execvpe", execve_fn);
	return next_(file, argv, FOLLOW_ENV(envp));
}

EXPORT int execv(const char *path, char *const argv[])
{
	NEXT("execve", execve_fn);
	return next_(path, argv, FOLLOW_ENV(environ));
}

EXPORT int execvp(const char *file, char *const argv[])
{
	NEXT("execvpe", execve_fn);
	return next_(file, argv, FOLLOW_ENV(environ));
}

EXPORT int execveat(int dirfd, const char *path, char *const argv[], char *const envp[], int flags)
{
	NEXT("execveat", execveat_fn);
	return next_(dirfd, path, argv, FOLLOW_ENV(envp), flags);
}

EXPORT int fexecve(int fd, char *const argv[], char *const envp[])
{
	NEXT("fexecve", fexecve_fn);
	return next_(fd, argv, FOLLOW_ENV(envp));
}

EXPORT int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
		       const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
	NEXT("posix_spawn", spawn_fn);
	return next_(pid, path, fa, attr, argv, FOLLOW_ENV(envp));
}

EXPORT int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
			const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
	NEXT("posix_spawnp", spawn_fn);
	return next_(pid, file, fa, attr, argv, FOLLOW_ENV(envp));
}

/* The list forms: their arguments into an array on the stack. */
#define LIST_ARGV(first, ap, argv)                                                                 \
	do {                                                                                       \
		va_list c_;                                                                        \
		size_t n_ = 1;                                                                     \
		va_copy(c_, ap);                                                                   \
		while (va_arg(c_, char *))                                                         \
			n_++;                                                                      \
		va_end(c_);                                                                        \
		argv = alloca((n_ + 1) * sizeof(char *));                                          \
		argv[0] = (char *)(first);                                                         \
		for (size_t i_ = 1; i_ <= n_; i_++)                                                \
			argv[i_] = va_arg(ap, char *);                                             \
	} while (0)

EXPORT int execl(const char *path, const char *arg, ...)
{
	char **argv;
	va_list ap;

	va_start(ap, arg);
	LIST_ARGV(arg, ap, argv);
	va_end(ap);
	return execv(path, argv);
}

EXPORT int execlp(const char *file, const char *arg, ...)
{
	char **argv;
	va_list ap;

	va_start(ap, arg);
	LIST_ARGV(arg, ap, argv);
	va_end(ap);
	return execvp(file, argv);
}

EXPORT int execle(const char *path, const char *arg, ...)
{
	char **argv, **envp;
	va_list ap;

	va_start(ap, arg);
	LIST_ARGV(arg, ap, argv);
	envp = va_arg(ap, char **); /* after the NULL that ends the arguments */
	va_end(ap);
	return execve(path, argv, envp);
}
