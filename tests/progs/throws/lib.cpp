/*
 * The library half of tests/progs/throws: the name stack of pathlog.h,
 * and functions that throw through several of their own frames into the
 * program's catch.
 */
#include <cstdio>
#include <cstring>

#include "pathlog.h"

static const char *names[64];
static int depth;
static char paths[1 << 16];
static size_t paths_len;

extern "C" __attribute__((xray_never_instrument)) void pathlog_enter(const char *name)
{
	names[depth++] = name;
	for (int i = 0; i < depth && paths_len < sizeof(paths) - 64; i++)
		paths_len += (size_t)snprintf(paths + paths_len, sizeof(paths) - paths_len, "%s%s",
					      i ? ";" : "path ", names[i]);
	paths[paths_len++] = '\n';
}

extern "C" __attribute__((xray_never_instrument)) void pathlog_leave(void)
{
	depth--;
}

extern "C" __attribute__((xray_never_instrument)) void pathlog_print(void)
{
	fwrite(paths, 1, paths_len, stdout);
}

static volatile int sink;

NOINLINE static void lib_leaf(void)
{
	TRACK();
	sink++;
}

NOINLINE void lib_descend(int n)
{
	TRACK();
	lib_leaf();
	if (n == 0)
		throw n + 7;
	lib_descend(n - 1);
	sink--;
}

NOINLINE static void check_widget(int bad)
{
	TRACK();
	if (bad)
		lib_descend(1);
}

Widget::Widget(int bad)
{
	TRACK();
	check_widget(bad);
}
