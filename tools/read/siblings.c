/*
 * Finding the other logs of a recording beside the ones given: see
 * siblings.h. Only file names of the form OUT.<digits>[.<digits>] are
 * considered, and only those whose header carries the same session id.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/format.h"
#include "tools/lib/usage.h"
#include "tools/read/siblings.h"

static int read_session(const char *path, uint64_t *session)
{
	struct fmt_file_header h;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = pread(fd, &h, 80, 0);
	close(fd);
	if (n != 80 || memcmp(h.magic, FMT_MAGIC, FMT_MAGIC_LEN) || !h.session)
		return -1;
	*session = h.session;
	return 0;
}

/* "1234" or "1234.2" */
static int pid_suffix(const char *s)
{
	int dots = 0, digits = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') {
			digits++;
		} else if (*s == '.' && digits && !dots) {
			dots++;
			digits = 0;
		} else {
			return 0;
		}
	}
	return digits > 0;
}

static int given(const char *const *inputs, int n, const char *dir, const char *name)
{
	for (int i = 0; i < n; i++) {
		const char *slash = strrchr(inputs[i], '/');
		const char *base = slash ? slash + 1 : inputs[i];
		size_t dlen = slash ? (size_t)(slash - inputs[i]) : 0;
		if (strcmp(base, name))
			continue;
		if ((!slash && !strcmp(dir, ".")) ||
		    (slash && strlen(dir) == dlen && !strncmp(dir, inputs[i], dlen)))
			return 1;
	}
	return 0;
}

void siblings_note(const char *const *inputs, int n)
{
	for (int i = 0; i < n; i++) {
		const char *slash = strrchr(inputs[i], '/');
		char *dir = slash ? xstrndup(inputs[i], (size_t)(slash - inputs[i])) : xstrdup(".");
		const char *base = slash ? slash + 1 : inputs[i];
		size_t blen = strlen(base);
		uint64_t session, other;
		char *first = NULL;
		unsigned count = 0;
		struct dirent *de;
		DIR *d;

		if (!*dir) {
			free(dir);
			dir = xstrdup("/");
		}
		if (read_session(inputs[i], &session) || !(d = opendir(dir))) {
			free(dir);
			continue;
		}
		while ((de = readdir(d))) {
			char *path;
			if (strncmp(de->d_name, base, blen) || de->d_name[blen] != '.' ||
			    !pid_suffix(de->d_name + blen + 1) || given(inputs, n, dir, de->d_name))
				continue;
			path = xasprintf("%s/%s", dir, de->d_name);
			if (!read_session(path, &other) && other == session) {
				if (!count++)
					first = xstrdup(de->d_name);
			}
			free(path);
		}
		closedir(d);
		if (count)
			note("note: %u more log%s of the same recording as '%s' (%s%s) %s not "
			     "included; give %s too (%s*) to include %s",
			     count, count > 1 ? "s" : "", inputs[i], first, count > 1 ? ", ..." : "",
			     count > 1 ? "are" : "is", count > 1 ? "them" : "it", inputs[i],
			     count > 1 ? "those processes" : "that process");
		free(first);
		free(dir);
	}
}
