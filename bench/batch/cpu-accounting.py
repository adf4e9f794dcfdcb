#!/usr/bin/env python3
"""Where the cores' time went while one command ran: its own threads, other processes, or idle.

Usage: cpu-accounting.py COMMAND [ARGS...]   (root, with `perf`; prints one line)

CPU seconds over wall seconds cannot tell a run that leaves a core idle from one whose core another process took: on
a shared machine both lower the share. This records every context switch on every CPU (`perf record -e
sched:sched_switch -a -k mono`) while the command runs, and splits each CPU's time between the command's start and its
end into the command's threads, other tasks (other users, kernel threads such as the ones that write to disk) and
idle. A run that saturates the cores leaves them idle only while it cannot use them: start-up before its threads exist,
the last tasks, and waits of its own (locks, collections, disk).
Output: "span S s; of N cores: ours P%, others Q%, idle R% (first 30 ms A, last 30 ms B, between C core-ms; idle gaps
> 1 ms: G, largest L ms at T ms)".
"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

SWITCH = re.compile(r"\s*(\d+)/(\d+)\s+\[(\d+)\]\s+([\d.]+):.*prev_pid=(\d+).*==> next_comm=(.*?) next_pid=(\d+)")


EDGE = 0.030  # the start-up and the end: before every worker has a task, and after the last has been handed out


def span_of(start: float, end: float) -> float:
    return end - start


def split_idle(a: float, b: float, span: float, phases: list) -> None:
    """Adds the idle interval [a, b] (seconds from the start) to the first EDGE, the last EDGE and the time between."""
    cuts = [0.0, min(EDGE, span), max(span - EDGE, min(EDGE, span)), span]
    for k in range(3):
        phases[k] += max(0.0, min(b, cuts[k + 1]) - max(a, cuts[k]))


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as work:
        data = os.path.join(work, "switch.data")
        perf = subprocess.Popen(["perf", "record", "-q", "-k", "mono", "-e", "sched:sched_switch", "-a", "-o", data],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.3)  # perf needs a moment before it records
        start = time.monotonic()
        command = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
        status = command.wait()
        end = time.monotonic()
        time.sleep(0.05)
        perf.send_signal(signal.SIGINT)
        perf.wait()
        if status != 0:
            sys.exit(f"{sys.argv[1:]} exited with {status}")
        text = subprocess.run(["perf", "script", "-i", data, "-F", "pid,tid,cpu,time,trace"], capture_output=True,
                              text=True, check=True).stdout
    ours = set()
    events = []
    for line in text.splitlines():
        m = SWITCH.match(line)
        if not m:
            continue
        pid, tid, cpu, t, prev, next_comm, next_tid = m.groups()
        if int(pid) == command.pid:
            ours.add(int(tid))
        events.append((int(cpu), float(t), next_comm, int(next_tid)))
    cpus = sorted({e[0] for e in events})
    kinds = {}
    since = {}
    total = {"ours": 0.0, "others": 0.0, "idle": 0.0}
    gaps = []
    phases = [0.0, 0.0, 0.0]
    for cpu, t, next_comm, next_tid in events:
        if cpu in kinds:
            a, b = max(since[cpu], start), min(t, end)
            if b > a:
                total[kinds[cpu]] += b - a
                if kinds[cpu] == "idle":
                    gaps.append((b - a, a - start))
                    split_idle(a - start, b - start, span_of(start, end), phases)
        kinds[cpu] = "idle" if next_tid == 0 else "ours" if next_tid in ours else "others"
        since[cpu] = t
    for cpu in cpus:  # each CPU's last state lasts to the end
        if cpu in kinds and since[cpu] < end:
            a = max(since[cpu], start)
            total[kinds[cpu]] += end - a
            if kinds[cpu] == "idle":
                gaps.append((end - a, a - start))
                split_idle(a - start, end - start, span_of(start, end), phases)
    span = end - start
    n = len(cpus)
    share = {k: 100 * v / (span * n) for k, v in total.items()}
    big = [g for g in gaps if g[0] > 1e-3]
    largest = max(gaps, default=(0.0, 0.0))
    print(f"span {span:.3f} s; of {n} cores: ours {share['ours']:.1f}%, others {share['others']:.1f}%, idle {share['idle']:.1f}% "
          f"(first {1000 * EDGE:.0f} ms {1000 * phases[0]:.1f}, last {1000 * EDGE:.0f} ms {1000 * phases[2]:.1f}, between {1000 * phases[1]:.1f} core-ms; "
          f"idle gaps > 1 ms: {len(big)}, largest {1000 * largest[0]:.1f} ms at {1000 * largest[1]:.0f} ms)")


if __name__ == "__main__":
    main()
