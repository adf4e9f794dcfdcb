#!/usr/bin/env bash
# Publishes the shipped threeml (design record 0022) into artifacts/tool, where scripts/threeml picks it up: NativeAOT,
# one binary per x86-64 level (NativeAOT fixes a binary's instruction set when it compiles it). ThreeML.Cli is the
# baseline binary and the command; ThreeML.Cli.x86-64-v3 (AVX2) and ThreeML.Cli.x86-64-v4 (AVX-512) lie beside it,
# and the baseline binary replaces itself with the widest one the CPU runs. With --pack it also makes the tool
# package for linux-x64 in artifacts/nupkg.
# Usage: scripts/publish-tool.sh [--pack]     (three native compiles: several minutes on two cores)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OBJ="$ROOT/artifacts/obj/tool"
# The default native output folder is shared by the three publishes and keeps files of earlier ones (a stale
# ThreeML.Cli.dbg from a build with symbols was copied into every later publish), so it goes too.
rm -rf artifacts/tool "$OBJ" src/ThreeML.Cli/bin/Release/net10.0/linux-x64/native
# Warnings are errors here as in every build: a trim or AOT warning fails the publish. Each level compiles into its own
# native folder, so one level's object file is never taken for another's.
publish() { # LEVEL OUTPUT [extra properties...]
  local level="$1" out="$2"; shift 2
  local isa=(); [ "$level" = x86-64 ] || isa=(-p:IlcInstructionSet="$level")
  dotnet publish src/ThreeML.Cli -p:PublishProfile=Tool "${isa[@]}" -p:NativeIntermediateOutputPath="$OBJ/native-$level/" \
    -o "$out" -nologo -v:q -clp:ErrorsOnly "$@"
}
mkdir -p "$OBJ/companions"
for level in x86-64-v4 x86-64-v3; do
  publish "$level" "$OBJ/$level"
  cp "$OBJ/$level/ThreeML.Cli" "$OBJ/companions/ThreeML.Cli.$level"
done
publish x86-64 artifacts/tool -p:ThreeMLCompanionFolder="$OBJ/companions"
rm -f artifacts/tool/*.pdb artifacts/tool/*.dbg   # symbols: nothing in a native binary refers to them
ln -sf ThreeML.Cli artifacts/tool/threeml
echo "artifacts/tool/threeml: $(du -sh artifacts/tool | cut -f1) folder; try: artifacts/tool/threeml --help"

if [ "${1:-}" = "--pack" ]; then
  # A NativeAOT tool package (.NET 10 SDK): ThreeML.Cli.<version>.nupkg points dotnet tool install at
  # ThreeML.Cli.linux-x64.<version>.nupkg, which holds the three native binaries; the RID package is packed with -r.
  # Symbols and XML docs stay out of it, as out of artifacts/tool.
  pack=(src/ThreeML.Cli -c Release -o artifacts/nupkg -nologo -v:q -clp:ErrorsOnly -p:PublishAot=true -p:StripSymbols=true
        -p:ToolPackageRuntimeIdentifiers=linux-x64 -p:DebugType=none -p:PublishDocumentationFiles=false
        -p:PublishReferencesDocumentationFiles=false)
  dotnet pack "${pack[@]}"
  dotnet pack "${pack[@]}" -r linux-x64 -p:NativeIntermediateOutputPath="$OBJ/native-x86-64/" -p:ThreeMLCompanionFolder="$OBJ/companions"
  ls artifacts/nupkg
fi
