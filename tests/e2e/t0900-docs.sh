#!/bin/sh
# The documentation against the program: every command has a manual page
# (docs/sftrace-CMD.md) that names every option its --help lists, no page's
# SYNOPSIS or OPTIONS names an option the command does not accept, every
# `sftrace CMD ...` command line shown in the README or a manual page uses
# only options CMD accepts, and the README links only to files that exist.
# The program's own option tables (through --help) are the oracle.
. "$(dirname "$0")/lib.sh"
need python3

cmds=$("$SFTRACE" --help | awk '/^Commands:/ { on = 1; next } on && NF >= 2 && /^   / { print $1 }')
check "sftrace --help lists commands" test -n "$cmds"
for c in $cmds; do
	"$SFTRACE" "$c" --help >"help.$c" 2>&1
	check "sftrace $c --help exits 0" test $? -eq 0
done

cat >check.py <<'EOF'
import os, re, sys

top, cmds = sys.argv[1], sys.argv[2].split()
helps = {}
for c in cmds:
    longs, shorts = set(), set()
    for line in open("help." + c, encoding="utf-8"):
        m = re.match(r"\s+(-[A-Za-z0-9]), --([a-z][a-z0-9-]*)", line) or \
            re.match(r"\s+()--([a-z][a-z0-9-]*)", line)
        if m:
            if m.group(1):
                shorts.add(m.group(1))
            longs.add("--" + m.group(2))
    helps[c] = (longs, shorts)

problems = []
def report(what):
    problems.append(what)

def page_sections(text):
    """SYNOPSIS and OPTIONS sections of a manual page."""
    out, keep = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            keep = line[3:].strip() in ("SYNOPSIS", "OPTIONS")
            continue
        if keep:
            out.append(line)
    return "\n".join(out)

for c in cmds:
    page = os.path.join(top, "docs", "sftrace-%s.md" % c)
    if not os.path.exists(page):
        report("%s: no manual page docs/sftrace-%s.md" % (c, c))
        continue
    text = open(page, encoding="utf-8").read()
    longs, shorts = helps[c]
    for o in sorted(longs):
        if not re.search(re.escape(o) + r"(?![a-z0-9-])", text):
            report("docs/sftrace-%s.md does not document %s" % (c, o))
    for o in sorted(shorts):
        if not re.search(r"(?<![A-Za-z0-9-])" + re.escape(o) + r"(?![A-Za-z0-9-])", text):
            report("docs/sftrace-%s.md does not document %s" % (c, o))
    for o in sorted(set(re.findall(r"(?<![A-Za-z0-9-])--[a-z][a-z0-9-]*", page_sections(text)))):
        if o not in longs and o != "--help":
            report("docs/sftrace-%s.md documents %s, which 'sftrace %s' does not accept" % (c, o, c))

# Command lines shown anywhere in the README and the manual pages.
docs = [os.path.join(top, "README.md")] + sorted(
    os.path.join(top, "docs", f) for f in os.listdir(os.path.join(top, "docs"))
    if f.startswith("sftrace-") and f.endswith(".md"))
cmd_re = re.compile(r"\bsftrace (%s)\b([^`|#\n]*)" % "|".join(map(re.escape, cmds)))
for path in docs:
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        for m in cmd_re.finditer(line):
            c, rest = m.group(1), m.group(2)
            longs, shorts = helps[c]
            words = rest.split()
            for w in words:
                if w == "--":
                    break
                m2 = re.match(r"[(\['\"]*(--?[A-Za-z0-9][A-Za-z0-9-]*)", w)
                if not m2:
                    continue
                o = m2.group(1)
                if o.startswith("--"):
                    okay = o in longs or o == "--help"
                else:
                    okay = o[:2] in shorts or o == "-h"
                if not okay:
                    report("%s:%d: 'sftrace %s' has no option %s" %
                           (os.path.relpath(path, top), n, c, o))

# Links of the README.
readme = open(os.path.join(top, "README.md"), encoding="utf-8").read()
for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", readme):
    if "://" not in target and not os.path.exists(os.path.join(top, target)):
        report("README.md links to %s, which does not exist" % target)
for c in cmds:
    if not re.search(r"^\| `%s` \|" % re.escape(c), readme, re.M):
        report("README.md: the command table has no row for %s" % c)

for p in problems:
    print(p)
EOF
python3 check.py "$TOP" "$cmds" >problems.txt 2>&1
check "python3 check ran" test $? -eq 0
if [ -s problems.txt ]; then
	not_ok "the documentation matches the program"
	sed 's/^/#   /' problems.txt
else
	ok "the documentation matches the program"
fi

# The install directory the README's workflow creates with a plain mkdir.
HOME="$T/home" XDG_DATA_HOME= "$SFTRACE" record --print-solib-install-dir >dir.txt
check_eq "--print-solib-install-dir is under HOME" "$T/home/.local/share/sftrace" "$(cat dir.txt)"

# `sftrace help CMD` is `sftrace CMD --help`.
for c in record filter convert report tree flamegraph dump; do
	"$SFTRACE" help "$c" >help1.txt 2>&1
	"$SFTRACE" "$c" --help >help2.txt 2>&1
	check "sftrace help $c prints $c's usage" sh -c 'cmp -s help1.txt help2.txt && grep -q "usage: sftrace $1" help1.txt' sh "$c"
done
"$SFTRACE" help nosuch >/dev/null 2>&1
check_eq "sftrace help of no command exits 2" 2 "$?"
done_testing
