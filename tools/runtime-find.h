/*
 * What `sftrace record` looks for before it runs a command: the runtime
 * library, the command on PATH, the directory of the log. `sftrace doctor`
 * reports on the same things with the same functions.
 */
#ifndef SFTRACE_TOOLS_RUNTIME_FIND_H
#define SFTRACE_TOOLS_RUNTIME_FIND_H

#define SOLIB_NAME "libsftrace.so"

/* $XDG_DATA_HOME/sftrace, else ~/.local/share/sftrace (the caller frees). */
char *solib_install_dir(void);

/* The directory of this sftrace binary, or NULL (the caller frees). */
char *sftrace_self_dir(void);

/* Why path cannot be preloaded as this runtime, or NULL when it can. */
const char *solib_problem(const char *path);

/*
 * The runtime library: opt (--solib), else the install directory, beside
 * this program, then ../lib. Returns a malloc'ed absolute path, or NULL
 * after printing why.
 */
char *solib_find(const char *opt);

/* 1 when the library at path is this build of the runtime (the build
 * stamp), 0 when another, -1 when it cannot be read. */
int solib_same_build(const char *path);

/* Warn when the library at path is another build than this sftrace. */
void solib_warn_other_build(const char *path);

/*
 * Find the file execvp(cmd) would run, as execvp searches PATH. Returns 0
 * and, if path is not NULL, the file (the caller frees), or the errno
 * execvp would most likely fail with.
 */
int command_find(const char *cmd, char **path);

/* 1 when the loader would run cmd in secure-execution mode (set-user-id or
 * set-group-id for someone else), where it ignores LD_PRELOAD. */
int secure_exec(const char *cmd);

/* The directory a log at out goes to (the caller frees). */
char *output_dir(const char *out);

#endif
