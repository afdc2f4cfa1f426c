/*
 * Logs of the Rust sftrace (its `sf\0trace` format: CBOR metadata and
 * events, docs/format.md "Logs of the Rust sftrace").
 *
 * Such a log is translated when it is opened into an sftrace log of
 * format 1, held in an anonymous memory file, which trace_open() then
 * indexes like any other: every command reads both kinds. The Rust log
 * names functions by their index in the module's xray_instr_map, so the
 * module itself (the path in the log, or a file given with -s that has
 * its build-id) must be readable.
 */
#ifndef SFTRACE_TOOLS_READ_RUSTLOG_H
#define SFTRACE_TOOLS_READ_RUSTLOG_H

#include <stddef.h>
#include <stdint.h>

struct string_list;

#define RUSTLOG_MAGIC "sf\0trace"
#define RUSTLOG_MAGIC_LEN 8

/* 1 when the n bytes at p start with the Rust sftrace's magic. */
int rustlog_is(const uint8_t *p, size_t n);

/*
 * Files that may be the module of a Rust log (the commands' -s/--symbol
 * list): one whose build-id is the log's is used instead of the path the
 * log names. The list must outlive the trace_open() calls.
 */
void rustlog_set_objects(const struct string_list *files);

/*
 * Translate the Rust log open at fd (path names it in messages) into an
 * sftrace log. Returns the descriptor of an anonymous file holding it, or
 * -1 after printing an error: the metadata cannot be decoded, the module
 * cannot be read or is another build. Damage in the events (a cut or
 * corrupt CBOR stream, sled numbers the module does not have) is not an
 * error: a warning says what was left out, and the log reads as not
 * closed.
 */
int rustlog_translate(int fd, const char *path);

/*
 * trace_open()'s hook: when the file open at *fd is a Rust log, replace *fd
 * by its translation. Returns 0 (translated, or not a Rust log), or -1
 * after printing an error.
 */
int rustlog_open(int *fd, const char *path);

#endif
