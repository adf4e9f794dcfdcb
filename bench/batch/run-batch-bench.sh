#!/usr/bin/env bash
# Batch speed: per-task overhead (process start, reading, writing) beside the fit time, and CPU use of a 200-task local
# run of GBM fits. Usage: bench/batch/run-batch-bench.sh [TASKS=200] [SINGLE=12]  (from the repository root; needs
# ../shared/data and the shipped tool from scripts/publish-tool.sh, else a Release build of src/ThreeML.Cli; THREEML=PATH
# picks another). Prints a table; writes nothing outside a temp folder.
# CPU seconds are reported beside wall seconds because wall time on a shared machine measures the other users too;
# "runnable" adds the time our threads waited for a core (from /proc/PID/task/*/schedstat): a run that keeps both
# cores busy on an idle machine shows runnable/wall >= 2 however loaded the machine is.
set -euo pipefail
TASKS="${1:-200}"; SINGLE="${2:-12}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CLI="${THREEML:-$ROOT/artifacts/tool/threeml}"
[ -x "$CLI" ] || CLI="$ROOT/src/ThreeML.Cli/bin/Release/net10.0/ThreeML.Cli"
GBM="$ROOT/../shared/data/ogip/bn090217206"
[ -x "$CLI" ] || { echo "build first: scripts/publish-tool.sh, or dotnet build src/ThreeML.Cli -c Release" >&2; exit 2; }
echo "tool: $CLI"
# Runs a command with its output discarded and prints "wall cpu runnable" in seconds (runnable = cpu + run-queue wait,
# summed over the process's threads, sampled every 10 ms).
measure() {
  python3 - "$@" <<'PY'
import glob, subprocess, sys, time
t0 = time.time()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
last = {}
while p.poll() is None:
    for f in glob.glob(f"/proc/{p.pid}/task/*/schedstat"):
        try:
            run, wait, _ = open(f).read().split()
            last[f] = (int(run), int(wait))
        except (OSError, ValueError):
            pass
    time.sleep(0.01)
wall = time.time() - t0
if p.returncode != 0:
    sys.exit(f"{sys.argv[1:]} exited with {p.returncode}")
cpu = sum(r for r, _ in last.values()) / 1e9
print(f"{wall:.4f} {cpu:.4f} {cpu + sum(w for _, w in last.values()) / 1e9:.4f}")
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
    i, wall, cpu, _ = line.split(); i = int(i)
    rec = json.load(open(f"{w}/single/tasks/{i:06d}/done.json"))
    rows.append((float(wall), float(cpu), rec["total_seconds"], rec["analysis_seconds"]))
med = lambda k: st.median(r[k] for r in rows)
print(f"process per task  median {med(0):.3f} s wall, {med(1):.3f} s CPU  (min wall {min(r[0] for r in rows):.3f})")
print(f"  start-up + manifest        {st.median(r[0] - r[2] for r in rows):.3f} s   (process wall minus task total)")
print(f"  reading data + model       {st.median(r[2] - r[3] for r in rows):.3f} s   (task total minus fit; includes writing)")
print(f"  fit + flux propagation     {med(3):.3f} s")
PY

echo "== $((reps * 4)) tasks locally on all cores ($(nproc) cores) =="
read -r wall cpu runnable < <(measure "$CLI" batch run "$W/batch.yml" --out "$W/all")
python3 - "$W" "$wall" "$cpu" "$runnable" "$(nproc)" <<'PY'
import json, sys, glob
w, wall, cpu, runnable, n = sys.argv[1], *map(float, sys.argv[2:5]), int(sys.argv[5])
recs = [json.load(open(f)) for f in glob.glob(f"{w}/all/tasks/*/done.json")]
fit = sum(r["analysis_seconds"] for r in recs); tot = sum(r["total_seconds"] for r in recs)
print(f"{len(recs)} tasks in {wall:.2f} s wall: {len(recs)/wall:.1f} tasks/s; CPU {cpu:.2f} s = {100*cpu/wall/n:.0f}% of {n} cores")
print(f"runnable (CPU + waiting for a core) / wall = {runnable/wall:.2f}  (>= {n} keeps all {n} cores busy on an idle machine)")
print(f"CPU per task {1000*cpu/len(recs):.1f} ms (start-up included); per task in-process: {tot/len(recs)*1000:.0f} ms total, {fit/len(recs)*1000:.0f} ms fit (wall, shared machine)")
PY