#!/bin/sh
# Backtraces through the tracer. gdb stopped inside the runtime while it
# handles an event (at the handler's first instruction, after it saved its
# registers, in a near thunk, and in the slow path of a new thread's first
# event) walks back through the handler to the instrumented code and main:
# for entry, exit and tail-call events, with both clocks. A C++ exception
# crossing instrumented frames is t1002. backtrace() called by a signal
# handler that interrupts traced code (mostly inside the runtime) reaches
# main. Oracle: gdb's and libgcc's unwinders, which read the CFI.
# Work-item records are off (SFTRACE_FLOWS=0): with them, a new thread's
# first slow path is taken by its creation record (thread-start.c), not by
# a handler.
. "$(dirname "$0")/lib.sh"
need clang gdb

clang -O2 -g $XRAY_CFLAGS -c -o prog.o "$PROGS/unwind.c" &&
	clang -rdynamic -o prog prog.o -lpthread -ldl || { not_ok "build unwind.c"; done_testing; exit 1; }

# frames SECTION FILE: the function of each frame of the backtrace printed
# after "=SECTION", innermost first, on one line ("??" for no symbol).
frames() {
	awk -v s="=$1" '
		/^=/ { on = ($0 == s); next }
		on && /^#[0-9]/ {
			f = $2
			if ($3 == "in") f = $4
			printf "%s%s", (n++ ? " " : ""), f
		}
		on && /Backtrace stopped/ { printf " STOPPED" }
		END { print "" }' "$2"
}

# app_frames: the frames with the runtime's own (rt_*, arch_*, inlined too)
# taken off the top; prints "NONE" when there were none to take off.
app_frames() {
	awk '{ i = 1; while (i <= NF && $i ~ /^(rt_|arch_)/) i++
	       if (i == 1) { print "NONE"; exit }
	       for (j = i; j <= NF; j++) printf "%s%s", (j > i ? " " : ""), $j; print "" }'
}

for clock in tsc monotonic; do
	h=$([ $clock = tsc ] && echo tsc || echo ns)
	cat >gdb.$clock <<EOG
set pagination off
set confirm off
set startup-with-shell off
set environment SFTRACE_OUTPUT_FILE=$T/sf.$clock.log
set environment SFTRACE_CLOCK=$clock
set environment LD_PRELOAD=$SOLIB
set environment SFTRACE_FLOWS=0
break main
run
tbreak *caller
continue
stepi
stepi
echo =thunk\n
bt
break rt_entry_$h if phase == 1
break rt_exit_$h if phase == 2
break rt_tail_$h if phase == 3
break rt_slow_path if phase == 4
continue
echo =entry\n
bt
stepi 14
echo =entry-mid\n
bt
set var phase = 0
continue
echo =exit\n
bt
stepi 14
echo =exit-mid\n
bt
set var phase = 0
continue
echo =tail\n
bt
stepi 14
echo =tail-mid\n
bt
set var phase = 0
continue
echo =slow\n
bt
set var phase = 0
continue
EOG
	gdb -batch -nx -x gdb.$clock --args ./prog gdb >gdb.$clock.out 2>&1
	check "$clock: the program ran to its end under gdb" grep -q '^done ' gdb.$clock.out
	check_eq "$clock: in the entry thunk: back to caller and main" "?? caller main" \
		"$(frames thunk gdb.$clock.out)"
	for ev in entry entry-mid exit exit-mid tail tail-mid; do
		case $ev in
		entry*) want="caller main" ;;
		exit*) want="caller main" ;; # leaf has returned (the exit sled jumps)
		tail*) want="tailer main" ;;
		esac
		check_eq "$clock: $ev: handler, then $want" "$want" \
			"$(frames $ev gdb.$clock.out | app_frames)"
	done
	check_eq "$clock: slow path of a new thread: arch_slow_call, handler, worker, start_thread" \
		"worker start_thread" "$(frames slow gdb.$clock.out | app_frames | cut -d' ' -f1-2)"
	check "$clock: the slow path's frames include arch_slow_call" sh -c \
		"echo '$(frames slow gdb.$clock.out)' | grep -q '^rt_slow_path arch_slow_call rt_'"
	check "$clock: the log is readable" sh -c "'$SFTRACE' dump sf.$clock.log >/dev/null"
done

# backtrace() from a signal handler. Signals landing in a thunk are left
# out (no unwind information there: docs/runtime.md); every other
# backtrace must reach main.
sf_record sf.log ./prog signal 5000 >sig.out
check_eq "signal: every backtrace reaches main (exit 0)" 0 "$?"
sed 's/^/# /' sig.out
lib=$(sed -n 's/^in a library //p' sig.out)
check "signal: most signals landed inside the runtime ($lib of 5000)" test "${lib:-0}" -gt 1000
check "signal: the log is readable" sh -c "'$SFTRACE' dump sf.log >/dev/null"
done_testing
