#!/usr/bin/env bash
# Batch speed: per-task overhead (process start, reading, writing) beside the fit time, and CPU use of a 200-task local
# run of GBM fits. Usage: bench/batch/run-batch-bench.sh [TASKS=200] [SINGLE=12] [RUNS=3] (from the repository root; needs
# ../shared/data and the shipped tool from scripts/publish-tool.sh, else a Release build of src/ThreeML.Cli; THREEML=PATH
# picks another; extra arguments for the all-task runs in BATCH_ARGS, e.g. "--threads 2"). Prints a table with the load
# average beside each run; writes nothing outside a temp folder. On a shared machine run it under taskset -c 0,1 at a
# quiet moment: the share of the cores means something only when nothing else wants them (the last section, run as
# root where perf exists, tells the cores' idle time from the time other processes took). Where no quiet moment comes,
# BENCH_FIFO=1 (root) runs the all-task runs under `chrt -f 10`: real-time scheduling, so the other users' processes
# never take a core from ours and the CPU behaves as idle for a run shorter than the kernel's real-time budget
# (0.95 s a second: keep such runs under a second); the disk stays shared.
# CPU seconds are reported beside wall seconds because wall time on a shared machine measures the other users too;
# "runnable" adds the time our threads waited for a core (from /proc/PID/task/*/schedstat): a run that keeps both
# cores busy on an idle machine shows runnable/wall >= 2 however loaded the machine is.
set -euo pipefail
TASKS="${1:-200}"; SINGLE="${2:-12}"; RUNS="${3:-3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CLI="${THREEML:-$ROOT/artifacts/tool/threeml}"
[ -x "$CLI" ] || CLI="$ROOT/src/ThreeML.Cli/bin/Release/net10.0/ThreeML.Cli"
GBM="$ROOT/../shared/data/ogip/bn090217206"
[ -x "$CLI" ] || { echo "build first: scripts/publish-tool.sh, or dotnet build src/ThreeML.Cli -c Release" >&2; exit 2; }
echo "tool: $CLI"
# Runs a command with its output discarded and prints "wall cpu runnable load" in seconds: CPU (user + system, all
# threads) from the kernel's accounting when the process ends; runnable = CPU + run-queue wait, from
# /proc/PID/task/*/schedstat sampled every 20 ms (the last 20 ms of a thread may be missed); load = 1-minute load average
# at the start. The wall time ends when a blocking wait returns, not at the next sample (a 20 ms poll added 10 ms on
# average to a 0.45 s run, 2 % of the share).
measure() {
  python3 - "$@" <<'PY'
import glob, os, subprocess, sys, threading, time
load = os.getloadavg()[0]
t0 = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
ended = {}
def reap():
    # A blocking wait, so the wall time ends when the process does and not at the next sample.
    ended["result"] = os.wait4(p.pid, 0)
    ended["t"] = time.perf_counter()
waiter = threading.Thread(target=reap)
waiter.start()
last = {}
while waiter.is_alive():
    for f in glob.glob(f"/proc/{p.pid}/task/*/schedstat"):
        try:
            run, wait, _ = open(f).read().split()
            last[f] = (int(run), int(wait))
        except (OSError, ValueError):
            pass
    waiter.join(0.02)
_, status, usage = ended["result"]
wall = ended["t"] - t0
if os.waitstatus_to_exitcode(status) != 0:
    sys.exit(f"{sys.argv[1:]} exited with {os.waitstatus_to_exitcode(status)}")
cpu = usage.ru_utime + usage.ru_stime
print(f"{wall:.4f} {cpu:.4f} {cpu + sum(w for _, w in last.values()) / 1e9:.4f} {load:.1f}")
PY
}
[ -d "$GBM" ] || { echo "no GBM data at $GBM" >&2; exit 2; }
W="$(mktemp -d /tmp/threeml-batch-bench.XXXXXX)"; trap 'rm -rf "$W"' EXIT
cat > "$W/powerlaw.yml" <<YAML
grb (point source):
  position: {ra: {value: 204.9}, dec: {value: -8.4}}
  spectrum:
    main:
      Powerlaw:
        K: {value: 0.01, min_value: 1.0e-10, max_value: 10.0}
        index: {value: -1.5, min_value: -4.0, max_value: 1.0}
        piv: {value: 100.0, free: false}
YAML
cat > "$W/cpl.yml" <<YAML
grb (point source):
  position: {ra: {value: 204.9}, dec: {value: -8.4}}
  spectrum:
    main:
      Cutoff_powerlaw:
        K: {value: 0.01, min_value: 1.0e-10, max_value: 10.0}
        index: {value: -1.0, min_value: -3.0, max_value: 1.0}
        xc: {value: 300.0, min_value: 10.0, max_value: 10000.0}
        piv: {value: 100.0, free: false}
YAML
cat > "$W/template.yml" <<YAML
# replicate {{rep}}
data:
  - name: {{det}}
    observation: $GBM/bn090217206_{{det}}_srcspectra.pha
    background: $GBM/bn090217206_{{det}}_bkgspectra.bak
    response: $GBM/bn090217206_{{det}}_weightedrsp.rsp
    selections: "8.1-900"
model:
  file: {{model}}.yml
analysis:
  type: mle
  options: {samples: 1000}
outputs:
  flux:
    - {emin: 10 keV, emax: 1 MeV, unit: erg/cm2/s}
YAML
reps=$(( (TASKS + 3) / 4 ))
[ "$SINGLE" -le $((reps * 4)) ] || { echo "SINGLE ($SINGLE) must not exceed the number of tasks ($((reps * 4)))" >&2; exit 2; }
{ echo "template: template.yml"; echo "master_seed: 1"; echo "tasks:"; echo "  product:"
  echo "    rep: [$(seq -s, 1 "$reps")]"; echo "    det: [n6, n9]"; echo "    model: [powerlaw, cpl]"; } > "$W/batch.yml"

echo "== per-task overhead: $SINGLE tasks, one process each (as Slurm array elements run) =="
for i in $(seq 0 $((SINGLE - 1))); do
  echo "$i $(measure "$CLI" batch run "$W/batch.yml" --out "$W/single" --index "$i")"
done > "$W/single.times"
python3 - "$W" <<'PY'
import json, sys, statistics as st
w = sys.argv[1]
rows = []
for line in open(f"{w}/single.times"):
    i, wall, cpu, _, _ = line.split(); i = int(i)
    rec = json.load(open(f"{w}/single/tasks/{i:06d}/done.json"))
    rows.append((float(wall), float(cpu), rec["total_seconds"], rec["analysis_seconds"]))
med = lambda k: st.median(r[k] for r in rows)
print(f"process per task  median {med(0):.3f} s wall, {med(1):.3f} s CPU  (min wall {min(r[0] for r in rows):.3f})")
print(f"  start-up + manifest        {st.median(r[0] - r[2] for r in rows):.3f} s   (process wall minus task total)")
print(f"  reading data + model       {st.median(r[2] - r[3] for r in rows):.3f} s   (task total minus fit; includes writing)")
print(f"  fit + flux propagation     {med(3):.3f} s")
PY

echo "== $((reps * 4)) tasks locally on all cores ($(nproc) cores), $RUNS runs ${BATCH_ARGS:+($BATCH_ARGS)}${BENCH_FIFO:+ (chrt -f 10)} =="
for r in $(seq 1 "$RUNS"); do
  # shellcheck disable=SC2086
  fifo=(); [ "${BENCH_FIFO:-0}" = 1 ] && fifo=(chrt -f 10)
  read -r wall cpu runnable load < <(measure "${fifo[@]}" "$CLI" batch run "$W/batch.yml" --out "$W/all$r" ${BATCH_ARGS:-})
  python3 - "$W/all$r" "$wall" "$cpu" "$runnable" "$(nproc)" "$load" <<'PY'
import json, sys, glob
d, wall, cpu, runnable, n, load = sys.argv[1], *map(float, sys.argv[2:5]), int(sys.argv[5]), sys.argv[6]
recs = [json.load(open(f)) for f in glob.glob(f"{d}/tasks/*/done.json")]
fit = sum(r["analysis_seconds"] for r in recs); tot = sum(r["total_seconds"] for r in recs)
print(f"{len(recs)} tasks in {wall:.3f} s wall ({len(recs)/wall:.0f} tasks/s), CPU {cpu:.3f} s = {cpu/wall:.2f} cores = {100*cpu/wall/n:.0f}% of {n}; "
      f"runnable/wall {runnable/wall:.2f}; CPU per task {1000*cpu/len(recs):.2f} ms (start-up included); "
      f"in-process per task {tot/len(recs)*1000:.1f} ms total, {fit/len(recs)*1000:.1f} ms fit (wall); load average {load}")
PY
done

# Where the cores' time went during a run (root and perf only): the run's own threads, other processes, idle. CPU over
# wall cannot tell a core this run left idle from one another process took; this can (bench/batch/cpu-accounting.py).
if command -v perf >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "== the same $((reps * 4)) tasks, every context switch recorded ($RUNS runs) =="
  for r in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    python3 "$ROOT/bench/batch/cpu-accounting.py" "$CLI" batch run "$W/batch.yml" --out "$W/acct$r" ${BATCH_ARGS:-}
  done
fi
