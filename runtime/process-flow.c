/*
 * Which frame started this process (docs/format.md "Flow records", kind
 * PROCESS): the process-wide counterpart of a thread's creator.
 *
 *  - fork: the child's only thread is the one that called fork, and its
 *    innermost open frame (read before the child's thread state is reset)
 *    is the cause. The parent's pid and that frame's thread serial, level
 *    and function name it in the parent's log.
 *  - exec and spawn (spawn.c): the calling frame goes to the new image in
 *    SFTRACE_CAUSE=pid.serial.level.function.ns, which its runtime reads
 *    at start and removes from its environment (so that a child made
 *    where we do not see it, such as glibc's system() or popen(), never
 *    inherits a cause that is not its own). A caller without an open frame
 *    of its own (a fork child that execs at once, a shell started by
 *    system() that runs a traced program) hands on its own cause.
 *
 * The record is written once, first in the first block of the process's
 * log (block_open(), tbuf.c), so a fork child that only execs writes no
 * log for it. The time is CLOCK_MONOTONIC in ns: the logs of one
 * recording share it, whatever their counters' bases.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/internal.h"

static struct {
	int valid;   /* a cause is known */
	int pending; /* not written yet */
	uint32_t pid, serial, level, fid;
	uint64_t ns;
} cause;

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* When the parent forked (its frame is open then; the child may run much
 * later), 0 outside a fork. */
static uint64_t fork_ns;

void rt_process_flow_fork_prepare(int before)
{
	fork_ns = before && rt_flows_active ? mono_ns() : 0;
}

void rt_process_flow_fork_child(pid_t parent)
{
	uint32_t s, l, f;

	/* a frame of the parent, else the parent's own cause goes on */
	if (rt_flows_active && rt_flow_frame_here(&s, &l, &f)) {
		cause.pid = (uint32_t)parent;
		cause.serial = s;
		cause.level = l;
		cause.fid = f;
		cause.ns = fork_ns ? fork_ns : mono_ns(); /* a raw clone has no prepare */
		cause.valid = 1;
	}
	fork_ns = 0;
	cause.pending = cause.valid;
}

static char *put_dec(char *p, uint64_t v)
{
	char tmp[24];
	int n = 0;

	do
		tmp[n++] = (char)('0' + v % 10);
	while (v /= 10);
	while (n)
		*p++ = tmp[--n];
	return p;
}

int rt_process_flow_env(char buf[RT_CAUSE_ENV_MAX])
{
	uint32_t pid = (uint32_t)rt_cfg.pid, s, l, f;
	uint64_t ns;
	char *p;

	if (!rt_flows_active)
		return 0;
	if (rt_flow_frame_here(&s, &l, &f)) {
		ns = mono_ns();
	} else if (cause.valid) {
		pid = cause.pid;
		s = cause.serial;
		l = cause.level;
		f = cause.fid;
		ns = cause.ns;
	} else {
		return 0;
	}
	p = stpcpy(buf, "SFTRACE_CAUSE=");
	p = put_dec(p, pid);
	*p++ = '.';
	p = put_dec(p, s);
	*p++ = '.';
	p = put_dec(p, l);
	*p++ = '.';
	p = put_dec(p, f);
	*p++ = '.';
	p = put_dec(p, ns);
	*p = '\0';
	return 1;
}

void rt_process_flow_setup(void)
{
	const char *v = getenv("SFTRACE_CAUSE");
	uint64_t x[5];
	const char *p = v;
	int i;

	if (!v)
		return;
	for (i = 0; i < 5; i++) {
		char *e;
		x[i] = strtoull(p, &e, 10);
		if (e == p || (i < 4 ? *e != '.' : *e != '\0'))
			break;
		p = e + 1;
	}
	unsetenv("SFTRACE_CAUSE");
	if (i < 5 || x[0] > UINT32_MAX || x[1] > UINT32_MAX || x[2] > UINT32_MAX ||
	    x[3] > UINT32_MAX || !rt_flows_active)
		return;
	cause.pid = (uint32_t)x[0];
	cause.serial = (uint32_t)x[1];
	cause.level = (uint32_t)x[2];
	cause.fid = (uint32_t)x[3];
	cause.ns = x[4];
	cause.valid = cause.pending = 1;
}

uint8_t *rt_process_flow_put(uint8_t *q)
{
	if (!__atomic_exchange_n(&cause.pending, 0, __ATOMIC_ACQ_REL))
		return q;
	*q++ = FMT_SPECIAL_TAG(FMT_SPECIAL_FLOW);
	*q++ = FMT_FLOW_PROCESS;
	q = rt_put_uleb(q, cause.pid);
	q = rt_put_uleb(q, cause.serial);
	q = rt_put_uleb(q, cause.level);
	q = rt_put_uleb(q, cause.fid);
	q = rt_put_uleb(q, cause.ns);
	rt_flows_recording(FMT_FLAG_THREAD_FLOWS);
	return q;
}
