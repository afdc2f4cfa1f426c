/*
 * vfork children.
 *
 * A vfork() child runs in its parent's memory, on its parent's stack and
 * with its parent's thread state (the same TLS) until it calls exec or
 * _exit, while the parent thread waits. An event of the child would be
 * written into the parent's stream, with the parent's decoder registers
 * and shadow stack, and the child cannot safely make a log of its own: any
 * state it changes (the log's globals, the allocator, a mapping) is the
 * parent's, and other threads of the parent keep running.
 *
 * So the interposed vfork (arch/x86_64/vfork.S) marks the thread RT_VFORK
 * before the system call: in the child every event takes the nested path
 * and is only counted (a plain increment in the shared TLS: the parent is
 * suspended). When the parent runs again it restores its state and counts
 * those events as lost, reason VFORK, in its current block. After exec the
 * child's new image is traced like any other process of the recording.
 * posix_spawn() and system() children run only libc code before exec (no
 * traced function), so they need nothing of this.
 *
 * A thread that was not idle (not recorded, or stopped) is left as it is:
 * the child's events are then treated as the parent's would be.
 */
#include <errno.h>

#include "runtime/internal.h"

void rt_vfork_prepare(void);
long rt_vfork_parent(long ret);

void rt_vfork_prepare(void)
{
	struct rt_thread *t = &rt_self;

	t->vfork_lost = 0;
	if (t->busy == RT_IDLE) {
		t->busy = RT_VFORK;
		__asm__ volatile("" ::: "memory");
	}
}

long rt_vfork_parent(long ret)
{
	struct rt_thread *t = &rt_self;
	uint64_t n;

	if (t->busy == RT_VFORK) {
		__asm__ volatile("" ::: "memory");
		t->busy = RT_IDLE;
	}
	n = t->vfork_lost;
	t->vfork_lost = 0;
	if (n)
		rt_count_lost(t, n, FMT_LOST_VFORK);
	if (ret < 0 && ret > -4096) {
		errno = (int)-ret;
		return -1;
	}
	return ret;
}
