#!/usr/bin/env python3
"""Write hand-made damaged sftrace logs, straight from docs/format.md.

Each case is a small log that is wrong in one way a real log can be wrong
(cut by a SIGKILL or a full disk) or that garbage can be. The reader must
never crash, loop or blow up on them; it must say what is wrong and keep
the readable part. For each case this prints one line

    NAME STATUS EVENTS [STDERR-WORD]

STATUS is the exit status `sftrace dump` must have (0 or 1), EVENTS the
number of events `dump --summary` must count ('-' when it fails) and
STDERR-WORD a word its standard error must contain ('-' for nothing in
particular). The counts follow from how each case is built, not from
running sftrace.

    mkcases.py DIR             write DIR/NAME.log for every small case
    mkcases.py --big DIR       also the large ones (a few MB; not committed)
    mkcases.py --module PATH DIR   also "module-path": a module named PATH
                               (say a FIFO: it must not be opened)
"""
import os
import struct
import sys

PAGE = 4096
BLOCK_MAGIC = 0x4B424653
FLAG_CLOCK_NS = 0x1
FLAG_CLOSED = 0x2
META, EVENTS = 1, 2
BLOCK_CLOSED = 0x1
ENTRY, EXIT, TAIL = 1, 2, 3


def uleb(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def zigzag(d):
    return (d << 1) if d >= 0 else ((-d) << 1) - 1


def header(flags=FLAG_CLOCK_NS | FLAG_CLOSED, version=1, tsc_hz=0, start_tsc=0,
           start_mono=1_000_000_000, close_tsc=0, close_mono=0):
    h = bytearray(PAGE)
    h[0:8] = b"SFTRACE\0"
    struct.pack_into("<IIIIII", h, 8, version, PAGE, 4242, 1, flags, 0)
    struct.pack_into("<QQQQ", h, 32, 1_700_000_000_000_000_000, start_mono, start_tsc, tsc_hz)
    struct.pack_into("<QQ", h, 96, close_tsc, close_mono)
    return h


def block(typ, payload, serial=0, seq=0, tid=0, size=None, used=None, flags=BLOCK_CLOSED,
          open_tsc=1_000_000_000, name=b""):
    if size is None:
        size = (128 + len(payload) + PAGE - 1) // PAGE * PAGE
    b = bytearray(max(size, 128 + len(payload)))
    struct.pack_into("<IHHIIIIII", b, 0, BLOCK_MAGIC, typ, 128, size,
                     len(payload) if used is None else used, tid, serial, seq, flags)
    struct.pack_into("<QQ", b, 32, open_tsc, open_tsc)
    b[80:80 + len(name)] = name
    b[128:128 + len(payload)] = payload
    return bytes(b[:size]) if size >= 128 + len(payload) else bytes(b)


def record(typ, payload):
    pad = (len(payload) + 7) // 8 * 8
    return struct.pack("<HHI", typ, 0, len(payload)) + payload + bytes(pad - len(payload))


def process(argv, exe=b"/bin/prog", argc=None):
    p = struct.pack("<II", len(argv) if argc is None else argc, 0)
    for a in argv:
        p += a + b"\0"
    return record(1, p + exe + b"\0")


def module(index, id_base, nfuncs, path=b"/nonexistent/prog", nvaddr=None, build_id=b""):
    n = nfuncs if nvaddr is None else nvaddr
    p = struct.pack("<IIIIIIQQ", index, id_base, nfuncs, nfuncs, nfuncs, len(build_id), 0,
                    1_000_000_000)
    p += build_id + bytes((8 - len(build_id) % 8) % 8)
    p += b"".join(struct.pack("<Q", 0x1000 + 16 * i) for i in range(n))
    return record(2, p + path + b"\0")


class Events:
    """One EVENTS block's payload, with the decoder's registers mirrored."""

    def __init__(self, base=1_000_000_000):
        self.base = base
        self.last = 0
        self.buf = bytearray()
        self.n = 0

    def ev(self, kind, t, fid=None):
        delta = t - self.base
        assert delta >= 0
        tag = kind | ((delta & 15) << 3)
        body = b""
        if delta >> 4:
            tag |= 0x80
            body += uleb(delta >> 4)
        if fid is not None:
            tag |= 0x04
            body += uleb(zigzag(fid - self.last))
            self.last = fid
        self.buf += bytes([tag]) + body
        self.base = t
        self.n += 1
        return self

    def raw(self, b):
        self.buf += b
        return self


def calls(n, funcs=3, t0=1_000_000_000):
    """n nested-then-flat calls: f1 { f2 { f3 } } repeated; 2 events a call."""
    e = Events(t0)
    t = t0
    for i in range(n):
        f = 1 + i % funcs
        t += 10
        e.ev(ENTRY, t, f)
        t += 10
        e.ev(EXIT, t)
    return e


def log(*parts):
    return b"".join(parts)


def meta(*records, **kw):
    return block(META, b"".join(records), **kw)


def std_meta(nfuncs=3):
    return meta(process([b"prog", b"arg"]), module(0, 1, nfuncs))


def cases(big, module_path=None):
    out = []
    c = calls(100)
    good = log(header(), std_meta(), block(EVENTS, c.buf, serial=1, tid=100))
    out.append(("good", good, 0, 200, "-"))

    # --- the file and its header ---
    out.append(("header-only", header(), 0, 0, "-"))
    out.append(("header-cut", header()[:100], 1, None, "truncated"))
    out.append(("version-2", log(header(version=2), std_meta()), 1, None, "version"))
    out.append(("bad-magic", b"SFTRACX\0" + bytes(header()[8:]), 1, None, "magic"))
    h = bytearray(header())
    struct.pack_into("<I", h, 12, 123)
    out.append(("header-size", bytes(h), 1, None, "header"))

    # --- blocks ---
    # an events block whose size runs past the end of the file: what is
    # there is read (the first 40 calls fit in the bytes kept)
    c40 = calls(40)
    blk = block(EVENTS, c40.buf, serial=1, tid=100, size=1 << 20)
    out.append(("block-past-eof", log(header(), std_meta(), blk[:PAGE]), 0, 80, "-"))
    # the same cut in the middle of the records: only whole records count
    cut = 128 + len(calls(25).buf)
    out.append(("block-cut-mid-record", log(header(), std_meta(), blk[:cut + 1]), 0, 50, "-"))
    # a block header cut short: not a block
    out.append(("block-header-cut", log(header(), std_meta(), blk[:100]), 0, 0, "-"))
    # size not a multiple of the page, zero, or 4 GiB - 4 KiB: skipped page by page
    for name, size in (("block-size-odd", 5000), ("block-size-zero", 0)):
        b = bytearray(block(EVENTS, c.buf, serial=1, tid=100))
        struct.pack_into("<I", b, 8, size)
        out.append((name, log(header(), std_meta(), bytes(b)), 0, 0, "-"))
    b = bytearray(block(EVENTS, c.buf, serial=1, tid=100))
    struct.pack_into("<I", b, 8, 0xFFFFF000)
    out.append(("block-size-huge", log(header(), std_meta(), bytes(b)), 0, 200, "-"))
    # a block that was reserved but never started, between two good ones
    c2 = calls(10)
    out.append(("block-never-started", log(header(), std_meta(), bytes(PAGE * 2),
                                           block(EVENTS, c2.buf, serial=1, tid=100)), 0, 20, "-"))
    # unknown block type and a wrong block header size: skipped
    b = bytearray(block(EVENTS, c.buf, serial=1, tid=100))
    struct.pack_into("<H", b, 4, 9)
    out.append(("block-type-unknown", log(header(), std_meta(), bytes(b)), 0, 0, "-"))
    # two blocks of one thread stored in reverse order: read in seq order
    ca, cb = calls(5), calls(7, t0=2_000_000_000)
    out.append(("blocks-reversed", log(header(), std_meta(),
                                       block(EVENTS, cb.buf, serial=1, seq=1, tid=100,
                                             open_tsc=2_000_000_000),
                                       block(EVENTS, ca.buf, serial=1, seq=0, tid=100)),
                0, 24, "-"))
    # two threads with the same serial and seq (garbage): both read
    out.append(("blocks-same-seq", log(header(), std_meta(),
                                       block(EVENTS, ca.buf, serial=1, tid=100),
                                       block(EVENTS, ca.buf, serial=1, tid=100)), 0, 20, "-"))

    # --- META records ---
    out.append(("meta-nfuncs-huge", log(header(), meta(process([b"prog"]),
                                                        module(0, 1, 0xFFFFFFFF, nvaddr=3)),
                                        block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "damaged"))
    out.append(("meta-argc-huge", log(header(), meta(process([b"prog", b"x"], argc=0xFFFFFFFF),
                                                      module(0, 1, 3)),
                                      block(EVENTS, c.buf, serial=1, tid=100)), 0, 200, "-"))
    out.append(("meta-build-id-long", log(header(), meta(module(0, 1, 3, build_id=bytes(200))),
                                          block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "damaged"))
    rec = bytearray(record(1, b"abc"))
    struct.pack_into("<I", rec, 4, 0x7FFFFFFF)
    out.append(("meta-record-length", log(header(), meta(bytes(rec)),
                                          block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "damaged"))
    out.append(("meta-process-no-nul", log(header(), meta(record(1, struct.pack("<II", 2, 0) +
                                                                  b"abcdefgh")),
                                           block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "-"))
    # overlapping id ranges: the second module is left out, with a warning
    out.append(("modules-overlap", log(header(), meta(module(0, 1, 3), module(1, 2, 3, b"/b")),
                                       block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "overlaps"))
    # an id range past 2^32
    out.append(("module-id-overflow", log(header(), meta(module(0, 0xFFFFFFF0, 32)),
                                          block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "invalid"))
    # an id range far beyond what the file could describe, and id 0
    out.append(("module-id-far", log(header(), meta(module(0, 0x7FFFFFF0, 3)),
                                     block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "invalid"))
    out.append(("module-id-zero", log(header(), meta(module(0, 0, 3)),
                                      block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "invalid"))
    # an unload record of a module that does not exist
    out.append(("module-unload-unknown", log(header(), meta(module(0, 1, 3),
                                                            record(3, struct.pack("<IIQ", 7, 0, 5))),
                                             block(EVENTS, c.buf, serial=1, tid=100)),
                0, 200, "-"))
    # no META block at all: functions are unknown, events still count
    out.append(("no-meta", log(header(), block(EVENTS, c.buf, serial=1, tid=100)), 0, 200, "-"))

    # --- events ---
    e = calls(10)
    e.raw(bytes([0x04 | ENTRY]) + uleb(zigzag(0xFFFFFFFF)))  # an id the file cannot hold
    e.raw(calls(5).buf)
    out.append(("event-id-huge", log(header(), std_meta(), block(EVENTS, e.buf, serial=1,
                                                                 tid=100)), 0, 20, "-"))
    e = calls(10)
    e.raw(bytes([0x04 | ENTRY]) + bytes([0xFF] * 12))  # a ULEB128 longer than 10 bytes
    out.append(("event-uleb-long", log(header(), std_meta(), block(EVENTS, e.buf, serial=1,
                                                                   tid=100)), 0, 20, "-"))
    e = calls(10)
    e.raw(bytes([0x04, 7, 1, 1]))  # NESTED with kind 7
    out.append(("event-nested-kind", log(header(), std_meta(), block(EVENTS, e.buf, serial=1,
                                                                     tid=100)), 0, 20, "-"))
    e = calls(10)
    e.raw(bytes([0x7C]))  # special record type 31
    out.append(("event-special-unknown", log(header(), std_meta(),
                                             block(EVENTS, e.buf, serial=1, tid=100)),
                0, 20, "-"))
    # exits with no entry, and entries never left (truncated frames)
    e = Events()
    for i in range(20):
        e.ev(EXIT, 1_000_000_010 + i, 1 + i % 3)
    for i in range(20):
        e.ev(ENTRY, 1_000_000_100 + i, 1 + i % 3)
    out.append(("event-unbalanced", log(header(), std_meta(),
                                        block(EVENTS, e.buf, serial=1, tid=100)), 0, 40, "-"))
    # time going backwards and the largest time there is
    e = Events()
    e.ev(ENTRY, 1_000_000_100, 1)
    e.raw(bytes([0x10]) + uleb(5))  # SYNC back to 5
    e.base = 5
    e.ev(ENTRY, 6, 2)
    e.raw(bytes([0x10]) + uleb(2**64 - 1))
    e.base = 2**64 - 1
    e.ev(EXIT, 2**64 - 1)
    e.ev(EXIT, 2**64 - 1)
    out.append(("event-time-wild", log(header(), std_meta(),
                                       block(EVENTS, e.buf, serial=1, tid=100)), 0, 4, "-"))
    # TSC clock with a 1 Hz counter, a zero-width sync interval and huge ticks
    e = Events(1)
    e.ev(ENTRY, 2**63, 1).ev(EXIT, 2**64 - 1)
    out.append(("clock-tsc-wild", log(header(flags=FLAG_CLOSED, tsc_hz=1, start_tsc=1,
                                             start_mono=1, close_tsc=1, close_mono=2**63),
                                      std_meta(), block(EVENTS, e.buf, serial=1, tid=100,
                                                        open_tsc=1)), 0, 2, "-"))

    if module_path:
        out.append(("module-path", log(header(), meta(module(0, 1, 3, path=module_path)),
                                       block(EVENTS, calls(10).buf, serial=1, tid=100)),
                    0, 20, "regular"))

    if big:
        # deep stack then exits of functions never entered: once quadratic
        n = 400_000
        e = Events()
        t = 1_000_000_000
        for i in range(n):
            t += 1
            e.ev(ENTRY, t, 1 if i == 0 else None)
        for i in range(n):
            t += 1
            e.ev(EXIT, t, 2 + i % 2)
        out.append(("big-unmatched-exits", log(header(), std_meta(),
                                               block(EVENTS, e.buf, serial=1, tid=100)),
                    0, 2 * n, "-"))
        # many small blocks of many threads: once quadratic
        nthr = 4_000
        ce = calls(1).buf
        blocks = [block(EVENTS, ce, serial=s, tid=s) for s in range(nthr, 0, -1)]
        out.append(("big-many-threads", log(header(), std_meta(), *blocks), 0, 2 * nthr, "-"))
    return out


def main():
    args = sys.argv[1:]
    big = "--big" in args
    args = [a for a in args if a != "--big"]
    module_path = None
    if len(args) == 3 and args[0] == "--module":
        module_path = os.fsencode(args[1])
        args = args[2:]
    if len(args) != 1:
        sys.exit("usage: mkcases.py [--big] [--module PATH] DIR")
    os.makedirs(args[0], exist_ok=True)
    for name, data, status, events, word in cases(big, module_path):
        with open(os.path.join(args[0], name + ".log"), "wb") as f:
            f.write(data)
        print(name, status, "-" if events is None else events, word)


if __name__ == "__main__":
    main()
