#!/usr/bin/env bash
# Batch speed: per-task overhead (process start, reading, writing) beside the fit time, and CPU use of a 200-task local
# run of GBM fits. Usage: bench/batch/run-batch-bench.sh [TASKS=200] [SINGLE=12]  (from the repository root; needs
# ../shared/data and a Release build of src/ThreeML.Cli). Prints a table; writes nothing outside a temp folder.
set -euo pipefail
TASKS="${1:-200}"; SINGLE="${2:-12}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CLI="$ROOT/src/ThreeML.Cli/bin/Release/net10.0/ThreeML.Cli"
GBM="$ROOT/../shared/data/ogip/bn090217206"
[ -x "$CLI" ] || { echo "build first: dotnet build src/ThreeML.Cli -c Release" >&2; exit 2; }
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
  s=$(date +%s.%N); "$CLI" batch run "$W/batch.yml" --out "$W/single" --index "$i" >/dev/null; e=$(date +%s.%N)
  echo "$i $s $e"
done > "$W/single.times"
python3 - "$W" <<'PY'
import json, sys, statistics as st
w = sys.argv[1]
rows = []
for line in open(f"{w}/single.times"):
    i, s, e = line.split(); i = int(i)
    rec = json.load(open(f"{w}/single/tasks/{i:06d}/done.json"))
    rows.append((float(e) - float(s), rec["total_seconds"], rec["analysis_seconds"]))
wall = [r[0] for r in rows]; total = [r[1] for r in rows]; fit = [r[2] for r in rows]
print(f"process wall per task  median {st.median(wall):.3f} s  (min {min(wall):.3f})")
print(f"  start-up + JIT + manifest  {st.median([a - b for a, b, _ in rows]):.3f} s")
print(f"  reading data + model       {st.median([b - c for _, b, c in rows]):.3f} s   (task total minus fit; includes writing)")
print(f"  fit + flux propagation     {st.median(fit):.3f} s")
PY

echo "== $((reps * 4)) tasks locally on all cores ($(nproc) cores) =="
/usr/bin/time -f "%e %U %S" -o "$W/all.time" "$CLI" batch run "$W/batch.yml" --out "$W/all" >/dev/null
read -r wall user sys < "$W/all.time"
python3 - "$W" "$wall" "$user" "$sys" "$(nproc)" <<'PY'
import json, sys, glob
w, wall, user, sys_, n = sys.argv[1], *map(float, sys.argv[2:5]), int(sys.argv[5])
recs = [json.load(open(f)) for f in glob.glob(f"{w}/all/tasks/*/done.json")]
fit = sum(r["analysis_seconds"] for r in recs); tot = sum(r["total_seconds"] for r in recs)
print(f"{len(recs)} tasks in {wall:.1f} s wall: {len(recs)/wall:.1f} tasks/s; CPU {user+sys_:.1f} s = {100*(user+sys_)/wall:.0f}% of one core ({100*(user+sys_)/wall/n:.0f}% of {n} cores)")
print(f"per task in-process: {tot/len(recs)*1000:.0f} ms total, {fit/len(recs)*1000:.0f} ms fit; summed task time / wall = {tot/wall:.2f} (tasks running at once)")
PY
