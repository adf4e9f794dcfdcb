using System.Text.Json;

namespace ThreeML.Cli.Tests.Support;

/// <summary>What one run wrote and returned.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public JsonDocument Json() => JsonDocument.Parse(Stdout);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
