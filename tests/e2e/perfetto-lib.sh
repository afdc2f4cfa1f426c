# Helpers for the Perfetto / Chrome JSON tests (t30NN-*.sh), sourced after
# lib.sh. The oracles are protoc with tests/oracles/perfetto_subset.proto
# (field numbers from the published Perfetto protos) and
# tests/oracles/trace-check.mjs, which replays the importer's rules and
# prints a normal form: "process PID NAME", "thread PID TID NAME" and
# "slice PID TID DEPTH NAME LOCATION BEGIN END" lines, tab-separated.
OR="$TOP/tests/oracles"

# pf_decode TRACE TEXT: protoc's text form of a .pb or .pb.gz trace.
pf_decode() {
	case $1 in
	*.gz) gzip -dc "$1" ;;
	*) cat "$1" ;;
	esac | protoc --proto_path="$OR" --decode=perfetto.protos.Trace perfetto_subset.proto >"$2"
}

# pf_check TRACE NORM: decode and check a Perfetto trace; NORM gets the
# normal form, NORM.err the checker's complaints. Fails on any violation.
pf_check() {
	pf_decode "$1" "$2.txt" 2>"$2.err" &&
		node "$OR/trace-check.mjs" perfetto "$2.txt" >"$2" 2>>"$2.err"
	_rc=$?
	[ $_rc -eq 0 ] || sed 's/^/#   /' "$2.err" | head -20
	return $_rc
}

# cj_check JSON NORM: the same for Chrome JSON.
cj_check() {
	node "$OR/trace-check.mjs" chrome "$1" >"$2" 2>"$2.err"
	_rc=$?
	[ $_rc -eq 0 ] || sed 's/^/#   /' "$2.err" | head -20
	return $_rc
}

# norm_counts NORM: "NAME COUNT" (slices per name), sorted.
norm_counts() {
	awk -F'\t' '$1 == "slice" { n[$5]++ } END { for (k in n) print k, n[k] }' "$1" | LC_ALL=C sort
}

# norm_tid_counts NORM: "TID NAME COUNT", sorted.
norm_tid_counts() {
	awk -F'\t' '$1 == "slice" { n[$3 " " $5]++ } END { for (k in n) print k, n[k] }' "$1" |
		LC_ALL=C sort
}

# norm_locations NORM: "NAME LOCATION" pairs, sorted, unique.
norm_locations() {
	awk -F'\t' '$1 == "slice" { print $5 "\t" $6 }' "$1" | LC_ALL=C sort -u
}
