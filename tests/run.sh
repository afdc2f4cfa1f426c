#!/usr/bin/env bash
# Run every test: unit programs in BUILD/tests, then tests/e2e/t*.sh in
# parallel (JOBS, default the number of CPUs). Each test prints TAP; a
# summary line names the failures. A test running longer than
# TEST_TIMEOUT seconds (default 900) is killed and fails, so that a hang
# cannot stall the suite. Usage: tests/run.sh BUILD [PATTERN]
set -u
B=${1:-build}
PAT=${2:-}
top=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "$B" && pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-tests.XXXXXX")
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export SFTRACE_BUILD="$B" SFTRACE_TOP="$top"

list=""
for t in "$B"/tests/u-*; do
	[ -x "$t" ] && list="$list $t"
done
for t in "$top"/tests/e2e/t[0-9]*.sh; do
	[ -f "$t" ] && list="$list $t"
done
if [ -n "$PAT" ]; then
	list=$(for t in $list; do case "$(basename "$t")" in *$PAT*) echo "$t";; esac; done)
fi

run_one() {
	t=$1
	name=$(basename "$t" .sh)
	start=$(date +%s)
	timeout -k 10 "${TEST_TIMEOUT:-900}" "$t" >"$out/$name.log" 2>&1
	rc=$?
	if [ "$rc" -eq 0 ]; then
		echo "PASS $name ($(( $(date +%s) - start ))s)"
	elif [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		echo "# killed after ${TEST_TIMEOUT:-900} s" >>"$out/$name.log"
		echo "FAIL $name ($(( $(date +%s) - start ))s, timed out)"
	else
		echo "FAIL $name ($(( $(date +%s) - start ))s)"
	fi
}

# shellcheck disable=SC2086
printf '%s\n' $list | {
	while read -r t; do
		while [ "$(jobs -r | wc -l)" -ge "$JOBS" ]; do sleep 0.2; done
		run_one "$t" &
	done
	wait
} | tee "$out/summary"

fails=$(grep -c '^FAIL' "$out/summary")
skips=$(cat "$out"/*.log 2>/dev/null | grep -c '# SKIP')
for f in $(grep '^FAIL' "$out/summary" | awk '{print $2}'); do
	echo "----- $f -----"
	tail -n 40 "$out/$f.log"
done
total=$(wc -l < "$out/summary")
echo "tests: $total, failed: $fails, skipped checks: $skips (logs in $out)"
[ "$fails" -eq 0 ]
