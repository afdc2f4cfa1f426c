/*
 * Output files that appear whole or not at all.
 *
 * A regular output is written to a temporary file beside it and renamed
 * over the name on success, so that a failed or interrupted conversion
 * leaves the previous file (or none), never a partial one, and so that an
 * output that happens to be a file the converter still has mapped (a log,
 * a module, a debug file) is replaced, not truncated under the reader. A
 * symbolic link is written through: its target is replaced. Devices, pipes
 * and sockets (/dev/null, a FIFO) and names under /dev and /proc
 * (/dev/stdout) are written directly.
 *
 * outfile_check_inputs() is the check before any of it: an output must not
 * be one of the command's inputs.
 *
 * Ownership: outfile_commit() and outfile_discard() release everything.
 */
#ifndef SFTRACE_TOOLS_OUT_OUTFILE_H
#define SFTRACE_TOOLS_OUT_OUTFILE_H

struct outfile {
	char *path; /* the name given, for messages */
	char *dest; /* what is renamed over: path with its symbolic links resolved */
	char *tmp;  /* the temporary file, NULL when writing path directly */
	int fd;
};

/*
 * Create the output for path. Returns the file descriptor to write, or -1
 * after printing "cannot create 'path': ...".
 */
int outfile_open(struct outfile *f, const char *path);

/*
 * Close the descriptor and move the file into place. Returns 0, or -1
 * after printing "cannot write 'path': ..." and removing the temporary file.
 */
int outfile_commit(struct outfile *f);

/*
 * Close the descriptor (if still open) and remove the temporary file (a
 * device or pipe written directly is left alone). Accepts a struct outfile
 * that outfile_open() failed on or that was already released.
 */
void outfile_discard(struct outfile *f);

/*
 * Usage mistakes with the files of a command, checked by device and inode
 * so that other spellings and links count: 1 when output (a path, NULL or
 * "-" for standard output) is one of the n inputs, which writing it would
 * destroy; 2 when an input is given twice. *which receives the path at
 * fault; 0 when all is well. Inputs that are not regular files are left to
 * the reader, which names what is wrong with them.
 */
int outfile_check_inputs(const char *output, const char *const *inputs, int n,
			 const char **which);

#endif
