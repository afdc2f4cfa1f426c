/*
 * dlopen under load: a loader thread opens LIBRARIES one after the other
 * (built from plugin.c, plus any without sleds), calls plugin_work(10)
 * CALLS times in each, then closes them all and opens and calls the first
 * one again; meanwhile SPINNERS threads call an instrumented function in
 * a loop until the loader is done. Prints "count NAME N" (the plugins'
 * counts summed over the libraries, from their own plugin_counts()).
 * Usage: dlmany CALLS SPINNERS LIBRARY...
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))
#define MAX_LIBS 256

static int nlibs, calls;
static char **paths;
static volatile int done;
static unsigned long n_spin, n_loader;
static unsigned long work, leaf;
static volatile long sink;

NOINLINE static long spin(long i)
{
	__atomic_add_fetch(&n_spin, 1, __ATOMIC_RELAXED);
	return i + 1;
}

NOINLINE static void *spinner(void *arg)
{
	for (long i = 0; !done; i++)
		sink += spin(i);
	return NULL;
}

/* Open path, call plugin_work CALLS times, add its counts; the handle. */
NOINLINE static void *use(const char *path)
{
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	long (*fn)(long);
	void (*counts)(unsigned long *, unsigned long *);
	unsigned long w0, l0, w1, l1;

	if (!h) {
		fprintf(stderr, "dlmany: %s\n", dlerror());
		exit(1);
	}
	fn = (long (*)(long))dlsym(h, "plugin_work");
	counts = (void (*)(unsigned long *, unsigned long *))dlsym(h, "plugin_counts");
	if (!fn || !counts) {
		fprintf(stderr, "dlmany: %s: %s\n", path, dlerror());
		exit(1);
	}
	counts(&w0, &l0);
	for (int i = 0; i < calls; i++)
		sink += fn(10);
	counts(&w1, &l1);
	work += w1 - w0;
	leaf += l1 - l0;
	return h;
}

NOINLINE static void *loader(void *arg)
{
	void *h[MAX_LIBS];

	n_loader++;
	for (int i = 0; i < nlibs; i++)
		h[i] = use(paths[i]);
	for (int i = 0; i < nlibs; i++)
		dlclose(h[i]);
	dlclose(use(paths[0]));
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t sp[16], ld;
	int nspin;

	if (argc < 4 || argc - 3 > MAX_LIBS || atoi(argv[2]) > 16) {
		fprintf(stderr, "usage: dlmany CALLS SPINNERS(<=16) LIBRARY...\n");
		return 2;
	}
	calls = atoi(argv[1]);
	nspin = atoi(argv[2]);
	paths = argv + 3;
	nlibs = argc - 3;
	for (int i = 0; i < nspin; i++)
		pthread_create(&sp[i], NULL, spinner, NULL);
	pthread_create(&ld, NULL, loader, NULL);
	pthread_join(ld, NULL);
	done = 1;
	for (int i = 0; i < nspin; i++)
		pthread_join(sp[i], NULL);
	printf("count loader %lu\ncount spin %lu\n", n_loader, n_spin);
	printf("count plugin_work %lu\ncount plugin_leaf %lu\n", work, leaf);
	return 0;
}
