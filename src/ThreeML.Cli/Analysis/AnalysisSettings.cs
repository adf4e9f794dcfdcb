namespace ThreeML.Cli.Analysis;

/// <summary>How the analysis runs.</summary>
/// <param name="Kind">"mle" or "bayesian".</param>
/// <param name="Minimizer">For MLE: "migrad" (default) or "nelder_mead".</param>
/// <param name="Sampler">For Bayesian: "ultranest" (default), "emcee" or "nautilus".</param>
/// <param name="Options">Minimizer or sampler options by their 3ML names (values as numbers).</param>
/// <param name="Seed">The random seed (covariance draws, samplers).</param>
public sealed record AnalysisSettings(string Kind, string Minimizer, string Sampler, IReadOnlyDictionary<string, double> Options, int Seed)
{
    /// <summary>Options a MIGRAD or Nelder-Mead fit accepts.</summary>
    public static IReadOnlyList<string> MinimizerOptions { get; } = ["tolerance", "strategy", "max_calls", "max_attempts", "samples"];

    /// <summary>Options of the nested sampler (UltraNest names).</summary>
    public static IReadOnlyList<string> UltranestOptions { get; } = ["min_num_live_points", "dlogz", "frac_remain", "min_ess", "max_ncalls", "max_improvement_loops"];

    /// <summary>Options of the importance nested sampler (nautilus names; <c>dlogz</c> is ours).</summary>
    public static IReadOnlyList<string> NautilusOptions { get; } = ["n_live", "f_live", "n_eff", "dlogz", "enlarge_per_dim", "n_like_max"];

    /// <summary>Options of the ensemble sampler (emcee names as 3ML uses them).</summary>
    public static IReadOnlyList<string> EmceeOptions { get; } = ["n_walkers", "n_iterations", "n_burn_in", "thin"];

    /// <summary>The analysis kinds.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["mle", "bayesian"];

    /// <summary>The minimizers.</summary>
    public static IReadOnlyList<string> Minimizers { get; } = ["migrad", "nelder_mead"];

    /// <summary>The samplers.</summary>
    public static IReadOnlyList<string> Samplers { get; } = ["ultranest", "emcee", "nautilus"];

    /// <summary>The option names valid for this analysis.</summary>
    public IReadOnlyList<string> ValidOptions => Kind == "mle" ? MinimizerOptions : Sampler == "emcee" ? EmceeOptions : Sampler == "nautilus" ? NautilusOptions : UltranestOptions;

    /// <summary>An option's value, or <paramref name="fallback"/>.</summary>
    public double Get(string name, double fallback) => Options.TryGetValue(name, out var v) ? v : fallback;
}
