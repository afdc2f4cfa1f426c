#!/bin/sh
# Which frame started each process of a recording (docs/format.md "Flow
# records", PROCESS): the calls table of a log set links a process's
# outermost calls to the frame of another log that forked, exec'd or
# spawned it (its cause column), across processes.
#   fork.c: the two children's child_main to the parent's spawn frame, the
#     one open when each fork happened (the parent's log: its pid);
#   spawnenv.c: five children started from main by execle, execve and
#     execvpe after a fork (the fork child execs at once: it hands on its
#     own cause), posix_spawn and execv in a cleared environment: each
#     child's main to the parent's main;
#   exec.c: the program it replaces itself with (same pid, a log of its
#     own) to the frame that called execv, run.
# The child's calls must start after the cause frame did.
# Perfetto: the same links as flow arrows between processes (protoc and
# trace-check.mjs pair them), from the cause's slice to the child's first.
# With --no-flows nothing is linked (the check can fail).
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
need clang node protoc
[ -d "$TOP/tests/oracles/node_modules/@duckdb" ] || skip_all "the oracles' npm packages are not installed"

cc_xray forker "$PROGS/fork.c" || not_ok "build fork.c"
cc_xray spawner "$PROGS/spawnenv.c" || not_ok "build spawnenv.c"
cc_xray execer "$PROGS/exec.c" || not_ok "build exec.c"
cc_xray prog "$PROGS/recurse.c" || not_ok "build recurse.c"

# links LOG...: "CHILD_FUNC CHILD_PID -> CAUSE_FUNC CAUSE_PID AFTER" per
# outermost call with a cause (these programs start no threads: every
# cause is another process's frame; AFTER: the call starts after the cause
# frame did)
links() {
	"$SFTRACE" convert -t calls -o c.calls "$@" 2>conv.err || { echo "convert failed"; return; }
	node "$TOP/tests/oracles/duckdb-dump.mjs" sql "SELECT s.name, c.tid, '->', s2.name, c2.tid,
		c.start >= c2.start
		FROM read_parquet('c.calls') c JOIN read_parquet('c.calls.symtab') s USING (func_id)
		JOIN read_parquet('c.calls') c2 ON c2.frame_id = c.cause
		JOIN read_parquet('c.calls.symtab') s2 ON s2.func_id = c2.func_id
		WHERE c.depth = 0 ORDER BY c.tid" 2>sql.err | tr '\t' ' '
}

# fork: the parent's pid is the first log's
sf_record f.log ./forker 50 >f.out
fpid=$(log_pid f.log)
links f.log f.log.* >f.links
check_eq "fork: both children's child_main caused by the parent's spawn" \
	"$(ls f.log.* | while read -r l; do printf 'child_main %s -> spawn %s true\n' "$(log_pid "$l")" "$fpid"; done | sort)" \
	"$(sort f.links)"

# pf_links LOG...: "CAUSE_NAME CAUSE_PID -> CHILD_NAME CHILD_PID" per flow
# arrow of the Perfetto trace that crosses processes
pf_links() {
	"$SFTRACE" convert -o c.pb "$@" 2>pconv.err && pf_check c.pb c.norm >/dev/null &&
		awk -F'\t' '$1 == "flow" && $2 != $7 { print $4, $2, "->", $9, $7 }' c.norm | sort
}
check_eq "fork: Perfetto arrows from spawn to each child's first call" \
	"$(ls f.log.* | while read -r l; do printf 'spawn %s -> child_main %s\n' "$fpid" "$(log_pid "$l")"; done | sort)" \
	"$(pf_links f.log f.log.*)"

# the same in the other order on the command line: parents are walked first
links f.log.* f.log >f2.links
check_cmp "fork: the same links with the parent's log given last" f.links f2.links

# spawns with their own environment
sf_record s.log ./spawner 10 >s.out
ppid=$(log_pid s.log)
links s.log s.log.* >s.links
check_eq "spawnenv: 5 children" 5 "$(ls s.log.* | wc -l)"
check_eq "spawnenv: each child's main caused by the parent's main" \
	"$(ls s.log.* | while read -r l; do printf 'main %s -> main %s true\n' "$(log_pid "$l")" "$ppid"; done | sort)" \
	"$(sort s.links)"

check_eq "spawnenv: Perfetto arrows from main to each child's main" \
	"$(ls s.log.* | while read -r l; do printf 'main %s -> main %s\n' "$ppid" "$(log_pid "$l")"; done | sort)" \
	"$(pf_links s.log s.log.*)"

# exec: same pid, the new program's log
sf_record e.log ./execer 3 ./prog 3 >e.out
ls e.log* >e.list
check_eq "exec: two logs" 2 "$(wc -l <e.list)"
links $(cat e.list) >e.links
check_eq "exec: recurse.c's main caused by the frame that called execv" "1" \
	"$(awk '$1 == "main" && $4 == "run" && $2 == $5 && $6 == "true"' e.links | wc -l)"
"$SFTRACE" convert -o e.pb $(cat e.list) 2>/dev/null && pf_check e.pb e.norm >/dev/null
check_eq "exec: a Perfetto arrow from run to the new program's main" "run -> main" \
	"$(awk -F'\t' '$1 == "flow" { print $4, "->", $9 }' e.norm)"

# without flows: no link
"$SFTRACE" record --solib "$SOLIB" --no-flows -o n.log -- ./forker 50 >n.out 2>n.err
check_eq "--no-flows: nothing linked" "" "$(links n.log n.log.*)"
check_eq "--no-flows: no Perfetto arrow" "" "$(pf_links n.log n.log.*)"
check_eq "--no-flows: no PROCESS record" "" \
	"$(for l in n.log.*; do "$SFTRACE" dump "$l" | grep 'process started'; done)"
check "dump prints a child's PROCESS record" \
	sh -c "\"$SFTRACE\" dump $(ls f.log.* | head -1) | grep -q '~ process started at monotonic [0-9]* ns by pid $fpid thread #1 level 1'"
done_testing
