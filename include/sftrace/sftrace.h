/*
 * sftrace public interface: the C ABI of libsftrace.so.
 *
 * Programs are normally traced without any change: `sftrace record -- PROG`
 * preloads libsftrace.so. Programs built with the `sftrace-setup` Rust
 * crate (and any C program) link the library (`-lsftrace`, a DT_NEEDED
 * entry) and call these functions; a program that cannot be preloaded (a
 * static executable) links libsftrace.a and calls sftrace_setup() early
 * in main(). Tracing is on only when SFTRACE_OUTPUT_FILE is set (`sftrace
 * record` sets it); SFTRACE_FILTER and SFTRACE_SETUP_THREAD_ONLY apply too.
 * However the library was reached (preload, rtld-audit, DT_NEEDED,
 * dlopen, several modules that each link it), one runtime records the
 * process. docs/runtime.md "The C ABI" documents it.
 */
#ifndef SFTRACE_SFTRACE_H
#define SFTRACE_SFTRACE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SFTRACE_VERSION_MAJOR 0
#define SFTRACE_VERSION_MINOR 2
#define SFTRACE_VERSION_PATCH 0
#define SFTRACE_VERSION_STRING "0.2.0"

/*
 * Start tracing the calling process: find every loaded module with XRay
 * sleds, patch them and start recording into $SFTRACE_OUTPUT_FILE. Does
 * nothing when that variable is unset, and nothing after the first call
 * (the preloaded library's constructor usually makes it). The three
 * arguments are the `sftrace-setup` crate's slots (functions of the
 * caller made of `ret` and padding): sftrace patches every module itself,
 * so they are never called or written; NULL is fine. Tracing failures
 * never stop the program: they are reported on stderr (see
 * sftrace_status()).
 */
void sftrace_setup(void (*entry_slot)(void), void (*exit_slot)(void),
		   void (*tailcall_slot)(void));

/* Kinds of sftrace_alloc_event(). */
#define SFTRACE_ALLOC 1	      /* ptr was allocated (also zeroed) */
#define SFTRACE_DEALLOC 2     /* ptr is about to be freed */
#define SFTRACE_REALLOC_NEW 3 /* a reallocation returned ptr (size: the new size) */
#define SFTRACE_REALLOC_OLD 4 /* a reallocation is about to give ptr back (old size) */

/*
 * Record an allocator event in the calling thread's trace, attributed to
 * its innermost traced frame. size is the requested size in bytes, align
 * the requested alignment (0 if none). Does nothing unless recording.
 * Async-signal-safe; never allocates.
 */
void sftrace_alloc_event(uint8_t kind, size_t size, size_t align, void *ptr);

/*
 * 0 while recording or when tracing is off (SFTRACE_OUTPUT_FILE unset),
 * a negative errno when setup failed or recording stopped (disk full).
 */
int sftrace_status(void);

/*
 * Stop recording, close every thread's buffer and leave a complete log.
 * Called automatically at exit; returns 0 or a negative errno.
 */
int sftrace_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif
