#!/bin/sh
# A Node-API addon built like rspack's binding with the sftrace-setup crate
# (tests/progs/setup-addon/, the crate a stand-in in tests/progs/
# setup-crate/): DT_NEEDED libsftrace.so, setup() called from its
# .init_array constructor inside node's dlopen, SftraceAllocator as its
# global allocator, std threads. driver.js requires it and prints what the
# trace must hold. Run as
#   sftrace record -o LOG -- node driver.js ADDON.node
#   sftrace record -o LOG -- sh -c 'node driver.js ADDON.node'
# with no LD_LIBRARY_PATH from the test (record must make the runtime
# findable), then with a user LD_LIBRARY_PATH set before record (an empty
# directory, and one holding another libsftrace.so, say the Rust
# sftrace's: the runtime record preloads must still be the one loaded),
# and the Rust way outside record (SFTRACE_OUTPUT_FILE=LOG
# LD_LIBRARY_PATH=$B node driver.js). Each time: node exits 0 with the
# output of an untraced run (LD_LIBRARY_PATH=$B, no SFTRACE_*), and calls
# per addon function (sftrace report --csv) equal driver.js's counts,
# calls the constructor made after setup() included.
# Memory (sftrace memory --csv, skipped until the command exists):
# alloc_site_a's self_allocs, self_bytes and live_bytes (what it leaked)
# as driver.js computes them.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/setup-lib.sh"
need cargo rustc node clang readelf perl c++filt
need_rust_xray

DRIVER="$PROGS/setup-addon/driver.js"
unset LD_LIBRARY_PATH

setup_build "$T/b" addon || { done_testing; exit 1; }
ADDON="$T/b/setup-addon.node"
check_link_search "$T/b"
check_needed "the addon has DT_NEEDED libsftrace.so" "$ADDON"
check "the addon has XRay sleds" sh -c "LC_ALL=C readelf -SW '$ADDON' | grep -q xray_instr_map"

LD_LIBRARY_PATH="$B" node "$DRIVER" "$ADDON" >untraced.out 2>untraced.err
check_eq "untraced (LD_LIBRARY_PATH=\$B, no SFTRACE_*): node driver.js exits 0" 0 "$?"
sed 's/^/#   /' untraced.err | head -n 5
check "untraced: driver.js prints the counts" grep -q '^count work [1-9]' untraced.out

# recorded NAME DESCRIPTION: the checks of one recorded run, whose output
# is NAME.out, stderr NAME.err and log NAME.log, and whose status is in $rc.
recorded() {
	check_eq "$2: exits 0" 0 "$rc"
	[ "$rc" -eq 0 ] || sed 's/^/#   /' "$1.err" | head -n 10
	check_same "$2: output as untraced" untraced.out "$1.out"
	if [ -s "$1.log" ]; then
		ok "$2: wrote the log"
		check_report_counts "$2: calls per function (report --csv) equal driver.js's counts" \
			"$1.out" "$1.log"
	else
		not_ok "$2: wrote the log"
	fi
}

sf_record direct.log node "$DRIVER" "$ADDON" >direct.out; rc=$?; cp record.err direct.err
recorded direct "record -- node driver.js"
check_entry_counts "record -- node driver.js: entry events per function equal driver.js's counts" \
	direct.out direct.log

D="$DRIVER" A="$ADDON" sf_record shell.log sh -c 'node "$D" "$A"' >shell.out; rc=$?; cp record.err shell.err
recorded shell "record -- sh -c 'node driver.js'"

mkdir userlib
LD_LIBRARY_PATH="$T/userlib" sf_record user.log sh -c \
	'printf "%s\n" "$LD_LIBRARY_PATH" >user.env; node "$0" "$1"' "$DRIVER" "$ADDON" >user.out; rc=$?; cp record.err user.err
recorded user "LD_LIBRARY_PATH=DIR (empty) record -- node driver.js"
check "... node still sees the user's LD_LIBRARY_PATH" \
	sh -c "tr ':' '\\n' <user.env | grep -qx '$T/userlib'"

# Another libsftrace.so first on the user's path: a library that is not
# the sftrace runtime (no sftrace_setup, sftrace_alloc_event).
mkdir otherlib
printf 'int not_the_sftrace_runtime(void) { return 1; }\n' >other.c
if clang -shared -fPIC -Wl,-soname,libsftrace.so -o otherlib/libsftrace.so other.c 2>other.err; then
	LD_LIBRARY_PATH="$T/otherlib" sf_record other.log node "$DRIVER" "$ADDON" >other.out
	rc=$?; cp record.err other.err
	recorded other "LD_LIBRARY_PATH=DIR (another libsftrace.so) record -- node driver.js"
else
	not_ok "build a decoy libsftrace.so"
fi

SFTRACE_OUTPUT_FILE="$T/rust.log" LD_LIBRARY_PATH="$B" node "$DRIVER" "$ADDON" >rust.out 2>rust.err
rc=$?
recorded rust "the Rust way: SFTRACE_OUTPUT_FILE=LOG LD_LIBRARY_PATH=\$B node driver.js"

# --- memory ----------------------------------------------------------------
check_memory "record -- node driver.js" direct.out direct.log
check_memory "record -- sh -c 'node driver.js'" shell.out shell.log
check_memory "the Rust way" rust.out rust.log
done_testing
