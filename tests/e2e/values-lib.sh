# Helpers for the value tests (t3010-t3019, t41NN), sourced after lib.sh
# and perfetto-lib.sh. A test program prints "value FUNC args TEXT" and
# "value FUNC ret TEXT" lines (tests/progs/args-*.c); these compare them
# with what each output shows.

# values_of NORM EXPECT: trace-check's "values PID TID NAME ARGS RET" lines
# as "NAME args ARGS" / "NAME ret RET", for the functions EXPECT lists
# (NAME without its C++ parameter list).
values_of() {
	awk -F'\t' '$1 == "values" { n = $4; sub(/\(.*/, "", n)
		if ($5 != "-") print n " args " $5
		if ($6 != "-") print n " ret " $6 }' "$1" |
		awk 'NR == FNR { want[$1] = 1; next } $1 in want' "$2" - | LC_ALL=C sort -u
}

# values_everywhere LOG EXPECT WHAT: the texts of EXPECT in Perfetto,
# Chrome JSON and the calls table of LOG (names as the symbolizer gives them).
values_everywhere() {
	_log=$1; _exp=$2; _what=$3
	check "$_what: convert to Perfetto" "$SFTRACE" convert "$_log" -o "$_log.pb"
	check "$_what: the trace passes the importer's rules" pf_check "$_log.pb" "$_log.norm"
	values_of "$_log.norm" "$_exp" >"$_log.pf"
	check_cmp "$_what: Perfetto args and return as the program printed" "$_exp" "$_log.pf"
	check "$_what: convert to Chrome JSON" "$SFTRACE" convert -t chrome "$_log" -o "$_log.json"
	check "$_what: Chrome JSON parses and nests" cj_check "$_log.json" "$_log.cnorm"
	values_of "$_log.cnorm" "$_exp" >"$_log.cj"
	check_cmp "$_what: Chrome JSON args and return as the program printed" "$_exp" "$_log.cj"
	check "$_what: convert --type calls" "$SFTRACE" convert -t calls "$_log" -o "$_log.calls"
	node "$OR/duckdb-dump.mjs" sql "SELECT name, args, ret FROM read_parquet('$_log.calls') JOIN read_parquet('$_log.calls.symtab') USING (func_id) WHERE args IS NOT NULL" >"$_log.rows" 2>&1
	awk -F'\t' '{ n = $1; sub(/\(.*/, "", n); print n " args " $2; print n " ret " $3 }' "$_log.rows" |
		awk 'NR == FNR { want[$1] = 1; next } $1 in want' "$_exp" - | LC_ALL=C sort -u >"$_log.cv"
	check_cmp "$_what: DuckDB reads the calls' args and ret as the program printed" "$_exp" "$_log.cv"
}
