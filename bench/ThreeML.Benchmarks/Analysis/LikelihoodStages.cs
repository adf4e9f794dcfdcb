using System.Globalization;
using Astromodels;
using ThreeML.Analysis;
using ThreeML.Plugins;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>One tutorial log-likelihood cut into its stages, each timed as the growth of a prefix of the pipeline run
/// by hand (a new point every call): setting the parameters; the two sources' spectra on their shared Simpson grid;
/// the integration to bins; the paired fold; the two W-stat evaluations (scaling, gathering the active channels and
/// the statistic). The full call through <see cref="LikelihoodEvaluator"/> is timed beside them: what it costs above
/// the last prefix is the plan's own dispatch.</summary>
internal static class LikelihoodStages
{
    public static string Describe(Func<Func<double>, double> best)
    {
        var (model, data) = TutorialFixture.BuildReadingTwice(DemoData.ResponsePath);
        var evaluator = new LikelihoodEvaluator(model, data);
        var points = TutorialFixture.ScatteredPoints();
        var a = (IIntegratedModelPlugin)evaluator.Plugins[0];
        var b = (IIntegratedModelPlugin)evaluator.Plugins[1];
        var sourceA = (PointSource)model.Sources[a.AssignedSource!];
        var sourceB = (PointSource)model.Sources[b.AssignedSource!];
        // One integrator, so both sources share one grid (and its shapes), as the plan arranges for one response.
        var integrator = new BinIntegrator(a.IntegrationMethod, a.ModelEnergyEdges);
        var grid = integrator.Grid;
        var shapes = new ShapeCache();
        double[] fluxA = new double[grid.Length], fluxB = new double[grid.Length];
        double[] binA = new double[integrator.BinCount], binB = new double[integrator.BinCount];
        var fa = (IResponseFoldedPlugin)a;
        var fb = (IResponseFoldedPlugin)b;
        var next = 0;

        double Run(int stages)
        {
            evaluator.TrySetValues(points[next++ & 1023]);
            if (stages < 2)
            {
                return 0;
            }

            sourceA.Evaluate(grid, shapes, fluxA);
            sourceB.Evaluate(grid, shapes, fluxB);
            if (stages < 3)
            {
                return fluxA[0];
            }

            integrator.Integrate(fluxA, binA);
            integrator.Integrate(fluxB, binB);
            if (stages < 4)
            {
                return binA[0];
            }

            fa.Response.FoldPair(binA, binB, fa.ChannelRateBuffer, fb.ChannelRateBuffer);
            return stages < 5 ? fa.ChannelRateBuffer[0] : fa.LogLikeFromChannelRates() + fb.LogLikeFromChannelRates();
        }

        var prefix = new double[6];
        for (var s = 1; s <= 5; s++)
        {
            var stages = s;
            prefix[s] = best(() => Run(stages));
        }

        var full = best(() => evaluator.LogLikelihood(points[next++ & 1023]));
        return string.Create(CultureInfo.InvariantCulture,
            $"stages (us, new point each call): parameters {prefix[1]:F3}, spectra on the grid {prefix[2] - prefix[1]:F3}, integration {prefix[3] - prefix[2]:F3}, " +
            $"paired fold {prefix[4] - prefix[3]:F3}, two W-stats {prefix[5] - prefix[4]:F3}; sum {prefix[5]:F3}, through the evaluator {full:F3}");
    }
}
