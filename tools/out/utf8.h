/*
 * UTF-8 checks for the writers. Names in a log are raw bytes (a thread
 * name cut at 15 bytes may end in half a character; a source path may be
 * in any encoding), while protobuf strings, JSON and Parquet STRING columns
 * must be valid UTF-8: readers refuse or mangle anything else.
 */
#ifndef SFTRACE_TOOLS_OUT_UTF8_H
#define SFTRACE_TOOLS_OUT_UTF8_H

#include <stddef.h>

/*
 * Length of the valid UTF-8 sequence at s (1 to 4), or 0 if s does not
 * start one (overlong forms, surrogates and code points above U+10FFFF are
 * invalid). s must be NUL-terminated or have 4 readable bytes.
 */
size_t utf8_len(const unsigned char *s);

/*
 * s itself when it is valid UTF-8; otherwise a copy in which every byte
 * that does not start a valid sequence is replaced by U+FFFD, stored in
 * *tofree (the caller frees it). *tofree is NULL when nothing was copied.
 */
const char *utf8_clean(const char *s, char **tofree);

#endif
