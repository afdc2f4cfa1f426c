/*
 * An instrumented shared library that dlopen.c loads at run time. The
 * library counts its own calls; plugin_counts() (itself traced) hands them
 * to the caller. Built with -shared -fPIC and the XRay flags.
 */
#define NOINLINE __attribute__((noinline))

static unsigned long n_plugin_work, n_plugin_leaf;

NOINLINE static long plugin_leaf(long x)
{
	n_plugin_leaf++;
	__asm__ volatile("" : "+r"(x));
	return x * 7;
}

NOINLINE long plugin_work(long n)
{
	long s = 0;

	n_plugin_work++;
	for (long i = 0; i < n; i++)
		s += plugin_leaf(i);
	return s;
}

NOINLINE void plugin_counts(unsigned long *work, unsigned long *leaf)
{
	*work = n_plugin_work;
	*leaf = n_plugin_leaf;
}
