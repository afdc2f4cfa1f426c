#!/bin/sh
# Children started with an environment the program built itself (execle,
# execve, execvpe, posix_spawn, an emptied environ and execv; `env -i`)
# lost LD_PRELOAD and SFTRACE_*, so they were not traced and nothing said
# so. Wanted: the runtime puts its variables back into such calls and
# keeps the user's; `record --no-follow-env` turns it off.
# tests/progs/spawnenv.c: each child prints what it counted and saw.
. "$(dirname "$0")/lib.sh"
need clang

cc_xray spawnenv "$PROGS/spawnenv.c" || { not_ok "build spawnenv.c"; done_testing; exit 1; }
K=300
./spawnenv $K | sort >u.out
us=$?
sf_record e.log ./spawnenv $K | sort >t.out
check_eq "exit status as untraced" "$us" "$?"
check "output as untraced (the children see their own variables only)" cmp -s u.out t.out
check_eq "a log for the program and each of its 5 children" 6 "$(ls e.log* | wc -l)"
check_eq "the program's log: in_main as it counted" "$(sed -n 's/^main in_main //p' t.out)" \
	"$(trace_counts e.log | awk '$1 == "in_main" { print $2 }')"
for tag in execle execve execvpe posix_spawn execv; do
	n=0
	for f in e.log.*; do
		"$SFTRACE" dump --no-events "$f" 2>/dev/null | grep -q "command:.* child $tag\$" || continue
		n=$(trace_counts "$f" | awk '$1 == "in_child" { print $2 }')
	done
	check_eq "the $tag child traced: in_child as it counted" \
		"$(sed -n "s/^child $tag in_child \([0-9]*\) .*/\1/p" t.out)" "${n:-0}"
done

rm -f e.log*
sf_record e.log sh -c "env -i HOME=/x ./spawnenv 10 >/dev/null"
check_eq "under sh and env -i: the program and its 5 children traced" 6 "$(ls e.log* | wc -l)"

rm -f e.log*
"$SFTRACE" record --solib "$SOLIB" --no-follow-env -o e.log -- ./spawnenv $K | sort >n.out
check_eq "--no-follow-env: exit status as untraced" "$us" "$?"
check "... output as untraced" cmp -s u.out n.out
check_eq "... only the program is traced" 1 "$(ls e.log* | wc -l)"
done_testing
