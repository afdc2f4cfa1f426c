/*
 * A program that installs a seccomp filter making some system calls fail
 * with EPERM (SECCOMP_RET_ERRNO), as sandboxes do, and then makes many
 * calls: the tracer's own system calls (extending and mapping the log,
 * blocking signals) start failing under it. The program must see nothing
 * of that, and its calls are recorded or counted as lost.
 * Usage: seccomp N SYSCALL...   (names: fallocate ftruncate pwrite64
 *        mmap mremap rt_sigprocmask openat process_vm_readv)
 * The filter goes in after N/10 calls (the log exists by then). say(s)
 * takes a C string once before the filter ("before") and once after
 * ("after"), for the values tests: the runtime copies strings with
 * process_vm_readv, which sandboxes refuse. Prints "count leaf N", "count
 * say 2" and "filter on" (or why not) on stdout.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile unsigned long n_leaf, n_say;

__attribute__((noinline)) void leaf(void)
{
	n_leaf++;
}

__attribute__((noinline)) void say(const char *s)
{
	n_say++;
	__asm__ volatile("" ::"r"(s));
}

static const struct {
	const char *name;
	int nr;
} names[] = {
	{ "fallocate", SYS_fallocate },	  { "ftruncate", SYS_ftruncate },
	{ "pwrite64", SYS_pwrite64 },	  { "mmap", SYS_mmap },
	{ "mremap", SYS_mremap },	  { "rt_sigprocmask", SYS_rt_sigprocmask },
	{ "openat", SYS_openat },	  { "process_vm_readv", SYS_process_vm_readv },
};

static int install(int argc, char **argv)
{
	struct sock_filter f[64];
	unsigned n = 0, nsys = 0;
	int nrs[16];

	for (int i = 2; i < argc && nsys < 16; i++) {
		size_t k;
		for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
			if (!strcmp(argv[i], names[k].name))
				break;
		if (k == sizeof(names) / sizeof(names[0])) {
			fprintf(stderr, "unknown system call %s\n", argv[i]);
			exit(2);
		}
		nrs[nsys++] = names[k].nr;
	}
	f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					      offsetof(struct seccomp_data, arch));
	f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
	f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
					      offsetof(struct seccomp_data, nr));
	for (unsigned i = 0; i < nsys; i++) {
		f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)nrs[i], 0, 1);
		f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K,
						      SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA));
	}
	f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);

	struct sock_fprog prog = { .len = (unsigned short)n, .filter = f };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	long i;

	for (i = 0; i < n / 10; i++)
		leaf();
	say("before");
	if (install(argc, argv))
		printf("filter not installed: %s\n", strerror(errno));
	else
		printf("filter on\n");
	for (; i < n; i++)
		leaf();
	say("after");
	printf("count leaf %lu\ncount say %lu\n", n_leaf, n_say);
	fflush(stdout);
	return 0;
}
