/*
 * Whole-or-nothing output files (outfile.h): a temporary file in the same
 * directory (so rename(2) is atomic), with the mode a newly created or
 * truncated file would have had. Ctrl-C (or SIGTERM, SIGHUP) during a long
 * conversion must not leave a hidden temporary file behind: the open ones
 * are listed for a handler that removes them and then dies of the signal.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tools/lib/usage.h"
#include "tools/out/outfile.h"

/* Temporary files being written; a converter has at most two at once. */
#define OUTFILE_MAX_TMP 4
static char *volatile live_tmp[OUTFILE_MAX_TMP];
static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP };

static void remove_live_tmp(int sig)
{
	for (int i = 0; i < OUTFILE_MAX_TMP; i++)
		if (live_tmp[i])
			unlink(live_tmp[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void track_tmp(char *tmp)
{
	static bool installed;

	if (!installed) {
		for (size_t i = 0; i < sizeof(cleanup_signals) / sizeof(*cleanup_signals); i++) {
			struct sigaction sa, old;

			memset(&sa, 0, sizeof(sa));
			sa.sa_handler = remove_live_tmp;
			sigemptyset(&sa.sa_mask);
			for (size_t j = 0; j < sizeof(cleanup_signals) / sizeof(*cleanup_signals);
			     j++)
				sigaddset(&sa.sa_mask, cleanup_signals[j]);
			/* Leave alone a signal the caller chose to ignore (nohup). */
			if (!sigaction(cleanup_signals[i], NULL, &old) && old.sa_handler != SIG_IGN)
				sigaction(cleanup_signals[i], &sa, NULL);
		}
		installed = true;
	}
	for (int i = 0; i < OUTFILE_MAX_TMP; i++) {
		if (!live_tmp[i]) {
			live_tmp[i] = tmp;
			return;
		}
	}
}

static void untrack_tmp(const char *tmp)
{
	for (int i = 0; i < OUTFILE_MAX_TMP; i++)
		if (live_tmp[i] == tmp)
			live_tmp[i] = NULL;
}

static void outfile_release(struct outfile *f)
{
	if (f->tmp)
		untrack_tmp(f->tmp);
	free(f->path);
	free(f->dest);
	free(f->tmp);
	f->path = f->dest = f->tmp = NULL;
	f->fd = -1;
}

/* Write path itself, as open(2) would. */
static int open_direct(struct outfile *f, const char *path)
{
	f->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (f->fd < 0)
		return error_errno("cannot create '%s'", path);
	f->path = xstrdup(path);
	return f->fd;
}

int outfile_open(struct outfile *f, const char *path)
{
	size_t len = strlen(path);
	struct stat st;
	mode_t mode, mask;
	char *dir, *base, *tmp;
	bool exists;

	memset(f, 0, sizeof(*f));
	f->fd = -1;
	exists = !stat(path, &st);
	/*
	 * A device, a pipe, a directory, a dangling symbolic link, a name
	 * that cannot be a file ("", "dir/"), or a descriptor by name
	 * (/dev/stdout, /proc/self/fd/N: the file behind it may be open for
	 * appending): open() says what goes.
	 */
	if ((exists && !S_ISREG(st.st_mode)) || (!exists && !lstat(path, &st)) || !len ||
	    path[len - 1] == '/' || !strncmp(path, "/dev/", 5) || !strncmp(path, "/proc/", 6))
		return open_direct(f, path);
	/* An existing file we may not write stays so, as with O_TRUNC. */
	if (exists && access(path, W_OK))
		return error_errno("cannot create '%s'", path);
	f->dest = exists ? realpath(path, NULL) : NULL;
	if (!f->dest)
		f->dest = xstrdup(path);

	/* dirname() and basename() may modify their argument: one copy each. */
	dir = xstrdup(f->dest);
	tmp = xstrdup(f->dest);
	base = basename(tmp);
	f->tmp = xasprintf("%s/.%s.XXXXXX", dirname(dir), base);
	free(dir);
	free(tmp);
	f->fd = mkostemp(f->tmp, O_CLOEXEC);
	if (f->fd < 0) {
		int err = errno;
		free(f->dest);
		free(f->tmp);
		f->dest = f->tmp = NULL;
		/* A writable file in a directory we may not write: in place. */
		if (exists)
			return open_direct(f, path);
		errno = err;
		return error_errno("cannot create '%s'", path);
	}
	track_tmp(f->tmp);
	mask = umask(0);
	umask(mask);
	mode = exists ? st.st_mode & 07777 : 0666 & ~mask;
	if (fchmod(f->fd, mode))
		warning("cannot set the mode of '%s': %s", path, strerror(errno));
	f->path = xstrdup(path);
	return f->fd;
}

int outfile_commit(struct outfile *f)
{
	int ret = 0;

	if (f->fd >= 0 && close(f->fd))
		ret = error_errno("cannot write '%s'", f->path);
	f->fd = -1;
	if (!ret && f->tmp && rename(f->tmp, f->dest))
		ret = error_errno("cannot write '%s'", f->path);
	if (ret) {
		outfile_discard(f);
		return ret;
	}
	outfile_release(f);
	return 0;
}

void outfile_discard(struct outfile *f)
{
	if (!f->path)
		return;
	if (f->fd >= 0)
		close(f->fd);
	f->fd = -1;
	if (f->tmp)
		unlink(f->tmp);
	outfile_release(f);
}

int outfile_check_inputs(const char *output, const char *const *inputs, int n,
			 const char **which)
{
	bool out_file = output && strcmp(output, "-");
	struct stat out, in, prev;

	if (out_file && stat(output, &out))
		out_file = false; /* a new file cannot be an input */
	for (int i = 0; i < n; i++) {
		if (stat(inputs[i], &in) || !S_ISREG(in.st_mode))
			continue; /* the reader names what is wrong with it */
		if (out_file && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
			*which = output;
			return 1;
		}
		for (int j = 0; j < i; j++) {
			if (!stat(inputs[j], &prev) && prev.st_dev == in.st_dev &&
			    prev.st_ino == in.st_ino) {
				*which = inputs[i];
				return 2;
			}
		}
	}
	return 0;
}
