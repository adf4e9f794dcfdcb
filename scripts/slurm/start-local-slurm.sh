#!/usr/bin/env bash
# Starts a single-node Slurm on localhost for the batch tests: munged, slurmctld and slurmd, without systemd or
# cgroups. Installs Debian's packages when missing (one apt-get update, noninteractive). Idempotent: a running
# cluster started by this script is left as it is. Needs root. Stop it with stop-local-slurm.sh.
# The state (PIDs, logs, spool) lives in THREEML_SLURM_STATE (default /tmp/threeml-slurm).
set -euo pipefail
STATE="${THREEML_SLURM_STATE:-/tmp/threeml-slurm}"
CONF=/etc/slurm/slurm.conf
log() { echo "start-local-slurm: $*" >&2; }

if [ "$(id -u)" != 0 ]; then log "needs root (to install packages and run slurmd)"; exit 3; fi

running() { [ -f "$STATE/$1.pid" ] && kill -0 "$(cat "$STATE/$1.pid")" 2>/dev/null; }
if running munged && running slurmctld && running slurmd && sinfo -h >/dev/null 2>&1; then
  log "already running"; exit 0
fi

missing=()
for c in slurmctld slurmd sbatch munged; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing slurmctld slurmd slurm-client munge (missing: ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  # Without systemd the packages' postinst scripts must not try to start services.
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d.threeml
  if [ ! -e /usr/sbin/policy-rc.d ]; then cp /usr/sbin/policy-rc.d.threeml /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; placed=1; fi
  apt-get update -qq || true
  apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
  if [ "${placed:-0}" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  rm -f /usr/sbin/policy-rc.d.threeml
fi

mkdir -p "$STATE"/{spool,ctld,log}
# munge: a key readable only by munge, a socket folder it owns, the daemon running as munge.
if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge /etc/munge/munge.key; chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge; chmod 0755 /run/munge
if ! running munged; then
  setsid setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged -F --force \
    >"$STATE/log/munged.log" 2>&1 </dev/null &
  echo $! > "$STATE/munged.pid"
  for _ in $(seq 50); do [ -S /run/munge/munge.socket.2 ] && break; sleep 0.1; done
fi

host="$(hostname -s)"
node="$(slurmd -C | head -1)"
cpus="$(sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' <<<"$node")"
mem="$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$node")"
# Everything slurmd -C reports except its NodeName, with ours and the loopback address.
hw="$(sed 's/^NodeName=[^ ]* //; s/ UpTime=.*//' <<<"$node")"
mkdir -p /etc/slurm
cat > "$CONF" <<CONFEOF
# Written by scripts/slurm/start-local-slurm.sh (ThreeML.NET tests): a single-node Slurm on localhost.
ClusterName=threeml
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.daemon.pid
SlurmdPidFile=$STATE/slurmd.daemon.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
MailProg=/bin/true
ReturnToService=2
SlurmdTimeout=300
MinJobAge=300
DefMemPerCPU=$(( mem / (cpus > 0 ? cpus : 1) / 2 ))
NodeName=$host NodeAddr=127.0.0.1 $hw State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONFEOF
: "${mem:?slurmd -C gave no RealMemory}"

if ! running slurmctld; then
  setsid /usr/sbin/slurmctld -D -i -f "$CONF" >"$STATE/log/slurmctld.out" 2>&1 </dev/null &
  echo $! > "$STATE/slurmctld.pid"
fi
if ! running slurmd; then
  setsid /usr/sbin/slurmd -D -f "$CONF" >"$STATE/log/slurmd.out" 2>&1 </dev/null &
  echo $! > "$STATE/slurmd.pid"
fi

for _ in $(seq 150); do
  st="$(sinfo -h -n "$host" -o %T 2>/dev/null || true)"
  case "$st" in
    idle*|mixed*|allocated*) log "ready: node $host $st ($cpus CPUs, ${mem} MB)"; exit 0 ;;
    down*|drain*) scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true ;;
  esac
  sleep 0.2
done
log "Slurm did not come up; see $STATE/log"
tail -n 20 "$STATE"/log/*.log "$STATE"/log/*.out >&2 || true
exit 1
