#!/bin/sh
# `sftrace record` as a demanding user drives it: outputs it cannot write
# (a directory, a missing directory, a directory where nothing can be
# created even by root), runtime libraries that are not ours, the install
# directory (XDG_DATA_HOME), signals sent to sftrace (passed on, status
# 128+N, the summary still printed, the program never left running), a
# signal ignored by whoever started sftrace (stays ignored by the
# program, as without sftrace), the summary line (path, events as dump
# counts them, threads, size), and logs of an earlier recording beside
# the output (replaced, so that OUT* names this recording only).
. "$(dirname "$0")/lib.sh"
need clang

cc_xray prog "$PROGS/recurse.c" || { not_ok "build recurse.c"; done_testing; exit 1; }
cc_xray sk "$PROGS/sigkill.c" || { not_ok "build sigkill.c"; done_testing; exit 1; }
cc_xray forker "$PROGS/fork.c" || { not_ok "build fork.c"; done_testing; exit 1; }

# rec_fails DESC EXPECTED_STATUS MESSAGE_REGEX ARGS...: record refuses
# before running anything (the program would print "result").
rec_fails() {
	rf_d=$1 rf_want=$2 rf_msg=$3; shift 3
	"$SFTRACE" record "$@" >rf.out 2>rf.err
	rf_st=$?
	check_eq "$rf_d: status $rf_want" "$rf_want" "$rf_st"
	check "$rf_d: says why ($rf_msg)" grep -Eq "$rf_msg" rf.err
	check "$rf_d: the program did not run" test ! -s rf.out
	sed 's/^/#   /' rf.err | head -3
}

# --- outputs ---------------------------------------------------------------
mkdir adir
rec_fails "-o a directory" 125 "'adir'.*directory" --solib "$SOLIB" -o adir -- ./prog 3
rec_fails "-o ending in /" 125 "not a file name" --solib "$SOLIB" -o nodir/ -- ./prog 3
rec_fails "-o in a missing directory" 125 "cannot create the log in '.*/nodir'" \
	--solib "$SOLIB" -o nodir/sf.log -- ./prog 3
# Nothing can be created in /proc, not even by root (access() says yes to root).
rec_fails "-o in /proc" 125 "cannot create the log in '/proc'" --solib "$SOLIB" -o /proc/sf.log -- ./prog 3
if [ "$(id -u)" != 0 ]; then
	mkdir ro && chmod 555 ro
	rec_fails "-o in a read-only directory" 125 "cannot create the log in .*ro.*Permission denied" \
		--solib "$SOLIB" -o ro/sf.log -- ./prog 3
	chmod 755 ro
fi
mkdir gone
(cd gone && rmdir "$T/gone" && "$SFTRACE" record --solib "$SOLIB" -- "$T/prog" 3 >"$T/gone.out" 2>"$T/gone.err")
check_eq "the current directory was removed: status 125, the program did not run" "125 0" \
	"$? $(wc -c <gone.out)"
check "... and says so" grep -q "cannot get the current directory" gone.err
rec_fails "no command" 2 "no command" --solib "$SOLIB" -o sf.log
rec_fails "an empty -o" 2 "empty" --solib "$SOLIB" -o "" -- ./prog 3
# Preloaded by hand, only the runtime can tell: once, and without
# promising a log that does not exist.
LD_PRELOAD=$SOLIB SFTRACE_OUTPUT_FILE=/proc/sf.log ./prog 3 >hand.out 2>hand.err
check_eq "preloaded with an output in /proc: the program runs (status 0)" 0 "$?"
check_eq "... one message, that nothing was recorded" \
	"1 1 0" "$(grep -c . hand.err) $(grep -c 'nothing recorded' hand.err) $(grep -c 'readable' hand.err)"
check "no probe file is left behind" sh -c '! ls -a . | grep -q sftrace-probe'

# --- the runtime library -----------------------------------------------------
rec_fails "--solib a text file" 125 "not an ELF file" --solib /etc/passwd -- ./prog 3
libm=$(ldd ./prog | awk '$1 ~ /^libm\.so/ { print $3 }')
[ -n "$libm" ] || libm=$(ldd ./prog | awk '$1 ~ /^libc\.so/ { print $3 }')
rec_fails "--solib another library" 125 "not the sftrace runtime" --solib "$libm" -- ./prog 3

# A copy of sftrace with no runtime beside it finds the install directory.
mkdir -p bin xdg/sftrace
cp "$SFTRACE" bin/sftrace
check_eq "--print-solib-install-dir follows XDG_DATA_HOME" "$T/xdg/sftrace" \
	"$(XDG_DATA_HOME=$T/xdg bin/sftrace record --print-solib-install-dir)"
check_eq "... a relative XDG_DATA_HOME is ignored (XDG spec)" "$HOME/.local/share/sftrace" \
	"$(XDG_DATA_HOME=rel bin/sftrace record --print-solib-install-dir)"
check_eq "... without HOME, the home directory of the user" \
	"$(getent passwd "$(id -u)" | cut -d: -f6 | sed 's|/$||')/.local/share/sftrace" \
	"$(env -u HOME -u XDG_DATA_HOME bin/sftrace record --print-solib-install-dir)"
# The seed's install step, as written (mkdir without -p), in a new home.
mkdir newhome
dir=$(env -u XDG_DATA_HOME HOME=$T/newhome bin/sftrace record --print-solib-install-dir)
check_eq "in a new home the install directory is under ~/.local/share" \
	"$T/newhome/.local/share/sftrace" "$dir"
check "... and a plain mkdir of it works" mkdir "$dir"
XDG_DATA_HOME=$T/xdg bin/sftrace record --print-solib >/dev/null 2>ps.err
check_eq "--print-solib with no runtime anywhere: status 1" 1 "$?"
check "... and lists where it looked" grep -q "$T/xdg/sftrace/libsftrace.so" ps.err
cp "$libm" xdg/sftrace/libsftrace.so
XDG_DATA_HOME=$T/xdg bin/sftrace record --print-solib >/dev/null 2>ps.err
check_eq "a foreign libsftrace.so in the install directory is not used" 1 "$?"
check "... and a warning says why" grep -q "skipping '$T/xdg/sftrace/libsftrace.so'" ps.err
cp "$SOLIB" xdg/sftrace/libsftrace.so
check_eq "--print-solib finds the installed runtime" "$T/xdg/sftrace/libsftrace.so" \
	"$(XDG_DATA_HOME=$T/xdg bin/sftrace record --print-solib)"
XDG_DATA_HOME=$T/xdg bin/sftrace record -o inst.log -- ./prog 3 >/dev/null 2>inst.err
check_eq "record with the installed runtime exits 0" 0 "$?"
check "... and writes a log" grep -q "^sftrace: inst.log: [1-9][0-9]* events, 1 thread, " inst.err

# --- the summary line ----------------------------------------------------------
sf_record sum.log ./prog 5 >/dev/null
n=$("$SFTRACE" dump sum.log | awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/' | wc -l)
bytes=$(wc -c <sum.log)
check_eq "summary: path, events (as dump counts them), threads, size" \
	"sftrace: sum.log: $n events, 1 thread, $((bytes / 1024)).0 KiB" "$(cat record.err)"

# --- signals ---------------------------------------------------------------------
# sig_run SIG: record ./sk run, send SIG to sftrace once the program
# works. The shell starts background jobs with SIGINT and SIGQUIT ignored
# (which sftrace must respect, see below): env restores their defaults.
# The program is killed if it outlives sftrace or runs 20 s after the signal.
sig_run() {
	rm -f sig.log*
	env --default-signal=INT,QUIT "$SFTRACE" record --solib "$SOLIB" -o sig.log -- ./sk run \
		>sig.out 2>sig.err &
	rec=$!
	i=0
	# Up to 60 s on a loaded machine: a signal sent before env has reset
	# the dispositions would be ignored.
	while ! grep -q '^ready' sig.out && [ $i -lt 1200 ]; do sleep 0.05; i=$((i + 1)); done
	grep -q '^ready' sig.out || echo "# the program never said it was ready"
	kill -"$1" $rec
	i=0
	while kill -0 $rec 2>/dev/null && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
	pid=$(sed -n 's/^pid //p' sig.out)
	alive=no
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		alive=yes
		kill -KILL "$pid"
	fi
	wait $rec
	st=$?
}
for s in TERM:15 INT:2 HUP:1 QUIT:3; do
	sig=${s%:*} num=${s#*:}
	sig_run "$sig"
	check_eq "SIG$sig to sftrace: passed on, status 128+$num" "$((128 + num)) no" "$st $alive"
	check "... and the summary line is printed" grep -q "^sftrace: sig.log: [1-9][0-9]* events, 2 threads" sig.err
	sed 's/^/#   /' sig.err | head -3
done
# A background job of a script starts with SIGINT ignored: the program
# must inherit that, as it would without sftrace.
ign=$(sh -c 'trap "" INT; exec "$@"' sh "$SFTRACE" record --solib "$SOLIB" -o ign.log -- \
	sh -c 'grep "^SigIgn:" /proc/$$/status' 2>/dev/null | awk '{ print $2 }')
check "an ignored SIGINT stays ignored in the program (SigIgn $ign)" \
	test -n "$ign" -a $((0x${ign:-0} & 2)) -eq 2
dfl=$("$SFTRACE" record --solib "$SOLIB" -o ign.log -- \
	sh -c 'grep "^SigIgn:" /proc/$$/status' 2>/dev/null | awk '{ print $2 }')
check "... and a SIGINT not ignored is not ignored in the program (SigIgn $dfl)" \
	test -n "$dfl" -a $((0x${dfl:-0} & 2)) -eq 0

# --- logs of an earlier recording ------------------------------------------------
sf_record tree.log ./forker 50 >/dev/null
old=$(ls tree.log.* 2>/dev/null | wc -l)
check "the first recording wrote fork children's logs" test "$old" -ge 2
cp tree.log tree.log.1
cp tree.log saved.copy
sf_record tree.log ./prog 3 >/dev/null
check_eq "a new recording removes the earlier one's tree.log.<pid> logs" \
	"tree.log tree.log.1" "$(echo tree.log*)"
check "... but keeps a copy the user named tree.log.1" cmp -s tree.log.1 saved.copy
check_eq "... and reports only its own log" 1 "$(grep -c '^sftrace: tree.log' record.err)"
# A FIFO whose name looks like a log must not hang record (before or after).
mkfifo tree.log.42
timeout 60 "$SFTRACE" record --solib "$SOLIB" -o tree.log -- ./prog 3 >/dev/null 2>fifo.err
check_eq "a FIFO named like a log: record exits 0" 0 "$?"
check "... the FIFO is left alone" test -p tree.log.42

# SFTRACE_NO_AUDIT is a flag like the runtime's: 0, false or no leave the
# audit module on.
for v in 1 yes 0 false no ""; do
	SFTRACE_NO_AUDIT=$v "$SFTRACE" record --solib "$SOLIB" -o audit.log -- \
		sh -c 'echo "${LD_AUDIT:-none}"' >audit.out 2>/dev/null
	case $v in 1 | yes) want=none ;; *) want=$SOLIB ;; esac
	check_eq "SFTRACE_NO_AUDIT='$v': LD_AUDIT of the command" "$want" "$(cat audit.out)"
done
done_testing
