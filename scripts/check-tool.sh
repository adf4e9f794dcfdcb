#!/usr/bin/env bash
# Checks the published threeml (design record 0022) against the JIT Release build on the tutorial, one x86-64 level at a
# time: the command as it is (on this machine it hands over to the widest sibling the CPU runs); the x86-64-v3 binary
# beside the JIT build with AVX-512 switched off (DOTNET_EnableAVX512=0, an AVX2 machine; .NET 10 ignores the older
# DOTNET_EnableAVX512F); the baseline binary (THREEML_INSTRUCTION_SET=x86-64 keeps it from handing over) beside the JIT
# build with AVX off (an older x86-64). In each setting both programs must write byte-identical flux tables and
# results files (the FITS DATE card aside). Then, where qemu-x86_64 is installed: the baseline binary's hand-over on an
# emulated Nehalem (none) and Haswell (to v3), and `info` by the baseline binary on Nehalem (no AVX) and by the v3
# binary on Haswell (no AVX-512): no illegal instruction.
# Usage: scripts/check-tool.sh [TOOL=artifacts/tool/threeml]   (after scripts/publish-tool.sh and a Release build)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOL="$(realpath "${1:-$ROOT/artifacts/tool/threeml}")"
DEV="$ROOT/src/ThreeML.Cli/bin/Release/net10.0/ThreeML.Cli"
[ -x "$TOOL" ] || { echo "no tool at $TOOL: run scripts/publish-tool.sh first" >&2; exit 2; }
[ -x "$DEV" ] || { echo "no JIT build at $DEV: run dotnet build src/ThreeML.Cli -c Release first" >&2; exit 2; }
W="$(mktemp -d /tmp/threeml-check-tool.XXXXXX)"; trap 'rm -rf "$W"' EXIT

# Every file but the plots; the FITS header cards DATE... are blanked (they hold the time of writing).
same() {
  python3 - "$1" "$2" <<'PY'
import sys, pathlib
a, b = map(pathlib.Path, sys.argv[1:])
def load(p):
    d = p.read_bytes()
    if p.suffix == ".fits":
        d = b"".join(b" " * 80 if d[i:i + 4] == b"DATE" else d[i:i + 80] for i in range(0, len(d), 80))
    return d
names = sorted(f.name for f in a.iterdir() if f.suffix != ".png")
bad = [n for n in names if not (b / n).exists() or load(a / n) != load(b / n)]
print(f"  {len(names) - len(bad)}/{len(names)} files identical" + (f"; DIFFERENT: {' '.join(bad)}" if bad else ""))
sys.exit(1 if bad else 0)
PY
}

# Runs "ENV... PROGRAM" on the tutorial into $W/$1 and prints its CPU time and peak memory.
run() {
  local who="$1"; shift
  /usr/bin/env "$@" tutorial flux-examples --out "$W/$who" >/dev/null 2>"$W/$who.err" || { cat "$W/$who.err" >&2; return 1; }
}
cpu() { # WHO ENV... PROGRAM: the tutorial's CPU seconds and peak resident memory, from GNU time when present
  local who="$1"; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "  $who: %e s wall, %U+%S s CPU, %M KB peak" /usr/bin/env "$@" tutorial flux-examples --out "$W/$who" >/dev/null
  else
    run "$who" "$@"
  fi
}

DIR="$(dirname "$TOOL")"
status=0
check() { # TITLE JIT-SETTING TOOL-PROGRAM-WITH-ENV...
  local title="$1" setting="$2"; shift 2
  echo "== $title =="
  cpu dev $setting "$DEV" || status=1
  cpu tool "$@" || status=1
  same "$W/dev" "$W/tool" || status=1
  rm -rf "$W/dev" "$W/tool"
}
check "this CPU: the command as shipped" "" "$TOOL"
[ -x "$DIR/ThreeML.Cli.x86-64-v3" ] && check "AVX2 without AVX-512: the x86-64-v3 binary" "DOTNET_EnableAVX512=0" "$DIR/ThreeML.Cli.x86-64-v3"
check "no AVX: the baseline binary" "DOTNET_EnableAVX512=0 DOTNET_EnableAVX2=0 DOTNET_EnableAVX=0" THREEML_INSTRUCTION_SET=x86-64 "$TOOL"

if command -v qemu-x86_64 >/dev/null; then
  # qemu-user emulates CPUID, so the baseline binary's pre-start (src/ThreeML.Cli/Native/prestart.c, design record 0028)
  # sees the emulated CPU: it must stay on itself under Nehalem and hand over to the v3 sibling under Haswell (qemu's
  # -strace shows the execve; the sibling itself then runs natively, outside qemu, and proves nothing more).
  for probe in "Nehalem none" "Haswell $DIR/ThreeML.Cli.x86-64-v3"; do
    set -- $probe
    handed="$(qemu-x86_64 -cpu "$1" -strace "$TOOL" --help 2>&1 >/dev/null | { grep -ao 'execve("[^"]*"' || true; } | head -1 | sed 's/^execve("//; s/"$//')"
    if [ "${handed:-none}" = "$2" ]; then
      echo "== qemu -cpu $1: the baseline binary hands over to: $2: ok"
    else
      echo "== qemu -cpu $1: the baseline binary handed over to '${handed:-none}', expected '$2' FAILED" >&2; status=1
    fi
  done
  # Each binary on the oldest CPU it is for: `info` runs with no illegal instruction.
  rsp="$ROOT/src/ThreeML/DemoData/demo_bgo.rsp"
  for probe in "Nehalem $TOOL" "Haswell $DIR/ThreeML.Cli.x86-64-v3"; do
    set -- $probe
    [ -x "$2" ] || continue
    if qemu_out="$(qemu-x86_64 -cpu "$1" "$2" info "$rsp" 2>&1)" && grep -q "MATRIX" <<<"$qemu_out"; then
      echo "== qemu -cpu $1: $(basename "$2") info: ok"
    else
      echo "== qemu -cpu $1: $(basename "$2") info FAILED: $qemu_out" >&2; status=1
    fi
  done
fi
exit $status
