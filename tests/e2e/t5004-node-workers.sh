#!/bin/sh
# node worker_threads and the Rust addon: every Worker loads the addon
# again (node dlopens the mapped module once more and runs its init in the
# new environment) and calls it from its own thread. Expected: the module
# is registered once in the log, napi_register_module_v1 runs once per
# environment, every call of every worker is recorded, and the workers'
# calls are on threads other than the main one. Then Node-API async work
# (async.js): execute() on libuv pool threads that node started before the
# addon loaded; every call recorded, on those threads.
. "$(dirname "$0")/lib.sh"
need rustc clang node perl c++filt

ND="$PROGS/node"
if ! "$ND/build-addons.sh" "$T" rust_v0.node; then
	not_ok "build the addon"
	sed 's/^/#   /' build-addons.err | head -20
	done_testing
	exit 1
fi

sf_record sf.log node "$ND/workers.js" rust_v0.node 3 >w.out
check_eq "record of node with 3 workers exits 0" 0 "$?"
check_eq "all workers finished" "workers 3" "$(grep '^workers ' w.out)"
pid=$(sed -n 's/^pid //p' w.out)

"$SFTRACE" dump sf.log 2>/dev/null | sed -n 's/^modules: *//p' >modules
check_eq "the addon is one module in the log" 1 "$(cat modules)"
trace_counts sf.log | short_names >w.short
prog_counts w.out count >w.expect
check_counts "calls per function equal workers.js's counts" w.expect w.short

# fib: fib(10) on the main thread (tid = pid), fib(12) on each worker.
trace_tid_counts sf.log | short_names | awk '$2 == "fib"' >fib.tids
check_eq "fib ran on 4 threads" 4 "$(wc -l <fib.tids | tr -d ' ')"
check_eq "the main thread made fib(10)'s 177 calls" "$pid fib 177" "$(awk -v p="$pid" '$1 == p' fib.tids)"
check_eq "each worker thread made fib(12)'s 465 calls" 3 "$(awk '$3 == 465' fib.tids | wc -l | tr -d ' ')"

sf_record async.log node "$ND/async.js" rust_v0.node >a.out
check_eq "record of node with async work exits 0" 0 "$?"
trace_counts async.log | short_names >a.short
prog_counts a.out count >a.expect
check_counts "async work: calls per function equal async.js's counts" a.expect a.short
pid=$(sed -n 's/^pid //p' a.out)
trace_tid_counts async.log | short_names | awk '$2 == "execute" { print $1 }' >exec.tids
sed -n 's/^tasks-before //p' a.out | tr ' ' '\n' >before.tids
check "async work: execute ran on threads that existed before the addon loaded, never the main one" \
	awk -v p="$pid" 'NR == FNR { old[$1] = 1; next }
		{ n++ } $1 == p || !($1 in old) { print "#   tid " $1; bad = 1 }
		END { exit bad || !n }' before.tids exec.tids
done_testing
