#!/usr/bin/env python3
"""Shrink an sftrace log into a small fuzzing seed, per docs/format.md.

A recorded log reserves large blocks (64 KiB of META, 256 KiB of events)
and uses a fraction of each. This rewrites every valid block with `size`
cut to its header plus the bytes in use (scanned up to the last non-zero
byte when `used` is 0), rounded up to 4096, and drops unused pages: the
result is still a valid log that the reader decodes to the same events.

    compact.py IN OUT [--max-blocks N]   keep at most N blocks per thread
"""
import argparse
import struct
import sys

PAGE = 4096
BLOCK_MAGIC = 0x4B424653
HDR = 128


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--max-blocks", type=int, default=0)
    a = ap.parse_args()
    d = open(a.input, "rb").read()
    if len(d) < PAGE or d[:8] != b"SFTRACE\0":
        sys.exit("compact.py: %s: not an sftrace log" % a.input)
    out = bytearray(d[:PAGE])
    per_thread = {}
    off = PAGE
    while off + HDR <= len(d):
        magic, typ, hsize, size, used = struct.unpack_from("<IHHII", d, off)
        if magic != BLOCK_MAGIC or hsize != HDR or size == 0 or size % PAGE:
            off += PAGE
            continue
        blk = bytearray(d[off:off + size])
        serial = struct.unpack_from("<I", blk, 20)[0] if typ == 2 else -1
        per_thread[serial] = per_thread.get(serial, 0) + 1
        off += size
        if a.max_blocks and typ == 2 and per_thread[serial] > a.max_blocks:
            continue
        n = used
        if not n:
            n = len(blk.rstrip(b"\0")) - HDR
            n = max(n, 0)
        new = (HDR + n + PAGE - 1) // PAGE * PAGE
        new = max(new, PAGE)
        blk = blk[:new] + bytes(max(0, new - len(blk)))
        struct.pack_into("<I", blk, 8, new)
        out += blk
    open(a.output, "wb").write(out)


if __name__ == "__main__":
    main()
