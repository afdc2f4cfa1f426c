/*
 * The runtime's clock: timestamps in the log's unit (TSC ticks, or
 * CLOCK_MONOTONIC ns without an invariant TSC), sync points, the
 * calibration, and what happens when the program forbids the TSC.
 *
 * prctl(PR_SET_TSC, PR_TSC_SIGSEGV) makes rdtsc fault in the calling
 * thread and the threads and processes it starts afterwards (sandboxes and
 * deterministic replay tools do it); the vDSO's clock_gettime uses rdtsc
 * too and faults as well. So the interposed prctl (init.c) calls
 * rt_clock_stop_tsc() first: every clock read of the runtime then goes
 * through the clock_gettime system call, and the handlers the thunks jump
 * to are replaced by variants that do the same (record.c). The log's unit
 * does not change: the system call's nanoseconds are turned into ticks
 * with the calibrated frequency from a (tick, ns) pair taken just before.
 * A process that starts with the TSC already forbidden records in
 * CLOCK_NS mode through the system call.
 */
#include <errno.h>
#include <sys/prctl.h>
#include <time.h>

#include "arch.h"
#include "runtime/internal.h"

struct rt_clock_emu rt_emu;
volatile int rt_tsc_off;
static uint64_t tsc_hz; /* calibrated once per process image */

uint64_t rt_mono_ns(void)
{
	struct timespec ts;

	if (rt_tsc_off)
		return arch_sys_monotonic_ns();
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t rt_clock(void)
{
	if (rt_cfg.clock_ns)
		return rt_mono_ns();
	if (rt_tsc_off)
		return rt_emu_ticks(arch_sys_monotonic_ns());
	return arch_timestamp();
}

void rt_sync_point(uint64_t *tsc, uint64_t *ns)
{
	uint64_t a, b;

	if (rt_cfg.clock_ns || rt_tsc_off) {
		*ns = rt_mono_ns();
		*tsc = rt_cfg.clock_ns ? *ns : rt_emu_ticks(*ns);
		return;
	}
	/* The counter read on both sides of the clock: take the middle. */
	a = arch_timestamp();
	*ns = rt_mono_ns();
	b = arch_timestamp();
	*tsc = a + (b - a) / 2;
}

/* Counter ticks per second over ~2 ms. */
static uint64_t calibrate_tsc(void)
{
	uint64_t t0, n0, t1, n1;
	struct timespec d = { 0, 2000000 };

	rt_sync_point(&t0, &n0);
	while (nanosleep(&d, &d) && errno == EINTR)
		;
	rt_sync_point(&t1, &n1);
	if (n1 <= n0 || t1 <= t0)
		return 0;
	return (uint64_t)((double)(t1 - t0) * 1e9 / (double)(n1 - n0));
}

uint64_t rt_clock_hz(void)
{
	if (!tsc_hz && !rt_cfg.clock_ns && !rt_tsc_off)
		tsc_hz = calibrate_tsc();
	return tsc_hz;
}

int rt_clock_tsc_forbidden(void)
{
	int v = 0;

	return !prctl(PR_GET_TSC, &v, 0, 0, 0) && v == PR_TSC_SIGSEGV;
}

void rt_clock_stop_tsc(void)
{
	uint64_t hz;

	pthread_mutex_lock(&rt_lock);
	if (rt_tsc_off || rt_cfg.clock_ns) {
		/* ns mode reads the vDSO clock, which needs the TSC too */
		rt_tsc_off = 1;
		pthread_mutex_unlock(&rt_lock);
		rt_patch_retarget();
		return;
	}
	hz = rt_clock_hz();
	rt_emu.tsc0 = arch_timestamp();
	rt_emu.ns0 = arch_sys_monotonic_ns();
	/* ticks per ns in 32.32 fixed point */
	rt_emu.mult = (uint64_t)(((unsigned __int128)(hz ? hz : 1000000000u) << 32) / 1000000000u);
	__atomic_store_n(&rt_tsc_off, 1, __ATOMIC_SEQ_CST);
	pthread_mutex_unlock(&rt_lock);
	rt_patch_retarget();
	rt_debug("the program forbade the TSC: clock reads go through the system call");
}
