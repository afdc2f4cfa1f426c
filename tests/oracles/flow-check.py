#!/usr/bin/env python3
"""Check the causes of a `sftrace convert --type calls` table against what
a program says about its own tasks (tests/progs/rayon/src/lib.rs).

    flow-check.py ROWS PROGRAM_OUTPUT [TASK SPAWNER]

ROWS: tab-separated frame_id, parent, cause, tid, name, args_regs (the
argument registers as DuckDB prints a list, "[1, 2, 3]"), one row per call,
read from the Parquet file by DuckDB. A task is a call of note_task(k,
parent, ...); the frame that ran it is that call's caller. Its spawner is
found by walking up from the task frame's caller: to a frame's cause when
it has one (the frame that made the work item it executes, or created its
thread), else to its caller, until a frame that called note_spawner(p).
TASK and SPAWNER name other functions (default note_task and
note_spawner); a name ending in '=' is the task or spawner frame itself,
with its id in its first argument.

Prints one line per task, "task K parent P crossed C" (P the spawner found,
0 for none; C the causes followed to another thread), then the lines of
PROGRAM_OUTPUT that disagree, and exits 1 when any does, or when a task that
the program says ran on another thread than its spawner was found without
crossing a thread.
"""
import sys


def regs(text):
    text = text.strip()
    if text in ("", "null", "NULL") or not text.startswith("["):
        return []
    inner = text[1:-1].strip()
    return [int(x) for x in inner.split(",")] if inner else []


def main():
    rows, prog = sys.argv[1], sys.argv[2]
    task_fn = sys.argv[3] if len(sys.argv) > 3 else "note_task"
    spawner_fn = sys.argv[4] if len(sys.argv) > 4 else "note_spawner"
    task_self = task_fn.endswith("=")
    spawner_self = spawner_fn.endswith("=")
    task_fn = task_fn.rstrip("=")
    spawner_fn = spawner_fn.rstrip("=")
    frames = {}
    for line in open(rows):
        f = line.rstrip("\n").split("\t")
        if len(f) < 6:
            continue
        fid = int(f[0])
        parent = int(f[1]) if f[1] not in ("", "null", "NULL") else 0
        cause = int(f[2]) if f[2] not in ("", "null", "NULL") else 0
        frames[fid] = (parent, cause, int(f[3]), f[4], regs(f[5]))
    spawner_of = {}  # frame id -> p
    tasks = []  # (k, parent claimed, note frame id)
    for fid, (parent, cause, tid, name, r) in frames.items():
        if name.endswith(spawner_fn) and r:
            spawner_of[fid if spawner_self else parent] = r[0]
        if name.endswith(task_fn) and len(r) >= 2:
            tasks.append((r[0], r[1], fid))
    want = {}  # k -> (parent, task thread)
    spawner_thread = {}
    for line in open(prog):
        w = line.split()
        if len(w) == 6 and w[0] == "task":
            want[int(w[1])] = (int(w[3]), w[5])
        elif len(w) == 4 and w[0] == "spawner":
            spawner_thread[int(w[1])] = w[3]
    bad = 0
    found = {}
    for k, claimed, note in sorted(tasks):
        task_frame = note if task_self else frames[note][0]
        x = task_frame
        crossed = 0
        p = 0
        seen = 0
        while x and x in frames and seen < 100000:
            seen += 1
            parent, cause, tid, name, r = frames[x]
            nxt = cause if cause else parent
            if cause and nxt in frames and frames[nxt][2] != tid:
                crossed += 1
            x = nxt
            if x in spawner_of:
                p = spawner_of[x]
                break
        print("task %d parent %d crossed %d" % (k, p, crossed))
        found[k] = (p, crossed)
    for k, (p, thread) in sorted(want.items()):
        if k not in found:
            print("missing in the trace: task %d" % k)
            bad += 1
            continue
        fp, crossed = found[k]
        if fp != p:
            print("wrong: task %d parent %d, the trace says %d" % (k, p, fp))
            bad += 1
        elif p in spawner_thread and spawner_thread[p] != thread and not crossed:
            print("wrong: task %d ran on thread %s, its spawner on %s, no cause crossed"
                  % (k, thread, spawner_thread[p]))
            bad += 1
    for k in found:
        if k not in want:
            print("not in the program's output: task %d" % k)
            bad += 1
    sys.exit(1 if bad else 0)


main()
