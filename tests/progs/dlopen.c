/*
 * Loads an instrumented library with dlopen after the program started
 * (so the tracer must find and patch it late), calls into it, unloads it,
 * loads it again and calls it again: functions of a module loaded twice
 * must be traced both times. Prints "count NAME N" for its own functions
 * and the library's. Usage: dlopen LIBRARY [CALLS] (default 100).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#define NOINLINE __attribute__((noinline))

static unsigned long n_use_plugin;

NOINLINE static int use_plugin(const char *path, long calls, unsigned long *work,
			       unsigned long *leaf, long *sum)
{
	void *h;
	long (*fn)(long);
	void (*counts)(unsigned long *, unsigned long *);
	unsigned long w0, l0, w1, l1;

	n_use_plugin++;
	h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		fprintf(stderr, "dlopen: %s\n", dlerror());
		return -1;
	}
	fn = (long (*)(long))dlsym(h, "plugin_work");
	counts = (void (*)(unsigned long *, unsigned long *))dlsym(h, "plugin_counts");
	if (!fn || !counts) {
		fprintf(stderr, "dlopen: %s\n", dlerror());
		return -1;
	}
	/*
	 * Differences, not totals: whether dlclose really unloads (and a
	 * fresh load starts from zero) is up to the loader and the tracer.
	 */
	counts(&w0, &l0);
	for (long i = 0; i < calls; i++)
		*sum += fn(i % 10);
	counts(&w1, &l1);
	*work += w1 - w0;
	*leaf += l1 - l0;
	if (dlclose(h)) {
		fprintf(stderr, "dlclose: %s\n", dlerror());
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	long calls = argc > 2 ? atol(argv[2]) : 100;
	unsigned long work = 0, leaf = 0;
	long sum = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: dlopen LIBRARY [CALLS]\n");
		return 2;
	}
	for (int round = 0; round < 2; round++)
		if (use_plugin(argv[1], calls, &work, &leaf, &sum))
			return 1;
	printf("result %ld\n", sum);
	printf("count use_plugin %lu\n", n_use_plugin);
	printf("count plugin_work %lu\n", work);
	printf("count plugin_leaf %lu\n", leaf);
	printf("count plugin_counts 4\n");
	return 0;
}
