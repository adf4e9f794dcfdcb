using System.Diagnostics;
using System.Globalization;
using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Analysis;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Importance;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Benchmarks.Bayesian;

/// <summary>Issue 19 item 3: likelihood calls, wall time, time outside the likelihood and allocation per iteration of
/// the nested sampler on the tutorial, the Gaussian battery (d = 2, 5, 10, 12) and the GBM Band/CPL fits.</summary>
/// <remarks>Run with <c>dotnet run -c Release --project bench/ThreeML.Benchmarks -- nested [seeds] [name filter] [ultranest|nautilus]</c>. Each
/// problem is sampled once to warm up and then with seeds 1…N on one thread (calls and ln Z do not depend on the thread
/// count), with FracRemain 0.5 (the tutorial's setting) and 400 live points for "ultranest" (100, the default, for "nautilus"). Columns are per run: wall time, process
/// CPU time, the CPU time of as many likelihood calls replayed at the run's points ("lik"), the rest (the sampler's own
/// work), bytes allocated per iteration, ln Z ± its reported error and, where ln Z is known (−d ln 20), |pull|. CPU
/// times are given because the shared build machine's wall times vary several-fold with its load. UltraNest's figure,
/// where the issue gives one, is printed beside ours: tutorial 16.9 s and 75,949 calls (3ML + UltraNest).</remarks>
internal static class NestedSamplerReport
{
    public static int Run(TextWriter output, int seeds, string? only = null, string sampler = "ultranest")
    {
        filter = only;
        importance = sampler == "nautilus";
        output.WriteLine(importance ? "sampler: nautilus-style importance nested sampling (ImportanceNestedSampler, 100 live points)" : "sampler: ultranest-style nested sampling (NestedSampler, 400 live points)");
        output.WriteLine($"{"problem",-30} {"calls",8} {"iters",7} {"wall s",7} {"cpu s",7} {"lik s",7} {"rest s",7} {"B/iter",7} {"ln Z",16} {"pull",5}  UltraNest");
        var response = OgipResponse.Read(ThreeML.DemoData.ResponsePath);
        Report(output, "tutorial (FracRemain 0.5)", Tutorial(response), null, seeds, "16.9 s, 75,949 calls");
        if (filter is null || "tutorial".Contains(filter, StringComparison.OrdinalIgnoreCase))
        {
            GoalRow(output, response);
        }

        foreach (var d in new[] { 2, 5, 10, 12 })
        {
            Report(output, $"gaussian d={d} (FracRemain 0.5)", CorrelatedGaussian.Problem(d, 0.1, 0.5), -d * Math.Log(20), seeds, "-");
        }

        Report(output, "log-normal priors 5-D", LogNormalSpectralProblem.Problem(), null, seeds, "-");
        if (!SharedData.Exists("data/ogip/bn090217206"))
        {
            output.WriteLine("(GBM rows skipped: ../shared/data/ogip/bn090217206 not found)");
            return 0;
        }

        Report(output, "GBM n6+n9+b1 Band", Gbm(band: true), null, seeds, "-");
        Report(output, "GBM n6+n9+b1 CPL", Gbm(band: false), null, seeds, "-");
        return 0;
    }

    private static string? filter;
    private static bool importance;

    private static void Report(TextWriter output, string name, SamplingProblem problem, double? truth, int seeds, string ultranest)
    {
        if (filter is not null && !name.Contains(filter, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Sample(problem, 99);
        long calls = 0, iterations = 0, allocated = 0;
        double wall = 0, cpu = 0, likelihoodCpu = 0, lnZ = 0, error = 0, pull = 0;
        var process = Process.GetCurrentProcess();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var before = GC.GetTotalAllocatedBytes(true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var run = Sample(problem, seed);
            if (Environment.GetEnvironmentVariable("THREEML_BENCH_VERBOSE") is not null && seed == 1)
            {
                output.WriteLine(run.Diagnostics);
            }
            wall += clock.Elapsed.TotalSeconds;
            process.Refresh();
            cpu += (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            allocated += GC.GetTotalAllocatedBytes(true) - before;
            likelihoodCpu += Replay(problem, run, process);
            calls += run.LikelihoodCalls;
            iterations += run.Iterations;
            lnZ += run.LnZ!.Value;
            error += run.LnZError!.Value;
            pull += truth is { } z ? Math.Abs(run.LnZ.Value - z) / run.LnZError.Value : double.NaN;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-30} {calls / seeds,8} {iterations / seeds,7} {wall / seeds,7:F3} {cpu / seeds,7:F3} {likelihoodCpu / seeds,7:F3} {(cpu - likelihoodCpu) / seeds,7:F3} {allocated / (double)iterations,7:F0} {lnZ / seeds,9:F2} ± {error / seeds,4:F2} {pull / seeds,5:F2}  {ultranest}"));
    }

    /// <summary>The issue's goal row: the tutorial through <see cref="BayesianAnalysis"/> with its seed 1234 and all threads, as the targets report runs it, best wall time of 3.</summary>
    private static void GoalRow(TextWriter output, InstrumentResponse response)
    {
        var best = double.PositiveInfinity;
        BayesianResults? result = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (model, data) = TutorialProblem.Build(response);
            var analysis = new BayesianAnalysis(model, data);
            analysis.SetSampler(importance ? new ImportanceNestedSampler { FracRemain = 0.5, Seed = 1234 } : new NestedSampler { MinNumLivePoints = 400, FracRemain = 0.5, Seed = 1234 });
            var clock = Stopwatch.StartNew();
            result = analysis.Sample();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"tutorial, seed 1234, all threads",-30} {result!.LikelihoodCalls,8} {"",7} {best,7:F3} {"",7} {"",7} {"",7} {"",7} {result.LnZ,9:F2} ± {result.LnZError,4:F2} {"",5}  goal <= 0.25 s, <= 30,000 calls, error <= 0.3"));
    }

    /// <summary>CPU seconds of as many likelihood calls as the run made, at its weighted points in turn (the sampler's share is the rest).</summary>
    private static double Replay(SamplingProblem problem, SamplerRun run, Process process)
    {
        var likelihood = problem.CreateLikelihood(0);
        var points = run.WeightedSamples!;
        var rows = points.GetLength(0);
        var d = points.GetLength(1);
        var flat = new double[rows * d];
        Buffer.BlockCopy(points, 0, flat, 0, flat.Length * sizeof(double));
        process.Refresh();
        var before = process.TotalProcessorTime;
        var sink = 0.0;
        for (long c = 0; c < run.LikelihoodCalls; c++)
        {
            sink += likelihood.Evaluate(flat.AsSpan((int)(c % rows) * d, d));
        }

        process.Refresh();
        return double.IsNaN(sink) ? double.NaN : (process.TotalProcessorTime - before).TotalSeconds;
    }

    private static SamplerRun Sample(SamplingProblem problem, int seed) => importance
        ? new ImportanceNestedSampler { FracRemain = 0.5, Seed = seed, MaxDegreeOfParallelism = 1 }.Run(problem)
        : new NestedSampler { MinNumLivePoints = 400, FracRemain = 0.5, Seed = seed, MaxDegreeOfParallelism = 1 }.Run(problem);

    private static SamplingProblem Tutorial(InstrumentResponse response)
    {
        var (model, data) = TutorialProblem.Build(response);
        return FromModel(model, data);
    }

    private static SamplingProblem Gbm(bool band) =>
        FromModel(new Model(new PointSource("bn090217206", ra: 0, dec: 0, spectralShape: GbmPriorShapes.Shape(band))), GbmDataLists.Bn090217206());

    private static SamplingProblem FromModel(Model model, DataList data)
    {
        var evaluator = new LikelihoodEvaluator(model, data);
        return new SamplingProblem(evaluator.FreeParameterPaths, new ModelPriorTransform(evaluator.FreeParameters), _ => new EvaluatorLikelihood(evaluator));
    }
}
