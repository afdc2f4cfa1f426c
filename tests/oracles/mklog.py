#!/usr/bin/env python3
"""Write sftrace logs from a plain-text script, straight from docs/format.md.

An independent writer for the analysis tests: the test decides every
timestamp, so it knows the exact calls, total and self times the commands
must report. Function names come from a real ELF file (its symbol table via
`nm`), which the log names as its only module; timestamps are nanoseconds
(FMT_FLAG_CLOCK_NS).

Script lines (times are ns since the program started, per thread in order):
    process PID NAME          header pid and argv[0] (default 1000, prog)
    start NS                  CLOCK_MONOTONIC of trace time 0 (default 1e9)
    killed                    the process was killed: the log was never shut down
                              (frames open at its end are truncated, not closed
                              at an exit)
    thread TID [NAME]         following events belong to this thread
    E FUNC TIME               entry
    X TIME [FUNC]             exit of the innermost frame (FUNC: explicit id)
    T TIME                    tail call out of the innermost frame
    # ...                     comment

Benchmark mode writes a large log without a script:
    mklog.py --exe PROG --bench EVENTS --threads N -o sf.log
Each thread runs main -> loop of (outer -> inner) calls, 4 events per loop,
with fixed deltas; it prints the expected per-function calls as
"calls NAME N" lines.
"""
import argparse
import struct
import subprocess
import sys

PAGE = 4096
BLOCK_MAGIC = 0x4B424653
FLAG_CLOCK_NS = 0x1
FLAG_CLOSED = 0x2


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


class Encoder:
    """One EVENTS block's decoder registers, mirrored."""

    def __init__(self, base):
        self.base = base
        self.last = 0
        self.buf = bytearray()

    def event(self, kind, t, fid=None):
        delta = t - self.base
        assert delta >= 0, "time goes backwards"
        tag = kind | ((delta & 15) << 3)
        if fid is not None:
            tag |= 0x04
        more = delta >> 4
        if more:
            tag |= 0x80
        rec = bytearray([tag])
        if more:
            rec += uleb(more)
        if fid is not None:
            rec += uleb(zigzag(fid - self.last))
            self.last = fid
        self.buf += rec
        self.base = t


def symbols(exe):
    out = subprocess.run(["nm", "--defined-only", exe], check=True, capture_output=True,
                         text=True).stdout
    syms = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tT":
            syms.setdefault(parts[2], int(parts[0], 16))
    return syms


def build_id(exe):
    out = subprocess.run(["readelf", "-n", exe], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "Build ID:" in line:
            return bytes.fromhex(line.split("Build ID:")[1].strip())
    return b""


def block_header(btype, size, used, tid, serial, seq, open_t, close_t, name):
    h = struct.pack("<IHHIIIIIIQQQQQQ16s", BLOCK_MAGIC, btype, 128, size, used, tid, serial,
                    seq, 1, open_t, open_t, close_t, close_t, 0, 0,
                    name.encode()[:15].ljust(16, b"\0"))
    return h.ljust(128, b"\0")


def meta_record(rtype, payload):
    rec = struct.pack("<HHI", rtype, 0, len(payload)) + payload
    return rec + b"\0" * ((8 - len(payload) % 8) % 8)


class Log:
    def __init__(self, exe, funcs, start=10**9, pid=1000, name="prog"):
        self.exe = exe
        self.start = start
        self.pid = pid
        self.name = name
        syms = symbols(exe)
        missing = [f for f in funcs if f not in syms]
        if missing:
            sys.exit("mklog: %s has no symbol %s" % (exe, ", ".join(missing)))
        self.funcs = list(funcs)
        self.ids = {f: i + 1 for i, f in enumerate(self.funcs)}
        self.vaddr = [syms[f] for f in self.funcs]
        self.blocks = []
        self.serial = 0
        self.end = start

    def meta(self):
        argv = [self.name]
        proc = struct.pack("<II", len(argv), 0) + b"".join(a.encode() + b"\0" for a in argv)
        proc += self.exe.encode() + b"\0"
        bid = build_id(self.exe)
        mod = struct.pack("<IIIIIIQQ", 0, 1, len(self.funcs), 2 * len(self.funcs),
                          len(self.funcs), len(bid), 0, self.start)
        mod += bid + b"\0" * ((8 - len(bid) % 8) % 8)
        mod += b"".join(struct.pack("<Q", v) for v in self.vaddr)
        mod += self.exe.encode() + b"\0"
        payload = meta_record(1, proc) + meta_record(2, mod)
        size = (128 + len(payload) + 8 + PAGE - 1) // PAGE * PAGE
        hdr = block_header(1, size, len(payload), 0, 0, 0, self.start, self.start, "")
        return (hdr + payload).ljust(size, b"\0")

    def add_block(self, tid, serial, seq, open_t, close_t, payload, name):
        size = (128 + len(payload) + 1 + PAGE - 1) // PAGE * PAGE
        hdr = block_header(2, size, len(payload), tid, serial, seq, open_t, close_t, name)
        self.blocks.append((hdr + bytes(payload)).ljust(size, b"\0"))
        self.end = max(self.end, close_t)

    def write(self, path):
        # A killed process never shut its log down: no FLAG_CLOSED, no
        # end_offset, no last sync point.
        closed = not getattr(self, "killed", False)
        hdr = struct.pack("<8sIIIIIIQQQQQQQQQQ", b"SFTRACE\0", 1, PAGE, self.pid, 1,
                          FLAG_CLOCK_NS | (FLAG_CLOSED if closed else 0), 0,
                          1700000000 * 10**9, self.start, self.start, 0, 42, 0, 0, 0,
                          self.end if closed else 0, self.end if closed else 0)
        body = self.meta() + b"".join(self.blocks)
        with open(path, "wb") as f:
            f.write(hdr.ljust(PAGE, b"\0"))
            f.write(body)
        # end_offset: bytes in use
        with open(path, "r+b") as f:
            f.seek(72)
            f.write(struct.pack("<Q", PAGE + len(body) if closed else 0))


def from_script(args):
    lines = [l.split("#")[0].split() for l in open(args.script)]
    lines = [l for l in lines if l]
    funcs = []
    for l in lines:
        if l[0] == "E" and l[1] not in funcs:
            funcs.append(l[1])
        if l[0] == "X" and len(l) > 2 and l[2] not in funcs:
            funcs.append(l[2])
    start, pid, name = 10**9, 1000, "prog"
    for l in lines:
        if l[0] == "start":
            start = int(l[1])
        elif l[0] == "process":
            pid, name = int(l[1]), l[2]
    log = Log(args.exe, funcs, start, pid, name)
    log.killed = any(l[0] == "killed" for l in lines)
    threads = []
    cur = None
    for l in lines:
        if l[0] == "thread":
            cur = [int(l[1]), l[2] if len(l) > 2 else "t%s" % l[1], []]
            threads.append(cur)
        elif l[0] in ("E", "X", "T"):
            cur[2].append(l)
    for serial, (tid, tname, evs) in enumerate(threads, 1):
        first = start + int(evs[0][2] if evs[0][0] == "E" else evs[0][1])
        enc = Encoder(first)
        for l in evs:
            if l[0] == "E":
                enc.event(1, start + int(l[2]), log.ids[l[1]])
            elif l[0] == "X":
                enc.event(2, start + int(l[1]), log.ids[l[2]] if len(l) > 2 else None)
            else:
                enc.event(3, start + int(l[1]))
        log.add_block(tid, serial, 0, first, enc.base, enc.buf, tname)
    log.write(args.output)


def bench(args):
    funcs = ["main", "outer", "inner"]
    log = Log(args.exe, funcs)
    per_thread = args.bench // args.threads
    loops = max(1, (per_thread - 2) // 4)
    block_payload = 256 * 1024 - 128 - 64
    for serial in range(1, args.threads + 1):
        tid = 2000 + serial
        t = log.start + 100
        enc = Encoder(t)
        enc.event(1, t, 1)
        seq = 0
        open_t = t
        # One loop: E outer +5, E inner +3, X +20, X +2 (implicit exit ids).
        unit = None
        done = 0
        while done < loops:
            if len(enc.buf) + 64 > block_payload:
                log.add_block(tid, serial, seq, open_t, enc.base, enc.buf, "bench")
                seq += 1
                open_t = enc.base
                enc = Encoder(open_t)
            if unit is None or enc.last != 3:
                t0 = enc.base
                enc.event(1, t0 + 5, 2)
                enc.event(1, t0 + 8, 3)
                enc.event(2, t0 + 28)
                enc.event(2, t0 + 30)
                done += 1
                if enc.last == 3 and unit is None:
                    e2 = Encoder(0)
                    e2.last = 3
                    e2.event(1, 5, 2)
                    e2.event(1, 8, 3)
                    e2.event(2, 28)
                    e2.event(2, 30)
                    unit = bytes(e2.buf)
                continue
            # Whole units at once while they fit in the block.
            room = (block_payload - 64 - len(enc.buf)) // len(unit)
            n = min(room, loops - done)
            if n <= 0:
                enc.buf += b""
                log.add_block(tid, serial, seq, open_t, enc.base, enc.buf, "bench")
                seq += 1
                open_t = enc.base
                enc = Encoder(open_t)
                continue
            enc.buf += unit * n
            enc.base += 30 * n
            done += n
        enc.event(2, enc.base + 7)
        log.add_block(tid, serial, seq, open_t, enc.base, enc.buf, "bench")
    log.write(args.output)
    total = args.threads * (2 + 4 * loops)
    print("events %d" % total)
    print("calls main %d" % args.threads)
    print("calls outer %d" % (args.threads * loops))
    print("calls inner %d" % (args.threads * loops))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exe", required=True, help="ELF file whose symbols name the functions")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--bench", type=int, help="write a benchmark log of about N events")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("script", nargs="?")
    args = ap.parse_args()
    if args.bench:
        bench(args)
    else:
        if not args.script:
            ap.error("a script is needed without --bench")
        from_script(args)


if __name__ == "__main__":
    main()
