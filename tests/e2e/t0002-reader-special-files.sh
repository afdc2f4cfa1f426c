#!/bin/sh
# Every reading command refuses what is not a regular file at once: a FIFO
# (which would block an open() for reading until a writer comes), a
# directory, a device. Each command gets 10 s; a hang is a failure.
. "$(dirname "$0")/lib.sh"
command -v timeout >/dev/null || skip_all "timeout (coreutils) missing"

mkfifo fifo.log
mkdir dir.log
for f in fifo.log dir.log /dev/null; do
	for cmd in "dump" "convert -o o.pb" "convert -t chrome -o o.json" "convert -t pola -o o.pola" \
		"convert -t calls -o o.calls" "report" "tree" "flamegraph -o o.svg"; do
		# shellcheck disable=SC2086
		timeout 10 "$SFTRACE" $cmd "$f" >/dev/null 2>err
		rc=$?
		check "$cmd $f: refused (status $rc), not hung" test "$rc" -eq 1 -o "$rc" -eq 2
		check "$cmd $f: the message names the file" grep -q "$f" err
	done
done
check "no output file was left" test ! -e o.pb -a ! -e o.json -a ! -e o.pola -a ! -e o.svg
done_testing
