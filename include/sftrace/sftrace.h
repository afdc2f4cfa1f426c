/*
 * sftrace public interface.
 *
 * Programs are normally traced without any change: `sftrace record -- PROG`
 * preloads libsftrace.so. A program that cannot be preloaded (a static
 * executable) links libsftrace.a and calls sftrace_setup() early in main();
 * the same environment variables (SFTRACE_OUTPUT_FILE, SFTRACE_FILTER,
 * SFTRACE_SETUP_THREAD_ONLY) then apply.
 */
#ifndef SFTRACE_SFTRACE_H
#define SFTRACE_SFTRACE_H

#ifdef __cplusplus
extern "C" {
#endif

#define SFTRACE_VERSION_MAJOR 0
#define SFTRACE_VERSION_MINOR 1
#define SFTRACE_VERSION_PATCH 0
#define SFTRACE_VERSION_STRING "0.1.0"

/*
 * Start tracing the calling process: find every loaded module with XRay
 * sleds, patch them and start recording into $SFTRACE_OUTPUT_FILE. Does
 * nothing (and returns 0) when that variable is unset. Safe to call more
 * than once; later calls return the first call's result.
 * Returns 0 on success or a negative errno; tracing failures never stop
 * the program.
 */
int sftrace_setup(void);

/*
 * Stop recording, close every thread's buffer and leave a complete log.
 * Called automatically at exit; returns 0 or a negative errno.
 */
int sftrace_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif
