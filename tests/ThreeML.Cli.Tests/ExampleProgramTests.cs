using System.Diagnostics;

namespace ThreeML.Cli.Tests;

public class ExampleProgramTests
{
    [Fact]
    public async Task Flux_examples_file_based_app_compiles_and_runs()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ThreeML.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var example = Path.Combine(root!.FullName, "examples", "flux_examples.cs");
        using var figures = new Support.TempFolder();
        var start = new ProcessStartInfo("dotnet", ["run", "--file", example, "--", figures.Path])
        {
            WorkingDirectory = root.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var stdoutTask = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderrTask = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var stdout = await stdoutTask;
        var stderr = await stderrTask;
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{stdout}\n{stderr}");
        Assert.Contains("src1: total = ", stdout);
        Assert.Contains("Maximum a posteriori probability (MAP) point:", stdout);
        string[] pngs = ["corner.png", "count_spectrum_s1.png", "count_spectrum_s2.png", "model_counts.png", "spectra_nufnu.png"];
        Assert.Equal(pngs, Directory.GetFiles(figures.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }
}
