#!/usr/bin/env bash
# Publishes the shipped threeml (the Tool publish profile: self-contained, trimmed ReadyToRun composite for any x86-64,
# its vector kernels compiled at run time for the CPU's widest vectors; design record 0004) into artifacts/tool,
# where scripts/threeml picks it up. With --pack it also makes the tool package for linux-x64 in artifacts/nupkg.
# Usage: scripts/publish-tool.sh [--pack]        (a few minutes on two cores: the framework is compiled with the tool)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
rm -rf artifacts/tool
# Warnings are errors here as in every build: a trim, AOT or single-file warning fails the publish.
dotnet publish src/ThreeML.Cli -p:PublishProfile=Tool -o artifacts/tool -nologo -v:q -clp:ErrorsOnly
ln -sf ThreeML.Cli artifacts/tool/threeml
echo "artifacts/tool/threeml: $(du -sh artifacts/tool | cut -f1) folder; try: artifacts/tool/threeml --help"

if [ "${1:-}" = "--pack" ]; then
  # A RID-specific tool package (.NET 10 SDK): ThreeML.Cli.linux-x64.<version>.nupkg holds the same self-contained
  # ReadyToRun tool, and ThreeML.Cli.<version>.nupkg points dotnet tool install at it.
  dotnet pack src/ThreeML.Cli -c Release -o artifacts/nupkg -nologo -v:q -clp:ErrorsOnly \
    -p:RuntimeIdentifiers=linux-x64 -p:ToolPackageRuntimeIdentifiers=linux-x64 -p:PublishTrimmed=true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true
  ls artifacts/nupkg
fi
