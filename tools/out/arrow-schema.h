/*
 * The "ARROW:schema" entry of a Parquet footer: an Arrow IPC Schema
 * message (a FlatBuffer) that tells Arrow-based readers (polars, pyarrow)
 * the exact type of each column, e.g. Duration(ns) for an INT64 column.
 */
#ifndef SFTRACE_TOOLS_OUT_ARROW_SCHEMA_H
#define SFTRACE_TOOLS_OUT_ARROW_SCHEMA_H

#include <stddef.h>

struct pq_column;

/*
 * The base64 text of the encapsulated IPC message (0xFFFFFFFF, length,
 * FlatBuffer Message{Schema}) for these columns (nullable as each says),
 * as arrow-rs and polars write it. The caller frees the result.
 */
char *arrow_schema_base64(const struct pq_column *cols, size_t ncols);

/* Standard base64 (RFC 4648, with padding) of n bytes; the caller frees it. */
char *base64_encode(const void *p, size_t n);

#endif
