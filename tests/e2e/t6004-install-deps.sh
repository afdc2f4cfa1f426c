#!/bin/sh
# scripts/install-deps, run on a copy of the scripts with package lists of
# our own and stand-ins for apt-get, sudo, rustc and npm on PATH (they log
# how they were called): nothing is installed for real. What must hold:
# nothing to do costs one quick check and no apt-get; missing packages are
# installed with apt-get (update, then install of exactly those, the
# command shown) as root, through `sudo -n` otherwise, and without either
# it stops with one line naming the command; a probe (cmd:NAME) counts a
# tool on PATH as there; rustc older than 1.71 is one line and exit 0,
# an error with --require-rust; npm ci runs only when the oracles' lock
# file changed.
. "$(dirname "$0")/lib.sh"
need dpkg-query

mkdir -p tree/scripts tree/tests/oracles bin
cp "$TOP/scripts/install-deps" tree/scripts/
for c in apt-get sudo npm; do
	printf '#!/bin/sh\necho "%s $*" >>"%s/calls"\n' "$c" "$T" >bin/$c
done
# sudo -n true works; sudo -n CMD... runs CMD
printf '#!/bin/sh\necho "sudo $*" >>"%s/calls"\n[ "$1" = -n ] && shift\nexec "$@"\n' "$T" >bin/sudo
printf '#!/bin/sh\necho "rustc 1.85.0 (stand-in)"\n' >bin/rustc
chmod +x bin/*
P="$T/bin:/usr/bin:/bin"
run() { env PATH="$P" HOME="$T" "$@"; }

# everything there: dpkg knows coreutils; a probe finds sh
printf 'build coreutils\nbuild no-such-package-sftrace cmd:sh\n' >tree/scripts/packages
start=$(date +%s%N)
run tree/scripts/install-deps >out 2>err
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check_eq "all there: exit 0" 0 "$rc"
check_eq "all there: prints nothing" "" "$(cat out err)"
check "all there: no apt-get" test ! -e calls
check "all there: a check, not an install (${ms} ms < 1000 ms)" test "$ms" -lt 1000

# missing: as root, apt-get update and install of exactly the missing ones
printf 'build coreutils\nbuild sftrace-missing-a\ntest sftrace-missing-b cmd:no-such-cmd-sftrace\n' \
	>tree/scripts/packages
if [ "$(id -u)" = 0 ]; then
	run tree/scripts/install-deps >out 2>err
	check_eq "missing (root): exit 0" 0 "$?"
	check_eq "missing (root): apt-get update, then install of the build package only" \
		"apt-get update -q|apt-get install -y -q sftrace-missing-a" "$(paste -sd'|' calls)"
	check "missing (root): the command is shown" grep -q "installing: .*apt-get install -y -q sftrace-missing-a" err
	rm -f calls
	run tree/scripts/install-deps --test >out 2>err
	check_eq "--test: the test package too" "apt-get update -q|apt-get install -y -q sftrace-missing-a sftrace-missing-b" \
		"$(paste -sd'|' calls)"
	rm -f calls
	# not root: through sudo -n
	if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
		chmod -R a+rwX "$T"
		setpriv --reuid=nobody --regid=nogroup --clear-groups env PATH="$P" HOME="$T" \
			tree/scripts/install-deps >out 2>err
		check_eq "not root, sudo -n works: exit 0" 0 "$?"
		check "not root: through sudo -n" grep -q "^sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q sftrace-missing-a" calls
		rm -f calls bin/sudo
		setpriv --reuid=nobody --regid=nogroup --clear-groups env PATH="$P" HOME="$T" \
			tree/scripts/install-deps >out 2>err
		check_eq "not root, no sudo: exit 1" 1 "$?"
		check_eq "not root, no sudo: one line naming the command" \
			"install-deps: missing packages; run: sudo apt-get update && sudo apt-get install -y sftrace-missing-a" \
			"$(cat err)"
		check "not root, no sudo: nothing run" test ! -e calls
	else
		ok "# SKIP non-root cases: no setpriv or no user nobody"
	fi
else
	ok "# SKIP root cases: not root"
fi

# rustc
printf 'build coreutils\n' >tree/scripts/packages
run tree/scripts/install-deps --test >out 2>err
check_eq "rustc 1.85: exit 0, nothing said" "0:" "$?:$(cat err)"
printf '#!/bin/sh\necho "rustc 1.63.0"\n' >bin/rustc
run tree/scripts/install-deps --test >out 2>err
check_eq "rustc 1.63: exit 0" 0 "$?"
check_eq "rustc 1.63: one line" 1 "$(wc -l <err)"
check "rustc 1.63: says older than 1.71, Rust tests skipped" grep -q "rustc 1.63 is older than 1.71.*Rust tests will be skipped" err
run tree/scripts/install-deps --require-rust >out 2>err
check_eq "rustc 1.63 with --require-rust: exit 1" 1 "$?"
check "--require-rust: an error" grep -q "error: rustc 1.63 is older than 1.71" err
(
	. "$TOP/tests/e2e/lib.sh" >/dev/null 2>&1
	PATH="$P"
	need rustc
	echo "not skipped"
) >need.out 2>&1
check "need rustc with 1.63: the test skips with the reason" grep -q "^1..0 # SKIP rustc 1.63 is older than 1.71" need.out

# the oracles' npm packages: only when the lock file changed
printf '#!/bin/sh\necho "rustc 1.85.0"\n' >bin/rustc
echo '{"lockfileVersion": 3}' >tree/tests/oracles/package-lock.json
printf '#!/bin/sh\necho "npm $*" >>"%s/calls"\nmkdir -p node_modules\n' "$T" >bin/npm
rm -f calls
run tree/scripts/install-deps --test >out 2>err
check_eq "no node_modules: npm ci" "npm ci --no-audit --no-fund" "$(cat calls 2>/dev/null)"
run tree/scripts/install-deps --test >out 2>err
check_eq "the same lock file: no npm" 1 "$(wc -l <calls)"
echo '{"lockfileVersion": 3, "x": 1}' >tree/tests/oracles/package-lock.json
run tree/scripts/install-deps --test >out 2>err
check_eq "another lock file: npm ci again" 2 "$(wc -l <calls)"

run tree/scripts/install-deps --bogus >out 2>err
check_eq "bad option: exit 2" 2 "$?"
run tree/scripts/install-deps --help >out 2>err
check "--help: the usage" grep -q "install-deps \[--test\]" out
done_testing
