#!/bin/sh
# Damaged or cut logs are named as such, with what is known and what is
# estimated, by every command (tools/read/loss.h); logs that are merely
# not closed (a fork child that leaves by _exit, the image an exec
# replaced, a SIGKILL) are complete and get no warning:
#   - a closed log cut short: "cut at X of Y (size in header)";
#   - a block header overwritten in the middle: "1 block unreadable, about
#     E events in it lost (estimated from its size)";
#   - records that stop decoding in a closed block: the same, from its
#     used bytes;
#   - a log never closed, cut: "cut at X (its last block reaches Z; ...)".
# Oracles: the log's layout read here straight from docs/format.md (header
# end_offset, block offsets, sizes and used), file sizes, and the
# program's own count of its events (2 per call of leaf, plus main's two):
# the events lost to damage are exactly those dump no longer lists, and
# the estimate must be within 5 % of them.
. "$(dirname "$0")/lib.sh"
need clang python3

cc_xray many "$PROGS/many-calls.c" || { not_ok "build many-calls.c"; done_testing; exit 1; }
N=3000000
total=$((2 * N + 2))
sf_record big.log ./many $N >/dev/null || not_ok "record many-calls"

# layout LOG: "end_offset E" and "block OFFSET TYPE SIZE USED SEQ FLAGS" lines
cat >layout.py <<'EOF'
import struct, sys
f = open(sys.argv[1], "rb").read()
print("end_offset", struct.unpack_from("<Q", f, 72)[0])
off = 4096
while off + 128 <= len(f):
    magic, typ, hs, size, used, tid, serial, seq, flags = struct.unpack_from("<IHHIIIIII", f, off)
    if magic != 0x4B424653 or hs != 128 or not size or size % 4096:
        off += 4096
        continue
    print("block", off, typ, size, used, seq, flags)
    off += size
EOF
python3 layout.py big.log >big.layout
full=$(wc -c <big.log)
check_eq "the log's end_offset is its size" "end_offset $full" "$(grep end_offset big.layout)"
# the EVENTS blocks of the thread, in order; the test needs three at least
awk '$1 == "block" && $3 == 2' big.layout >events.layout
check "three or more EVENTS blocks" test "$(wc -l <events.layout)" -ge 3
sed 's/^/# /' big.layout

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
events_of() { "$SFTRACE" dump "$1" 2>/dev/null | awk '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/' | wc -l; }
# within5 ESTIMATE TRUTH
within5() { awk -v e="$1" -v t="$2" 'BEGIN { d = e - t; if (d < 0) d = -d; exit !(t > 0 && d * 20 <= t) }'; }
# every_command LOG PATTERN: report, tree, flamegraph, convert (perfetto,
# pola) and dump each print PATTERN (a grep -E line) once on stderr, and
# none of them says "not closed"
COMMANDS="report|tree|flamegraph -o $T/f.svg|convert --no-progress -o $T/c.pb|convert --no-progress -t pola -o $T/c.pola|dump --no-events --summary"
every_command() {
	_log=$1 _pat=$2
	echo "$COMMANDS" | tr '|' '\n' >"$T/commands"
	while read -r _c; do
		# shellcheck disable=SC2086
		"$SFTRACE" $_c "$_log" >/dev/null 2>"$T/cmd.err" </dev/null
		check_eq "$_log, ${_c%% -o*}: the damage line, once" 1 "$(grep -cE "$_pat" "$T/cmd.err")"
		grep -q "not closed" "$T/cmd.err" && not_ok "$_log, ${_c%% -o*}: says 'not closed'"
	done <"$T/commands"
	grep -E "$_pat" "$T/cmd.err" | sed 's/^/# /'
}

# ---- a closed log cut short ------------------------------------------------
cut=6000000
cp big.log cut.log && truncate -s $cut cut.log
every_command cut.log "^sftrace: warning: cut.log: cut at $(mib $cut) of $(mib $full) \(size in header\), what followed is lost$"
"$SFTRACE" report --json cut.log 2>/dev/null | python3 -c '
import json, sys
l = json.load(sys.stdin)["loss"]["logs"][0]
print(l["cut_at_bytes"], l["full_bytes"], l["full_bytes_exact"], l["unreadable_blocks"])' >cut.json
check_eq "cut.log: JSON cut_at_bytes, full_bytes, exact, no unreadable block" \
	"$cut $full True 0" "$(cat cut.json)"
check "cut.log: events only up to the cut" test "$(events_of cut.log)" -lt "$total"

# ---- a block header overwritten in the middle -----------------------------
set -- $(sed -n 2p events.layout) # block OFFSET TYPE SIZE USED SEQ FLAGS
hdr_off=$2
cp big.log hdr.log
head -c 128 /dev/urandom | dd of=hdr.log bs=1 seek="$hdr_off" conv=notrunc 2>/dev/null
left=$(events_of hdr.log)
gone=$((total - left))
check "hdr.log: the events of that block are gone" test "$gone" -gt 100000
every_command hdr.log "^sftrace: warning: hdr.log: 1 block unreadable, about [0-9,]+ events in it lost \(estimated from its size\)$"
est=$("$SFTRACE" report --json hdr.log 2>/dev/null | python3 -c '
import json, sys
l = json.load(sys.stdin)["loss"]["logs"][0]
print(l["unreadable_events_estimated"] if l["unreadable_blocks"] == 1 and not l["cut_at_bytes"] else -1)')
check "hdr.log: estimate $est within 5 % of the $gone events lost" within5 "$est" "$gone"

# ---- records that stop decoding in a closed block -------------------------
set -- $(sed -n 3p events.layout)
rec_off=$(($2 + 128 + 1000)) used=$5 flags=$7
check_eq "that block is closed" 1 "$((flags & 1))"
cp big.log rec.log
# 0xff bytes: an event whose ULEB128s never end (longer than 10 bytes)
head -c 16 /dev/zero | tr '\0' '\377' | dd of=rec.log bs=1 seek="$rec_off" conv=notrunc 2>/dev/null
left=$(events_of rec.log)
gone=$((total - left))
check "rec.log: the events after the damage are gone" test "$gone" -gt 100000
every_command rec.log "^sftrace: warning: rec.log: 1 block unreadable, about [0-9,]+ events in it lost \(estimated from its size\)$"
"$SFTRACE" report --json rec.log 2>/dev/null | python3 -c '
import json, sys
l = json.load(sys.stdin)["loss"]["logs"][0]
print(l["unreadable_bytes"], l["unreadable_events_estimated"])' >rec.json
set -- $(cat rec.json)
# the decoder stops inside the 0xff run: at most 11 bytes into it
check "rec.log: the bytes after the damage, from used ($1)" \
	test "$1" -le $((used - 1000)) -a "$1" -ge $((used - 1000 - 11))
check "rec.log: estimate $2 within 5 % of the $gone events lost" within5 "$2" "$gone"

# ---- both, and a log that was never closed, cut ---------------------------
cp hdr.log both.log && truncate -s 10000000 both.log
"$SFTRACE" report both.log >/dev/null 2>both.err
check "both.log: one line names the cut and the unreadable block" \
	grep -qE "^sftrace: warning: both.log: cut at $(mib 10000000) of $(mib $full) \(size in header\), what followed is lost; 1 block unreadable, about [0-9,]+ events" both.err

cc_xray sk "$PROGS/sigkill.c" || not_ok "build sigkill.c"
sf_record k.log ./sk self 30000 >/dev/null
"$SFTRACE" report k.log >/dev/null 2>k.err
check_eq "killed, not cut: no warning" "" "$(grep -v 'still open at the end of the log' k.err)"
python3 layout.py k.log | awk '$1 == "block" && $4 > 65536' | tail -1 >k.layout
set -- $(cat k.layout)
check "killed log: a large block to cut" test -n "$2"
kcut=$(($2 + 8192)) reach=$(($2 + $4))
cp k.log kcut.log && truncate -s $kcut kcut.log
every_command kcut.log "^sftrace: warning: kcut.log: cut at $(mib $kcut) \(its last block reaches $(mib $reach); the full size is not known\), what followed is lost$"

# ---- not closed, nothing missing: no warning ------------------------------
cc_xray forker "$PROGS/fork.c" || not_ok "build fork.c"
cc_xray execer "$PROGS/exec.c" || not_ok "build exec.c"
cc_xray prog "$PROGS/recurse.c" || not_ok "build recurse.c"
sf_record fork.log ./forker 40 >/dev/null
sf_record exec.log ./execer 3 ./prog 3 >/dev/null
nclosed=0
for f in fork.log.* exec.log; do
	"$SFTRACE" dump --no-events "$f" | grep -q '^state: *not closed (the process left by _exit or exec' &&
		nclosed=$((nclosed + 1))
	echo "$COMMANDS" | tr '|' '\n' >"$T/commands"
	while read -r c; do
		# shellcheck disable=SC2086
		"$SFTRACE" $c "$f" >/dev/null 2>"$T/cmd.err" </dev/null
		check_eq "$f (not closed), ${c%% -o*}: no warning, nothing lost" "" \
			"$(grep -v 'still open at the end of the log\|still running when the process exited\|more logs* of the same recording' "$T/cmd.err")"
	done <"$T/commands"
	"$SFTRACE" dump --no-events "$f" >"$T/dump.txt" 2>/dev/null
	check "$f: dump lists no damage" sh -c "! grep -q '^damage:\|damaged' '$T/dump.txt'"
done
check_eq "the _exit child and the exec'd image are not closed" 2 "$nclosed"
done_testing
