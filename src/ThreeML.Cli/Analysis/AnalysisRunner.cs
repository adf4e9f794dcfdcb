using ThreeML.Bayesian;
using ThreeML.Fitting;
using ThreeML.Results;

namespace ThreeML.Cli.Analysis;

/// <summary>Runs the analysis an analysis file describes: a maximum-likelihood fit or posterior sampling.</summary>
public static class AnalysisRunner
{
    /// <summary>Runs the analysis on <paramref name="data"/>.</summary>
    /// <param name="file">The validated analysis file (its model is fitted in place).</param>
    /// <param name="data">The plugins built from the file.</param>
    /// <param name="progress">Receives the fraction done (sampling only; fits are quick).</param>
    /// <returns>The results, and for a fit whether it converged (with the reason when not).</returns>
    public static (AnalysisResults Results, bool Valid, string? Reason) Run(AnalysisFile file, DataList data, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var settings = file.Analysis;
        if (settings.Kind == "mle")
        {
            var jl = new JointLikelihood(file.Model, data)
            {
                Minimizer = CreateMinimizer(settings),
                MaxAttempts = (int)settings.Get("max_attempts", 10),
            };
            var mle = jl.Fit((int)settings.Get("samples", 5000), new Random(settings.Seed));
            return (mle, mle.IsValid, mle.Reason);
        }

        var ba = new BayesianAnalysis(file.Model, data);
        ba.SetSampler(CreateSampler(settings, file));
        var sink = progress is null ? null : new SamplerProgressSink(progress, settings);
        return (ba.Sample(sink), true, null);
    }

    private static IMinimizer CreateMinimizer(AnalysisSettings s)
    {
        int? calls = s.Options.TryGetValue("max_calls", out var c) ? (int)c : null;
        return s.Minimizer == "nelder_mead"
            ? new NelderMeadMinimizer(new NelderMeadOptions { Tolerance = s.Get("tolerance", NelderMeadOptions.Default.Tolerance), MaxFunctionCalls = calls })
            : new MigradMinimizer(new MigradOptions
            {
                Tolerance = s.Get("tolerance", MigradOptions.Default.Tolerance),
                Strategy = (int)s.Get("strategy", MigradOptions.Default.Strategy),
                MaxFunctionCalls = calls,
            });
    }

    private static ISampler CreateSampler(AnalysisSettings s, AnalysisFile file)
    {
        if (s.Sampler == "emcee")
        {
            var d = new EnsembleSampler();
            return new EnsembleSampler
            {
                Walkers = (int)s.Get("n_walkers", d.Walkers),
                Iterations = (int)s.Get("n_iterations", d.Iterations),
                BurnIn = s.Options.TryGetValue("n_burn_in", out var b) ? (int)b : d.BurnIn,
                Thin = (int)s.Get("thin", d.Thin),
                Seed = s.Seed,
                StartValues = [.. file.Model.FreeParameters.Select(p => p.Value)],
            };
        }

        var n = new NestedSampler();
        return new NestedSampler
        {
            MinNumLivePoints = (int)s.Get("min_num_live_points", n.MinNumLivePoints),
            Dlogz = s.Get("dlogz", n.Dlogz),
            FracRemain = s.Get("frac_remain", n.FracRemain),
            MinEss = (int)s.Get("min_ess", n.MinEss),
            MaxNcalls = s.Options.TryGetValue("max_ncalls", out var m) ? (long)m : n.MaxNcalls,
            MaxImprovementLoops = s.Options.TryGetValue("max_improvement_loops", out var l) ? (int)l : n.MaxImprovementLoops,
            Seed = s.Seed,
        };
    }

    private sealed class SamplerProgressSink(IProgress<double> target, AnalysisSettings settings) : IProgress<SamplerProgress>
    {
        public void Report(SamplerProgress value)
        {
            if (settings.Sampler == "emcee")
            {
                var total = settings.Get("n_iterations", new EnsembleSampler().Iterations) + settings.Get("n_burn_in", 0);
                target.Report(value.Iteration / Math.Max(1.0, total));
            }
            else if (value.RemainderFraction is { } r and > 0)
            {
                // The remaining evidence fraction falls roughly exponentially; its logarithm advances evenly.
                var goal = settings.Get("frac_remain", new NestedSampler().FracRemain);
                target.Report(r >= 1 ? 0 : Math.Log(r) / Math.Log(goal));
            }
        }
    }
}
