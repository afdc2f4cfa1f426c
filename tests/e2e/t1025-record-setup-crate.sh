#!/bin/sh
# A program linked with the sftrace-setup crate (the crate rspack's binding
# uses; tests/progs/setup-crate/ is a stand-in with its ABI): DT_NEEDED
# libsftrace.so, SftraceAllocator as its global allocator, setup() from an
# .init_array constructor and again in main, threads. Built offline with
# cargo (tests/progs/setup-build.sh), the crate's build script finding the
# runtime through `sftrace record --print-solib`. Checked:
#   a. it links, and has DT_NEEDED libsftrace.so;
#   b. under `sftrace record` (no LD_LIBRARY_PATH) it exits 0 with the
#      output of an untraced run (LD_LIBRARY_PATH=$B, no SFTRACE_*);
#   c. calls per function (sftrace report --csv, and entry events of the
#      log) equal the program's own counts: each call recorded once, even
#      though the runtime is both preloaded and linked and setup() runs
#      twice;
#   d. the Rust way, outside record: SFTRACE_OUTPUT_FILE=LOG
#      LD_LIBRARY_PATH=$B ./prog records the same counts;
#   e. a C program using the same ABI from include/sftrace/sftrace.h
#      (sftrace_setup(NULL, NULL, NULL), sftrace_alloc_event) links with
#      -lsftrace and runs under record, counts equal.
# Memory (sftrace memory --csv, skipped until the command exists):
# alloc_site_a's self_allocs, self_bytes and live_bytes (what it leaked),
# realloc_site_b's live_bytes, c_alloc_site's, as the programs print them.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/setup-lib.sh"
need cargo rustc clang readelf perl c++filt
need_rust_xray

# --- a. build --------------------------------------------------------------
if setup_build "$T/b" prog; then
	check_link_search "$T/b"
	check_needed "the program has DT_NEEDED libsftrace.so" b/setup-prog
	check "the program has XRay sleds" sh -c "LC_ALL=C readelf -SW b/setup-prog | grep -q xray_instr_map"

	# --- b. untraced and recorded ------------------------------------------
	LD_LIBRARY_PATH="$B" ./b/setup-prog >untraced.out 2>untraced.err
	rc=$?
	check_eq "untraced (LD_LIBRARY_PATH=\$B, no SFTRACE_*): exits 0" 0 "$rc"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' untraced.err | head -n 10
	check "untraced: the program prints its counts" grep -q '^count work [1-9]' untraced.out
	check_eq "untraced: no log written" "" "$(ls ./*.log 2>/dev/null)"

	sf_record rec.log ./b/setup-prog >rec.out
	rc=$?
	check_eq "record -- ./setup-prog (no LD_LIBRARY_PATH): exits 0" 0 "$rc"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' "$T/record.err" | head -n 10
	check_same "record: output unchanged by tracing" untraced.out rec.out

	# --- c. counts -----------------------------------------------------------
	check_report_counts "record: calls per function (report --csv) equal the program's counts" \
		rec.out rec.log
	check_entry_counts "record: entry events per function equal the program's counts" \
		rec.out rec.log

	# --- d. the Rust way -----------------------------------------------------
	SFTRACE_OUTPUT_FILE="$T/rust.log" LD_LIBRARY_PATH="$B" ./b/setup-prog >rust.out 2>rust.err
	rc=$?
	check_eq "SFTRACE_OUTPUT_FILE=LOG LD_LIBRARY_PATH=\$B ./setup-prog: exits 0" 0 "$rc"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' rust.err | head -n 10
	check_same "the Rust way: output unchanged by tracing" untraced.out rust.out
	check "the Rust way: the log exists" test -s rust.log
	check_report_counts "the Rust way: calls per function (report --csv) equal the program's counts" \
		rust.out rust.log
	check_entry_counts "the Rust way: entry events per function equal the program's counts" \
		rust.out rust.log

	# --- memory ------------------------------------------------------------
	check_memory "record" rec.out rec.log
	check_memory "the Rust way" rust.out rust.log
fi

# --- e. the ABI from C -------------------------------------------------------
# shellcheck disable=SC2086
if clang -O2 -g $XRAY_CFLAGS -I"$TOP/include" -c -o setup-c.o "$PROGS/setup-c.c" 2>c.err &&
	clang -o setup-c setup-c.o -L"$B" -lsftrace -lpthread 2>>c.err; then
	ok "C: setup-c.c (sftrace_setup(NULL, NULL, NULL), sftrace_alloc_event) builds with -lsftrace"
	check_needed "C: the program has DT_NEEDED libsftrace.so" setup-c
	LD_LIBRARY_PATH="$B" ./setup-c >c-untraced.out 2>c-untraced.err
	rc=$?
	check_eq "C: untraced (LD_LIBRARY_PATH=\$B): exits 0" 0 "$rc"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' c-untraced.err | head -n 10
	sf_record c.log ./setup-c >c.out
	rc=$?
	check_eq "C: record -- ./setup-c: exits 0" 0 "$rc"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' "$T/record.err" | head -n 10
	check_same "C: output unchanged by tracing" c-untraced.out c.out
	check_report_counts "C: calls per function (report --csv) equal the program's counts" c.out c.log
	check_memory "C" c.out c.log
else
	not_ok "C: setup-c.c (sftrace_setup(NULL, NULL, NULL), sftrace_alloc_event) builds with -lsftrace"
	sed 's/^/#   /' c.err | head -n 10
fi
done_testing
