using System.Globalization;
using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Responses;
using ThreeML.Tests.Fitting;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Benchmarks.Fitting;

/// <summary>The engine's yardstick beyond the design-report rows: per-case calls and minima of the demo-response tutorial
/// battery, the GBM fit battery and the Moré–Garbow–Hillstrom battery, so an engine change can be judged case by case.</summary>
internal static class MleExtendedReport
{
    public static void Run(TextWriter output)
    {
        Tutorial(output, "demo", OgipResponse.Read(ThreeML.DemoData.ResponsePath));
        if (SharedData.Exists("data/ogip/ogip_powerlaw.rsp"))
        {
            Tutorial(output, "ogip", OgipResponse.Read(SharedData.Data("ogip/ogip_powerlaw.rsp")));
        }

        if (SharedData.Exists("data/ogip/bn090217206"))
        {
            foreach (var (name, shape, data) in GbmCases())
            {
                foreach (var strategy in new[] { FitStrategy.Local, FitStrategy.Global })
                {
                    var fit = new JointLikelihood(new Model(new PointSource("grb", ra: 0, dec: 0, spectralShape: shape())), data()).Fit(samples: 10, strategy: strategy);
                    output.WriteLine(Invariant($"gbm {name,-22} {strategy,-6} calls {fit.LikelihoodCalls,6} -lnL {fit.MinusLogLikelihood,14:F4} valid {fit.IsValid}"));
                }
            }
        }

        foreach (var budget in new int?[] { null, 100_000 })
        {
            var minimizer = new MigradMinimizer(new MigradOptions { MaxFunctionCalls = budget });
            int successes = 0, falseValid = 0;
            long calls = 0;
            foreach (var (problem, scale) in MoreGarbowHillstrom.Cases())
            {
                var result = minimizer.Minimize(MoreGarbowHillstrom.For(problem, scale, out _));
                bool at = Math.Abs(result.MinimumValue - problem.Minimum) <= 1e-3;
                successes += result.IsValid && at ? 1 : 0;
                falseValid += result.IsValid && !at ? 1 : 0;
                calls += result.FunctionCalls;
                output.WriteLine(Invariant($"mgh {budget?.ToString(CultureInfo.InvariantCulture) ?? "default",-7} {problem.Name,-26} x{scale,-4} calls {result.FunctionCalls,6} f {result.MinimumValue,-12:G6} valid {result.IsValid}"));
            }

            output.WriteLine(Invariant($"mgh {budget?.ToString(CultureInfo.InvariantCulture) ?? "default",-7} total: {successes}/21 successes, {falseValid} false valid, {calls} calls"));
        }
    }

    private static void Tutorial(TextWriter output, string label, InstrumentResponse response)
    {
        foreach (var strategy in new[] { FitStrategy.Local, FitStrategy.Global })
        {
            long calls = 0;
            for (int seed = 1; seed <= 20; seed++)
            {
                var (model, data) = TutorialProblem.BuildWithoutPriors(response, seed);
                var fit = new JointLikelihood(model, data).Fit(samples: 10, strategy: strategy);
                calls += fit.LikelihoodCalls;
                output.WriteLine(Invariant($"tutorial {label} {strategy,-6} seed {seed,2} calls {fit.LikelihoodCalls,6} -lnL {fit.MinusLogLikelihood,14:F4} valid {fit.IsValid}"));
            }

            output.WriteLine(Invariant($"tutorial {label} {strategy,-6} mean calls {calls / 20.0:F1}"));
        }
    }

    private static IEnumerable<(string Name, Func<Function1D> Shape, Func<DataList> Data)> GbmCases()
    {
        yield return ("Band 3det", () => new Band(), () => GbmDataLists.Bn090217206());
        yield return ("Cpl 3det", () => new CutoffPowerlaw(), () => GbmDataLists.Bn090217206());
        yield return ("Band 3det+const", () => new Band(), () => GbmDataLists.Bn090217206(effectiveAreaConstants: true));
        yield return ("Cpl 3det+const", () => new CutoffPowerlaw(), () => GbmDataLists.Bn090217206(effectiveAreaConstants: true));
        if (SharedData.Exists("data/gbm_bn080916009_0-10s"))
        {
            yield return ("Band n3", () => new Band(), GbmDataLists.Bn080916009N3);
            yield return ("Pl n3", () => new Powerlaw(), GbmDataLists.Bn080916009N3);
            yield return ("Cpl n3", () => new CutoffPowerlaw(), GbmDataLists.Bn080916009N3);
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
