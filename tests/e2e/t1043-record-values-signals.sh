#!/bin/sh
# Every function marked for its values (record -A . -R .), under signals:
# an event and its value records share one reservation, so a signal
# handler's NESTED records never land between them, and a handler that
# leaves by siglongjmp while a marked event is half written leaves a
# padded reservation of the right (longer) length.
#   - tests/progs/filter/sigstress.c: a 20 us timer whose handler makes
#     traced calls, over a loop of calls: one entry per call the program
#     counted, every handler call, nothing lost, nested records seen, and
#     a value record after every recorded entry and exit of the outer
#     stream (none after the NESTED ones);
#   - tests/progs/sigjmp.c: the handler jumps back into main's loop: the
#     handler's calls all recorded, the log reads without damage.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray ss "$PROGS/filter/sigstress.c" || { not_ok "build sigstress.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" -A . -R . -o ss.log -- ./ss 300000 20 >ss.out 2>ss.err
check_eq "sigstress, every function marked: exit status 0" 0 "$?"
calls=$(sed -n 's/^calls //p' ss.out)
ticks=$(sed -n 's/^count on_tick //p' ss.out)
"$SFTRACE" dump --summary ss.log >ss.dump 2>ss.dump.err
check "dump reads it without a warning" test ! -s ss.dump.err
check_eq "one entry per call the program made" "${calls:-none}" \
	"$(awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $3 ~ /^entry/ && $6 != "main"' ss.dump | wc -l)"
check_eq "every handler call is there" "${ticks:-none}" \
	"$(awk '$3 ~ /^entry/ && $6 == "on_tick"' ss.dump | wc -l)"
check_eq "nothing lost" "0" \
	"$(sed -n 's/^thread [0-9]*: [0-9]* events, \([0-9]*\) lost$/\1/p' ss.dump)"
check "signals did interrupt recording (nested records)" grep -q ' entry\*' ss.dump
# after each event line, the next line: args after an outer entry, ret
# after an outer exit, nothing after a nested event or a tail call
awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ {
		if (prev != "") bad[prev " then " ($1 ~ /^[0-9]+$/ ? "event" : "?")]++
		prev = ""
		nested = $3 ~ /\*$/ || $4 == "*" # "entry*", "exit *"
		if (!nested && $3 == "entry") prev = "entry"
		else if (!nested && $3 == "exit") prev = "exit"
		next
	}
	prev == "entry" && $1 == "args" { prev = ""; next }
	prev == "exit" && $1 == "ret" { prev = ""; next }
	$1 == "args" || $1 == "ret" { bad[$1 " after a nested event or a tail call"]++ }
	{ prev = "" }
	END { for (k in bad) print k, bad[k] }' ss.dump >mismatch
check "a value record after every outer entry and exit, none after nested ones" test ! -s mismatch
sed 's/^/#   /' mismatch | head -5

cc_xray sigjmp "$PROGS/sigjmp.c" || { not_ok "build sigjmp.c"; done_testing; exit 1; }
"$SFTRACE" record --solib "$SOLIB" -A . -R . -o j.log -- ./sigjmp 3000000 37 >j.out 2>j.err
check_eq "sigjmp, every function marked: exit status 0" 0 "$?"
handler=$(sed -n 's/^count in_handler //p' j.out)
"$SFTRACE" report --csv j.log >r.csv 2>r.err
check "... the log reads without a warning of damage" sh -c '! grep -qi "damage\|cannot be decoded\|unreadable" r.err'
check_eq "... every call of the handler's function recorded" "${handler:-none}" \
	"$(awk -F, '$1 == "in_handler" { print $4 }' r.csv)"
"$SFTRACE" dump j.log >j.dump 2>j.dump.err
check "... dump reads it without a warning" test ! -s j.dump.err
echo "# sigstress: $calls calls, $ticks signals; sigjmp: $handler jumps"
done_testing
