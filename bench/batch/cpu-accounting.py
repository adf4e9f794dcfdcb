#!/usr/bin/env python3
"""Whether one command kept every core busy: how long its threads wanted a core, and where the cores' time went.

Usage: cpu-accounting.py [--gaps] COMMAND [ARGS...]   (root, with `perf`; prints two lines; --gaps also lists every
       stretch of 0.3 ms or more in which fewer threads than cores wanted one, with the runnable threads' names)

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
LINE = re.compile(r"\s*(-?\d+)/(-?\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:(\w+):\s+(.*)")
SWITCH = re.compile(r".*prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)")
WAKE = re.compile(r".*pid=(\d+) prio")


def record(command: list[str]) -> tuple[int, float, float, str]:
    """Runs the command under perf; returns its pid, start and end (monotonic seconds) and perf's script output."""
    with tempfile.TemporaryDirectory() as work:
        data = os.path.join(work, "sched.data")
        perf = subprocess.Popen(["perf", "record", "-q", "-k", "mono", "-e", "sched:sched_switch", "-e",
                                 "sched:sched_wakeup", "-e", "sched:sched_wakeup_new", "-a", "-o", data],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.3)  # perf needs a moment before it records
        start = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        status = process.wait()
        end = time.monotonic()
        time.sleep(0.05)
        perf.send_signal(signal.SIGINT)
        perf.wait()
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
    if not args:
        sys.exit(__doc__)
    pid, start, end, text = record(args)
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
        last = max(last, t)
        if name == "sched_switch":
            m = SWITCH.match(rest)
            if not m:
                continue
            prev, state, nxt = int(m[1]), m[2], int(m[4])
            names[nxt] = m[3]
            if prev in ours and not state.startswith("R"):
                runnable.discard(prev)
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


if __name__ == "__main__":
    main()
