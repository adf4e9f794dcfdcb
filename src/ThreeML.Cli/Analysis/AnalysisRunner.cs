using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Ensemble;
using ThreeML.Bayesian.Samplers.Importance;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Cli.Infrastructure;
using ThreeML.Fitting;
using ThreeML.Results;

namespace ThreeML.Cli.Analysis;

/// <summary>Runs the analysis an analysis file describes: a maximum-likelihood fit or posterior sampling.</summary>
public static class AnalysisRunner
{
    /// <summary>Runs the analysis on <paramref name="data"/>.</summary>
    /// <param name="file">The validated analysis file (its model is fitted in place).</param>
    /// <param name="data">The plugins built from the file.</param>
    /// <param name="phases">Draws one progress bar per phase of the run (global search, local fit, covariance samples;
    /// burn-in and sampling; nested sampling), or null for none.</param>
    /// <param name="threads">Threads for the global search or the sampler's likelihood calls; null for all cores (the
    /// results do not depend on it; a batch running tasks side by side passes 1).</param>
    /// <returns>The results, and for a fit whether it converged (with the reason when not).</returns>
    public static (AnalysisResults Results, bool Valid, string? Reason) Run(AnalysisFile file, DataList data, ProgressPhases? phases = null, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var settings = file.Analysis;
        if (settings.Kind == "mle")
        {
            var display = phases is null ? null : new FitProgressDisplay(phases, Fitting.GlobalOptions.Default);
            var jl = new JointLikelihood(file.Model, data)
            {
                Minimizer = CreateMinimizer(settings, display),
                MaxAttempts = (int)settings.Get("max_attempts", 10),
            };
            if (threads is { } t)
            {
                jl.GlobalOptions = jl.GlobalOptions with { MaxDegreeOfParallelism = t };
            }

            var mle = jl.Fit((int)settings.Get("samples", 5000), new Random(settings.Seed), phases: display);
            return (mle, mle.IsValid, mle.Reason);
        }

        var ba = new BayesianAnalysis(file.Model, data);
        var sampler = CreateSampler(settings, file, threads);
        ba.SetSampler(sampler);
        return (ba.Sample(phases is null ? null : new SamplerProgressDisplay(phases, sampler)), true, null);
    }

    internal static IMinimizer CreateMinimizer(AnalysisSettings s, IProgress<MinimizerProgress>? progress = null)
    {
        int? calls = s.Options.TryGetValue("max_calls", out var c) ? (int)c : null;
        return s.Minimizer == "nelder_mead"
            ? new NelderMeadMinimizer(new NelderMeadOptions { Tolerance = s.Get("tolerance", NelderMeadOptions.Default.Tolerance), MaxFunctionCalls = calls, Progress = progress })
            : new MigradMinimizer(new MigradOptions
            {
                Tolerance = s.Get("tolerance", MigradOptions.Default.Tolerance),
                Strategy = (int)s.Get("strategy", MigradOptions.Default.Strategy),
                MaxFunctionCalls = calls,
                Progress = progress,
            });
    }

    private static ISampler CreateSampler(AnalysisSettings s, AnalysisFile file, int? threads)
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
                MaxDegreeOfParallelism = threads,
            };
        }

        if (s.Sampler == "nautilus")
        {
            var i = new ImportanceNestedSampler();
            return new ImportanceNestedSampler
            {
                LivePoints = (int)s.Get("n_live", i.LivePoints),
                FracRemain = s.Get("f_live", i.FracRemain),
                MinEss = (int)s.Get("n_eff", i.MinEss),
                Dlogz = s.Get("dlogz", i.Dlogz),
                EnlargePerDimension = s.Get("enlarge_per_dim", i.EnlargePerDimension),
                MaxNcalls = s.Options.TryGetValue("n_like_max", out var max) ? (long)max : i.MaxNcalls,
                Seed = s.Seed,
                MaxDegreeOfParallelism = threads,
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
            MaxDegreeOfParallelism = threads,
        };
    }
}
