/*
 * The runtime's ground floor (runtime/core.h): configuration, the lock,
 * messages, memory and cancellation guards. Uses only libc, common/ and
 * arch/.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch.h"
#include "common/sigsafe.h"
#include "runtime/core.h"

struct rt_config rt_cfg;
pthread_mutex_t rt_lock = PTHREAD_MUTEX_INITIALIZER;
volatile int rt_active;

pid_t rt_gettid(void)
{
	return (pid_t)syscall(SYS_gettid);
}

void *rt_alloc(size_t size)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
		       -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

void rt_free(void *p, size_t size)
{
	if (p)
		munmap(p, size);
}

void rt_cancel_off(struct rt_cancel *c)
{
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &c->state);
	pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, &c->type);
}

void rt_cancel_on(const struct rt_cancel *c)
{
	pthread_setcancelstate(c->state, NULL);
	if (c->type == PTHREAD_CANCEL_ASYNCHRONOUS) {
		if (c->state == PTHREAD_CANCEL_ENABLE)
			pthread_testcancel();
		pthread_setcanceltype(c->type, NULL);
	}
}

static void vmsg(const char *fmt, va_list ap)
{
	char buf[768];
	size_t n = sigsafe_format(buf, sizeof(buf), "sftrace[%u/%u]: ", (unsigned)getpid(),
				  (unsigned)rt_gettid());

	n += sigsafe_vformat(buf + n, sizeof(buf) - n - 1, fmt, ap);
	buf[n++] = '\n';
	sigsafe_write_full(2, buf, n);
}

void rt_debug(const char *fmt, ...)
{
	va_list ap;
	int saved = errno;

	if (!rt_cfg.debug)
		return;
	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	errno = saved;
}

void rt_warn(const char *fmt, ...)
{
	va_list ap;
	int saved = errno;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	errno = saved;
}

int rt_env_flag(const char *name)
{
	const char *v = getenv(name);

	return v && *v && strcmp(v, "0") && strcasecmp(v, "false") && strcasecmp(v, "no");
}

int rt_config_read(void)
{
	const char *out = getenv("SFTRACE_OUTPUT_FILE");
	const char *v;
	char buf[32];

	rt_cfg.debug = rt_env_flag("SFTRACE_DEBUG");
	rt_cfg.quiet = rt_env_flag("SFTRACE_QUIET");
	if (!out || !*out)
		return -ENOENT;
	if (out[0] == '/') {
		sigsafe_format(rt_cfg.output, sizeof(rt_cfg.output), "%s", out);
	} else {
		char cwd[4096];
		if (!getcwd(cwd, sizeof(cwd)))
			return -errno;
		sigsafe_format(rt_cfg.output, sizeof(rt_cfg.output), "%s/%s", cwd, out);
	}
	rt_cfg.thread_only = rt_env_flag("SFTRACE_SETUP_THREAD_ONLY");
	rt_cfg.pid = getpid();
	rt_cfg.setup_tid = rt_gettid();
	v = getenv("SFTRACE_ROOT_PID");
	rt_cfg.root_pid = v ? (pid_t)strtol(v, NULL, 10) : 0;
	v = getenv("SFTRACE_SESSION");
	rt_cfg.session = v ? strtoull(v, NULL, 16) : 0;
	if (!rt_cfg.session) {
		if (getrandom(&rt_cfg.session, sizeof(rt_cfg.session), GRND_NONBLOCK) !=
		    sizeof(rt_cfg.session))
			rt_cfg.session = ((uint64_t)getpid() << 32) ^ arch_timestamp();
		rt_cfg.session |= 1;
		sigsafe_format(buf, sizeof(buf), "%016lx", (unsigned long)rt_cfg.session);
		setenv("SFTRACE_SESSION", buf, 1);
	}
	if (!rt_cfg.root_pid) {
		/* Started by hand (LD_PRELOAD): this process is the root, and
		 * its children and exec'd images name their logs after it. */
		rt_cfg.root_pid = getpid();
		sigsafe_format(buf, sizeof(buf), "%d", (int)rt_cfg.root_pid);
		setenv("SFTRACE_ROOT_PID", buf, 1);
	}
	return 0;
}

int rt_maps_lines(int (*fn)(void *ctx, const char *line, size_t len), void *ctx)
{
	char buf[8192];
	size_t have = 0;
	ssize_t n;
	int r = 0, fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	while (!r && (n = read(fd, buf + have, sizeof(buf) - have)) > 0) {
		size_t start = 0;

		have += (size_t)n;
		for (size_t i = 0; !r && i < have; i++)
			if (buf[i] == '\n') {
				r = fn(ctx, buf + start, i - start);
				start = i + 1;
			}
		memmove(buf, buf + start, have - start);
		have -= start;
		if (have == sizeof(buf))
			have = 0; /* a line longer than the buffer: no module's, no gap's */
	}
	close(fd);
	return r;
}

uintptr_t rt_parse_hex(const char **s, const char *end)
{
	uintptr_t v = 0;

	for (; *s < end; (*s)++) {
		char ch = **s;
		if (ch >= '0' && ch <= '9')
			v = v << 4 | (uintptr_t)(ch - '0');
		else if (ch >= 'a' && ch <= 'f')
			v = v << 4 | (uintptr_t)(ch - 'a' + 10);
		else
			break;
	}
	return v;
}
