/*
 * A small streaming Parquet writer: flat schemas of required and optional
 * (nullable) columns.
 *
 * The caller describes the columns once, then hands over rows in batches
 * (one array per column, all of the same length). The writer cuts row
 * groups of about a million rows, encodes each column into pages (PLAIN or
 * DELTA_BINARY_PACKED), compresses them with zstd, keeps min/max
 * statistics, and writes the footer (Thrift compact protocol) on close.
 * Memory is bounded by one row group's compressed pages plus one page of
 * raw values per column.
 *
 * Types are chosen for what readers show (polars, DuckDB, pyarrow):
 *  - PQ_UINT32/PQ_UINT64: INT32/INT64 with the converted type UINT_32/
 *    UINT_64 and the logical type INTEGER(bits, unsigned);
 *  - PQ_INT64: plain INT64;
 *  - PQ_DURATION_NS: INT64, typed Duration(ns) through the "ARROW:schema"
 *    key-value entry (Parquet itself has no duration type);
 *  - PQ_STRING: BYTE_ARRAY, UTF8 / STRING.
 * Every file carries the ARROW:schema entry so Arrow-based readers get the
 * exact types (tools/out/arrow-schema.h).
 *
 * A column is required unless .nullable is set: an optional column's rows
 * may be null (pq_write_nulls()), stored with definition levels; a file
 * whose columns are all required is the same, byte for byte, as one
 * written before optional columns existed.
 *
 * Usage:
 *	struct pq_column cols[] = { { "id", PQ_UINT64, PQ_ENC_DELTA }, ... };
 *	struct pq_writer *w = pq_open("out.parquet", cols, 2, NULL);
 *	pq_write(w, n, (const void *[]){ ids, names });
 *	if (pq_close(w)) ... error already printed
 */
#ifndef SFTRACE_TOOLS_OUT_PARQUET_H
#define SFTRACE_TOOLS_OUT_PARQUET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum pq_type {
	PQ_UINT32,	/* values: uint32_t[] */
	PQ_UINT64,	/* values: uint64_t[] */
	PQ_INT64,	/* values: int64_t[] */
	PQ_DURATION_NS, /* values: int64_t[] (or uint64_t[] below 2^63) */
	PQ_STRING,	/* values: struct pq_str[] (UTF-8, copied) */
	PQ_LIST_UINT64, /* values: struct pq_list[]: a list of UInt64 per row (LIST of
			 * required elements; a null row is a null list) */
};

enum pq_encoding {
	PQ_ENC_PLAIN,
	PQ_ENC_DELTA, /* DELTA_BINARY_PACKED: integers only; best for ids and times */
};

struct pq_str {
	const char *s;
	uint32_t len;
};

/* One row of a PQ_LIST_UINT64 column: n (at most PQ_LIST_MAX) values, copied. */
struct pq_list {
	const uint64_t *v;
	uint32_t n;
};
#define PQ_LIST_MAX 64

struct pq_column {
	const char *name;
	enum pq_type type;
	enum pq_encoding enc; /* PQ_ENC_DELTA on a string column means PLAIN */
	bool nullable;	      /* OPTIONAL: values may be null (pq_write_nulls) */
};

struct pq_opts {
	size_t row_group_rows; /* 0: 1 << 20 */
	size_t page_rows;      /* 0: 1 << 16 */
	int zstd_level;	       /* 0: 1 (fast; our columns are small after encoding) */
	const char *created_by; /* NULL: "sftrace" */
};

struct pq_writer;
struct outfile;

/*
 * Create path (truncating it) for the given columns. cols and their names
 * are copied. Returns NULL after printing an error naming the file.
 */
struct pq_writer *pq_open(const char *path, const struct pq_column *cols, size_t ncols,
			  const struct pq_opts *opts);

/*
 * Append nrows rows: values[i] points to nrows values of column i, typed
 * as in enum pq_type. Returns 0, or -1 after printing a write error (the
 * writer is then unusable: call pq_abort()).
 */
int pq_write(struct pq_writer *w, size_t nrows, const void *const *values);

/*
 * pq_write() with nulls: defined[i] is NULL when every row of column i has
 * a value, else nrows bytes, 0 for a null row (column i must be nullable).
 * values[i] still has nrows slots; those of null rows are not read.
 */
int pq_write_nulls(struct pq_writer *w, size_t nrows, const void *const *values,
		   const uint8_t *const *defined);

/* Rows appended so far. */
uint64_t pq_rows(const struct pq_writer *w);

/*
 * Set a key-value pair of the file's metadata (key_value_metadata in the
 * footer, after ARROW:schema; a key set again takes the new value). key
 * and value are copied, UTF-8. Any time before pq_close*().
 */
void pq_set_metadata(struct pq_writer *w, const char *key, const char *value);

/*
 * Flush the last row group, write the footer and close the file; frees w.
 * Returns 0, or -1 after printing an error (a partial regular file is removed).
 */
int pq_close(struct pq_writer *w);

/*
 * pq_close() for a file that must appear together with another: write the
 * footer, free w, and hand over the still hidden file in *out for
 * outfile_commit() or outfile_discard() (tools/out/outfile.h). Returns 0,
 * or -1 after printing an error (nothing is left then).
 */
int pq_close_pending(struct pq_writer *w, struct outfile *out);

/* Give up: close the file and remove it if it is a regular file; free w.
 * NULL is accepted. */
void pq_abort(struct pq_writer *w);

#endif
