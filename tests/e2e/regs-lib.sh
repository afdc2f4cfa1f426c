# Helpers of the register tests (t104x, t201x: value records as recorded),
#
# The test programs print what a recording must hold, one line per
# register or string (tests/progs/values.c describes the form):
#   expect FUNC args|ret REG BITS HEX [addr]
#   expect FUNC str REG "TEXT" [truncated] [unreadable]
# values_got DUMP EXPECTED: the same lines, filled from what `sftrace dump`
# shows for each function's (first) call: the low BITS bits of the
# recorded register, or the recorded string with its flags; "missing"
# where the dump has nothing. Compare with the expected lines (check_cmp).
values_got() {
	awk '
	NR == FNR {
		if ($3 ~ /^(entry|exit|tail)\*?$/) { fn = $NF; kind = $3; next }
		if ($1 == "args" || $1 == "ret") {
			if (seen[fn " " $1]++) next
			for (i = 2; i <= NF; i++) {
				eq = index($i, "=")
				reg[fn " " $1 " " substr($i, 1, eq - 1)] = substr($i, eq + 1)
			}
			next
		}
		if ($1 == "str") {
			line = $0
			sub(/^ *str /, "", line)
			r = line
			sub(/ .*/, "", r)
			if (!((fn " " r) in str))
				str[fn " " r] = line
		}
		next
	}
	$1 != "expect" { next }
	$3 == "str" {
		k = $2 " " $4
		print "expect " $2 " str " ((k in str) ? str[k] : $4 " missing")
		next
	}
	{
		k = $2 " " $3 " " $4
		if (!(k in reg)) { print $1, $2, $3, $4, $5, "missing" ($7 != "" ? " " $7 : ""); next }
		v = reg[k]
		sub(/^0x/, "", v)
		while (length(v) < 16) v = "0" v
		print $1, $2, $3, $4, $5, substr(v, 17 - $5 / 4) ($7 != "" ? " " $7 : "")
	}' "$1" "$2"
}

# values_expect OUT [PATTERN]: the expect lines of a program's output
# (those matching PATTERN, an awk regex, if given).
values_expect() {
	awk -v pat="${2:-.}" '$1 == "expect" && $0 ~ pat' "$1"
}

# check_regs DESCRIPTION WANT GOT: check_cmp, and a failure when WANT is
# empty (a program that printed nothing must not pass).
check_regs() {
	if [ ! -s "$2" ]; then
		not_ok "$1"
		echo "#   nothing expected: $2 is empty"
		return
	fi
	check_cmp "$@"
}

# regs_run WHAT NAME RECORD-ARGS... -- COMMAND...: `sftrace record -o
# NAME.log RECORD-ARGS -- COMMAND`, its output in NAME.out, the dump in
# NAME.dump; checks the exit status (0), that the output is plain.out's
# but for the addresses (lines ending in " addr"), and that dump reads the
# log without a warning.
regs_run() {
	_what=$1 _name=$2
	shift 2
	"$SFTRACE" record --solib "$SOLIB" -o "$_name.log" "$@" >"$_name.out" 2>"$_name.err"
	check_eq "$_what: exit status 0" 0 "$?"
	grep -v ' addr$' plain.out >"$_name.plain"
	grep -v ' addr$' "$_name.out" >"$_name.fixed"
	check_cmp "$_what: the program's output is unchanged" "$_name.plain" "$_name.fixed"
	"$SFTRACE" dump "$_name.log" >"$_name.dump" 2>"$_name.dump.err"
	check "$_what: dump reads the log without a warning" test ! -s "$_name.dump.err"
}
