/*
 * The runtime's ground floor: what every other file of runtime/ may use
 * and which uses none of them (only libc, common/ and arch/): the
 * process-wide configuration read from the environment, the lock and the
 * active flag, messages, memory that is not malloc's, and cancellation
 * guards. The rooms above it, bottom-up: clock.c, log.c (storage),
 * tbuf.c (threads), modules.c and patch.c, record.c and alloc.c
 * (recording), filter.c, and init.c (start-up, fork, the interposers).
 */
#ifndef SFTRACE_RUNTIME_CORE_H
#define SFTRACE_RUNTIME_CORE_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define RT_HIDDEN __attribute__((visibility("hidden")))
#define RT_LIKELY(x) __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Process-wide state, from the environment (rt_config_read). */
struct rt_config {
	char output[4096]; /* absolute SFTRACE_OUTPUT_FILE, "" = off */
	int thread_only;
	int debug;
	pid_t root_pid;	  /* SFTRACE_ROOT_PID, 0 if unset */
	uint64_t session; /* SFTRACE_SESSION */
	pid_t setup_tid;
	int clock_ns; /* no invariant TSC: timestamps are CLOCK_MONOTONIC ns */
	int quiet;    /* SFTRACE_QUIET (set by record): no messages, record reports */
	int forked;   /* this process is a fork child of a traced process */
	pid_t pid;    /* getpid() as the runtime last knew it (raw clone children differ) */
};
extern struct rt_config rt_cfg RT_HIDDEN;
extern pthread_mutex_t rt_lock RT_HIDDEN;
/* 1 once tracing is set up and until it stops (read without the lock). */
extern volatile int rt_active RT_HIDDEN;

/* A debug message (SFTRACE_DEBUG=1), async-signal-safe. */
void rt_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2))) RT_HIDDEN;
/* Always printed: "sftrace: <message>" on stderr. */
void rt_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2))) RT_HIDDEN;
pid_t rt_gettid(void) RT_HIDDEN;

/* A flag variable: set, and not 0, false or no. */
int rt_env_flag(const char *name) RT_HIDDEN;
/*
 * Fill rt_cfg from the environment (SFTRACE_OUTPUT_FILE and the rest).
 * Returns 0 when tracing is wanted, -ENOENT when it is not, or a negative
 * errno.
 */
int rt_config_read(void) RT_HIDDEN;

/*
 * No cancellation while the runtime holds a lock or half-written
 * state. rt_cancel_off() defers and disables it; rt_cancel_on() restores
 * the thread's settings, and for an asynchronous thread acts on a
 * cancellation that arrived meanwhile through pthread_testcancel() (not
 * by re-enabling in asynchronous mode, where glibc 2.36 ends the thread
 * with a NULL result instead of PTHREAD_CANCELED).
 */
struct rt_cancel {
	int state, type;
};
void rt_cancel_off(struct rt_cancel *c) RT_HIDDEN;
void rt_cancel_on(const struct rt_cancel *c) RT_HIDDEN;

/* Small mmap-backed allocations (the runtime does not use malloc). */
/*
 * Call fn for each line of /proc/self/maps (len bytes, without its newline;
 * a line longer than 8 KiB is skipped) until it returns non-zero. Returns
 * that value, 0 at the end, -1 when the file cannot be opened. Plain
 * system calls only: no stdio in a guest.
 */
int rt_maps_lines(int (*fn)(void *ctx, const char *line, size_t len), void *ctx) RT_HIDDEN;
/* The lowercase hex number at *s (before end), *s moved past it. */
uintptr_t rt_parse_hex(const char **s, const char *end) RT_HIDDEN;

void *rt_alloc(size_t size) RT_HIDDEN;
void rt_free(void *p, size_t size) RT_HIDDEN;

#endif
