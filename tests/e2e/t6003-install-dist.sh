#!/bin/sh
# What a packager relies on: `sftrace --version` names the log format;
# `make install DESTDIR=... PREFIX=...` puts the program, the runtime
# where `record --print-solib` finds it, the allocator, the header, one
# manual page per docs/sftrace-*.md and the bash completion in place; the
# installed program records; the completion offers exactly the commands
# of `sftrace --help` and the options of each command's --help (the
# oracle: the --help texts); `make dist` makes a tarball of the last commit
# that builds on its own and passes some of its own tests (the full check:
# make dist-check).
. "$(dirname "$0")/lib.sh"
need clang go-md2man

check "--version: version and log format" sh -c "'$SFTRACE' --version | grep -q '^sftrace [0-9][0-9.]* (log format 1)$'"
check "version: the header's" grep -q "SFTRACE_VERSION_STRING \"$("$SFTRACE" --version | awk '{print $2}')\"" "$TOP/include/sftrace/sftrace.h"

# install into a staging root, with the test's build directory
# (-o: install what this build holds, never rebuild it under the other tests)
make -s -C "$TOP" O="$B" DEPS=0 -o all -o "$B/sftrace" install DESTDIR="$T/root" PREFIX=/opt/sf \
	>install.out 2>&1
check_eq "make install DESTDIR PREFIX: exit 0" 0 "$?"
R="$T/root/opt/sf"
for f in bin/sftrace lib/libsftrace.so lib/libsftrace-malloc.so lib/libsftrace.a \
	include/sftrace/sftrace.h share/bash-completion/completions/sftrace; do
	check "installed $f" test -s "$R/$f"
done
for md in "$TOP"/docs/sftrace-*.md; do
	n=$(basename "$md" .md)
	check "manual page $n.1" grep -q "^\.TH $(echo "$n" | tr a-z A-Z) 1 " "$R/share/man/man1/$n.1"
done
check_eq "no other manual pages" "$(ls "$TOP"/docs/sftrace-*.md | wc -l)" "$(ls "$R/share/man/man1" | wc -l)"
if command -v man >/dev/null; then
	check "man renders sftrace-doctor(1) with its options" sh -c \
		"MANWIDTH=80 man -l '$R/share/man/man1/sftrace-doctor.1' 2>/dev/null | grep -q -- '--solib'"
fi
check_eq "installed record --print-solib: PREFIX/lib" "$R/lib/libsftrace.so" \
	"$(HOME="$T/home" XDG_DATA_HOME= "$R/bin/sftrace" record --print-solib)"
cc_xray prog "$PROGS/recurse.c"
HOME="$T/home" XDG_DATA_HOME= "$R/bin/sftrace" record -o i.log -- ./prog 4 >prog.out 2>rec.err
check_eq "the installed sftrace records" 0 "$?"
prog_counts prog.out >want
trace_counts i.log >got
check_counts "installed: every call recorded" want got

# the completion against the --help texts
comp() { bash -c ". '$R/share/bash-completion/completions/sftrace'; COMP_WORDS=($1); COMP_CWORD=$2; _sftrace; printf '%s\n' \"\${COMPREPLY[@]}\"" | LC_ALL=C sort; }
cmds=$("$SFTRACE" --help | awk '/^Commands:/ { on = 1; next } on && /^   [a-z]/ { print $1 }' | LC_ALL=C sort)
check_eq "completion: the commands of --help" "$cmds" "$(comp "sftrace ''" 1 | grep -v '^--')"
bad=
for c in $cmds; do
	"$SFTRACE" "$c" --help | sed -n 's/^ *\(-[A-Za-z0-9], \)\{0,1\}\(--[a-z][a-z0-9-]*\).*/\1\2/p' |
		tr ',' '\n' | tr -d ' ' | grep . | LC_ALL=C sort -u >want.$c
	echo --help >>want.$c
	LC_ALL=C sort -u -o want.$c want.$c
	comp "sftrace $c -" 2 | LC_ALL=C sort -u >got.$c
	cmp -s want.$c got.$c || bad="$bad $c"
done
check_eq "completion: each command's options are its --help's" "" "$bad"
check_eq "completion: a prefix" "--type" "$(comp "sftrace convert --ty" 2)"
touch afile.log
check_eq "completion: a file after an option that takes one" "afile.log" "$(comp "sftrace convert -o afi" 3)"

# make dist, then build the tarball on its own and run a few of its tests
if git -C "$TOP" rev-parse --git-dir >/dev/null 2>&1; then
	make -s -C "$TOP" O="$T/distb" DEPS=0 dist >dist.out 2>&1
	check_eq "make dist: exit 0" 0 "$?"
	tgz=$(ls "$T"/distb/sftrace-*.tar.gz 2>/dev/null)
	check "make dist: sftrace-VERSION.tar.gz" test -s "$tgz"
	mkdir un && tar -xzf "$tgz" -C un
	src=$(ls -d un/sftrace-*)
	check_eq "the tarball is the last commit's files" \
		"$(git -C "$TOP" ls-tree -r --name-only HEAD | LC_ALL=C sort | md5sum)" \
		"$(cd "$src" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | md5sum)"
	make -s -C "$src" -j2 DEPS=0 WERROR=1 >build.out 2>&1
	check_eq "the tarball builds (WERROR=1)" 0 "$?"
	for t in t6000-rust-tool-names t6001-rust-log t6002-doctor; do
		SFTRACE_BUILD="$T/$src/build" SFTRACE_TOP="$T/$src" sh "$src/tests/e2e/$t.sh" >$t.out 2>&1
		check_eq "the tarball passes its own $t" 0 "$?" || grep '^not ok' $t.out | head -5
	done
else
	ok "# SKIP make dist: not a git checkout"
fi
done_testing
