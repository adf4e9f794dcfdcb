#!/usr/bin/env python3
"""Which of a batch run's idle stretches are garbage collections.

Usage: gc-gaps.py BINARY MANIFEST OUTDIR   (root, with `perf`; BINARY is a threeml binary built with symbols:
       dotnet publish src/ThreeML.Cli -p:PublishProfile=Tool -p:IlcInstructionSet=x86-64-v4 -p:StripSymbols=false -o DIR)

Runs `BINARY batch run MANIFEST --out OUTDIR` on cores 0 and 1 while `perf` records every context switch and wake-up
(as cpu-accounting.py does) together with uprobes on the collector's entry and return
(`WKS::GCHeap::GarbageCollectGeneration`). Prints the number and total length of the collections, how long fewer than
two of the run's threads were runnable between its first and last 30 ms, how much of that fell inside collections,
and every other such stretch of 0.3 ms or more with the state in which the run's threads had last been switched out
(D: waiting on the disk or the file system; S: sleeping).
"""
import re
import signal
import subprocess
import sys
import time

EDGE = 0.030
LINE = re.compile(r"\s*(-?\d+)/(-?\d+)\s+\[(\d+)\]\s+([\d.]+):\s+(\S+):\s*(.*)")
SWITCH = re.compile(r".*prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)")
WAKE = re.compile(r".*pid=(\d+) prio")


def add_probes(binary: str) -> None:
    """Adds uprobes at the collector's entry and return (the symbol's address, from nm)."""
    symbols = subprocess.run(["nm", "-C", binary], capture_output=True, text=True, check=True).stdout
    address = next((line.split()[0] for line in symbols.splitlines()
                    if line.endswith(" WKS::GCHeap::GarbageCollectGeneration(unsigned int, gc_reason)")), None)
    if address is None:
        sys.exit(f"{binary} has no symbol WKS::GCHeap::GarbageCollectGeneration: build it with -p:StripSymbols=false")
    subprocess.run(["perf", "probe", "-q", "-d", "probe_gcgaps:*"], capture_output=True)
    for name, where in (("gcs", f"0x{address}"), ("gce", f"0x{address}%return")):
        subprocess.run(["perf", "probe", "-q", "-x", binary, "-a", f"probe_gcgaps:{name}={where}"], check=True)


def record(binary: str, manifest: str, out: str, data: str) -> tuple[float, float, str]:
    events = ["sched:sched_switch", "sched:sched_wakeup", "sched:sched_wakeup_new", "probe_gcgaps:gcs",
              "probe_gcgaps:gce__return"]
    perf = subprocess.Popen(["perf", "record", "-q", "-k", "mono", "-a", "-o", data] + [a for e in events for a in ("-e", e)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.3)  # perf needs a moment before it records
    start = time.monotonic()
    status = subprocess.run(["taskset", "-c", "0,1", binary, "batch", "run", manifest, "--out", out],
                            stdout=subprocess.DEVNULL).returncode
    end = time.monotonic()
    time.sleep(0.05)
    perf.send_signal(signal.SIGINT)
    perf.wait()
    subprocess.run(["perf", "probe", "-q", "-d", "probe_gcgaps:*"], capture_output=True)
    if status != 0:
        sys.exit(f"the batch run exited with {status}")
    text = subprocess.run(["perf", "script", "-i", data, "-F", "pid,tid,cpu,time,event,trace"],
                          capture_output=True, text=True, check=True).stdout
    return start, end, text


def overlap(a: float, b: float, spans: list) -> float:
    return sum(max(0.0, min(b, y) - max(a, x)) for x, y in spans)


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, manifest, out = sys.argv[1:]
    add_probes(binary)
    start, end, text = record(binary, manifest, out, "/tmp/gc-gaps.data")
    events = []
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            pid, tid, _, t, name, rest = m.groups()
            events.append((float(t), name, rest, int(pid), int(tid)))
    events.sort()
    process = {pid for _, name, _, pid, _ in events if name.startswith("probe_gcgaps")}
    ours = {tid for _, _, _, pid, tid in events if pid in process}
    runnable, last_state, gaps, collections = set(), {}, [], []
    last, began = start, None
    for t, name, rest, _, _ in events:
        a, b = max(last, start), min(t, end)
        if b > a and len(runnable) < 2:
            states = ",".join(sorted({last_state[x] for x in ours - runnable if x in last_state})) or "-"
            if gaps and gaps[-1][1] == a:
                gaps[-1][1] = b
            else:
                gaps.append([a, b, states])
        last = max(last, t)
        if name == "sched:sched_switch":
            m = SWITCH.match(rest)
            if m:
                prev, state, nxt = int(m[1]), m[2], int(m[4])
                if prev in ours and not state.startswith("R"):
                    runnable.discard(prev)
                    last_state[prev] = state
                if nxt in ours:
                    runnable.add(nxt)
        elif name.startswith("sched:sched_wakeup"):
            m = WAKE.match(rest)
            if m and int(m[1]) in ours:
                runnable.add(int(m[1]))
        elif name.endswith(":gcs"):
            began = t
        elif name.endswith(":gce__return") and began is not None:
            collections.append((began, t))
            began = None
    middle = [(max(a, start + EDGE), min(b, end - EDGE), s) for a, b, s in gaps]
    middle = [(a, b, s) for a, b, s in middle if b > a]
    idle = sum(b - a for a, b, _ in middle)
    during = sum(overlap(a, b, collections) for a, b, _ in middle)
    print(f"run {(end - start) * 1e3:.0f} ms; {len(collections)} collections, "
          f"{sum(b - a for a, b in collections) * 1e3:.1f} ms in all; fewer than two threads runnable between the first "
          f"and last {EDGE * 1e3:.0f} ms for {idle * 1e3:.1f} ms, {during * 1e3:.1f} ms of it during collections")
    for a, b, states in middle:
        if b - a >= 0.0003 and overlap(a, b, collections) < 0.5 * (b - a):
            print(f"  not a collection: at {(a - start) * 1e3:.1f} ms for {(b - a) * 1e3:.2f} ms (threads last switched out in {states})")


if __name__ == "__main__":
    main()
