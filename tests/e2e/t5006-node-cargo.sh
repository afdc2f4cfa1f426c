#!/bin/sh
# README "Profiling a Node.js native addon", step 1 exactly as written: a
# cargo package (the test addon's sources, no crates) with the Cargo
# profile the README recommends, built by
#   RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zinstrument-xray=always" cargo build --release
# then loaded by node under `record -- sh -c '...'`. Checked: the cdylib
# has sleds, the calls per function equal what build.js counted in JS,
# and the symbol table's path of each addon function is the file:line of
# its definition (oracle: grep of the sources). The same with
# `debug = "line-tables-only"`, which has no declaration lines, only the
# line table: each function's path must at least name its own source file.
# A function whose first instruction is inlined code (square::<T>,
# total_area::<S>, ctor_work) is located at the call site of that inline,
# in its own file (what llvm-symbolizer shows), not in the inlined code's
# file (often the standard library's).
# Last, step 4's note: an addon rebuilt after the recording is refused,
# and a saved copy of the recorded build given with -s is used.
. "$(dirname "$0")/lib.sh"
need cargo rustc node perl c++filt oracles

ND="$PROGS/node"
OR="$TOP/tests/oracles"
export CARGO_NET_OFFLINE=true
# The build must be the README's command alone: no target directory,
# target or flags from the caller's environment.
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET CARGO_BUILD_TARGET_DIR CARGO_ENCODED_RUSTFLAGS \
	CARGO_BUILD_RUSTFLAGS

# build_addon DIR DEBUG: a cargo package in DIR with [profile.release]
# debug = DEBUG, built as the README says; the cdylib copied to
# DIR/binding.node.
build_addon() {
	mkdir -p "$1" && cp -R "$ND/rust-addon" "$1/src" || return 1
	cat >"$1/Cargo.toml" <<EOF
[package]
name = "rust_addon"
version = "0.1.0"
edition = "2021"

[lib]
crate-type = ["cdylib"]

[profile.release]
strip = false
debug = $2
EOF
	(cd "$1" && RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zinstrument-xray=always" cargo build --release) \
		>"$1/cargo.out" 2>&1 &&
		cp "$1/target/release/librust_addon.so" "$1/binding.node"
}

# Where each function is defined: "NAME FILE:LINE", from the sources.
for f in fib sum_squares square total_area walk job worker_loop run addon_init ctor_work; do
	grep -n "fn $f\\b" "$ND"/rust-addon/*.rs | awk -F: -v f="$f" '
		{ n = split($1, p, "/"); print f, p[n] ":" $2 }'
done | LC_ALL=C sort >defs
check_eq "each function of the list is defined once in the sources" 10 "$(wc -l <defs | tr -d ' ')"

# symtab_locs SYMTAB: "BARE_NAME FILE:LINE" for the addon's functions
# named in defs (generic instances and both manglings reduce to one line).
symtab_locs() {
	node "$OR/polars-dump.mjs" data "$1" | awk '
		/^# column / { c = $3; i = 0; next }
		c == "name" { n[i++] = $0 } c == "path" { p[i++] = $0 }
		END { for (k in n) print n[k] "\t" p[k] }' |
		perl -ne '
			chomp; my ($n, $p) = split /\t/; $n =~ s/^"|"$//g; $p =~ s/^"|"$//g;
			next if $n =~ /\{closure|\{shim/;
			1 while $n =~ s/::<[^<>]*>$//;      # generic arguments at the end
			$n =~ s/^<[^<>]*>:://;              # <rust_addon::shapes::Walker>::
			next unless $n =~ /^(?:rust_addon::)?(?:\w+::)*(\w+)$/;
			my $b = $1; $p =~ s{^.*/}{};
			print "$b $p\n"' |
		awk 'NR == FNR { split($0, d, " "); want[d[1]] = 1; next } ($1 in want)' defs - |
		LC_ALL=C sort -u
}

for debug in '"limited"' '"line-tables-only"'; do
	dir=$(echo "$debug" | tr -d '"')
	if ! build_addon "$dir" "$debug"; then
		not_ok "debug = $debug: cargo build --release of the addon"
		sed 's/^/#   /' "$dir/cargo.out" | tail -20
		continue
	fi
	ok "debug = $debug: RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Zinstrument-xray=always cargo build --release"
	check "debug = $debug: the cdylib has XRay sleds" \
		sh -c "LC_ALL=C readelf -SW '$dir/binding.node' | grep -q xray_instr_map"

	mkdir "$dir/out"
	ND="$ND" A="$T/$dir/binding.node" sf_record "$dir/out/sf.log" sh -c '
		node "$ND/build.js" "$A" >'"$dir"'/p1.out && node "$ND/other.js" >/dev/null &&
		node "$ND/build.js" "$A" >'"$dir"'/p2.out'
	check_eq "debug = $debug: record -- sh -c 'node build.js && node other.js && node build.js' exits 0" \
		0 "$?"
	check_eq "debug = $debug: one log per node process with the addon" 2 \
		"$(ls "$dir/out" | wc -l | tr -d ' ')"
	for p in 1 2; do
		pid=$(sed -n 's/^pid //p' "$dir/p$p.out")
		log=$(log_of_pid "$dir/out/sf.log" "$pid") || { not_ok "debug = $debug: a log for node $p"; continue; }
		trace_counts "$log" | short_names >"$dir/$p.counts"
		prog_counts "$dir/p$p.out" count >"$dir/$p.expect"
		prog_counts "$dir/p$p.out" ctor-count >>"$dir/$p.expect"
		LC_ALL=C sort -o "$dir/$p.expect" "$dir/$p.expect"
		check_counts "debug = $debug: node $p: calls per function equal build.js's counts" \
			"$dir/$p.expect" "$dir/$p.counts"
	done

	"$SFTRACE" convert --type pola "$dir/out"/sf.log* -o "$dir/sf.pola" >/dev/null 2>"$dir/convert.err"
	check_eq "debug = $debug: convert --type pola sf.log* exits 0" 0 "$?"
	symtab_locs "$dir/sf.pola.symtab" >"$dir/locs"
	if [ "$dir" = limited ]; then
		check_cmp "debug = $debug: symtab path of each addon function is its definition's file:line" \
			defs "$dir/locs"
	else
		# No declaration lines in line tables: the first statement's line
		# is the best there is; the file must still be the function's.
		sed 's/:[0-9]*$//' defs >defs.files
		sed 's/:[0-9]*$//' "$dir/locs" >"$dir/locs.files"
		check_cmp "debug = $debug: symtab path of each addon function is in its definition's file" \
			defs.files "$dir/locs.files"
	fi
done

# README step 4: the analysis needs the recorded build. Rebuilt in place
# (here: the other profile's build copied over it), the addon is refused;
# a saved copy of the recorded one, given with -s, is used instead.
# Expected: build.js's counts per demangled (v0) name, both processes.
if [ -f limited/p1.out ] && [ -f line-tables-only/binding.node ]; then
	cp limited/binding.node saved.node && cp line-tables-only/binding.node limited/binding.node
	if "$SFTRACE" report limited/out/sf.log* >/dev/null 2>rebuilt.err; then
		not_ok "report refuses an addon rebuilt since the recording"
	else
		check "report refuses an addon rebuilt since the recording" \
			grep -q "has changed since recording" rebuilt.err
	fi
	"$SFTRACE" convert --type pola -s saved.node limited/out/sf.log* -o saved.pola \
		>/dev/null 2>saved.err
	check_eq "convert -s SAVED.node (the recorded build) exits 0" 0 "$?"
	node "$OR/pola-query.mjs" counts saved.pola saved.pola.symtab >saved.counts 2>saved.qerr
	sed -n 's/^v0 //p' limited/p1.out limited/p2.out |
		awk '{ n = $NF; k = $0; sub(/ [0-9]+$/, "", k); s[k] += n }
		     END { for (k in s) print k, s[k] }' | LC_ALL=C sort >saved.expect
	check_counts "convert -s SAVED.node: calls per demangled name of both processes" \
		saved.expect saved.counts
fi
done_testing
