#!/usr/bin/env bash
# Stops the daemons started by start-local-slurm.sh, by the PIDs it recorded (slurmd, slurmctld, then munged).
set -uo pipefail
STATE="${THREEML_SLURM_STATE:-/tmp/threeml-slurm}"
for d in slurmd slurmctld munged; do
  f="$STATE/$d.pid"
  [ -f "$f" ] || continue
  pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$f"
done
echo "stop-local-slurm: stopped" >&2
