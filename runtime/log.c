/*
 * The log file: naming, header, block reservation and META records
 * (docs/format.md).
 *
 * Space is handed out in blocks by an atomic file-offset counter; each
 * block is made real with fallocate and zeros (so a full disk is an error
 * here, at reservation time, never a SIGBUS in a traced thread later) and
 * mapped MAP_SHARED, populated: the page cache owns every byte the moment a
 * thread stores it. The file header page stays mapped for the shutdown
 * fields. META records (process, modules) are appended under rt_lock and
 * published by storing their 8-byte record header last.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

#include "arch.h"
#include "common/sigsafe.h"
#include "runtime/internal.h"

struct rt_log {
	int fd;
	dev_t dev; /* identity of the file, to notice a descriptor the */
	ino_t ino; /* program closed and reused */
	char path[4096 + 32];
	struct fmt_file_header *hdr;
	uint64_t next_off; /* atomic: the next block's file offset */
	struct fmt_block_header *meta;
	uint32_t meta_used, meta_seq;
	int failed;
	uint32_t stop_reason; /* FMT_LOST_* once failed */
};

static struct rt_log rt_log = { .fd = -1 };
/*
 * In a fork child, the parent's header page, kept mapped read-only until
 * the child writes a log of its own (or execs): it shows in
 * /proc/PID/maps that the process belongs to the recording and may still
 * record, which is what `sftrace record` waits for (tools/record-wait.c).
 */
static void *rt_parent_hdr;
uint64_t rt_log_gen;

int rt_log_exists(void)
{
	return rt_log.hdr != NULL;
}

/* The loss reason for a system error of the log file. */
static uint32_t reason_of(int err)
{
	switch (err) {
	case ENOSPC:
	case EDQUOT:
	case EFBIG:
		return FMT_LOST_NO_SPACE;
	case EBADF:
		return FMT_LOST_DESCRIPTOR;
	default:
		return FMT_LOST_WRITE_ERROR;
	}
}

void rt_log_fail(const char *what, int err)
{
	uint32_t reason = reason_of(err);

	if (__atomic_exchange_n(&rt_log.failed, 1, __ATOMIC_SEQ_CST))
		return;
	rt_active = 0;
	rt_log.stop_reason = reason;
	if (rt_log.hdr) {
		rt_log.hdr->stop_reason = reason;
		rt_log.hdr->stop_errno = (uint32_t)err;
		rt_log.hdr->stop_tsc = rt_clock();
		__atomic_or_fetch(&rt_log.hdr->flags, FMT_FLAG_STOPPED, __ATOMIC_SEQ_CST);
	}
	/* Under `sftrace record` the program's stderr stays its own: record
	 * reads the reason from the log and reports it. */
	if (rt_cfg.quiet && !rt_cfg.debug)
		return;
	rt_warn("%s '%s': %s; tracing stopped%s", what,
		rt_log.path[0] ? rt_log.path : rt_cfg.output, strerror(err),
		rt_log.hdr ? " (the log is readable up to here)" : ", nothing recorded");
}

uint32_t rt_log_stop_reason(void)
{
	return rt_log.failed && rt_log.stop_reason ? rt_log.stop_reason : FMT_LOST_SHUTDOWN;
}

int rt_log_failed(void)
{
	return __atomic_load_n(&rt_log.failed, __ATOMIC_RELAXED);
}

void rt_log_set_flag(uint32_t flag)
{
	if (rt_log.hdr)
		__atomic_or_fetch(&rt_log.hdr->flags, flag, __ATOMIC_SEQ_CST);
}

/*
 * Write zeros over [off, off + len): 0 or an errno. From a buffer in
 * .bss that is never written (its pages read as the shared zero page).
 */
static int log_zero(int fd, uint64_t off, uint64_t len)
{
	static uint8_t zeros[256 * 1024];

	for (uint64_t done = 0; done < len;) {
		size_t n = len - done < sizeof(zeros) ? (size_t)(len - done) : sizeof(zeros);
		ssize_t w = pwrite(fd, zeros, n, (off_t)(off + done));
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return w < 0 ? errno : ENOSPC;
		done += (uint64_t)w;
	}
	return 0;
}

/*
 * Make [off, off + len) of the log real disk space: never a sparse range,
 * whose first store would raise SIGBUS in a traced thread when the disk
 * is full. Past the file size limit (RLIMIT_FSIZE, which the program may
 * lower at any time) the kernel would send SIGXFSZ: check it first.
 * fallocate reserves the space; the zeros written over it then turn its
 * unwritten extents into written ones in one go and leave the pages in
 * the page cache, so that mapping them for writing (rt_log_block) costs
 * 0.9 us a page instead of 3.9 (ext4 on the development VM: page_mkwrite
 * converting the extent a page at a time; docs/performance.md). Without
 * fallocate (some file systems) the zeros alone. 0 or an errno.
 */
static int log_extend(int fd, uint64_t off, uint64_t len)
{
	struct rlimit rl;

	if (!getrlimit(RLIMIT_FSIZE, &rl) && rl.rlim_cur != RLIM_INFINITY &&
	    off + len > (uint64_t)rl.rlim_cur)
		return EFBIG;
	if (!fallocate(fd, 0, (off_t)off, (off_t)len)) {
		(void)log_zero(fd, off, len); /* the space is ours either way */
		return 0;
	}
	if (errno != EOPNOTSUPP && errno != ENOSYS)
		return errno;
	return log_zero(fd, off, len);
}

/* Our descriptor of the log still names the log file? */
static int log_fd_is_ours(int fd)
{
	struct stat st;

	return fd >= 0 && !fstat(fd, &st) && st.st_dev == rt_log.dev && st.st_ino == rt_log.ino;
}

/*
 * Programs close descriptors they did not open (close_range, closefrom, a
 * daemon's loop) or dup2 over them: never extend or map a file that took
 * our descriptor's number. The blocks already mapped stay valid; for new
 * ones the log is opened again by its path, if the path still names the
 * same file (device and inode). Otherwise recording stops (reason
 * DESCRIPTOR) and what follows is counted as lost. 0 when usable.
 */
static int log_descriptor_check(void)
{
	int fd, high;

	if (log_fd_is_ours(rt_log.fd))
		return 0;
	/* not ours any more: the number may be the program's now, leave it */
	fd = open(rt_log.path, O_RDWR | O_CLOEXEC);
	if (fd >= 0 && !log_fd_is_ours(fd)) {
		close(fd);
		fd = -1;
	}
	if (fd < 0) {
		rt_log.fd = -1;
		rt_log_fail("lost the descriptor of", EBADF);
		return -1;
	}
	high = fcntl(fd, F_DUPFD_CLOEXEC, 512);
	if (high >= 0) {
		close(fd);
		fd = high;
	}
	rt_debug("the program closed the log's descriptor: reopened as %d", fd);
	rt_log.fd = fd;
	return 0;
}

struct fmt_block_header *rt_log_block(uint16_t type, uint32_t size, uint32_t min, uint32_t *got)
{
	uint64_t off = __atomic_load_n(&rt_log.next_off, __ATOMIC_RELAXED);
	void *p;
	int err;

	if (rt_log.fd < 0 || rt_log.failed)
		return NULL;
	if (log_descriptor_check())
		return NULL;
	/* A full disk may still hold a smaller block: halve down to min. */
	for (;;) {
		err = log_extend(rt_log.fd, off, size);
		if (!err || size / 2 < min || size <= FMT_PAGE ||
		    (err != ENOSPC && err != EDQUOT && err != EFBIG))
			break;
		size = (size / 2) & ~(FMT_PAGE - 1);
	}
	if (err) {
		rt_log_fail("cannot extend", err);
		return NULL;
	}
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, rt_log.fd, (off_t)off);
	if (p == MAP_FAILED) {
		rt_log_fail("cannot map", errno);
		return NULL;
	}
	/* rt_lock is held: the offset counter only moves by what was made real */
	__atomic_store_n(&rt_log.next_off, off + size, __ATOMIC_RELAXED);
	/* Fault the pages in for writing now, here in the slow path: a
	 * shared file page is otherwise mapped read-only first and its first
	 * store faults again (page_mkwrite) inside a traced function. */
	if (madvise(p, size, MADV_POPULATE_WRITE))
		madvise(p, size, MADV_WILLNEED);
	(void)type;
	*got = size;
	return p;
}

static uint32_t round_up(uint32_t v, uint32_t a)
{
	return (v + a - 1) & ~(a - 1);
}

static void meta_close(void)
{
	struct fmt_block_header *b = rt_log.meta;
	uint64_t tsc, ns;

	if (!b)
		return;
	rt_sync_point(&tsc, &ns);
	b->close_tsc = tsc;
	b->close_ns = ns;
	b->used = rt_log.meta_used;
	__atomic_store_n(&b->flags, b->flags | FMT_BLOCK_CLOSED, __ATOMIC_RELEASE);
}

int rt_log_meta(uint16_t type, const void *const *parts, const size_t *lens, int nparts)
{
	size_t len = 0;
	uint32_t need;
	uint8_t *p;
	struct fmt_meta_record rec;
	uint64_t word;

	for (int i = 0; i < nparts; i++)
		len += lens[i];
	if (len > 0x7fff0000u)
		return -E2BIG;
	need = 8 + round_up((uint32_t)len, 8);
	if (!rt_log.meta ||
	    rt_log.meta_used + need + 8 > rt_log.meta->size - FMT_BLOCK_HEADER_SIZE) {
		uint32_t size = round_up(FMT_BLOCK_HEADER_SIZE + need + 8, FMT_PAGE);
		struct fmt_block_header *b;
		uint64_t tsc, ns;

		uint32_t min = size;

		if (size < RT_META_BLOCK)
			size = RT_META_BLOCK;
		b = rt_log_block(FMT_BLOCK_META, size, min, &size);
		if (!b)
			return -ENOSPC;
		meta_close();
		rt_sync_point(&tsc, &ns);
		b->type = FMT_BLOCK_META;
		b->header_size = FMT_BLOCK_HEADER_SIZE;
		b->size = size;
		b->seq = rt_log.meta_seq++;
		b->open_tsc = tsc;
		b->open_ns = ns;
		__atomic_store_n(&b->magic, FMT_BLOCK_MAGIC, __ATOMIC_RELEASE);
		rt_log.meta = b;
		rt_log.meta_used = 0;
	}
	p = (uint8_t *)rt_log.meta + FMT_BLOCK_HEADER_SIZE + rt_log.meta_used;
	{
		uint8_t *q = p + 8;
		for (int i = 0; i < nparts; i++) {
			memcpy(q, parts[i], lens[i]);
			q += lens[i];
		}
	}
	rec.type = type;
	rec.flags = 0;
	rec.length = (uint32_t)len;
	memcpy(&word, &rec, 8);
	__atomic_store_n((uint64_t *)p, word, __ATOMIC_RELEASE);
	rt_log.meta_used += need;
	rt_log.meta->used = rt_log.meta_used;
	return 0;
}

int rt_log_module(const struct rt_module *m)
{
	struct fmt_meta_module mm;
	static const uint8_t zeros[8];
	size_t bpad = round_up(m->build_id_len, 8) - m->build_id_len;
	const void *parts[5] = { &mm, m->build_id, zeros, m->func_vaddr, m->path };
	size_t lens[5] = { sizeof(mm), m->build_id_len, bpad, (size_t)m->nfuncs * 8,
			   strlen(m->path) + 1 };

	memset(&mm, 0, sizeof(mm));
	mm.index = m->index;
	mm.id_base = m->id_base;
	mm.nfuncs = m->nfuncs;
	mm.nsleds = m->nsleds;
	mm.npatched = m->npatched;
	mm.build_id_len = m->build_id_len;
	mm.load_bias = m->load_bias;
	mm.load_tsc = m->load_tsc;
	return rt_log_meta(FMT_META_MODULE, parts, lens, 5);
}

/* PROCESS: argc, 0, the arguments, the executable path. */
static int log_process(void)
{
	static char cmdline[65536];
	char exe[4096];
	ssize_t n = 0, r;
	uint32_t head[2] = { 0, 0 };
	int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);

	if (fd >= 0) {
		while (n < (ssize_t)sizeof(cmdline) - 1 &&
		       (r = read(fd, cmdline + n, sizeof(cmdline) - 1 - (size_t)n)) > 0)
			n += r;
		close(fd);
	}
	if (n > 0 && cmdline[n - 1] != '\0')
		cmdline[n++] = '\0';
	for (ssize_t i = 0; i < n; i++)
		if (!cmdline[i])
			head[0]++;
	r = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	exe[r > 0 ? r : 0] = '\0';
	{
		const void *parts[3] = { head, cmdline, exe };
		size_t lens[3] = { sizeof(head), (size_t)n, strlen(exe) + 1 };
		return rt_log_meta(FMT_META_PROCESS, parts, lens, 3);
	}
}

/*
 * What the file at path is: LOG_OTHER (not a complete log header: another
 * file, or a log still being created), LOG_STALE (a log of another
 * recording), LOG_SESSION (a log of this recording, another process) or
 * LOG_IMAGE (this recording and this pid: an earlier image, before exec).
 */
enum { LOG_OTHER, LOG_STALE, LOG_SESSION, LOG_IMAGE };

static int log_kind(const char *path, uint32_t pid)
{
	struct fmt_file_header h;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return LOG_OTHER;
	n = pread(fd, &h, 80, 0);
	close(fd);
	if (n != 80 || memcmp(h.magic, FMT_MAGIC, FMT_MAGIC_LEN) || !h.session)
		return LOG_OTHER;
	if (h.session != rt_cfg.session)
		return LOG_STALE;
	return h.pid == pid ? LOG_IMAGE : LOG_SESSION;
}

/*
 * Create the file for this process image (docs/format.md "Files of a
 * process tree"). The first process of a recording that has instrumented
 * code takes OUT itself, whichever process of the tree that is (a package
 * manager or a shell that starts the instrumented program has no sleds and
 * writes nothing); the others take OUT.<pid>, then OUT.<pid>.<n> for
 * further images of the same pid. Only the process `record` started may
 * replace a file left at OUT by an earlier recording (`record` removes OUT
 * before it starts anyway); other processes never remove OUT, since
 * another process of this recording may have just created it.
 */
static int log_create(char *path, size_t size)
{
	uint32_t pid = (uint32_t)getpid();
	int root = !rt_cfg.forked && rt_cfg.root_pid == (pid_t)pid;

	for (unsigned n = 0; n < 10000; n++) {
		int fd, replaced = 0;

		if (n == 0)
			sigsafe_format(path, size, "%s", rt_cfg.output);
		else if (n == 1)
			sigsafe_format(path, size, "%s.%u", rt_cfg.output, pid);
		else
			sigsafe_format(path, size, "%s.%u.%u", rt_cfg.output, pid, n - 1);
	again:
		fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
		if (fd >= 0)
			return fd;
		if (errno != EEXIST)
			return -errno;
		switch (log_kind(path, pid)) {
		case LOG_IMAGE:   /* an earlier image of this process (exec) */
		case LOG_SESSION: /* another process of this recording */
			continue;
		case LOG_STALE:
			/* A log of an earlier recording. OUT is only replaced
			 * by the process record started (the first one), since
			 * two others could both see the stale file and the
			 * second would remove the first one's new log. */
			if (n == 0 && !root)
				continue;
			break;
		default:
			/* OUT may be a log another process is creating right
			 * now; OUT.<pid> names are ours alone. */
			if (n == 0)
				continue;
			break;
		}
		if (replaced++ || unlink(path))
			return -EEXIST;
		goto again;
	}
	return -EEXIST;
}

int rt_log_ensure(void)
{
	struct fmt_file_header *h;
	uint64_t tsc, ns;
	struct timespec rt;
	int fd, err;

	if (rt_log.hdr)
		return 0;
	if (rt_log.failed)
		return -EIO;
	if (rt_parent_hdr) {
		munmap(rt_parent_hdr, FMT_PAGE);
		rt_parent_hdr = NULL;
	}
	fd = log_create(rt_log.path, sizeof(rt_log.path));
	if (fd < 0) {
		rt_log_fail("cannot create", -fd);
		return fd;
	}
	{
		/* Out of the way of programs that dup2 onto low numbers. */
		int high = fcntl(fd, F_DUPFD_CLOEXEC, 512);
		struct stat st;

		if (high >= 0) {
			close(fd);
			fd = high;
		}
		if (fstat(fd, &st)) {
			err = errno;
			close(fd);
			rt_log_fail("cannot create", err);
			return -err;
		}
		rt_log.dev = st.st_dev;
		rt_log.ino = st.st_ino;
	}
	if ((err = log_extend(fd, 0, FMT_PAGE))) {
		/* No header, no log: an empty file would only confuse. */
		close(fd);
		unlink(rt_log.path);
		rt_log_fail("cannot extend", err);
		return -err;
	}
	h = mmap(NULL, FMT_PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (h == MAP_FAILED) {
		err = errno;
		close(fd);
		rt_log_fail("cannot map", err);
		return -err;
	}
	rt_log.fd = fd;
	rt_log.next_off = FMT_PAGE;
	rt_log.meta = NULL;
	rt_log.meta_used = 0;
	rt_log.meta_seq = 0;
	rt_log_gen++;

	clock_gettime(CLOCK_REALTIME, &rt);
	rt_sync_point(&tsc, &ns);
	h->version = FMT_VERSION;
	h->arch = ARCH_FMT;
	h->header_size = FMT_PAGE;
	h->pid = (uint32_t)getpid();
	h->ppid = (uint32_t)getppid();
	h->flags = (rt_cfg.clock_ns ? FMT_FLAG_CLOCK_NS : 0) |
		   (rt_cfg.thread_only ? FMT_FLAG_THREAD_ONLY : 0) |
		   (rt_filters_active ? FMT_FLAG_FILTERED : 0) |
		   (sftrace__malloc_active ? FMT_FLAG_MEMORY : 0) |
		   (rt_values_active ? FMT_FLAG_VALUES : 0) |
		   rt_flows_recorded;
	h->start_realtime_ns = (uint64_t)rt.tv_sec * 1000000000u + (uint64_t)rt.tv_nsec;
	h->start_mono_ns = ns;
	h->start_tsc = tsc;
	h->tsc_hz = rt_cfg.clock_ns ? 0 : rt_clock_hz();
	h->session = rt_cfg.session;
	__atomic_thread_fence(__ATOMIC_RELEASE);
	memcpy(h->magic, FMT_MAGIC, FMT_MAGIC_LEN);
	rt_log.hdr = h;
	rt_debug("log '%s' created", rt_log.path);

	if ((err = log_process()))
		return err;
	for (struct rt_module *m = rt_modules; m; m = m->next)
		if (m->loaded && (err = rt_log_module(m)))
			return err;
	return 0;
}

void rt_log_close(uint64_t lost)
{
	struct fmt_file_header *h = rt_log.hdr;
	uint64_t tsc, ns;

	if (!h)
		return;
	meta_close();
	rt_sync_point(&tsc, &ns);
	h->end_offset = __atomic_load_n(&rt_log.next_off, __ATOMIC_RELAXED);
	h->lost = lost;
	h->close_tsc = tsc;
	h->close_mono_ns = ns;
	__atomic_or_fetch(&h->flags, FMT_FLAG_CLOSED, __ATOMIC_RELEASE);
	rt_debug("log '%s' closed (%lu bytes)", rt_log.path, (unsigned long)h->end_offset);
}

void rt_log_forget(void)
{
	if (rt_log.hdr) {
		if (!rt_parent_hdr && !mprotect(rt_log.hdr, FMT_PAGE, PROT_READ))
			rt_parent_hdr = rt_log.hdr;
		else
			munmap(rt_log.hdr, FMT_PAGE);
	}
	if (rt_log.meta)
		munmap(rt_log.meta, rt_log.meta->size);
	if (rt_log.fd >= 0)
		close(rt_log.fd);
	rt_log.hdr = NULL;
	rt_log.meta = NULL;
	rt_log.fd = -1;
	rt_log.path[0] = '\0';
	rt_log.failed = 0;
	rt_log_gen++;
}
