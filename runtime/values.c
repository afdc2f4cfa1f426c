/*
 * Argument and return registers of marked functions (docs/format.md
 * "Value records", docs/filter.md for how functions are marked).
 *
 * A marked function's entry (or exit) sled is patched to a thunk of its
 * own that reaches arch_values_entry (arch_values_exit) in values.S: the
 * trampoline stores the argument (return) registers into a struct
 * rt_vregs on the stack and calls rt_values_entry() (rt_values_exit())
 * here, which writes the event and its value records with the same
 * writer as the plain handlers (rt_event() in event.h), in one
 * reservation. Unmarked functions never come here: their sleds reach
 * record.c's handlers, unchanged.
 *
 * Like record.c this file is compiled without vector registers and its
 * handlers are no_caller_saved_registers: the trampoline only has to save
 * what it hands over. Strings are copied at entry with process_vm_readv
 * on the process itself (a raw system call): a bad pointer makes it
 * return short, never fault, so the program is unaffected; the record
 * says UNREADABLE.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>

#define RT_EVENT_VALUES
#include "runtime/event.h"

/* Specs: index 0 is the default (every register, no string). */
#define RT_VSPECS 256u /* distinct specs; functions beyond use the default */
struct rt_vspec rt_vspecs[RT_VSPECS] = {
	[0] = { .args_mask = ARCH_VAL_ARGS_ALL,
		.ret_mask = 0x0303u,
		/* tag, 3-byte mask, 6 (8) ULEB128s of 10 bytes, 8 x 8 bytes */
		.resv_args = 1 + 3 + ARCH_VAL_GP * 10 + 8 * 8,
		.resv_ret = 1 + 3 + 2 * 10 + 2 * 8 },
};
static uint32_t rt_nvspecs = 1;
uint16_t *rt_func_vspec;
int rt_values_active;

/* Bytes a ULEB128 of v takes. */
static unsigned uleb_len(uint64_t v)
{
	unsigned n = 1;

	while (v >= 0x80) {
		v >>= 7;
		n++;
	}
	return n;
}

static uint32_t resv_of(uint32_t mask, const struct rt_vspec *s, int with_strings)
{
	uint32_t n = 1 + uleb_len(mask);

	for (unsigned i = 0; i < FMT_VAL_NREGS; i++)
		if (mask & (1u << i))
			n += i < FMT_VAL_FIRST_VEC ? 10 : 8;
	if (with_strings)
		for (unsigned i = 0; i < s->nstr; i++)
			n += 3 + uleb_len(s->str_size) + s->str_size;
	if (with_strings && s->flow_kind)
		n += FMT_FLOW_MAX;
	if (with_strings && !mask && s->flow_kind) /* a flow's function only: no ARGS */
		n -= 1 + uleb_len(mask);
	return n;
}

int rt_values_add_spec(struct rt_vspec *s)
{
	if (s->str_size > FMT_STR_MAX)
		s->str_size = FMT_STR_MAX;
	if (s->nstr > RT_VSTR_MAX)
		s->nstr = RT_VSTR_MAX;
	s->args_mask &= ARCH_VAL_ARGS_ALL;
	s->ret_mask &= 0x0303u;
	s->resv_args = resv_of(s->args_mask, s, 1);
	s->resv_ret = resv_of(s->ret_mask, s, 0);
	for (uint32_t i = 0; i < rt_nvspecs; i++)
		if (!__builtin_memcmp(&rt_vspecs[i], s, sizeof(*s)))
			return (int)i;
	if (!rt_func_vspec && !(rt_func_vspec = rt_alloc(RT_MAX_FUNCS * sizeof(uint16_t))))
		return -ENOMEM;
	if (rt_nvspecs == RT_VSPECS)
		return 0;
	rt_vspecs[rt_nvspecs] = *s;
	return (int)rt_nvspecs++;
}

void rt_values_set(uint32_t id, int index)
{
	if (rt_func_vspec && id < RT_MAX_FUNCS && index > 0)
		rt_func_vspec[id] = (uint16_t)index;
	else if (rt_func_vspec && id < RT_MAX_FUNCS)
		rt_func_vspec[id] = 0;
}

/*
 * Where process_vm_readv is missing (qemu-user: ENOSYS) or refused (a
 * seccomp profile: EPERM), the bytes go through a pipe of this process
 * instead: write() reports a bad pointer as EFAULT, never a fault, and the
 * bytes are read back. One pipe per process (made on first use, again in
 * a fork child or when the program closed it), held by one thread at a
 * time: a writer nested in a signal handler of the holder gives up (the
 * string reads as unreadable).
 */
static int vm_readv_broken;
static int pipe_fd[2] = { -1, -1 };
static long pipe_pid;
static uint32_t pipe_owner; /* tid holding the pipe, 0: free */

static long pipe_write(uintptr_t addr, size_t n)
{
	long w = arch_syscall6(SYS_write, pipe_fd[1], (long)addr, (long)n, 0, 0, 0);

	if (w == -EBADF || w == -EPIPE)
		pipe_pid = 0; /* the program closed ours: a new one next time */
	return w;
}

static size_t read_via_pipe(uint8_t *dst, uintptr_t addr, size_t n, uint32_t tid)
{
	size_t first = 4096 - (addr & 4095), got = 0;
	uint32_t free_ = 0;
	long pid = rt_cfg.pid, w;

	while (!__atomic_compare_exchange_n(&pipe_owner, &free_, tid, 0, __ATOMIC_ACQUIRE,
					    __ATOMIC_RELAXED)) {
		if (free_ == tid)
			return 0; /* nested in our own copy */
		free_ = 0;
		arch_syscall6(SYS_sched_yield, 0, 0, 0, 0, 0, 0);
	}
	if (pipe_pid != pid) {
		int fds[2];

		if (pipe_pid && pipe_fd[0] >= 0) {
			arch_syscall6(SYS_close, pipe_fd[0], 0, 0, 0, 0, 0);
			arch_syscall6(SYS_close, pipe_fd[1], 0, 0, 0, 0, 0);
		}
		pipe_fd[0] = pipe_fd[1] = -1;
		if (arch_syscall6(SYS_pipe2, (long)fds, O_CLOEXEC | O_NONBLOCK, 0, 0, 0, 0) < 0)
			goto out;
		pipe_fd[0] = fds[0];
		pipe_fd[1] = fds[1];
		pipe_pid = pid;
	}
	if (first > n)
		first = n;
	w = pipe_write(addr, first);
	if (w > 0)
		got = (size_t)w;
	if (w == (long)first && first < n && (w = pipe_write(addr + first, n - first)) > 0)
		got += (size_t)w;
	if (got) {
		long r = arch_syscall6(SYS_read, pipe_fd[0], (long)dst, (long)got, 0, 0, 0);
		got = r > 0 ? (size_t)r : 0;
	}
out:
	__atomic_store_n(&pipe_owner, 0, __ATOMIC_RELEASE);
	return got;
}

/*
 * Copy up to n bytes at addr into dst without faulting: process_vm_readv
 * on this process, the source split at the page boundary (the call stops
 * at the first element it cannot read, and never splits one); else a pipe
 * (above). Returns the bytes copied.
 */
static size_t read_mem(uint8_t *dst, uintptr_t addr, size_t n, uint32_t tid)
{
	struct {
		void *base;
		size_t len;
	} local = { dst, n }, remote[2];
	size_t first = 4096 - (addr & 4095);
	long ret, cnt = 1;

	if (!n)
		return 0;
	if (first > n)
		first = n;
	remote[0].base = (void *)addr;
	remote[0].len = first;
	if (first < n) {
		remote[1].base = (void *)(addr + first);
		remote[1].len = n - first;
		cnt = 2;
	}
	if (RT_UNLIKELY(vm_readv_broken))
		return read_via_pipe(dst, addr, n, tid);
	ret = arch_syscall6(SYS_process_vm_readv, (long)tid, (long)&local, 1, (long)remote, cnt, 0);
	if (RT_UNLIKELY(ret == -ENOSYS || ret == -EPERM)) {
		vm_readv_broken = 1;
		return read_via_pipe(dst, addr, n, tid);
	}
	return ret > 0 ? (size_t)ret : 0;
}

/*
 * A STRING record at q for the pointer in register bit reg: a C string
 * (len_reg RT_VSTR_CSTR) up to its NUL, or len bytes of a slice; at most
 * size bytes either way.
 */
static __attribute__((noinline)) uint8_t *put_string(uint8_t *q, const struct rt_vregs *v,
						      uint8_t reg, uint8_t len_reg, uint32_t size)
{
	uintptr_t ptr = (uintptr_t)v->gp[reg];
	uint32_t lenb = size < 0x80 ? 1 : 2, flags = 0;
	uint8_t *b = q + 3 + lenb, *end;
	size_t want = size, got, len;

	if (len_reg != RT_VSTR_CSTR && len_reg < 6) {
		uint64_t l = v->gp[len_reg];
		if (l > size)
			flags |= FMT_STR_TRUNCATED;
		else
			want = (size_t)l;
	}
	got = read_mem(b, ptr, want, rt_self.tid);
	len = got;
	if (len_reg == RT_VSTR_CSTR) {
		for (len = 0; len < got && b[len]; len++)
			;
		if (len == got) /* no NUL in what could be read */
			flags |= FMT_STR_TRUNCATED;
	}
	if (got < want && len == got)
		flags |= FMT_STR_UNREADABLE;
	if (!got && want) /* nothing readable (an empty slice is no error) */
		flags = FMT_STR_UNREADABLE;
	q[0] = FMT_SPECIAL_TAG(FMT_SPECIAL_STRING);
	q[1] = reg;
	q[2] = (uint8_t)flags;
	end = b + got; /* what the copy wrote */
	if (len < 0x80 && lenb == 2) {
		/* the length takes one byte: move the bytes down by one */
		for (size_t i = 0; i < len; i++)
			b[i - 1] = b[i];
		b--;
	}
	rt_put_uleb(q + 3, len);
	/* Bytes copied past the string (a C string's tail) must read as the
	 * end of the stream again: past wp, block space is zero. */
	for (uint8_t *z = b + len; z < end; z++)
		*z = 0;
	return b + len;
}

/* Inlined into the two handlers below (a call would save and restore
 * every register it uses: half the cost of a marked call with one
 * register). Iterates over the set bits only. */
static ALWAYS_INLINE uint8_t *rt_values_put(uint8_t *q, unsigned kind, const struct rt_vregs *v,
				     const struct rt_vspec *s)
{
	int entry = kind == FMT_KIND_ENTRY;
	uint32_t mask = entry ? s->args_mask : s->ret_mask, m;

	if (entry && RT_UNLIKELY(!mask && s->flow_kind)) /* a flow's function only */
		return rt_flow_put(q, v, s);
	*q++ = FMT_SPECIAL_TAG(entry ? FMT_SPECIAL_ARGS : FMT_SPECIAL_RETVAL);
	q = rt_put_uleb(q, mask);
	for (m = mask & 0x3fu; m; m &= m - 1)
		q = rt_put_uleb(q, v->gp[__builtin_ctz(m)]);
	for (m = (mask >> FMT_VAL_FIRST_VEC) & 0xffu; m; m &= m - 1) {
		__builtin_memcpy(q, &v->vec[__builtin_ctz(m)], 8); /* little-endian */
		q += 8;
	}
	if (entry && RT_UNLIKELY(s->nstr))
		for (unsigned i = 0; i < s->nstr; i++)
			if (s->str[i].reg < 6)
				q = put_string(q, v, s->str[i].reg, s->str[i].len_reg, s->str_size);
	if (entry && RT_UNLIKELY(s->flow_kind))
		q = rt_flow_put(q, v, s);
	return q;
}

/* Read a ULEB128 that this thread wrote (well formed), not past end. */
static const uint8_t *skip_uleb(const uint8_t *q, const uint8_t *end)
{
	while (q < end && (*q++ & 0x80))
		;
	return q;
}

uint8_t *rt_values_skip(uint8_t *q, const uint8_t *end)
{
	const uint8_t *r = q;

	while (r < end) {
		uint8_t tag = *r;
		uint64_t v = 0;
		unsigned shift = 0;
		const uint8_t *s;

		if (tag == FMT_SPECIAL_TAG(FMT_SPECIAL_ARGS) ||
		    tag == FMT_SPECIAL_TAG(FMT_SPECIAL_RETVAL)) {
			s = ++r;
			r = skip_uleb(r, end);
			for (; s < r; s++, shift += 7)
				v |= (uint64_t)(*s & 0x7f) << shift;
			for (unsigned i = 0; i < FMT_VAL_NREGS && r < end; i++)
				if (v & (1u << i))
					r = i < FMT_VAL_FIRST_VEC ? skip_uleb(r, end) : r + 8;
		} else if (tag == FMT_SPECIAL_TAG(FMT_SPECIAL_FLOW)) {
			unsigned n = r + 1 < end ? fmt_flow_fields(r[1]) : 0;
			r += 2;
			for (unsigned i = 0; i < n; i++)
				r = skip_uleb(r, end);
		} else if (tag == FMT_SPECIAL_TAG(FMT_SPECIAL_STRING)) {
			r += 3;
			s = r;
			r = skip_uleb(r, end);
			for (; s < r; s++, shift += 7)
				v |= (uint64_t)(*s & 0x7f) << shift;
			r += v;
		} else {
			break;
		}
	}
	return (uint8_t *)(r < end ? r : end);
}

/* The clock of the plain handlers (record.c's rt_handlers()). */
static ALWAYS_INLINE uint64_t values_now(void)
{
	if (RT_UNLIKELY(rt_tsc_off))
		return rt_now_sys();
	if (RT_UNLIKELY(rt_cfg.clock_ns))
		return rt_now_ns();
	return arch_timestamp();
}

/* Called by arch_values_entry (values.S) only. */
NCS void rt_values_entry(struct rt_vregs *v) RT_HIDDEN;
NCS void rt_values_entry(struct rt_vregs *v)
{
	rt_event(FMT_KIND_ENTRY, (uint32_t)v->id, values_now(), (uintptr_t)v->sp, v);
}

/* Called by arch_values_exit (values.S) only. */
NCS void rt_values_exit(struct rt_vregs *v) RT_HIDDEN;
NCS void rt_values_exit(struct rt_vregs *v)
{
	rt_event(FMT_KIND_EXIT, (uint32_t)v->id, values_now(), (uintptr_t)v->sp, v);
}
