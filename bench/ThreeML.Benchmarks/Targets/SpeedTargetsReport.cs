using System.Diagnostics;
using System.Globalization;
using ThreeML.Analysis;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Importance;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Benchmarks.Analysis;
using ThreeML.Plotting;
using ThreeML.Results;

namespace ThreeML.Benchmarks.Targets;

/// <summary>Issue 19's table: every row measured here, beside 3ML's figure (3ML + UltraNest on the same kind of
/// machine, as the issue gives them) and the goal.</summary>
/// <remarks>Rows that time the command run it as a separate process: the shipped tool when
/// <c>scripts/publish-tool.sh</c> has made <c>artifacts/tool/threeml</c>, else the Release build (the note says which).
/// <c>--smoke</c> measures every row once with small counts, to keep the report working in CI (well under a minute
/// on two cores); its figures are not the ones to quote.</remarks>
internal static class SpeedTargetsReport
{
    /// <param name="output">Receives the table.</param>
    /// <param name="smoke">One repetition with small counts.</param>
    /// <param name="tool">The threeml binary to time, or null for the default.</param>
    /// <param name="only">"tutorial" (the tool's tutorial rows) or "plot" (nested sampling and the νFν plot), or null for every row.</param>
    public static int Run(TextWriter output, bool smoke, string? tool, string? only = null)
    {
        var root = RepositoryRoot();
        tool ??= DefaultTool(root);
        var runs = smoke ? 1 : 3;
        var scratch = Directory.CreateTempSubdirectory("threeml-targets-");
        try
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Issue 19 targets{(smoke ? " (smoke run: one repetition, small counts; not figures to quote)" : "")}: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture}, AVX-512 {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}"));
            output.WriteLine($"tool: {tool}; load average at the start: {LoadAverage()}");
            output.WriteLine(TargetRow.Header);
            var rows = only switch
            {
                "tutorial" => ToolRows(root, tool, scratch.FullName, runs).Take(2),
                "plot" => LibraryRows(smoke, plotOnly: true),
                _ => ToolRows(root, tool, scratch.FullName, runs).Concat(LibraryRows(smoke, plotOnly: false)),
            };
            foreach (var row in rows)
            {
                output.WriteLine(row);
            }

            output.WriteLine($"load average at the end: {LoadAverage()}");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        return 0;
    }

    private static IEnumerable<TargetRow> ToolRows(string root, string tool, string scratch, int runs)
    {
        var tutorialOut = Path.Combine(scratch, "tutorial");
        string[] tutorial = ["tutorial", "flux-examples", "--out", tutorialOut];
        var t = ProcessTiming.Best(runs, () => ProcessTiming.Run(tool, tutorial, scratch));
        yield return new TargetRow("whole tutorial, built threeml binary (s)", 47.7, t.Seconds, 1.0, Cpu(t, runs));
        yield return new TargetRow("whole tutorial, peak resident memory (MB)", 408, t.PeakMegabytes, 80, "VmHWM");

        // The shipped folder's baseline binary, kept from handing over to its AVX2/AVX-512 siblings: what a CPU without
        // AVX runs (design record 0022).
        if (File.Exists(Path.Combine(Path.GetDirectoryName(tool) ?? ".", "ThreeML.Cli.x86-64-v4")))
        {
            var baseline = new Dictionary<string, string> { ["THREEML_INSTRUCTION_SET"] = "x86-64" };
            var b = ProcessTiming.Best(runs, () => ProcessTiming.Run(tool, tutorial, scratch, baseline));
            yield return new TargetRow("whole tutorial, baseline binary, no AVX (s)", 47.7, b.Seconds, double.NaN,
                string.Create(CultureInfo.InvariantCulture, $"THREEML_INSTRUCTION_SET=x86-64; {Cpu(b, runs)}; {b.PeakMegabytes:F0} MB"));
        }

        // The README's first command, already built: what a user pays on every re-run.
        var script = Path.Combine(root, "scripts", "threeml");
        string[] readme = [script, .. tutorial];
        ProcessTiming.Run("bash", readme, root);
        var r = ProcessTiming.Best(runs, () => ProcessTiming.Run("bash", readme, root));
        yield return new TargetRow("README main command, re-run (s)", double.NaN, r.Seconds, 4.0, "scripts/threeml tutorial flux-examples; " + Cpu(r, runs));

        var help = ProcessTiming.Best(runs, () => ProcessTiming.Run(tool, ["--help"], scratch));
        yield return new TargetRow("threeml --help (s)", 1.56, help.Seconds, 0.030, Cpu(help, runs) + "; 3ML: import threeML");
        var info = ProcessTiming.Best(runs, () => ProcessTiming.Run(tool, ["info", DemoData.ResponsePath], scratch));
        yield return new TargetRow("threeml info FILE (s)", 1.56, info.Seconds, 0.030, Cpu(info, runs) + "; the demo response");
    }

    private static string Cpu(ProcessTiming t, int runs) =>
        double.IsNaN(t.CpuSeconds)
            ? $"wall, best of {runs}; CPU not sampled (too short)"
            : string.Create(CultureInfo.InvariantCulture, $"wall, best of {runs}; {t.CpuSeconds:F2} s CPU");

    /// <summary>The 1, 5 and 15 minute load averages (from /proc/loadavg), or "unknown".</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static IEnumerable<TargetRow> LibraryRows(bool smoke, bool plotOnly)
    {
        var response = ThreeML.Ogip.OgipResponse.Read(DemoData.ResponsePath);

        // Nested sampling of the tutorial, 400 live points, frac_remain 0.5 (the JIT is paid by an earlier short run).
        var (warmModel, warmData) = TutorialFixture.Build(response);
        var warm = new BayesianAnalysis(warmModel, warmData);
        warm.SetSampler(new NestedSampler { MinNumLivePoints = 50, FracRemain = 0.5, Seed = 1 });
        warm.Sample();
        var (model, data) = TutorialFixture.Build(response);
        var ba = new BayesianAnalysis(model, data);
        ba.SetSampler(new NestedSampler { MinNumLivePoints = 400, FracRemain = 0.5, Seed = 1234 });
        var clock = Stopwatch.StartNew();
        var posterior = ba.Sample();
        var sampling = clock.Elapsed.TotalSeconds;
        var lnZ = string.Create(CultureInfo.InvariantCulture, $"ln Z error {posterior.LnZError:F2} (goal <= 0.3)");
        yield return new TargetRow("nested sampling, tutorial, 400 live (s)", 16.9, sampling, 0.25, lnZ);
        yield return new TargetRow("nested sampling, likelihood calls", 75949, posterior.LikelihoodCalls, 30000, lnZ);

        if (plotOnly)
        {
            yield return PlotTargetRow.Measure(posterior, smoke ? 1 : 20);
            yield break;
        }

        // The same problem with the importance nested sampler (3ML name "nautilus", design record 0021): the sampler that
        // meets the call goal; the tutorial itself keeps UltraNest's algorithm, as 3ML's notebook does.
        var (iModel, iData) = TutorialFixture.Build(response);
        var importance = new BayesianAnalysis(iModel, iData);
        importance.SetSampler(new ImportanceNestedSampler { Seed = 1234 });
        clock.Restart();
        var iPosterior = importance.Sample();
        var iSampling = clock.Elapsed.TotalSeconds;
        var iLnZ = string.Create(CultureInfo.InvariantCulture, $"ln Z error {iPosterior.LnZError:F2} (goal <= 0.3)");
        yield return new TargetRow("importance nested sampling (nautilus), tutorial (s)", 16.9, iSampling, 0.25, iLnZ);
        yield return new TargetRow("importance nested sampling, likelihood calls", 75949, iPosterior.LikelihoodCalls, 30000, iLnZ);

        // One joint log-likelihood, a new point each call, after enough calls for the final code.
        var (lModel, lData) = TutorialFixture.BuildReadingTwice(DemoData.ResponsePath);
        var evaluator = new LikelihoodEvaluator(lModel, lData);
        var points = TutorialFixture.ScatteredPoints();
        var calls = smoke ? 20000 : 500000;
        for (var i = 0; i < calls; i++)
        {
            evaluator.LogLikelihood(points[i & 1023]);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        for (var i = 0; i < calls; i++)
        {
            evaluator.LogLikelihood(points[i & 1023]);
        }

        var perCall = clock.Elapsed.TotalMilliseconds * 1000 / calls;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
        yield return new TargetRow("one joint log-likelihood (us)", 75, perCall, 1.0, $"{calls} calls, 3ML 70-80 us; {LikelihoodWork.Tutorial().Describe()}");
        yield return new TargetRow("one joint log-likelihood, allocated (B)", double.NaN, allocated, 0, "per call");

        yield return PlotTargetRow.Measure(posterior, smoke ? 1 : 20);
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "ThreeML.slnx")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException($"no ThreeML.slnx above {AppContext.BaseDirectory}: run the benchmarks from the repository.");
    }

    private static string DefaultTool(string root)
    {
        var published = Path.Combine(root, "artifacts", "tool", "threeml");
        return File.Exists(published) ? published : Path.Combine(root, "src", "ThreeML.Cli", "bin", "Release", "net10.0", "ThreeML.Cli");
    }
}
