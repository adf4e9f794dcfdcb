#!/usr/bin/env python3
"""Whether one command kept every core busy: how long its threads wanted a core, and where the cores' time went.

Usage: cpu-accounting.py [--gaps] [--collections BINARY] COMMAND [ARGS...]   (root, with `perf`; prints two lines)
       --gaps         also lists every stretch of 0.3 ms or more in which fewer threads than cores wanted one, with the
                      runnable threads' names
       --collections  also records uprobes on the garbage collector of BINARY (the threeml binary the command runs,
                      built with symbols: dotnet publish src/ThreeML.Cli -p:PublishProfile=Tool
                      -p:IlcInstructionSet=x86-64-v4 -p:StripSymbols=false -o DIR) and says how much of the idle middle
                      of the run fell inside collections, listing the other stretches with the state the run's threads
                      waited in (D: the disk or the file system; S: sleeping)

CPU seconds over wall seconds cannot tell a run that leaves a core idle from one whose core another process took: on
a shared machine both lower the share. This records every context switch and wake-up on every CPU (`perf record -e
sched:sched_switch -e sched:sched_wakeup -e sched:sched_wakeup_new -a -k mono`) while the command runs and prints

  demand: for how much of the run at least N of its threads were runnable (running, or ready and waiting for a core),
          N being the number of cores; split into the first and last EDGE ms (start-up before the workers exist, the
          last tasks and the exit) and the time between. This does not depend on what else runs on the machine: a
          run that wants every core all the time saturates the cores whenever it has them.
  cores:  each core's time between the command's start and its end, split into the command's threads, other tasks
          (other users; kernel threads such as the ones that write to disk) and idle.
"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

EDGE = 0.030  # seconds counted as start-up and as the end
LINE = re.compile(r"\s*(-?\d+)/(-?\d+)\s+\[(\d+)\]\s+([\d.]+):\s+(?:sched|probe_gcgaps):(\w+):\s*(.*)")
SWITCH = re.compile(r".*prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)")
WAKE = re.compile(r".*pid=(\d+) prio")


def add_collection_probes(binary: str) -> list[str]:
    """Adds uprobes at the collector's entry and return in BINARY (the symbol's address, from nm); returns the events."""
    symbols = subprocess.run(["nm", "-C", binary], capture_output=True, text=True, check=True).stdout
    address = next((line.split()[0] for line in symbols.splitlines()
                    if line.endswith(" WKS::GCHeap::GarbageCollectGeneration(unsigned int, gc_reason)")), None)
    if address is None:
        sys.exit(f"{binary} has no symbol WKS::GCHeap::GarbageCollectGeneration: build it with -p:StripSymbols=false")
    subprocess.run(["perf", "probe", "-q", "-d", "probe_gcgaps:*"], capture_output=True)
    for name, where in (("gcs", f"0x{address}"), ("gce", f"0x{address}%return")):
        subprocess.run(["perf", "probe", "-q", "-x", binary, "-a", f"probe_gcgaps:{name}={where}"], check=True)
    return ["probe_gcgaps:gcs", "probe_gcgaps:gce__return"]


def record(command: list[str], extra_events: list[str]) -> tuple[int, float, float, str]:
    """Runs the command under perf; returns its pid, start and end (monotonic seconds) and perf's script output."""
    with tempfile.TemporaryDirectory() as work:
        data = os.path.join(work, "sched.data")
        events = ["sched:sched_switch", "sched:sched_wakeup", "sched:sched_wakeup_new"] + extra_events
        perf = subprocess.Popen(["perf", "record", "-q", "-k", "mono", "-a", "-o", data] + [a for e in events for a in ("-e", e)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.3)  # perf needs a moment before it records
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        status = process.wait()
        end = time.monotonic()
        time.sleep(0.05)
        perf.send_signal(signal.SIGINT)
        perf.wait()
        if extra_events:
            subprocess.run(["perf", "probe", "-q", "-d", "probe_gcgaps:*"], capture_output=True)
        if status != 0:
            sys.exit(f"{command} exited with {status}")
        text = subprocess.run(["perf", "script", "-i", data, "-F", "pid,tid,cpu,time,event,trace"],
                              capture_output=True, text=True, check=True).stdout
    return process.pid, start, end, text


def split(a: float, b: float, span: float, into: list) -> None:
    """Adds the interval [a, b] (seconds from the start) to the first EDGE, the last EDGE and the time between."""
    cuts = [0.0, min(EDGE, span), max(span - EDGE, min(EDGE, span)), span]
    for k in range(3):
        into[k] += max(0.0, min(b, cuts[k + 1]) - max(a, cuts[k]))


def main() -> None:
    args = sys.argv[1:]
    gaps = bool(args) and args[0] == "--gaps"
    if gaps:
        args = args[1:]
    binary = args[1] if len(args) >= 2 and args[0] == "--collections" else None
    if binary is not None:
        args = args[2:]
    if not args:
        sys.exit(__doc__)
    pid, start, end, text = record(args, add_collection_probes(binary) if binary else [])
    events = []
    ours = set()
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            cur_pid, cur_tid, cpu, t, name, rest = m.groups()
            events.append((float(t), int(cpu), name, rest))
            if int(cur_pid) == pid:
                ours.add(int(cur_tid))
    events.sort(key=lambda e: e[0])
    span = end - start
    cpus = sorted({e[1] for e in events})
    n = len(cpus)

    # Demand: the number of the command's threads that are runnable, over time.
    runnable = set()
    names = {}
    last = start
    short = [0.0, 0.0, 0.0]  # time with fewer than n runnable threads, by phase
    stretches = []  # (start, end, names of the runnable threads) while fewer than n were runnable
    waits = []  # (start, end, states the waiting threads were switched out in) while fewer than n were runnable
    waited_in, collections, began = {}, [], None
    kind, since, cores = {}, {}, {"ours": 0.0, "others": 0.0, "idle": 0.0}
    for t, cpu, name, rest in events:
        a, b = max(last, start), min(t, end)
        if b > a and len(runnable) < n:
            split(a - start, b - start, span, short)
            who = ",".join(sorted(names.get(r, str(r)) for r in runnable)) or "-"
            if stretches and stretches[-1][1] == a and stretches[-1][2] == who:
                stretches[-1][1] = b
            else:
                stretches.append([a, b, who])
            states = ",".join(sorted({waited_in[x] for x in ours - runnable if x in waited_in})) or "-"
            if waits and waits[-1][1] == a:
                waits[-1][1] = b
                waits[-1][2] = states
            else:
                waits.append([a, b, states])
        last = max(last, t)
        if name == "gcs":
            began = t
        elif name == "gce__return" and began is not None:
            collections.append((began, t))
            began = None
        elif name == "sched_switch":
            m = SWITCH.match(rest)
            if not m:
                continue
            prev, state, nxt = int(m[1]), m[2], int(m[4])
            names[nxt] = m[3]
            if prev in ours and not state.startswith("R"):
                runnable.discard(prev)
                waited_in[prev] = state
            if nxt in ours:
                runnable.add(nxt)
            if cpu in kind:
                a, b = max(since[cpu], start), min(t, end)
                if b > a:
                    cores[kind[cpu]] += b - a
            kind[cpu] = "idle" if nxt == 0 else "ours" if nxt in ours else "others"
            since[cpu] = t
        else:
            m = WAKE.match(rest)
            if m and int(m[1]) in ours:
                runnable.add(int(m[1]))
    for cpu in cpus:
        if cpu in kind and since[cpu] < end:
            cores[kind[cpu]] += end - max(since[cpu], start)
    wanted = 100 * (1 - sum(short) / span)
    print(f"demand: {n} or more of its threads wanted a core {wanted:.1f}% of the {1000 * span:.0f} ms run "
          f"(fewer: first {1000 * EDGE:.0f} ms {1000 * short[0]:.1f} ms, last {1000 * EDGE:.0f} ms {1000 * short[2]:.1f} ms, "
          f"between {1000 * short[1]:.1f} ms)")
    share = {k: 100 * v / (span * n) for k, v in cores.items()}
    if gaps:
        merged = []
        for a, b, who in stretches:
            if merged and a - merged[-1][1] < float(os.environ.get("GAP_JOIN", "1e-4")):
                merged[-1][1] = b
                merged[-1][2].add(who)
            else:
                merged.append([a, b, {who}])
        for a, b, who in merged:
            if b - a >= float(os.environ.get("GAP_MIN", "3e-4")):
                print(f"  fewer at {1000 * (a - start):7.1f} ms for {1000 * (b - a):5.1f} ms; runnable: {' | '.join(sorted(who))[:150]}")
    print(f"cores:  of {n} cores, ours {share['ours']:.1f}%, others {share['others']:.1f}%, idle {share['idle']:.1f}%")
    if binary:
        def inside(a: float, b: float) -> float:
            return sum(max(0.0, min(b, y) - max(a, x)) for x, y in collections)
        middle = [(max(a, start + EDGE), min(b, end - EDGE), s) for a, b, s in waits]
        middle = [(a, b, s) for a, b, s in middle if b > a]
        print(f"collections: {len(collections)}, {1000 * sum(y - x for x, y in collections):.1f} ms in all; fewer than {n} "
              f"threads runnable between the first and last {1000 * EDGE:.0f} ms for {1000 * sum(b - a for a, b, _ in middle):.1f} ms, "
              f"{1000 * sum(inside(a, b) for a, b, _ in middle):.1f} ms of it during collections")
        for a, b, s in middle:
            if b - a >= 3e-4 and inside(a, b) < 0.5 * (b - a):
                print(f"  not a collection: at {1000 * (a - start):.1f} ms for {1000 * (b - a):.2f} ms (threads last switched out in {s})")


if __name__ == "__main__":
    main()
