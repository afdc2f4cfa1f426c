#!/usr/bin/env python3
"""Write a log in the Rust sftrace's format from the events of an sftrace log.

An independent writer for the tests of tools/read/rustlog.c, from the Rust
sftrace's own layout (src/layout.rs, src/events.rs, src/lib.rs): the magic
b"sf\\0trace", one CBOR map of metadata {shlibid, pid, shlib_base,
shlib_path}, then one CBOR map per event {t, f, T, k, a, r, A} back to back,
the events of each thread in order and the threads' runs of events
interleaved (the Rust runtime writes each thread's 4 KiB buffer when full).
CBOR is encoded here by hand; function ids are found in the ELF file's
xray_instr_map, read here with struct.

Input: the text of `sftrace dump LOG` (event lines "TIME TID KIND
MODULE+OFFSET ADDRESS NAME" and memory lines "TIME TID KIND SIZE PTR
[align N] in NAME"). Each function event becomes the sled index of its
function in the object (the first sled of the kind: entry, exit, tail), as
the Rust runtime numbers them; threads are numbered 0, 1, ... in order of
their first event.

    mkrustlog.py --dump DUMP --object ELF -o OUT [--pid N] [--base N]
                 [--args] [--indefinite] [--chunk N] [--path PATH]

--args adds argument and return-value maps to some events (with a u128 as a
CBOR bignum), --indefinite writes some events as indefinite-length maps:
both are what a reader must skip or accept.
"""
import argparse
import struct
import sys


def head(major, n):
    if n < 24:
        return bytes([major << 5 | n])
    if n < 1 << 8:
        return bytes([major << 5 | 24, n])
    if n < 1 << 16:
        return bytes([major << 5 | 25]) + struct.pack(">H", n)
    if n < 1 << 32:
        return bytes([major << 5 | 26]) + struct.pack(">I", n)
    return bytes([major << 5 | 27]) + struct.pack(">Q", n)


def uint(n):
    return head(0, n)


def text(s):
    b = s.encode()
    return head(3, len(b)) + b


def byts(b):
    return head(2, len(b)) + b


def cmap(pairs, indefinite=False):
    body = b"".join(text(k) + v for k, v in pairs)
    if indefinite:
        return b"\xbf" + body + b"\xff"
    return head(5, len(pairs)) + body


def u128(n):
    if n < 1 << 64:
        return uint(n)
    return b"\xc2" + byts(n.to_bytes(16, "big").lstrip(b"\0"))  # tag 2, bignum


def read_elf(path):
    """(build id bytes, {func vaddr: {kind: first sled index}})"""
    data = open(path, "rb").read()
    if data[:4] != b"\x7fELF" or data[4] != 2:
        sys.exit("mkrustlog: %s is not a 64-bit ELF file" % path)
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    secs = []
    for i in range(shnum):
        name, typ, flags, addr, off, size = struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
        secs.append((name, typ, addr, off, size))
    stroff = secs[shstrndx][3]

    def secname(s):
        end = data.index(b"\0", stroff + s[0])
        return data[stroff + s[0]:end].decode()

    build_id = b""
    funcs = {}
    for s in secs:
        name = secname(s)
        if name == "xray_instr_map":
            _, _, addr, off, size = s
            for i in range(size // 32):
                e = off + 32 * i
                sled, func = struct.unpack_from("<qq", data, e)
                kind, _, version = struct.unpack_from("<BBB", data, e + 16)
                field = addr + 32 * i
                if version != 2:
                    continue
                fn = field + 8 + func
                funcs.setdefault(fn, {}).setdefault(kind, i)
        elif name == ".note.gnu.build-id":
            _, _, _, off, size = s
            namesz, descsz, typ = struct.unpack_from("<III", data, off)
            p = off + 12 + ((namesz + 3) & ~3)
            build_id = data[p:p + descsz]
    if not funcs:
        sys.exit("mkrustlog: %s has no xray_instr_map" % path)
    return build_id, funcs


KINDS = {"entry": 1, "exit": 2, "tail": 3, "alloc": 4, "free": 5, "realloc-new": 6,
         "realloc-old": 7}
SLED_KIND = {1: [0, 3], 2: [1, 2, 0], 3: [2, 1, 0]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True)
    ap.add_argument("--object", required=True)
    ap.add_argument("--path", help="shlib_path to write (default: --object)")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--pid", type=int, default=4242)
    ap.add_argument("--base", type=int, default=0x555555554000)
    ap.add_argument("--args", action="store_true")
    ap.add_argument("--indefinite", action="store_true")
    ap.add_argument("--chunk", type=int, default=97, help="events per run of one thread")
    a = ap.parse_args()

    build_id, funcs = read_elf(a.object)
    threads = {}  # dump tid -> (rust tid, [events])
    for line in open(a.dump):
        f = line.split()
        if len(f) < 5 or not f[0].isdigit() or not f[1].isdigit():
            continue
        kind = KINDS.get(f[2].rstrip("*"))
        if kind is None:
            continue
        t = threads.setdefault(f[1], (len(threads), []))
        ns = int(f[0])
        if kind <= 3:
            off = int(f[3].rsplit("+0x", 1)[1], 16)
            sleds = funcs.get(off)
            if sleds is None:
                sys.exit("mkrustlog: no function at 0x%x in %s" % (off, a.object))
            sled = next(sleds[k] for k in SLED_KIND[kind] + list(sleds) if k in sleds)
            t[1].append((ns, kind, sled, None))
        else:
            align = 0
            if len(f) > 6 and f[5] == "align":
                align = int(f[6])
            t[1].append((ns, kind, 0, (int(f[3]), align, int(f[4], 16))))

    out = bytearray(b"sf\0trace")
    out += cmap([("shlibid", byts(build_id)), ("pid", uint(a.pid)),
                 ("shlib_base", uint(a.base)), ("shlib_path", text(a.path or a.object))])
    n = 0
    runs = [(rt, evs) for rt, evs in threads.values()]
    pos = [0] * len(runs)
    while any(pos[i] < len(runs[i][1]) for i in range(len(runs))):
        for i, (rt, evs) in enumerate(runs):
            for ns, kind, sled, mem in evs[pos[i]:pos[i] + a.chunk]:
                pairs = [("t", uint(rt))]
                if sled:
                    pairs.append(("f", uint(sled)))
                pairs += [("T", uint(ns)), ("k", uint(kind))]
                if a.args and kind == 1 and n % 3 == 0:
                    pairs.append(("a", cmap([("rdi", uint(n)), ("xmm0", u128(n << 70 | 5))])))
                if a.args and kind == 2 and n % 5 == 0:
                    pairs.append(("r", cmap([("rax", uint(7))])))
                if mem:
                    pairs.append(("A", cmap([("s", uint(mem[0])), ("a", uint(mem[1])),
                                             ("p", uint(mem[2]))])))
                out += cmap(pairs, indefinite=a.indefinite and n % 4 == 1)
                n += 1
            pos[i] += a.chunk
    open(a.output, "wb").write(out)
    print("events %d threads %d" % (n, len(threads)))


main()
