#!/bin/sh
# Perfetto and Chrome JSON output of synthetic logs (sftrace-test-tool
# synth: fib-like recursion over 16 functions, no runtime involved):
# valid by the importer's rules, one slice per entry event, the same
# slices in both formats, several logs as several processes, and clean
# failures (no output file left behind).
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need protoc node
TOOL="$B/sftrace-test-tool"
[ -x "$TOOL" ] || skip_all "$TOOL not built (make check builds it)"

"$TOOL" synth a.log 60000 3 && "$TOOL" synth b.log 20000 1
check "synthetic logs written" test -s a.log -a -s b.log

# Entries per thread and function, read from `sftrace dump`: the
# expectation for the slices. Names in dump are "synth+0xADDR" too.
"$SFTRACE" dump a.log | awk '$3 == "entry" { n[$2 " " $NF]++ } END { for (k in n) print k, n[k] }' |
	LC_ALL=C sort >a.expect
check "dump lists entries" test -s a.expect

check "convert to .pb.gz" "$SFTRACE" convert a.log -o a.pb.gz 2>a.err
check "output is gzip" gzip -t a.pb.gz
check "convert to plain .pb" "$SFTRACE" convert a.log -o a.pb 2>>a.err
gzip -dc a.pb.gz >a.unz
check "gzip and plain outputs hold the same bytes" cmp a.unz a.pb
check "repaired frames reported on stderr" grep -q 'a.log: repaired [1-9][0-9]* frames' a.err

check "perfetto trace passes the importer's rules" pf_check a.pb a.norm
norm_tid_counts a.norm | sed 's/\t/ /g' >a.slices
check_cmp "one slice per entry, per thread and function" a.expect a.slices
check_eq "three thread tracks" 3 "$(grep -c '^thread' a.norm)"
check_eq "thread names from the log" "synth-1 synth-2 synth-3" \
	"$(awk -F'\t' '$1 == "thread" { print $4 }' a.norm | sort | tr '\n' ' ' | sed 's/ $//')"
check_eq "one process track" 1 "$(grep -c '^process' a.norm)"

check "convert --type chrome" "$SFTRACE" convert -t chrome a.log -o a.json 2>/dev/null
check "chrome JSON parses and nests" cj_check a.json a.cnorm
LC_ALL=C sort a.norm >a.sorted
LC_ALL=C sort a.cnorm >a.csorted
check_cmp "chrome JSON has exactly the perfetto slices and times" a.sorted a.csorted

# Two logs: two processes, iids never reused for another function.
check "convert two logs" "$SFTRACE" convert a.log b.log -o ab.pb.gz 2>/dev/null
check "two-log trace passes the importer's rules" pf_check ab.pb.gz ab.norm
check_eq "two process tracks" 2 "$(grep -c '^process' ab.norm)"
check_eq "four thread tracks" 4 "$(grep -c '^thread' ab.norm)"
check_eq "all slices of both logs" \
	"$(( $(grep -c '^slice' a.norm) + $("$SFTRACE" dump b.log | awk '$3 == "entry"' | wc -l) ))" \
	"$(grep -c '^slice' ab.norm)"

# Failures: clear message, status 1, nothing left behind.
"$SFTRACE" convert missing.log -o m.pb.gz 2>m.err
check_eq "missing input: status 1" 1 $?
check "missing input: message names the file" grep -q "missing.log" m.err
check "missing input: no output file" test ! -e m.pb.gz
echo "not a log" >junk.log
"$SFTRACE" convert junk.log -o j.pb 2>j.err
check_eq "not a log: status 1" 1 $?
check "not a log: no output file" test ! -e j.pb
"$SFTRACE" convert a.log -o nodir/x.pb.gz 2>n.err
check_eq "unwritable output: status 1" 1 $?
check "unwritable output: message" grep -q "cannot create 'nodir/x.pb.gz'" n.err
if [ -w /dev/full ]; then
	"$SFTRACE" convert a.log -o /dev/full 2>f.err
	check_eq "full disk: status 1" 1 $?
	check "full disk: message" grep -q "No space left on device" f.err
	check "a device given as output is never removed" test -c /dev/full
fi
done_testing
