/*
 * Waiting for the processes of a recording that outlive its command.
 *
 * A process records while it has its log mapped, and a fork child keeps
 * its parent's header page mapped until it writes a log of its own
 * (runtime/log.c), so /proc/PID/maps names the processes to wait for,
 * whoever their parent is now (a daemon is reparented to init). Polled every 50 ms: a recording's processes are
 * few, and this runs only after the command has exited.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tools/lib/usage.h"
#include "tools/record-wait.h"

/* Does line (of a maps file) map out or out.SUFFIX? */
static int maps_names_log(const char *line, const char *out, size_t n)
{
	const char *p = strchr(line, '/');
	size_t l;

	if (!p || strncmp(p, out, n))
		return 0;
	p += n;
	l = strcspn(p, "\n");
	return l == 0 || (p[0] == '.' && isdigit((unsigned char)p[1]));
}

static int holds_log(const char *pid, const char *out, size_t n)
{
	char path[64], line[4096 + 256];
	FILE *f;
	int found = 0;

	snprintf(path, sizeof(path), "/proc/%s/maps", pid);
	if (!(f = fopen(path, "re")))
		return 0;
	while (!found && fgets(line, sizeof(line), f))
		found = maps_names_log(line, out, n);
	fclose(f);
	return found;
}

/* The pids that hold a log of out, as a list in buf; returns how many. */
static int scan(const char *out, char *buf, size_t len)
{
	size_t n = strlen(out), o = 0;
	long self = (long)getpid();
	DIR *d = opendir("/proc");
	struct dirent *de;
	int count = 0;

	buf[0] = '\0';
	if (!d)
		return 0;
	while ((de = readdir(d))) {
		if (!isdigit((unsigned char)de->d_name[0]) || atol(de->d_name) == self)
			continue;
		if (!holds_log(de->d_name, out, n))
			continue;
		count++;
		if (o + strlen(de->d_name) + 3 < len)
			o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? ", " : "", de->d_name);
	}
	closedir(d);
	return count;
}

int record_wait(const char *out)
{
	char pids[256];
	int n, most = 0;
	struct timespec nap = { 0, 50 * 1000 * 1000 };

	while ((n = scan(out, pids, sizeof(pids))) > 0) {
		if (!most)
			fprintf(stderr,
				"sftrace: waiting for %d process%s of the recording still running "
				"(pid %s; --no-wait returns at once)\n",
				n, n == 1 ? "" : "es", pids);
		if (n > most)
			most = n;
		nanosleep(&nap, NULL);
	}
	return most;
}
