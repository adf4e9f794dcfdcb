#!/usr/bin/env bash
# Checks a published threeml against the JIT Release build on the tutorial, on every vector width this CPU offers:
# as it is (AVX-512 where present), with AVX-512 switched off (DOTNET_EnableAVX512F=0, an AVX2 machine) and with AVX2
# switched off too (DOTNET_EnableAVX2=0, an older x86-64). In each setting both programs must write byte-identical
# flux tables and results files (the FITS DATE card aside), and the shipped one must not crash.
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

status=0
for setting in "" "DOTNET_EnableAVX512F=0" "DOTNET_EnableAVX512F=0 DOTNET_EnableAVX2=0"; do
  echo "== ${setting:-native instruction set} =="
  for who in dev tool; do
    bin="$DEV"; [ "$who" = tool ] && bin="$TOOL"
    start=$(date +%s.%N)
    env $setting "$bin" tutorial flux-examples --out "$W/$who" >/dev/null
    echo "  $who: $(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f} s')" "$start" "$(date +%s.%N)")"
  done
  same "$W/dev" "$W/tool" || status=1
  rm -rf "$W/dev" "$W/tool"
done
exit $status
