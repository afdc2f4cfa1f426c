#!/usr/bin/env bash
# Fuzz the log reader (and optionally the converters) with libFuzzer.
#
#   tests/fuzz/run.sh SECONDS [reader|convert]
#
# Builds BUILD/fuzz/fuzz-{reader,convert} (tests/fuzz/fuzz.mk; BUILD is $O,
# default build), makes a seed corpus once from real logs (programs of
# tests/progs recorded with BUILD/sftrace, synthetic logs from
# BUILD/sftrace-test-tool, the committed tests/fuzz/corpus), then runs one
# fuzzing job for SECONDS. The corpus grows in BUILD/fuzz/corpus-TARGET
# across runs; crashes land in BUILD/fuzz/artifacts and are replayed at the
# end with the sanitizer report shown. Exit status: 0 no crash, 1 crashes.
set -u
SECS=${1:?usage: tests/fuzz/run.sh SECONDS [reader|convert]}
TARGET=${2:-reader}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
O=${O:-build}
FZ="$O/fuzz"

case $TARGET in reader|convert) ;; *) echo "run.sh: unknown target '$TARGET'" >&2; exit 2 ;; esac
command -v clang >/dev/null || { echo "run.sh: clang is needed" >&2; exit 2; }
make -s -j2 all "$O/sftrace-test-tool" >/dev/null || exit 1
make -s -f tests/fuzz/fuzz.mk O="$O" >/dev/null || exit 1

# --- seeds ----------------------------------------------------------------
seeds="$FZ/seeds"
if [ ! -d "$seeds" ]; then
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/sftrace-fuzz-seeds.XXXXXX")
	mkdir -p "$seeds.new"
	xcc() { clang -O2 -g -fxray-instrument -fxray-instruction-threshold=1 "$@"; }
	rec() { # NAME CMD...: record, then compact every log of the tree
		name=$1; shift
		"$O/sftrace" record --solib "$O/libsftrace.so" -o "$tmp/$name.log" -- "$@" \
			>/dev/null 2>&1
		for l in "$tmp/$name.log"*; do
			[ -f "$l" ] || continue
			python3 tests/fuzz/compact.py --max-blocks 2 "$l" \
				"$seeds.new/$(basename "$l")" || true
		done
	}
	for p in recurse threads signal sigkill fork exit-thread abi; do
		[ -f "tests/progs/$p.c" ] || continue
		xcc -c -o "$tmp/$p.o" "tests/progs/$p.c" && \
			clang -o "$tmp/$p" "$tmp/$p.o" -lpthread -ldl -lm || continue
	done
	[ -x "$tmp/recurse" ] && rec recurse "$tmp/recurse" 3
	[ -x "$tmp/threads" ] && rec threads "$tmp/threads"
	[ -x "$tmp/signal" ] && rec signal "$tmp/signal"
	[ -x "$tmp/sigkill" ] && rec sigkill "$tmp/sigkill"
	[ -x "$tmp/fork" ] && rec fork "$tmp/fork"
	[ -x "$tmp/exit-thread" ] && rec exit-thread "$tmp/exit-thread"
	if clang++ -O2 -g -fxray-instrument -fxray-instruction-threshold=1 -c \
		-o "$tmp/exc.o" tests/progs/exceptions.cpp 2>/dev/null &&
		clang++ -o "$tmp/exc" "$tmp/exc.o"; then
		rec exceptions "$tmp/exc"
	fi
	if command -v rustc >/dev/null && RUSTC_BOOTSTRAP=1 rustc -C opt-level=2 \
		-Zinstrument-xray=always -o "$tmp/rusty" tests/progs/rusty.rs 2>/dev/null; then
		rec rusty "$tmp/rusty"
	fi
	for n in 40 300; do
		"$O/sftrace-test-tool" synth "$tmp/synth$n.log" "$n" 2 &&
			python3 tests/fuzz/compact.py "$tmp/synth$n.log" "$seeds.new/synth$n.log"
	done
	python3 tests/fuzz/mkcases.py "$seeds.new" >/dev/null
	cp tests/fuzz/corpus/* "$seeds.new/" 2>/dev/null
	# inputs are cut at 64 KiB (-max_len): keep the seeds that small too
	for s in "$seeds.new"/*; do
		[ "$(wc -c <"$s")" -le 65536 ] || { head -c 65536 "$s" >"$s.cut" && mv "$s.cut" "$s"; }
	done
	rm -rf "$tmp"
	mv "$seeds.new" "$seeds"
fi

# --- fuzz -----------------------------------------------------------------
corpus="$FZ/corpus-$TARGET"
art="$FZ/artifacts"
mkdir -p "$corpus" "$art"
echo "run.sh: fuzzing $TARGET for ${SECS}s (seeds: $(ls "$seeds" | wc -l), corpus: $(ls "$corpus" | wc -l))"
before=$(ls "$art" | wc -l)
"$FZ/fuzz-$TARGET" "$corpus" "$seeds" -max_total_time="$SECS" -max_len=65536 -timeout=10 \
	-rss_limit_mb=2048 -close_fd_mask=3 -print_final_stats=1 -artifact_prefix="$art/" \
	2>"$FZ/fuzz-$TARGET.log"
status=$?
grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss)' \
	"$FZ/fuzz-$TARGET.log"
after=$(ls "$art" | wc -l)
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
	echo "run.sh: the fuzzer stopped with status $status; new artifacts:"
	for a in $(ls -t "$art" | head -n $((after - before))); do
		echo "== $art/$a"
		"$FZ/fuzz-$TARGET" "$art/$a" 2>&1 | grep -E 'ERROR|SUMMARY|check failed|#[0-9] ' | head -20
	done
	exit 1
fi
exit 0
