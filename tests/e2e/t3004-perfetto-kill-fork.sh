#!/bin/sh
# Perfetto output of runs that end abnormally or span several processes:
# a SIGKILLed two-thread program must still give balanced slices with at
# least the calls it reported, and the logs of a forking program convert
# into one trace with one process per log and each process's own calls.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang protoc node perl c++filt

cc_xray killed "$PROGS/sigkill.c" || { not_ok "build sigkill.c"; done_testing; exit 1; }
sf_record k.log ./killed self 5000 >k.out
check_eq "record reports death by SIGKILL (128+9)" 137 "$?"
"$SFTRACE" convert k.log -o k.pb.gz 2>k.err
check_eq "convert exits 0" 0 "$?"
check "frames open at the kill are reported" grep -q 'k.log: repaired [1-9][0-9]* frames' k.err
check "trace passes the importer's rules (every slice ends)" pf_check k.pb.gz k.norm
main_done=$(sed -n 's/^done //p' k.out | tail -1)
helper_done=$(sed -n 's/^tdone //p' k.out | tail -1)
pid=$("$SFTRACE" dump k.log | awk '$1 == "pid:" { print $2 }')
got_main=$(awk -F'\t' -v p="$pid" '$1 == "slice" && $3 == p && $5 == "work"' k.norm | wc -l)
got_helper=$(awk -F'\t' -v p="$pid" '$1 == "slice" && $3 != p && $5 == "work"' k.norm | wc -l)
check "main thread: at least the $main_done work() calls it reported ($got_main)" \
	test "$got_main" -ge "${main_done:-1}"
check "helper thread: at least the ${helper_done:-0} work() calls it reported ($got_helper)" \
	test "$got_helper" -ge "${helper_done:-0}"
check "convert --type chrome of the killed run" "$SFTRACE" convert -t chrome k.log -o k.json 2>/dev/null
check "chrome JSON of the killed run parses and nests" cj_check k.json k.cnorm

cc_xray forker "$PROGS/fork.c" || { not_ok "build fork.c"; done_testing; exit 1; }
sf_record f.log ./forker 300 >f.out
check_eq "record of the forking program exits 0" 0 "$?"
set -- f.log f.log.*
check_eq "three logs (parent and two children)" 3 "$#"
check "convert the three logs together" "$SFTRACE" convert "$@" -o f.pb.gz 2>/dev/null
check "process-tree trace passes the importer's rules" pf_check f.pb.gz f.norm
check_eq "three process tracks" 3 "$(grep -c '^process' f.norm)"
awk -F'\t' '$1 == "slice" { n[$2 " " $5]++ } END { for (k in n) print k, n[k] }' f.norm |
	short_names >f.slices
prog_counts f.out pcount >f.expect
check_counts "slices per process and function equal each process's counts" f.expect f.slices
done_testing
