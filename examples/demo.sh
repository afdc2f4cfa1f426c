#!/bin/sh
# `make demo`: build the bundled example with XRay sleds, record it with
# sftrace, convert the log to a Perfetto trace and a Parquet table, and
# print the report. Usage: examples/demo.sh [BUILD_DIR [OUT_DIR]]
# (default build and BUILD_DIR/demo). It records with the runtime of
# BUILD_DIR, not a libsftrace.so installed earlier, so that the demo shows
# what was just built.
set -eu
B=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$B/demo}
mkdir -p "$out"

echo "== building examples/minibundle.c with XRay sleds"
clang -O2 -g -fxray-instrument -fxray-instruction-threshold=1 -c \
	-o "$out/minibundle.o" "$top/examples/minibundle.c"
clang -o "$out/minibundle" "$out/minibundle.o" -lpthread

echo "== sftrace record --solib $B/libsftrace.so -o $out/sf.log -- $out/minibundle"
"$B/sftrace" record --solib "$B/libsftrace.so" -o "$out/sf.log" -- "$out/minibundle"

echo "== sftrace convert $out/sf.log -o $out/sf.pb.gz"
"$B/sftrace" convert "$out/sf.log" -o "$out/sf.pb.gz"
echo "== sftrace convert --type pola $out/sf.log -o $out/sf.pola"
"$B/sftrace" convert --type pola "$out/sf.log" -o "$out/sf.pola"
echo "== sftrace flamegraph $out/sf.log -o $out/flame.svg"
"$B/sftrace" flamegraph "$out/sf.log" -o "$out/flame.svg"

echo "== sftrace report $out/sf.log --top 10"
"$B/sftrace" report "$out/sf.log" --top 10

echo
echo "Open $out/sf.pb.gz in https://ui.perfetto.dev, $out/flame.svg in a browser,"
echo "or query $out/sf.pola and $out/sf.pola.symtab with polars."
