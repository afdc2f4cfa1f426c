# Helpers for the tests of programs linked with the sftrace-setup crate
# (t1025, t5008), sourced after lib.sh. The programs: tests/progs/
# setup-crate/ (the crate), setup-prog/, setup-addon/, setup-c.c, built by
# tests/progs/setup-build.sh.

# No SFTRACE_* variable of the caller reaches the programs: an untraced
# run must be one, and a traced one gets only what the test sets.
for _v in $(env | sed -n 's/^\(SFTRACE_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$_v"
done

# need_rust_xray: skip the whole test unless rustc accepts
# -Zinstrument-xray (with RUSTC_BOOTSTRAP=1, as the build does).
need_rust_xray() {
	printf 'fn main() {}\n' >"$T/xray-probe.rs"
	RUSTC_BOOTSTRAP=1 rustc -Zinstrument-xray=always -o "$T/xray-probe" "$T/xray-probe.rs" \
		>"$T/xray-probe.err" 2>&1 ||
		skip_all "rustc does not accept -Zinstrument-xray: $(head -n 1 "$T/xray-probe.err")"
}

# setup_build DIR WHAT...: tests/progs/setup-build.sh with this build's
# sftrace first on PATH (the crate's build script asks it for the runtime
# with `sftrace record --print-solib`) and an empty XDG_DATA_HOME (so
# that it answers with the runtime beside it, not one installed in the
# user's data directory). On failure: not ok, with cargo's last lines.
setup_build() {
	_dir=$1; shift
	mkdir -p "$T/xdg-data"
	if PATH="$B:$PATH" XDG_DATA_HOME="$T/xdg-data" "$PROGS/setup-build.sh" "$_dir" "$@"; then
		ok "cargo build --offline of $* linked with the sftrace-setup crate"
	else
		not_ok "cargo build --offline of $* linked with the sftrace-setup crate"
		sed 's/^/#   /' "$_dir/setup-build.err" | tail -n 25
		return 1
	fi
}

# check_link_search DIR: the crate's build script told cargo to link with
# the runtime in $B (what `sftrace record --print-solib` printed).
check_link_search() {
	_want="cargo::rustc-link-search=native=$B"
	_got=$(cat "$1"/target/release/build/sftrace-setup-*/output 2>/dev/null |
		grep '^cargo::rustc-link-search=' | head -n 1)
	check_eq "the crate's build script links with the runtime of sftrace record --print-solib" \
		"$_want" "$_got"
}

# check_needed DESCRIPTION FILE: FILE has DT_NEEDED libsftrace.so.
check_needed() {
	check "$1" sh -c "LC_ALL=C readelf -dW '$2' | grep -q 'NEEDED.*\\[libsftrace\\.so\\]'"
}

# check_same DESCRIPTION UNTRACED_OUT TRACED_OUT: the traced run printed
# what the untraced one did, and that holds "count" lines (two empty
# outputs of runs that both failed are not a pass).
check_same() {
	if grep -q '^count ' "$2"; then
		check_cmp "$1" "$2" "$3"
	else
		not_ok "$1"
		echo "#   the untraced run printed no counts ($2)"
	fi
}

# csv_columns CSV COLUMN...: "NAME V1 V2 ..." per function of a CSV with
# a header line and the function's name in the column "function" (sftrace
# report --csv, sftrace memory --csv), NAME reduced to the bare function
# name (the last path component of a demangled name, a " (file:line)"
# suffix dropped), values of rows with one bare name summed; sorted.
csv_columns() {
	perl -e '
		my ($file, @want) = @ARGV;
		open my $f, "<", $file or exit 1;
		sub fields {
			my $l = shift; my @f;
			while (length $l) {
				if ($l =~ s/^"((?:[^"]|"")*)"(?:,|$)//) { (my $v = $1) =~ s/""/"/g; push @f, $v }
				elsif ($l =~ s/^([^,]*)(?:,|$)//) { push @f, $1 }
				else { last }
			}
			return @f;
		}
		my $h = <$f>; $h =~ s/\r?\n$//;
		my @h = fields($h); my %col; @col{@h} = 0 .. $#h;
		defined $col{$_} or die "no column $_\n" for "function", @want;
		my %sum;
		while (my $l = <$f>) {
			$l =~ s/\r?\n$//;
			my @f = fields($l);
			my $n = $f[$col{function}];
			$n =~ s/ \([^()]*\)$//;             # "name (file:line)"
			1 while $n =~ s/<[^<>]*>//g;         # impl and generic paths
			$n =~ s/::$//; $n =~ s/^.*:://;
			my $s = $sum{$n} ||= [(0) x @want];
			$s->[$_] += $f[$col{$want[$_]}] for 0 .. $#want;
		}
		print "$_ @{$sum{$_}}\n" for sort keys %sum;' "$@"
}

# check_report_counts DESCRIPTION PROG_OUTPUT LOG...: the program's
# "count NAME N" lines equal the calls column of `sftrace report --csv`.
check_report_counts() {
	_d=$1 _out=$2; shift 2
	_base="$T/$(basename "$_out")"
	prog_counts "$_out" >"$_base.expect"
	if ! "$SFTRACE" report --csv -o "$_base.report.csv" "$@" 2>"$_base.report.err"; then
		not_ok "$_d"
		sed 's/^/#   /' "$_base.report.err" | head -n 10
		return
	fi
	csv_columns "$_base.report.csv" calls >"$_base.report"
	check_counts "$_d" "$_base.expect" "$_base.report"
}

# check_entry_counts DESCRIPTION PROG_OUTPUT LOG: the same against the
# entry events of the log (sftrace dump --raw): each call once.
check_entry_counts() {
	_base="$T/$(basename "$2")"
	prog_counts "$2" >"$_base.expect"
	trace_counts "$3" | short_names >"$_base.entries"
	check_counts "$1" "$_base.expect" "$_base.entries"
}

# mem_expect PROG_OUTPUT NAME: "self_allocs self_bytes live_bytes" from
# the program's "mem NAME ..." line.
mem_expect() {
	sed -n "s/^mem $2 //p" "$1" | perl -ne '
		my %v = /(\w+)=(\d+)/g;
		print join(" ", map { $v{$_} // "?" } qw(self_allocs self_bytes live_bytes)), "\n"'
}

# check_memory LABEL PROG_OUTPUT LOG: `sftrace memory --csv LOG`: for each
# function the program printed a "mem" line for, self_allocs, self_bytes
# and live_bytes equal the program's numbers (realloc_site_b: live_bytes
# only, as whether a realloc counts as an allocation is the command's
# definition). Skipped until the command exists.
check_memory() {
	_l=$1 _out=$2 _log=$3
	_names=$(sed -n 's/^mem \([A-Za-z0-9_]*\) .*/\1/p' "$_out")
	_base="$T/$(basename "$_out")"
	if ! "$SFTRACE" memory --csv "$_log" >"$_base.mem.csv" 2>"$_base.mem.err"; then
		not_ok "$_l: sftrace memory --csv exits 0"
		sed 's/^/#   /' "$_base.mem.err" | head -n 10
		return
	fi
	csv_columns "$_base.mem.csv" self_allocs self_bytes live_bytes >"$_base.mem" ||
		{ not_ok "$_l: sftrace memory --csv has the documented columns"; return; }
	for _fn in $_names; do
		_want=$(mem_expect "$_out" "$_fn")
		_got=$(awk -v n="$_fn" '$1 == n { print $2, $3, $4 }' "$_base.mem")
		case $_fn in
		realloc_site_b)
			check_eq "$_l: sftrace memory: $_fn's live_bytes (grown by realloc, leaked)" \
				"${_want##* }" "${_got##* }" ;;
		*)
			check_eq "$_l: sftrace memory: $_fn's self_allocs self_bytes live_bytes" \
				"$_want" "$_got" ;;
		esac
	done
}
