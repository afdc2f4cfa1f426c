#!/bin/sh
# Eight threads calling instrumented code at the same time. Oracles: each
# thread's own counts (matched by OS thread id), the thread names the
# program set, and XRay basic mode's totals on the same object code.
. "$(dirname "$0")/lib.sh"
need clang llvm-xray perl c++filt

cc_xray prog "$PROGS/threads.c" && xray_rt prog.rt prog.o || { not_ok "build threads.c"; done_testing; exit 1; }

sf_record sf.log ./prog 8 20000 >traced.out
check_eq "record exits 0" 0 "$?"
trace_tid_counts sf.log | short_names >trace.tid
prog_counts traced.out tcount >expect.tid
check_eq "the program reports 8 threads" 8 "$(cut -d' ' -f1 expect.tid | sort -u | wc -l)"
check_counts "calls per function and thread equal each thread's own counts" expect.tid trace.tid

trace_counts sf.log >trace.raw
prog_counts traced.out >expect
short_names <trace.raw >trace.short
check_counts "total calls per function equal the program's counts" expect trace.short
xray_counts xray.basic ./prog.rt 8 20000 >/dev/null
check_cmp "total calls per function equal XRay basic mode's" xray.basic trace.raw

# Time: per thread it never goes backwards, and across threads it is
# comparable: every worker enters worker_main before the start barrier,
# which none passes before all have arrived, so the last worker_main entry
# precedes the first work entry of any thread.
"$SFTRACE" dump --raw sf.log >dump
back=$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ { if (($2 in last) && $1 < last[$2]) n++; last[$2] = $1 }
	    END { print n + 0 }' dump)
check_eq "event times never go backwards within a thread" 0 "$back"
order=$(awk '$1 ~ /^[0-9]+$/ && $3 ~ /^entry/ && $6 == "worker_main" { if ($1 > wm) wm = $1 }
	     $1 ~ /^[0-9]+$/ && $3 ~ /^entry/ && $6 == "work" { if (fw == "" || $1 < fw) fw = $1 }
	     END { print (wm != "" && fw != "" && wm < fw) ? "ordered" : "last worker_main " wm " >= first work " fw }' dump)
check_eq "times are comparable across threads (start barrier)" ordered "$order"

"$SFTRACE" dump --no-events sf.log >header
sed -n 's/^ *\[[0-9]*\] tid [0-9]* "\(worker-[0-9]*\)".*/\1/p' header | sort >names
printf 'worker-%d\n' 0 1 2 3 4 5 6 7 | sort >expect.names
check_cmp "the thread table names the 8 workers" expect.names names
check_eq "the log lists 9 threads (main and 8 workers)" 9 "$(sed -n 's/^threads: *//p' header)"
done_testing
