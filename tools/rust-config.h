/*
 * The Rust sftrace's filter configuration (`sftrace filter -c`, `convert
 * -c` of quininer/sftrace), a TOML file:
 *
 *	[object]
 *	path = "target/release/app"        # the object to filter
 *	rlibs = "deps/app-*.rlib"   # select the functions these define
 *	record_args = ["_ZN3app7resolve17h…E"] # symbols whose values are recorded
 *
 * read with toml++ (Debian libtomlplusplus). Keys this reader does not know
 * are reported with their line, not ignored; a key of the wrong type is an
 * error.
 */
#ifndef SFTRACE_TOOLS_RUST_CONFIG_H
#define SFTRACE_TOOLS_RUST_CONFIG_H

#ifdef __cplusplus
extern "C" {
#endif

struct rust_config {
	char *object_path; /* [object] path, or NULL */
	char *rlibs;	   /* [object] rlibs (a glob), or NULL */
	char **record_args; /* [object] record_args: raw symbol names */
	unsigned nrecord_args;
	char **owned;	    /* strings rust_config_filter() put in lists */
	unsigned nowned;
};

/*
 * Read path into *c (zeroed first). Returns 0, or -1 after printing an
 * error naming the file (and line, for a syntax or type error). Unknown
 * keys are warnings. The strings belong to c (rust_config_release()).
 */
int rust_config_read(const char *path, struct rust_config *c);

void rust_config_release(struct rust_config *c);

/*
 * The names of the functions (global text symbols) the archives matching
 * the glob pattern define, appended to *names (malloc'd, *n of them;
 * the caller frees each and the array). Returns the number of archives
 * read, or -1 after printing an error (no archive matches, one cannot be
 * read).
 */
int rust_config_rlib_symbols(const char *pattern, char ***names, unsigned *n);

struct string_list;

/*
 * `sftrace filter -c FILE`, as the Rust sftrace reads it: [object] path is
 * appended to paths when paths does not name it already; the functions
 * the rlibs define become selection regexes (exact names); record_args
 * become --args and --retval regexes (the Rust tool's LOG flag records
 * both). The lists borrow their new strings from *c: release it after
 * them. Returns 0 or -1 after printing an error.
 */
int rust_config_filter(const char *file, struct rust_config *c, struct string_list *paths,
		       struct string_list *regexes, struct string_list *vargs,
		       struct string_list *vret);

#ifdef __cplusplus
}
#endif
#endif
