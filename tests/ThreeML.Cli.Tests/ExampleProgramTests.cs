using System.Diagnostics;

namespace ThreeML.Cli.Tests;

/// <summary>Every example program compiles, runs and ends with valid fits (issue 13's battery item e).</summary>
public class ExampleProgramTests
{
    [Fact]
    public async Task Flux_examples_file_based_app_compiles_and_runs()
    {
        using var figures = new Support.TempFolder();
        var (exitCode, stdout, stderr) = await RunExample("flux_examples.cs", figures.Path);
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains("src1: total = ", stdout);
        Assert.Contains("Maximum a posteriori probability (MAP) point:", stdout);
        string[] pngs = ["corner.png", "count_spectrum_s1.png", "count_spectrum_s2.png", "model_counts.png", "spectra_nufnu.png"];
        Assert.Equal(pngs, Directory.GetFiles(figures.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Mle_profile_errors_fits_validly_and_verifies_every_bound()
    {
        var (exitCode, stdout, stderr) = await RunExample("mle_profile_errors.cs");
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains("Fit is valid", stdout);
        Assert.DoesNotContain("NOT valid", stdout);

        // Three confidence levels × three parameters, each side verified at its target rise (0.5, 1.353, 3.317).
        foreach (var rise in new[] { "(Δ 0.500 / 0.500)", "(Δ 1.353 / 1.353)", "(Δ 3.317 / 3.317)" })
        {
            Assert.Equal(3, stdout.Split('\n').Count(line => line.Contains(rise, StringComparison.Ordinal)));
        }
    }

    [Support.RequiresSharedDataFact]
    public async Task Gbm_joint_fit_is_valid()
    {
        var (exitCode, stdout, stderr) = await RunExample("gbm_joint_fit.cs");
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains("Fit is valid", stdout);
        Assert.DoesNotContain("NOT valid", stdout);
        Assert.Contains("90% profile errors", stdout);
    }

    [Support.RequiresSharedDataFact]
    public async Task Gbm_time_resolved_fits_every_interval_validly()
    {
        using var outputs = new Support.TempFolder();
        var (exitCode, stdout, stderr) = await RunExample("gbm_time_resolved.cs", outputs.Path);
        Assert.True(exitCode == 0, $"exit {exitCode}\n{stdout}\n{stderr}");
        string[] files = ["gbm_lightcurve.png", "gbm_parameters_vs_time.png", "gbm_time_resolved.fits"];
        Assert.Equal(files, Directory.GetFiles(outputs.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        var rows = stdout.Split('\n').SkipWhile(line => !line.StartsWith("interval (s)", StringComparison.Ordinal)).Skip(1)
            .Where(line => line.Contains("..", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.EndsWith("True", row.TrimEnd()));
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunExample(string file, params string[] arguments)
    {
        string root = Support.SharedData.RepositoryRoot ?? throw new InvalidOperationException("The repository root (the folder holding examples/) was not found above the test binaries.");
        var start = new ProcessStartInfo("dotnet", ["run", "--file", Path.Combine(root, "examples", file), "-c", "Release", "--", .. arguments])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var stdoutTask = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderrTask = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdoutTask, await stderrTask);
    }
}
