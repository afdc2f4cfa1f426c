/*
 * sftrace record: run a command with libsftrace.so preloaded and report
 * the logs it wrote.
 *
 * The runtime does the recording; this command only finds the library,
 * sets the environment (SFTRACE_OUTPUT_FILE, SFTRACE_SESSION, a random id
 * shared by every log of this run, and SFTRACE_ROOT_PID: the first
 * instrumented process writes OUT, the others OUT.<pid>), forwards the
 * signals that ask a program to stop, waits, then lists the logs of this
 * session with their event counts (record-summary.c).
 * Everything that can be checked before the command runs is (output,
 * runtime library, command), since the runtime inside the command can only
 * fail silently or in the middle of the user's output. Exit status: the
 * command's (128+N if killed by signal N), 125 when sftrace itself fails,
 * 126 when CMD cannot be run, 127 when it is not found.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/format.h"
#include "common/sigsafe.h"
#include "tools/builtin.h"
#include "tools/filter/filter.h"
#include "tools/lib/parse-options.h"
#include "tools/lib/usage.h"
#include "tools/read/loss.h"
#include "tools/read/values.h"
#include "tools/record-summary.h"
#include "tools/record-wait.h"
#include "tools/runtime-find.h"


static const char *const record_usage[] = {
	"sftrace record [<options>] -- <command> [<args>...]",
	"",
	"Run <command> with the sftrace runtime preloaded and record every call of",
	"every function compiled with XRay sleds:",
	"  C/C++: clang -fxray-instrument -fxray-instruction-threshold=1",
	"  Rust:  RUSTC_BOOTSTRAP=1 rustc -Zinstrument-xray=always (or RUSTFLAGS)",
	"Only processes that run instrumented code write a log: the first one",
	"writes <file> (usually the command itself; with a package manager or a",
	"shell, the first instrumented program it starts), the others",
	"<file>.<pid>. Give them all (<file>*) to convert, report, tree or",
	"flamegraph to see the whole process tree. One line per log is printed on",
	"standard error. The exit status is the command's.",
	NULL,
};

/* A flag variable as the runtime reads them: set, and not 0, false or no. */
static bool env_true(const char *name)
{
	const char *v = getenv(name);

	return v && *v && strcmp(v, "0") && strcasecmp(v, "false") && strcasecmp(v, "no");
}

/* --max-depth or --min-duration absent (no option value can be this) */
#define NOT_GIVEN UINT64_MAX

struct record_opts {
	const char *output;
	const char *filter;
	struct string_list fregex, fexclude; /* -F, -N (docs/filter.md) */
	struct string_list vargs, vret;	     /* -A, -R: values of these functions */
	uint64_t string_size;		     /* --string-size */
	int subtree;
	uint64_t max_depth, min_duration; /* NOT_GIVEN unless on the command line */
	const char *solib;
	int print_solib;
	int print_install_dir;
	int memory; /* -m: preload the interposed allocator too */
	int no_follow_env; /* children started with their own environment are not traced */
	int no_wait;	   /* return when the command exits, not when the last process does */
	struct string_list flow, flow_src; /* --flow, --flow-source: REGEX@argN rules */
	int no_flows;			   /* --no-flows: no work items recorded */
};

/*
 * Create the missing directories above dir (mode 0700, as the XDG spec
 * asks for the data directory), so that the install step of the seed
 * workflow, a plain `mkdir "$(sftrace record --print-solib-install-dir)"`,
 * works in a home without ~/.local/share. Failures are left to that mkdir
 * to report.
 */
static void make_parents(const char *dir)
{
	char *p = xstrdup(dir);
	char *slash = strrchr(p, '/');

	if (slash && slash != p) {
		*slash = '\0';
		for (char *q = p + 1; *q; q++)
			if (*q == '/') {
				*q = '\0';
				mkdir(p, 0700);
				*q = '/';
			}
		mkdir(p, 0700);
	}
	free(p);
}

/* path made absolute (malloc'ed), or NULL after printing why. */
static char *absolute(const char *path)
{
	char cwd[PATH_MAX];

	if (path[0] == '/')
		return xstrdup(path);
	if (!getcwd(cwd, sizeof(cwd))) {
		error_errno("cannot get the current directory");
		return NULL;
	}
	return xasprintf("%s/%s", cwd, path);
}

static volatile sig_atomic_t child_pid;

/*
 * The signals passed on to the command: those that ask a program to stop.
 * One that was ignored when sftrace started (nohup, a background job of a
 * script) stays ignored, by sftrace and by the command, as without
 * sftrace. They are blocked from before the fork until child_pid is set,
 * so one that arrives meanwhile is passed on rather than lost.
 */
static const int fwd_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define NFWD (sizeof(fwd_signals) / sizeof(fwd_signals[0]))
static int fwd_installed[NFWD];

static void forward_signal(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	/* A terminal's ^C, ^\ or hangup already reached the whole process
	 * group. */
	if (si && si->si_code == SI_KERNEL)
		return;
	if (child_pid > 0)
		kill(child_pid, sig);
}

static void fwd_install(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = forward_signal;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NFWD; i++) {
		if (sigaction(fwd_signals[i], NULL, &old) || old.sa_handler == SIG_IGN)
			continue;
		fwd_installed[i] = !sigaction(fwd_signals[i], &sa, NULL);
	}
}

/* The dispositions sftrace started with (default for those it forwards). */
static void fwd_restore(void)
{
	for (size_t i = 0; i < NFWD; i++)
		if (fwd_installed[i]) {
			signal(fwd_signals[i], SIG_DFL);
			fwd_installed[i] = 0;
		}
}

static void fwd_block(int how, sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < NFWD; i++)
		sigaddset(&set, fwd_signals[i]);
	sigprocmask(how, &set, old);
}

static uint64_t random_session(void)
{
	uint64_t s = 0;

	if (getrandom(&s, sizeof(s), 0) != sizeof(s))
		s = ((uint64_t)getpid() << 32) ^ (uint64_t)time(NULL) ^ (uint64_t)clock();
	return s | 1;
}

/*
 * Whether execvp(cmd) can succeed, checked before anything is removed so
 * that a mistyped command does not cost the previous log. Returns 0, or
 * the errno execvp would most likely fail with.
 */
static int command_error(const char *cmd)
{
	return command_find(cmd, NULL);
}

/*
 * Start argv with the runtime preloaded; child_pid is set as soon as it
 * exists (the forwarded signals are blocked meanwhile). Returns the pid,
 * or -1 with *status set to 126/127 after printing why it could not be
 * run.
 */
/*
 * PATH with dir appended unless it is there already: a user's own
 * entries keep their precedence. The caller frees.
 */
static char *path_with(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (!path || !*path)
		return xstrdup(dir);
	for (const char *p = path; *p;) {
		const char *e = strchr(p, ':');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && !strncmp(p, dir, n))
			return xstrdup(path);
		if (!e)
			break;
		p = e + 1;
	}
	return xasprintf("%s:%s", path, dir);
}

/*
 * The environment of the recorded command (run in the child):
 * LD_PRELOAD the runtime (and with -m the interposed allocator, which
 * must come after it), LD_AUDIT the runtime too, the runtime's directory
 * on LD_LIBRARY_PATH (binaries built with the sftrace-setup crate have a
 * DT_NEEDED entry for libsftrace.so; the loader finds the preloaded copy
 * by its soname, and processes started without our LD_PRELOAD still find
 * the library), and the SFTRACE_* variables.
 */
/*
 * A loader list (LD_PRELOAD, LD_AUDIT: entries separated by ':' or ' ')
 * without the entries of an sftrace runtime: under a recording of an
 * outer `sftrace record`, the innermost one's runtime takes their place
 * (twice in LD_AUDIT, the loader runs out of static TLS). The caller
 * frees; NULL when nothing is left.
 */
static char *list_without_runtime(const char *list)
{
	char *out = xmalloc(strlen(list ? list : "") + 1);
	size_t n = 0;

	for (const char *p = list ? list : ""; *p;) {
		size_t len = strcspn(p, ": "), blen;
		const char *base = p;

		for (size_t i = 0; i < len; i++)
			if (p[i] == '/')
				base = p + i + 1;
		blen = (size_t)(p + len - base);
		if (len && !(blen == strlen("libsftrace.so") && !strncmp(base, "libsftrace.so", blen)) &&
		    !(blen == strlen("libsftrace-malloc.so") &&
		      !strncmp(base, "libsftrace-malloc.so", blen))) {
			if (n)
				out[n++] = ':';
			memcpy(out + n, p, len);
			n += len;
		}
		p += len;
		if (*p)
			p++;
	}
	out[n] = '\0';
	if (!n) {
		free(out);
		return NULL;
	}
	return out;
}

static void child_env(const char *solib, const char *malloc_solib, const char *out,
		      const char *filter, uint64_t session)
{
	char *old = list_without_runtime(getenv("LD_PRELOAD"));
	char buf[32];
	char *dir = xstrdup(solib), *slash, *v;

	v = xasprintf("%s%s%s%s%s", solib, malloc_solib ? ":" : "", malloc_solib ? malloc_solib : "",
		      old ? ":" : "", old ? old : "");
	setenv("LD_PRELOAD", v, 1);
	free(v);
	free(old);
	/* The same library as an rtld-audit module patches dlopen'ed
	 * libraries before their constructors run (docs/runtime.md). */
	old = list_without_runtime(getenv("LD_AUDIT"));
	if (!env_true("SFTRACE_NO_AUDIT")) {
		v = old ? xasprintf("%s:%s", solib, old) : xstrdup(solib);
		setenv("LD_AUDIT", v, 1);
		free(v);
	} else if (old) {
		setenv("LD_AUDIT", old, 1);
	} else {
		unsetenv("LD_AUDIT");
	}
	free(old);
	if ((slash = strrchr(dir, '/')) && slash != dir)
		*slash = '\0';
	v = path_with(getenv("LD_LIBRARY_PATH"), dir);
	setenv("LD_LIBRARY_PATH", v, 1);
	free(v);
	free(dir);
	setenv("SFTRACE_OUTPUT_FILE", out, 1);
	/* The runtime keeps the program's stderr its own: what goes wrong is
	 * in the log, and reported here. */
	setenv("SFTRACE_QUIET", "1", 1);
	snprintf(buf, sizeof(buf), "%016" PRIx64, session);
	setenv("SFTRACE_SESSION", buf, 1);
	snprintf(buf, sizeof(buf), "%d", (int)getpid());
	setenv("SFTRACE_ROOT_PID", buf, 1);
	if (filter)
		setenv("SFTRACE_FILTER", filter, 1);
	else
		unsetenv("SFTRACE_FILTER");
}

/* libsftrace-malloc.so beside the runtime (--memory). The caller frees. */
static char *find_malloc_solib(const char *solib)
{
	const char *slash = strrchr(solib, '/');
	char *path = xasprintf("%.*slibsftrace-malloc.so", slash ? (int)(slash - solib + 1) : 0, solib);

	if (access(path, R_OK)) {
		error("--memory needs '%s' (the interposed allocator, built and installed "
		      "with libsftrace.so): %s",
		      path, strerror(errno));
		free(path);
		return NULL;
	}
	return path;
}

static pid_t spawn(char **argv, const char *solib, const char *malloc_solib, const char *out,
		   const char *filter, uint64_t session, int *status)
{
	int pfd[2];
	pid_t pid;
	int err = 0;
	ssize_t n;
	sigset_t old_mask;

	if (pipe2(pfd, O_CLOEXEC))
		die_errno("cannot create a pipe");
	fflush(NULL);
	fwd_block(SIG_BLOCK, &old_mask);
	pid = fork();
	if (pid < 0)
		die_errno("cannot fork");
	if (pid == 0) {
		close(pfd[0]);
		child_env(solib, malloc_solib, out, filter, session);
		fwd_restore();
		sigprocmask(SIG_SETMASK, &old_mask, NULL);
		execvp(argv[0], argv);
		err = errno;
		if (write(pfd[1], &err, sizeof(err)) < 0)
			_exit(127);
		_exit(err == ENOENT ? 127 : 126);
	}
	child_pid = pid;
	close(pfd[1]);
	do
		n = read(pfd[0], &err, sizeof(err));
	while (n < 0 && errno == EINTR);
	close(pfd[0]);
	if (n == sizeof(err)) {
		child_pid = 0;
		sigprocmask(SIG_SETMASK, &old_mask, NULL);
		error("cannot run '%s': %s", argv[0], strerror(err));
		waitpid(pid, NULL, 0);
		*status = err == ENOENT ? 127 : 126;
		return -1;
	}
	/* A signal held since the fork is passed on now. */
	sigprocmask(SIG_SETMASK, &old_mask, NULL);
	return pid;
}

static void human_bytes(char *buf, size_t n, uint64_t b)
{
	if (b >= 10u << 20)
		snprintf(buf, n, "%.1f MiB", (double)b / (1 << 20));
	else if (b >= 10u << 10)
		snprintf(buf, n, "%.1f KiB", (double)b / (1 << 10));
	else
		snprintf(buf, n, "%" PRIu64 " bytes", b);
}

/* Does the directory the log goes to still exist? */
static int output_dir_exists(const char *out)
{
	char *dir = output_dir(out);
	struct stat st;
	int ok = !stat(dir, &st) && S_ISDIR(st.st_mode);

	free(dir);
	return ok;
}

/* Is there no room left where the log goes? */
static int output_fs_full(const char *out)
{
	char *dir = output_dir(out);
	struct statvfs sv;
	int full = !statvfs(dir, &sv) && sv.f_bavail < 2;

	free(dir);
	return full;
}

/*
 * "disk full after N events; M events not recorded", or what else was
 * lost and why: every event is recorded or counted, and record says which.
 */
static void report_loss(const char *shown, const struct fmt_file_header *h,
			const struct log_summary *sum)
{
	char buf[128];
	uint64_t lost = sum->lost > h->lost ? sum->lost : h->lost;

	if (h->flags & FMT_FLAG_STOPPED)
		fprintf(stderr, "sftrace: %s: %s after %" PRIu64 " events; %" PRIu64
			" events not recorded\n",
			shown, trace_loss_reason_text(h->stop_reason, h->stop_errno, buf, sizeof(buf)), sum->events,
			lost);
	else if (lost)
		fprintf(stderr, "sftrace: %s: %" PRIu64 " events not recorded (%s)\n", shown, lost,
			trace_loss_reason_text(sum->lost_reason, 0, buf, sizeof(buf)));
}

/* Print one line for the log at path (shown as shown); returns 1 if it is ours. */
static int report_log(const char *path, const char *shown, uint64_t session)
{
	struct fmt_file_header h;
	struct log_summary sum;
	struct stat st;
	char size[32];
	void *map;
	/* O_NONBLOCK: a FIFO of a matching name must not hang the summary. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0)
		return 0;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_size < (off_t)FMT_PAGE ||
	    pread(fd, &h, sizeof(h), 0) != (ssize_t)sizeof(h) ||
	    memcmp(h.magic, FMT_MAGIC, FMT_MAGIC_LEN) || h.session != session) {
		close(fd);
		return 0;
	}
	human_bytes(size, sizeof(size), (uint64_t)st.st_size);
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		fprintf(stderr, "sftrace: %s: cannot map the log (%s), %s\n", shown, strerror(errno),
			size);
		return 1;
	}
	record_summarize(map, (size_t)st.st_size, &sum);
	munmap(map, (size_t)st.st_size);
	fprintf(stderr, "sftrace: %s: %" PRIu64 " events, %u thread%s, %s%s\n", shown, sum.events,
		sum.threads, sum.threads == 1 ? "" : "s", size,
		h.flags & FMT_FLAG_STOPPED ? " (recording stopped early)" : "");
	if (sum.mem_events)
		fprintf(stderr, "sftrace: %s: %" PRIu64 " of the events are memory events%s\n", shown,
			sum.mem_events, h.flags & FMT_FLAG_MEMORY ? " (every C allocator call)" : "");
	report_loss(shown, &h, &sum);
	if (h.flags & FMT_FLAG_FILTERED) {
		/* The header total is written at shutdown; blocks carry their share. */
		uint64_t dropped = h.filter_dropped > sum.filter_dropped ? h.filter_dropped
									 : sum.filter_dropped;
		fprintf(stderr,
			"sftrace: %s: filtered: %" PRIu64 " of %" PRIu64
			" functions patched, %" PRIu64 " events dropped\n",
			shown, sum.patched, sum.funcs, dropped);
	}
	return 1;
}

static int name_matches(const char *name, const char *base)
{
	size_t l = strlen(base);
	const char *p;
	int parts = 0;

	if (strncmp(name, base, l))
		return 0;
	p = name + l;
	if (!*p)
		return 1;
	/* .<pid> or .<pid>.<n> */
	while (*p == '.' && parts < 2) {
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
		parts++;
	}
	return !*p && parts;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Report every log of this session; returns how many there were. Names
 * are shown as the user spelled the output (shown) plus the suffix.
 */
static int report_logs(const char *out, const char *shown, uint64_t session)
{
	char *dir = xstrdup(out), *slash = strrchr(dir, '/');
	const char *base = slash + 1;
	char **names = NULL;
	size_t nr = 0, alloc = 0;
	int found = 0;
	DIR *d;
	struct dirent *de;

	*slash = '\0';
	d = opendir(*dir ? dir : "/");
	if (!d) {
		free(dir);
		return 0;
	}
	while ((de = readdir(d)))
		if (name_matches(de->d_name, base)) {
			ALLOC_GROW(names, nr + 1, alloc);
			names[nr++] = xstrdup(de->d_name);
		}
	closedir(d);
	if (nr)
		qsort(names, nr, sizeof(*names), cmp_str);
	for (size_t i = 0; i < nr; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		char *disp = xasprintf("%s%s", shown, names[i] + strlen(base));
		found += report_log(path, disp, session);
		free(disp);
		free(path);
		free(names[i]);
	}
	free(names);
	free(dir);
	return found;
}

/*
 * The runtime creates the log inside the traced process and could only
 * say there that it failed: check first that OUT names a file and that a
 * file can be created beside it. A real create, since access() says yes
 * to root everywhere, even in /proc. Returns 0 or -1 after printing why.
 */
static int check_output(const char *out, const char *shown)
{
	struct stat st;
	char *dir, *probe;
	int fd, ret = 0;

	if (!stat(out, &st) && S_ISDIR(st.st_mode))
		return error("cannot write the log to '%s': it is a directory", shown);
	if (out[strlen(out) - 1] == '/')
		return error("cannot write the log to '%s': not a file name", shown);
	dir = xstrdup(out);
	*strrchr(dir, '/') = '\0';
	probe = xasprintf("%s/.sftrace-probe-XXXXXX", dir);
	fd = mkostemp(probe, O_CLOEXEC);
	if (fd < 0) {
		ret = error_errno("cannot create the log in '%s'", *dir ? dir : "/");
	} else {
		close(fd);
		unlink(probe);
	}
	free(probe);
	free(dir);
	return ret;
}

/*
 * Remove the logs an earlier recording left at OUT.<pid> and
 * OUT.<pid>.<n> (OUT itself is replaced by the caller), so that OUT*
 * names this recording's logs only. A file goes only if it is an sftrace
 * log written by process <pid> of its name: a copy saved as OUT.1 stays.
 */
static void remove_stale_logs(const char *out)
{
	char *dir = xstrdup(out), *slash = strrchr(dir, '/');
	const char *base = slash + 1;
	size_t blen = strlen(base);
	struct dirent *de;
	DIR *d;

	*slash = '\0';
	d = opendir(*dir ? dir : "/");
	while (d && (de = readdir(d))) {
		struct fmt_file_header h;
		char *path;
		int fd;

		if (!de->d_name[blen] || !name_matches(de->d_name, base))
			continue;
		path = xasprintf("%s/%s", dir, de->d_name);
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
		if (fd >= 0) {
			struct stat st;
			int ours = !fstat(fd, &st) && S_ISREG(st.st_mode) &&
				   pread(fd, &h, sizeof(h), 0) == (ssize_t)sizeof(h) &&
				   !memcmp(h.magic, FMT_MAGIC, FMT_MAGIC_LEN) &&
				   strtoul(de->d_name + blen + 1, NULL, 10) == h.pid;
			close(fd);
			if (ours && unlink(path) && errno != ENOENT)
				warning("cannot remove '%s', a log of an earlier recording: %s", path,
					strerror(errno));
		}
		free(path);
	}
	if (d)
		closedir(d);
	free(dir);
}

/*
 * The regexes one per line, as the runtime reads them: each is compiled
 * on its own there, so backreferences, (?x) and other inline options mean
 * what they mean on the command line (joining them into one alternation
 * would renumber groups). The caller frees.
 */
static char *join_regexes(const struct string_list *l)
{
	char *s = xstrdup("");

	for (size_t i = 0; i < l->nr; i++) {
		char *n = xasprintf("%s%s%s", s, i ? "\n" : "", l->items[i]);
		free(s);
		s = n;
	}
	return s;
}

static void set_or_unset(const char *name, const char *value)
{
	if (value)
		setenv(name, value, 1);
	else
		unsetenv(name);
}

/*
 * The name filters, limits and subtree mode for the runtime
 * (docs/filter.md "Environment"), set here so the child inherits them.
 * The regexes are compiled once here to report a mistake before the
 * program runs. Returns 0 or -1 after printing why.
 */
static int record_filter_env(const struct record_opts *o)
{
	struct regex_set *rs;
	char *inc = o->fregex.nr ? join_regexes(&o->fregex) : NULL;
	char *exc = o->fexclude.nr ? join_regexes(&o->fexclude) : NULL;
	char *vargs = o->vargs.nr ? join_regexes(&o->vargs) : NULL;
	char *vret = o->vret.nr ? join_regexes(&o->vret) : NULL;
	char depth[32], dur[32];

	{
		const struct string_list *lists[] = { &o->fregex, &o->fexclude, &o->vargs, &o->vret };
		const char *opts[] = { "-F", "-N", "-A", "-R" };
		for (size_t i = 0; i < 4; i++) {
			if (!(rs = regex_set_new(lists[i], opts[i])))
				goto fail;
			regex_set_free(rs);
		}
	}
	snprintf(depth, sizeof(depth), "%" PRIu64, o->max_depth);
	snprintf(dur, sizeof(dur), "%" PRIu64, o->min_duration);
	set_or_unset("SFTRACE_FILTER_REGEX", inc);
	set_or_unset("SFTRACE_FILTER_EXCLUDE", exc);
	set_or_unset("SFTRACE_ARGS_REGEX", vargs);
	set_or_unset("SFTRACE_RETVAL_REGEX", vret);
	set_or_unset("SFTRACE_FILTER_SUBTREE", o->subtree ? "1" : NULL);
	/* given, even as 0 ("no limit"): it overrides a filter file's value */
	set_or_unset("SFTRACE_FILTER_MAX_DEPTH", o->max_depth != NOT_GIVEN ? depth : NULL);
	set_or_unset("SFTRACE_FILTER_MIN_DURATION", o->min_duration != NOT_GIVEN ? dur : NULL);
	free(inc);
	free(exc);
	free(vargs);
	free(vret);
	return 0;
fail:
	free(inc);
	free(exc);
	free(vargs);
	free(vret);
	return -1;
}

/* --- work items: --flow, --flow-source, --no-flows ---------------------- */

/*
 * The user's flow rules for the runtime (SFTRACE_FLOW_RULES, "item N
 * REGEX" and "source N REGEX" lines, runtime/flows.c) from REGEX@argN
 * arguments; SFTRACE_FLOWS=0 with --no-flows. Regexes are compiled here
 * first, to report a mistake before the program runs. 0 or -1.
 */
static int record_flow_env(const struct record_opts *o)
{
	const struct string_list *lists[] = { &o->flow, &o->flow_src };
	const char *kinds[] = { "item", "source" }, *opts[] = { "--flow", "--flow-source" };
	char *rules = NULL;
	int ret = -1;

	if (o->no_flows && (o->flow.nr || o->flow_src.nr)) {
		error("--no-flows cannot be combined with --flow or --flow-source");
		return -1;
	}
	for (size_t l = 0; l < 2; l++)
		for (size_t i = 0; i < lists[l]->nr; i++) {
			const char *rule = lists[l]->items[i], *at = strrchr(rule, '@');
			struct string_list one = STRING_LIST_INIT;
			struct regex_set *rs;
			char *end, *re, *line;
			unsigned long n = 0;

			if (at && !strncmp(at, "@arg", 4))
				n = strtoul(at + 4, &end, 10);
			if (!at || at == rule || strncmp(at, "@arg", 4) || !at[4] || *end || n > 5) {
				error("%s '%s': want REGEX@argN, N the argument's position (0 to 5)",
				      opts[l], rule);
				goto out;
			}
			re = xstrndup(rule, (size_t)(at - rule));
			string_list_append(&one, re);
			rs = regex_set_new(&one, opts[l]);
			string_list_release(&one);
			if (!rs) {
				free(re);
				goto out;
			}
			regex_set_free(rs);
			line = xasprintf("%s%s%s %lu %s", rules ? rules : "", rules ? "\n" : "", kinds[l],
					 n, re);
			free(rules);
			free(re);
			rules = line;
		}
	/* without the options, what the environment says holds */
	if (rules)
		setenv("SFTRACE_FLOW_RULES", rules, 1);
	if (o->no_flows)
		setenv("SFTRACE_FLOWS", "0", 1);
	ret = 0;
out:
	free(rules);
	return ret;
}

/* --- values: record -A/-R planned from DWARF ----------------------------- */

/* Whether the file at path is a 64-bit ELF object with XRay sleds (quietly). */
static int has_sleds(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), found = 0;
	struct stat st;
	Elf *elf;
	Elf_Scn *scn = NULL;
	size_t shstrndx;

	if (fd < 0)
		return 0;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return 0;
	}
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (elf && elf_kind(elf) == ELF_K_ELF && gelf_getclass(elf) == ELFCLASS64 &&
	    !elf_getshdrstrndx(elf, &shstrndx))
		while (!found && (scn = elf_nextscn(elf, scn))) {
			GElf_Shdr sh;
			const char *name;

			found = gelf_getshdr(scn, &sh) &&
				(name = elf_strptr(elf, shstrndx, sh.sh_name)) &&
				!strcmp(name, "xray_instr_map");
		}
	if (elf)
		elf_end(elf);
	close(fd);
	return found;
}

/* The dynamic loader named by exe's PT_INTERP (the caller frees), or NULL: static, not ELF. */
static char *elf_interp(const char *exe)
{
	int fd = open(exe, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	char *interp = NULL;
	size_t nph = 0;
	Elf *elf;

	if (fd < 0)
		return NULL;
	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (elf && elf_kind(elf) == ELF_K_ELF && !elf_getphdrnum(elf, &nph)) {
		for (size_t i = 0; i < nph && !interp; i++) {
			GElf_Phdr ph;
			size_t size;
			const char *raw = elf_rawfile(elf, &size);

			if (!gelf_getphdr(elf, (int)i, &ph) || ph.p_type != PT_INTERP || !raw ||
			    ph.p_offset >= size || ph.p_filesz > size - ph.p_offset || !ph.p_filesz)
				continue;
			interp = xmalloc(ph.p_filesz + 1);
			memcpy(interp, raw + ph.p_offset, ph.p_filesz);
			interp[ph.p_filesz] = '\0';
		}
	}
	if (elf)
		elf_end(elf);
	close(fd);
	return interp;
}

/*
 * Append to paths the libraries the dynamic loader loads for exe at
 * start (its DT_NEEDED entries and theirs, found as the loader finds them:
 * RPATH, LD_LIBRARY_PATH, RUNPATH, its cache, the default directories).
 * The loader itself says: run under LD_TRACE_LOADED_OBJECTS it lists them
 * and exits without running the program, as ldd does. Only for a dynamic
 * ELF executable (a static one would run) that is not set-user-id.
 */
static void startup_libraries(const char *exe, struct string_list *paths)
{
	char *interp = elf_interp(exe), *buf = NULL;
	size_t len = 0;
	int pfd[2];
	pid_t pid;
	FILE *in, *m;

	if (!interp || secure_exec(exe) || pipe2(pfd, O_CLOEXEC)) {
		free(interp);
		return;
	}
	fflush(NULL);
	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR | O_CLOEXEC);

		dup2(pfd[1], 1);
		if (null >= 0)
			dup2(null, 2);
		unsetenv("LD_PRELOAD");
		unsetenv("LD_AUDIT");
		setenv("LD_TRACE_LOADED_OBJECTS", "1", 1);
		execl(interp, interp, exe, (char *)NULL);
		_exit(127);
	}
	close(pfd[1]);
	free(interp);
	if (pid < 0) {
		close(pfd[0]);
		return;
	}
	in = fdopen(pfd[0], "r");
	m = open_memstream(&buf, &len);
	if (in && m) {
		char line[PATH_MAX + 64];

		while (fgets(line, sizeof(line), in))
			fputs(line, m);
	}
	if (in)
		fclose(in);
	else
		close(pfd[0]);
	if (m)
		fclose(m);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	/* "\tlibfoo.so => /path/libfoo.so (0x...)": the path after "=> " */
	for (char *l = buf, *next; l && *l; l = next) {
		char *arrow, *end;

		next = strchr(l, '\n');
		if (next)
			*next++ = '\0';
		if ((arrow = strstr(l, " => /")) && (end = strstr(arrow, " (0x"))) {
			*end = '\0';
			string_list_append(paths, xstrdup(arrow + 4));
		}
	}
	free(buf);
}

/*
 * The values file for `record -A/-R` (docs/filter.md "Values"): for the
 * modules known before the program runs (the executable and its startup
 * libraries), the marked functions with what their DWARF says they use,
 * as `sftrace filter --args` writes it; the runtime takes those specs and
 * keeps the name regexes for everything else (modules loaded later get
 * every register). Written to a hidden file beside the log (the runtime
 * of every process reads it at its start). Returns 0 and *path (NULL:
 * nothing to plan), or -1 after printing why.
 */
static int values_file_make(const struct record_opts *o, const char *cmd, const char *out,
			    char **path)
{
	struct string_list mods = STRING_LIST_INIT;
	struct regex_set *vargs = NULL, *vret = NULL;
	char *exe = NULL, *buf = NULL, *dir, *tmp;
	size_t len = 0, nplanned = 0;
	FILE *m;
	int fd, ret = -1;

	*path = NULL;
	if ((!o->vargs.nr && !o->vret.nr) || command_find(cmd, &exe))
		return 0;
	if (!(vargs = regex_set_new(&o->vargs, "-A")) || !(vret = regex_set_new(&o->vret, "-R")))
		goto out;
	string_list_append(&mods, exe);
	startup_libraries(exe, &mods);
	/* by the files they are: a module named twice (a link and its target) once */
	for (size_t i = 0; i < mods.nr; i++) {
		char *real = realpath(mods.items[i], NULL);

		free((char *)mods.items[i]);
		mods.items[i] = real;
		for (size_t k = 0; real && k < i; k++)
			if (mods.items[k] && !strcmp(mods.items[k], real)) {
				free(real);
				mods.items[i] = NULL;
				break;
			}
	}
	if (!(m = open_memstream(&buf, &len)))
		die_errno("out of memory");
	fprintf(m, "%s 2\n# sftrace record: the values of -A/-R from DWARF\nstring-size %" PRIu64
		"\n", FFILE_MAGIC, o->string_size);
	for (size_t i = 0; i < mods.nr; i++) {
		struct xobject obj;
		struct values_func_plan *plans;
		size_t nmarked = 0, nknown = 0;

		if (!mods.items[i] || !has_sleds(mods.items[i]) || xobject_load(&obj, mods.items[i]))
			continue;
		for (size_t k = 0; k < obj.nfuncs; k++) {
			struct xfunc *f = &obj.funcs[k];

			f->flags = (values_name_matches(vargs, f) ? FFILE_ARGS : 0) |
				   (values_name_matches(vret, f) ? FFILE_RETVAL : 0);
			if (f->flags)
				f->flags |= FFILE_INCLUDE;
			nmarked += f->flags != 0;
		}
		if (nmarked && (plans = values_plan_object(&obj, &nknown))) {
			if (nknown)
				values_write_module(m, &obj, plans);
			nplanned += nknown;
			free(plans);
		}
		xobject_release(&obj);
	}
	if (fclose(m))
		die_errno("out of memory");
	if (!nplanned) {
		ret = 0;
		goto out;
	}
	dir = output_dir(out);
	tmp = xasprintf("%s/.%s.values", dir, strrchr(out, '/') + 1);
	free(dir);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (fd < 0 || sigsafe_write_full(fd, buf, len) || close(fd)) {
		error_errno("cannot write '%s'", tmp);
		if (fd >= 0)
			unlink(tmp);
		free(tmp);
		goto out;
	}
	*path = tmp;
	ret = 0;
out:
	free(buf);
	for (size_t i = 0; i < mods.nr; i++)
		free((char *)mods.items[i]);
	string_list_release(&mods);
	regex_set_free(vargs);
	regex_set_free(vret);
	return ret;
}

int cmd_record(int argc, char **argv)
{
	struct record_opts o = {
		.output = "sf.log", .max_depth = NOT_GIVEN, .min_duration = NOT_GIVEN,
		.string_size = FFILE_DEFAULT_STRING_SIZE,
	};
	const struct option_def options[] = {
		OPT_STRING('o', "output", &o.output, "file", "write the log to <file> (default sf.log)"),
		OPT_STRING('f', "filter", &o.filter, "file",
			   "record only the functions of a filter file (sftrace filter)"),
		OPT_STRING_LIST('F', "function", &o.fregex, "regex",
				"record only functions whose name matches (repeatable)"),
		OPT_FILTER_LIMITS(&o.fexclude, &o.subtree, &o.max_depth, &o.min_duration),
		OPT_STRING_LIST('A', "args", &o.vargs, "regex",
				"record the argument registers of functions whose name matches "
				"(repeatable; they are recorded even if -F does not select them)"),
		OPT_STRING_LIST('R', "retval", &o.vret, "regex",
				"record the return registers of functions whose name matches "
				"(repeatable)"),
		OPT_U64(0, "string-size", &o.string_size, "n",
			"bytes of a string argument of -A functions recorded at most (default 64, "
			"up to 4096)"),
		OPT_BOOL('m', "memory", &o.memory,
			 "also record every call of the C allocator (malloc, free, ...)"),
		OPT_BOOL(0, "no-follow-env", &o.no_follow_env,
			 "do not put the tracing variables back into the environment a traced "
			 "program gives the programs it starts (exec, posix_spawn)"),
		OPT_BOOL(0, "no-wait", &o.no_wait,
			 "return when the command exits, even if processes it left running still "
			 "record"),
		OPT_STRING_LIST(0, "flow", &o.flow, "regex@argN",
				"functions whose name matches execute a work item, whose address is "
				"their argument N (0: the first): link them to the frame that made it "
				"(repeatable; rayon's are built in)"),
		OPT_STRING_LIST(0, "flow-source", &o.flow_src, "regex@argN",
				"functions whose name matches hand the work item in their argument N "
				"to another thread (repeatable)"),
		OPT_BOOL(0, "no-flows", &o.no_flows,
			 "record no work items (no built-in rules, no thread creations)"),
		OPT_STRING(0, "solib", &o.solib, "path", "the runtime library to preload"),
		OPT_BOOL(0, "print-solib", &o.print_solib, "print the runtime library used and exit"),
		OPT_BOOL(0, "print-solib-install-dir", &o.print_install_dir,
			 "print where to install libsftrace.so and exit"),
		OPT_END(),
	};
	char *solib, *out = NULL, *filter = NULL, *malloc_solib = NULL, *vfile = NULL;
	int setuid_cmd = 0;
	uint64_t session;
	int status = 125, wstatus, err;
	pid_t pid = -1;

	argc = parse_options(argc, argv, options, record_usage, PARSE_OPT_STOP_AT_NON_OPTION);
	if (o.print_install_dir) {
		char *dir = solib_install_dir();
		make_parents(dir);
		printf("%s\n", dir);
		free(dir);
		return 0;
	}
	solib = solib_find(o.solib);
	if (o.print_solib) {
		if (!solib)
			return 1;
		printf("%s\n", solib);
		free(solib);
		return 0;
	}
	if (argc < 1)
		usage_error(record_usage, options, "no command to run");
	if (!solib)
		goto out;
	solib_warn_other_build(solib);
	if (!*o.output)
		usage_error(record_usage, options, "the output file name is empty");
	if (o.filter && (o.fregex.nr || o.fexclude.nr))
		usage_error(record_usage, options, "-f cannot be combined with -F or -N");
	if (!o.string_size || o.string_size > FFILE_MAX_STRING_SIZE)
		usage_error(record_usage, options, "--string-size must be 1 to %u, not %" PRIu64,
			    FFILE_MAX_STRING_SIZE, o.string_size);
	if (o.filter) {
		if (access(o.filter, R_OK)) {
			error_errno("cannot read filter file '%s'", o.filter);
			goto out;
		}
		/* A filter for another build of a module would select the
		 * wrong functions: refuse it before the program runs. */
		if (filter_file_check(o.filter, NULL))
			goto out;
		if (!(filter = absolute(o.filter)))
			goto out;
	}
	if (o.memory && !(malloc_solib = find_malloc_solib(solib)))
		goto out;
	if (record_filter_env(&o) || record_flow_env(&o))
		goto out;
	out = absolute(o.output);
	if (!out || check_output(out, o.output))
		goto out;
	if (values_file_make(&o, argv[0], out, &vfile))
		goto out;
	set_or_unset("SFTRACE_VALUES_FILE", vfile);
	if ((err = command_error(argv[0]))) {
		error("cannot run '%s': %s", argv[0], strerror(err));
		status = err == ENOENT ? 127 : 126;
		goto out;
	}
	if (unlink(out) && errno != ENOENT) {
		error_errno("cannot replace '%s'", o.output);
		goto out;
	}
	remove_stale_logs(out);
	session = random_session();

	if ((setuid_cmd = secure_exec(argv[0])))
		warning("'%s' is set-user-id or set-group-id: the loader ignores LD_PRELOAD for it, "
			"so it is not traced (programs it starts may be)",
			argv[0]);
	if (o.no_follow_env)
		setenv("SFTRACE_FOLLOW_ENV", "0", 1);
	else
		unsetenv("SFTRACE_FOLLOW_ENV");
	fwd_install();
	pid = spawn(argv, solib, malloc_solib, out, filter, session, &status);
	if (pid < 0)
		goto out;
	while (waitpid(pid, &wstatus, 0) < 0) {
		if (errno != EINTR) {
			error_errno("cannot wait for '%s'", argv[0]);
			status = 125;
			goto out;
		}
	}
	child_pid = 0;
	fwd_restore();
	if (WIFEXITED(wstatus))
		status = WEXITSTATUS(wstatus);
	else if (WIFSIGNALED(wstatus))
		status = 128 + WTERMSIG(wstatus);
	if (!o.no_wait)
		record_wait(out);

	if (report_logs(out, o.output, session)) {
		; /* one line per log printed */
	} else if (setuid_cmd) {
		fprintf(stderr,
			"sftrace: no log was written: '%s' is set-user-id or set-group-id, and the\n"
			"  loader ignores LD_PRELOAD for such programs (sudo and su cannot be traced):\n"
			"  run the program itself\n",
			argv[0]);
	} else if (!output_dir_exists(out)) {
		fprintf(stderr,
			"sftrace: no log was written: the output directory of '%s' was removed during "
			"the run\n",
			o.output);
	} else if (WIFSIGNALED(wstatus)) {
		fprintf(stderr,
			"sftrace: no log was written: '%s' was killed by signal %d (%s) before it ran "
			"any instrumented code\n",
			argv[0], WTERMSIG(wstatus), strsignal(WTERMSIG(wstatus)));
	} else if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 127) {
		fprintf(stderr,
			"sftrace: no log was written: '%s' exited with status 127 before it ran any\n"
			"  instrumented code (the status of a program the dynamic loader could not\n"
			"  start: see its message above)\n",
			argv[0]);
	} else if (output_fs_full(out)) {
		/* the runtime could not even write a log header */
		fprintf(stderr, "sftrace: no log was written: the file system of '%s' is full\n",
			o.output);
	} else if (o.filter || o.fregex.nr || o.fexclude.nr) {
		/* a process writes no log when the filters leave all its modules out */
		fprintf(stderr,
			"sftrace: no log was written: the filters selected no function of the\n"
			"  instrumented modules that '%s' ran\n",
			argv[0]);
	} else {
		fprintf(stderr,
			"sftrace: nothing was instrumented: '%s' ran no function with XRay sleds,\n"
			"  so no log was written. Compile the code to trace with\n"
			"    clang -fxray-instrument -fxray-instruction-threshold=1 (C, C++)\n"
			"    RUSTFLAGS='-Zinstrument-xray=always' RUSTC_BOOTSTRAP=1 cargo build (Rust)\n",
			argv[0]);
	}
out:
	/* with --no-wait, processes still running may start others that read it */
	if (vfile && (!o.no_wait || pid < 0))
		unlink(vfile);
	free(out);
	free(filter);
	free(vfile);
	free(solib);
	free(malloc_solib);
	string_list_release(&o.fregex);
	string_list_release(&o.fexclude);
	string_list_release(&o.vargs);
	string_list_release(&o.flow);
	string_list_release(&o.flow_src);
	string_list_release(&o.vret);
	return status;
}
