using System.Diagnostics;
using System.Globalization;
using Astromodels;
using ThreeML.Analysis;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Benchmarks.Analysis;
using ThreeML.Fitting;
using ThreeML.Results;

namespace ThreeML.Benchmarks.Tutorial;

/// <summary>Measures each row of DESIGN.md §6 with a Stopwatch and prints it beside the 3ML reference figure.</summary>
/// <remarks>Run with <c>dotnet run -c Release --project bench/ThreeML.Benchmarks -- targets</c>. Allocation per
/// likelihood call is read from <see cref="GC.GetAllocatedBytesForCurrentThread"/>; the precise per-call figures
/// come from the BenchmarkDotNet suites (JointLikelihoodBenchmarks).</remarks>
internal static class DesignTargetsReport
{
    public static int Run(TextWriter output)
    {
        var response = ThreeML.Ogip.OgipResponse.Read(DemoData.ResponsePath);
        output.WriteLine($"Response: {response.EnergyBinCount} energy bins x {response.ChannelCount} channels; {Environment.ProcessorCount} cores");
        output.WriteLine($"{"work",-58} {"3ML",14} {"here",14} {"ratio",8}");

        // 1. One joint log-likelihood, the response read once per plugin as in the tutorial.
        var (model, data) = TutorialFixture.BuildReadingTwice(DemoData.ResponsePath);
        var evaluator = new LikelihoodEvaluator(model, data);
        var points = TutorialFixture.ScatteredPoints();

        // Long enough for tiered compilation to reach its final code; each call visits another point.
        for (var i = 0; i < 500000; i++)
        {
            evaluator.LogLikelihood(points[i & 1023]);
        }

        const int calls = 500000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            evaluator.LogLikelihood(points[i & 1023]);
        }

        var perCall = clock.Elapsed.TotalMilliseconds * 1000 / calls;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
        Row(output, "one joint log-likelihood (us)", 75, perCall, $"{allocated:F1} B/call, a new point each call");

        // 2. MLE fit from the default start: the first fit in the process pays the JIT; the second is the steady state.
        var (coldModel, coldData) = TutorialFixture.Build(response);
        clock.Restart();
        new JointLikelihood(coldModel, coldData).Fit();
        var cold = clock.Elapsed.TotalSeconds;
        var (fitModel, fitData) = TutorialFixture.Build(response);
        var jl = new JointLikelihood(fitModel, fitData);
        clock.Restart();
        var mle = jl.Fit();
        Row(output, "MLE fit from default start, global (s)", 0.13, clock.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"{mle.LikelihoodCalls} calls (Minuit 1232), valid={mle.IsValid}; first fit incl. JIT {cold:F3} s"));
        var (localModel, localData) = TutorialFixture.Build(response);
        clock.Restart();
        var local = new JointLikelihood(localModel, localData).Fit(strategy: FitStrategy.Local);
        Row(output, "MLE fit from default start, local (s)", 0.13, clock.Elapsed.TotalSeconds, string.Create(CultureInfo.InvariantCulture, $"{local.LikelihoodCalls} calls (Minuit 1232), valid={local.IsValid}"));

        // 3. Nested sampling, 400 live points, frac_remain 0.5.
        var (bayesModel, bayesData) = TutorialFixture.Build(response);
        var ba = new BayesianAnalysis(bayesModel, bayesData);
        ba.SetSampler(new NestedSampler { MinNumLivePoints = 400, FracRemain = 0.5, Seed = 1234 });
        clock.Restart();
        var posterior = ba.Sample();
        Row(output, "nested sampling, 400 live points, frac_remain 0.5 (s)", 16.9, clock.Elapsed.TotalSeconds,
            $"{posterior.LikelihoodCalls} calls, lnZ err {posterior.LnZError:F2}");

        // 4. GetFlux calls of the tutorial on the posterior: the first call in the process pays the JIT; then each of
        // the tutorial's calls is timed warm and the slowest is reported.
        clock.Restart();
        posterior.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/cm2/s");
        var coldFlux = clock.Elapsed.TotalSeconds;
        Func<FluxTable>[] fluxCalls =
        [
            () => posterior.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/cm2/s"),
            () => posterior.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/cm2/s", sumSources: true),
            () => posterior.GetFlux(10 * Units.keV, 0.5 * Units.MeV, useComponents: true, fluxUnit: "1/(cm2 s)"),
            () => posterior.GetFlux(10 * Units.keV, 0.5 * Units.MeV, useComponents: true, componentsToUse: ["Blackbody"], fluxUnit: "erg2/(cm2 s)"),
        ];
        var worst = 0.0;
        foreach (var call in fluxCalls)
        {
            call();
            clock.Restart();
            call();
            worst = Math.Max(worst, clock.Elapsed.TotalSeconds);
        }

        Row(output, $"one GetFlux with errors ({posterior.Samples.Count} samples) (s)", 0.35, worst, string.Create(CultureInfo.InvariantCulture, $"worst tutorial call; first call incl. JIT {coldFlux:F3} s"));

        // 5. The MLE batteries of issue 13 beside Minuit's figures.
        ThreeML.Benchmarks.Fitting.MleBatteryReport.Run(output, (work, reference, here, note) => Row(output, work, reference, here, note));
        return 0;
    }

    private static void Row(TextWriter output, string work, double reference, double here, string note) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{work,-58} {reference,14:G4} {here,14:G4} {reference / here,7:F1}x  {note}"));
}
