/*
 * Start-up and shutdown of libsftrace.so, the environment, fork, and the
 * dlopen/dlclose interposers.
 *
 * Preloaded, the constructor calls sftrace_setup(): read the environment,
 * find and patch the instrumented modules (the log file is created with
 * the first one, so processes without sleds write nothing). The ELF
 * destructor calls sftrace_shutdown(), which runs after the executable's
 * destructors and atexit handlers, closes every thread's block (threads
 * still running stop recording first) and marks the log closed.
 *
 * fork: the child forgets the parent's log without writing to it and
 * creates its own (OUT.<pid>) at its first event. dlopen: after the real
 * dlopen returns, new modules are patched. A module's own constructors run
 * inside the real dlopen, before that: their events are not recorded.
 *
 * Exported symbols: sftrace_setup, sftrace_status, sftrace_shutdown (the
 * C ABI, include/sftrace/sftrace.h; sftrace_alloc_event is in alloc.c),
 * the interposed
 * dlopen, dlmopen and dlclose, and the rtld-audit entry points la_version,
 * la_objopen and la_preinit.
 */
#include <dlfcn.h>
#include <link.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch.h"
#include "common/sigsafe.h"
#include "runtime/internal.h"
#include "sftrace/sftrace.h"
#include "stamp.h"

#define EXPORT __attribute__((visibility("default")))

/* Which build this is: `sftrace record` compares it with its own. */
__attribute__((used)) static const char build_stamp[] = "SFTRACE-BUILD:" SFTRACE_BUILD_STAMP;

static int setup_done, setup_result;
static pthread_mutex_t setup_lock = PTHREAD_MUTEX_INITIALIZER;

static int fork_from_setup_thread;

static void fork_prepare(void)
{
	rt_process_flow_fork_prepare(1);
	fork_from_setup_thread = rt_gettid() == rt_cfg.setup_tid;
	/* Lock order: setup_lock, the scan lock, rt_lock. */
	pthread_mutex_lock(&setup_lock);
	rt_modules_fork_lock(0);
	pthread_mutex_lock(&rt_lock);
}

static void fork_parent(void)
{
	rt_process_flow_fork_prepare(0);
	pthread_mutex_unlock(&rt_lock);
	rt_modules_fork_lock(1);
	pthread_mutex_unlock(&setup_lock);
}

static void fork_child(void)
{
	rt_process_flow_fork_child(rt_cfg.pid); /* before the thread state goes */
	pthread_mutex_init(&rt_lock, NULL);
	rt_modules_fork_lock(2);
	pthread_mutex_init(&setup_lock, NULL);
	/* With SFTRACE_SETUP_THREAD_ONLY the child of the recorded thread
	 * records its only thread; children of other threads record nothing. */
	if (fork_from_setup_thread)
		rt_cfg.setup_tid = rt_gettid();
	rt_cfg.forked = 1;
	rt_cfg.pid = getpid();
	rt_log_forget();
	rt_threads_fork_child();
}

void rt_clone_child(void)
{
	rt_debug("a child process made without fork (raw clone): a log of its own");
	fork_from_setup_thread = rt_gettid() == rt_cfg.setup_tid;
	fork_child();
}

/*
 * One runtime per process. The loader keeps one copy of libsftrace.so per
 * namespace when it is reached by its soname (DT_NEEDED, dlopen of the
 * name) or by the same file; only a dlopen of a different file of the
 * library (another build, a copy at another path) brings a second copy
 * into the main namespace. That copy must not record too: it finds the
 * active one among the loaded objects, stays idle, and forwards
 * sftrace_alloc_event() to it (a module bound to this copy's symbols).
 */
void (*rt_forward_alloc_event)(uint8_t, size_t, size_t, void *);

struct other_ctx {
	uintptr_t self_base;
	char names[32][512];
	int n;
};

static int collect_object(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct other_ctx *c = arg;
	const char *base;

	if (info->dlpi_addr == c->self_base || !info->dlpi_name || !info->dlpi_name[0] ||
	    c->n >= 32 || strlen(info->dlpi_name) >= sizeof(c->names[0]))
		return 0;
	/* Only files named like the runtime (dlopen(RTLD_NOLOAD) runs the
	 * constructors of an object not initialized yet: never the
	 * interposed allocator's, which needs the runtime set up first). */
	base = strrchr(info->dlpi_name, '/');
	base = base ? base + 1 : info->dlpi_name;
	if (strncmp(base, "libsftrace", 10) || !strncmp(base, "libsftrace-malloc", 17))
		return 0;
	strcpy(c->names[c->n++], info->dlpi_name);
	return 0;
}

EXPORT int sftrace__active(void);
EXPORT int sftrace__active(void)
{
	return rt_active;
}

static int other_runtime_active(void)
{
	struct other_ctx *c = rt_alloc(sizeof(*c));
	Dl_info self;
	int found = 0;

	if (!c)
		return 0;
	c->n = 0;
	/* a static function: &sftrace__active would be the interposed one */
	c->self_base = dladdr((void *)&collect_object, &self) ? (uintptr_t)self.dli_fbase : 0;
	dl_iterate_phdr(collect_object, c);
	for (int i = 0; i < c->n && !found; i++) {
		void *h = dlopen(c->names[i], RTLD_NOLOAD | RTLD_LAZY);
		int (*active)(void);
		if (!h)
			continue;
		active = (int (*)(void))dlsym(h, "sftrace__active");
		if (active && dladdr((void *)active, &self) &&
		    (uintptr_t)self.dli_fbase != c->self_base && active()) {
			rt_forward_alloc_event = (void (*)(uint8_t, size_t, size_t, void *))dlsym(
				h, "sftrace_alloc_event");
			rt_debug("another copy of the runtime records this process ('%s'): idle",
				 c->names[i]);
			found = 1;
		}
		dlclose(h);
	}
	rt_free(c, sizeof(*c));
	return found;
}

static int setup_quiet(void)
{
	int err, f;

	if ((err = rt_config_read()))
		return err == -ENOENT ? 0 : err;
	if (other_runtime_active())
		return 0;
	rt_cfg.clock_ns = !arch_init();
	if (rt_clock_tsc_forbidden()) {
		/* started with the TSC forbidden: ns from the system call */
		rt_cfg.clock_ns = 1;
		rt_tsc_off = 1;
	}
	{
		/* SFTRACE_CLOCK=monotonic: the fallback clock even with an
		 * invariant TSC (to compare the two, and to test it). */
		const char *c = getenv("SFTRACE_CLOCK");
		if (c && !strcmp(c, "monotonic"))
			rt_cfg.clock_ns = 1;
		/* tests only: signals raised at a block switch (record.c) */
		c = getenv("SFTRACE_TEST_NEST");
		if (c && sscanf(c, "%d:%u:%u", &rt_test_nest.signo, &rt_test_nest.count[0],
				&rt_test_nest.count[1]) != 3)
			rt_test_nest.signo = 0;
	}
	f = rt_filter_setup();
	if (f < 0)
		return f;
	rt_filters_active = f > 0;
	if ((err = rt_flows_setup()))
		return err;
	rt_process_flow_setup();
	if ((err = rt_threads_init()))
		return err;
	pthread_atfork(fork_prepare, fork_parent, fork_child);
	rt_active = 1;
	rt_debug("setup: output '%s', %s clock%s", rt_cfg.output, rt_cfg.clock_ns ? "ns" : "tsc",
		 rt_cfg.thread_only ? ", setup thread only" : "");
	if (!rt_modules_scan())
		rt_debug("no instrumented module loaded yet");
	return 0;
}

/* Setup, with the runtime's own allocations kept out of memory records. */
static int setup(void)
{
	struct rt_cancel cancel;
	int err;

	/* no cancellation while the runtime holds its locks */
	rt_cancel_off(&cancel);
	rt_self.quiet++;
	err = setup_quiet();
	rt_self.quiet--;
	rt_cancel_on(&cancel);
	return err;
}

/* Scan for new modules (dlopen), the same way. */
static void scan_modules(void)
{
	struct rt_cancel cancel;

	rt_cancel_off(&cancel);
	rt_self.quiet++;
	rt_modules_scan();
	rt_self.quiet--;
	rt_cancel_on(&cancel);
}

static int rt_setup(void)
{
	pthread_mutex_lock(&setup_lock);
	if (!setup_done) {
		setup_done = 1;
		setup_result = setup();
	}
	pthread_mutex_unlock(&setup_lock);
	return setup_result;
}

/*
 * The `sftrace-setup` crate's entry point (include/sftrace/sftrace.h). The
 * slots are functions of the caller that the Rust runtime rewrites into
 * jumps to its handlers; we reach our handlers through near thunks of our
 * own (patch.c), so they are never called or written here.
 */
EXPORT void sftrace_setup(void (*entry_slot)(void), void (*exit_slot)(void),
			  void (*tailcall_slot)(void))
{
	(void)entry_slot;
	(void)exit_slot;
	(void)tailcall_slot;
	rt_setup();
}

EXPORT int sftrace_status(void)
{
	if (rt_log_failed())
		return -ENOSPC;
	return setup_done ? setup_result : 0;
}

EXPORT int sftrace_shutdown(void)
{
	uint64_t lost;

	pthread_mutex_lock(&rt_lock);
	if (!rt_active && !rt_log_exists()) {
		pthread_mutex_unlock(&rt_lock);
		return 0;
	}
	lost = rt_threads_stop();
	rt_log_close(lost);
	pthread_mutex_unlock(&rt_lock);
	return 0;
}

/* Are we the copy in the main namespace (not the rtld-audit copy)? */
static int in_base_namespace(void)
{
	Dl_info info;
	struct link_map *lm = NULL;
	Lmid_t lmid = LM_ID_BASE;

	if (dladdr1((void *)&in_base_namespace, &info, (void **)&lm, RTLD_DL_LINKMAP) && lm)
		dlinfo(lm, RTLD_DI_LMID, &lmid);
	return lmid == LM_ID_BASE;
}

static int audit_copy; /* this copy was loaded by LD_AUDIT */

__attribute__((constructor)) static void rt_constructor(void)
{
	if (!in_base_namespace()) {
		audit_copy = 1;
		return;
	}
	rt_setup();
}

__attribute__((destructor)) static void rt_destructor(void)
{
	sftrace_shutdown();
}

/*
 * rtld-audit. `sftrace record` also names the library in LD_AUDIT, so a
 * second copy of it runs in the loader's audit namespace (with its own
 * libc) and is told about every object as soon as it is mapped, before it
 * is relocated and before its constructors run. For objects loaded after
 * start-up (dlopen) it calls rt_audit_hook in the main copy, whose address
 * it derives from the main copy's load address (seen in la_objopen: it is
 * the same file) and the hook's offset in our own copy. The main copy then
 * patches the object at once, so even its constructors are traced; the
 * dlopen interposer finds it already done. Before la_preinit (start-up,
 * nothing relocated yet) the hook is not called: the constructor's scan
 * handles those objects.
 */
__attribute__((used, noinline)) void rt_audit_hook(uintptr_t addr, const char *name);
__attribute__((used, noinline)) void rt_audit_hook(uintptr_t addr, const char *name)
{
	if (rt_active) {
		rt_debug("audit: '%s' mapped", name);
		rt_self.quiet++;
		rt_modules_add_object(addr, name);
		rt_self.quiet--;
	}
}

static uintptr_t audit_main_copy; /* load address of the main namespace's copy */
static int audit_ready;		  /* la_preinit seen: the main copy is relocated */

EXPORT unsigned la_version(unsigned version)
{
	return version;
}

static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return a && b && !stat(a, &sa) && !stat(b, &sb) && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

EXPORT unsigned la_objopen(struct link_map *map, Lmid_t lmid, uintptr_t *cookie)
{
	Dl_info self;

	if (!audit_copy || lmid != LM_ID_BASE || !map->l_name || !map->l_name[0])
		return 0;
	if (!dladdr((void *)&rt_audit_hook, &self))
		return 0;
	if (!audit_main_copy && same_file(map->l_name, self.dli_fname)) {
		audit_main_copy = map->l_addr;
		return 0;
	}
	if (audit_ready && audit_main_copy) {
		void (*hook)(uintptr_t, const char *) =
			(void (*)(uintptr_t, const char *))(audit_main_copy +
							    ((uintptr_t)&rt_audit_hook -
							     (uintptr_t)self.dli_fbase));
		hook(map->l_addr, map->l_name);
	}
	return 0;
}

EXPORT void la_preinit(uintptr_t *cookie)
{
	audit_ready = 1;
}

/* The interposers. They forward to the next definition (libc's). */
static void *next_sym(const char *name)
{
	return dlsym(RTLD_NEXT, name);
}

EXPORT void *dlopen(const char *file, int mode)
{
	static void *(*real)(const char *, int);
	void *h;

	if (!real)
		real = (void *(*)(const char *, int))next_sym("dlopen");
	if (!real)
		return NULL;
	h = real(file, mode);
	if (h && rt_active)
		scan_modules();
	return h;
}

EXPORT void *dlmopen(Lmid_t lmid, const char *file, int mode)
{
	static void *(*real)(Lmid_t, const char *, int);
	void *h;

	if (!real)
		real = (void *(*)(Lmid_t, const char *, int))next_sym("dlmopen");
	if (!real)
		return NULL;
	h = real(lmid, file, mode);
	if (h && rt_active)
		scan_modules();
	return h;
}

/*
 * prctl(PR_SET_TSC, PR_TSC_SIGSEGV) would make the handlers' rdtsc (and
 * the vDSO's) fault in this thread: switch the runtime's clock to the
 * system call first (clock.c).
 */
EXPORT int prctl(int option, ...)
{
	static int (*real)(int, unsigned long, unsigned long, unsigned long, unsigned long);
	unsigned long a2, a3, a4, a5;
	va_list ap;

	va_start(ap, option);
	a2 = va_arg(ap, unsigned long);
	a3 = va_arg(ap, unsigned long);
	a4 = va_arg(ap, unsigned long);
	a5 = va_arg(ap, unsigned long);
	va_end(ap);
	if (option == PR_SET_TSC && a2 == PR_TSC_SIGSEGV && rt_active && !rt_tsc_off)
		rt_clock_stop_tsc();
	if (!real)
		real = (int (*)(int, unsigned long, unsigned long, unsigned long, unsigned long))
			next_sym("prctl");
	if (!real)
		return (int)syscall(SYS_prctl, option, a2, a3, a4, a5);
	return real(option, a2, a3, a4, a5);
}

EXPORT int dlclose(void *handle)
{
	static int (*real)(void *);
	int r;

	if (!real)
		real = (int (*)(void *))next_sym("dlclose");
	if (!real)
		return -1;
	r = real(handle);
	if (r == 0 && rt_active) {
		struct rt_cancel cancel;
		rt_cancel_off(&cancel);
		rt_self.quiet++;
		rt_modules_rescan_unloaded();
		rt_self.quiet--;
		rt_cancel_on(&cancel);
	}
	return r;
}
