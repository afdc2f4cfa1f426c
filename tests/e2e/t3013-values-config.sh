#!/bin/sh
# The Rust sftrace's TOML configuration (`filter -c`, `convert -c`):
# [object] path names the object, rlibs selects the functions an .rlib
# defines (its archive symbol index), record_args marks functions whose
# arguments and return value are recorded. Oracles: the sources (which
# functions the rlib defines), the program's output for the recorded values,
# and the line and column of each error in the file.
. "$(dirname "$0")/lib.sh"
. "$TOP/tests/e2e/perfetto-lib.sh"
. "$TOP/tests/e2e/values-lib.sh"
need_rustc
need protoc node

cat >mylib.rs <<'RS'
#[inline(never)]
pub fn lib_add(a: i32, b: i32) -> i32 { std::hint::black_box(a + b) }
#[inline(never)]
pub fn lib_name(s: &str) -> usize { std::hint::black_box(s.len()) }
RS
cat >main.rs <<'RS'
use std::hint::black_box;
#[inline(never)]
fn local(x: u32) -> u32 { black_box(x * 2) }
fn main() {
    let s = black_box("a \"b\" c");
    let n = mylib::lib_name(s);
    println!("value mylib::lib_name args s={:?}", s);
    println!("value mylib::lib_name ret {}", n);
    println!("{} {}", mylib::lib_add(black_box(2), 3), local(4));
}
RS
RUSTC_BOOTSTRAP=1 rustc -C opt-level=2 -g -Zinstrument-xray=always --crate-type=rlib \
	--crate-name mylib mylib.rs -o libmylib.rlib 2>build.err &&
	RUSTC_BOOTSTRAP=1 rustc -C opt-level=2 -g -Zinstrument-xray=always \
		--extern mylib=libmylib.rlib main.rs -o app 2>>build.err ||
	{ not_ok "build the rlib and the program"; sed 's/^/#   /' build.err | head; done_testing; exit 1; }
name_sym=$(nm app | awk '$3 ~ /5mylib8lib_name$/ { print $3 }')
check "the program has mylib::lib_name" test -n "$name_sym"

cat >sf.toml <<EOF2
# as the Rust sftrace reads it
[object]
path = "./app"
rlibs = "./*.rlib"
record_args = ["$name_sym"]
EOF2
check "filter -c" "$SFTRACE" filter -c sf.toml -o f.txt
check_eq "rlibs selects exactly the functions the rlib defines" "mylib::lib_add
mylib::lib_name" "$(awk '/^0x/ { print $3 }' f.txt | LC_ALL=C sort)"
check_eq "record_args marks lib_name for arguments and return value" "iar mylib::lib_name" \
	"$(awk '/^0x/ && $2 != "i" { print $2, $3 }' f.txt)"

"$SFTRACE" record --solib "$SOLIB" -f f.txt -o sf.log -- ./app >traced.out 2>record.err
check_eq "record exits 0" 0 "$?"
sed -n 's/^value //p' traced.out | LC_ALL=C sort >expect
check "convert -c" "$SFTRACE" convert -c sf.toml sf.log -o sf.pb
check "the trace passes the importer's rules" pf_check sf.pb sf.norm
values_of sf.norm expect >got
check_cmp "lib_name's &str argument and return value as the program printed" expect got
check_eq "main and local were not selected" "" \
	"$(awk -F'\t' '$1 == "slice" && ($5 ~ /local/ || $5 ~ /main/)' sf.norm)"

# What the reader does not know is reported, with its line.
cat >extra.toml <<'EOF2'
[object]
path = "./app"
record-args = ["x"]
[output]
dir = "."
EOF2
"$SFTRACE" filter -c extra.toml -o g.txt 2>extra.err
check_eq "unknown keys do not stop filter" 0 "$?"
check "an unknown key in [object] is reported with its line" \
	grep -q "extra.toml:3: unknown key 'record-args' in \[object\]" extra.err
check "an unknown table is reported with its line" grep -q "extra.toml:4: unknown key 'output'" extra.err

printf '[object]\npath = 7\n' >type.toml
"$SFTRACE" filter -c type.toml -o h.txt 2>type.err
check_eq "a path that is not a string fails" 1 "$?"
check "... naming the line" grep -q "type.toml:2: \[object\] path must be a string" type.err
printf '[object]\nrecord_args = "x"\n' >type2.toml
"$SFTRACE" filter -c type2.toml -o h.txt 2>type2.err
check "record_args that is not an array fails, naming the line" \
	grep -q "type2.toml:2: \[object\] record_args must be an array of strings" type2.err
printf '[object\npath = "./app"\n' >syntax.toml
"$SFTRACE" convert -c syntax.toml sf.log -o x.pb 2>syntax.err
check_eq "convert -c with a TOML syntax error fails" 1 "$?"
check "... naming line and column" grep -q "syntax.toml:1:[0-9]*: not valid TOML" syntax.err
"$SFTRACE" filter -c missing.toml -o h.txt 2>missing.err
check "a missing file is an error naming it" grep -q "cannot read 'missing.toml'" missing.err
printf '[object]\npath = "./app"\nrlibs = "./nothing-*.rlib"\n' >norlib.toml
"$SFTRACE" filter -c norlib.toml -o h.txt 2>norlib.err
check "rlibs matching no file is an error" grep -q "rlibs: no file matches './nothing-\*.rlib'" norlib.err
done_testing
