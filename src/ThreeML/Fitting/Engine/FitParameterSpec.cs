namespace ThreeML.Fitting;

/// <summary>One parameter of a <see cref="MinimizationProblem"/>: its start value, initial step and optional bounds.</summary>
/// <param name="Name">The name used in results and in error messages.</param>
/// <param name="Start">The start value, which must lie within the bounds.</param>
/// <param name="Step">A positive initial step, ideally close to the expected uncertainty.</param>
/// <param name="Lower">The lower bound, or <see langword="null"/> for none.</param>
/// <param name="Upper">The upper bound, or <see langword="null"/> for none.</param>
/// <param name="Fixed">Whether the parameter is held at <paramref name="Start"/>.</param>
/// <remarks>
/// Bounded parameters are minimised in Minuit's internal coordinates (see
/// <see cref="MinimizationProblem"/>). A free parameter that starts exactly on a bound is moved inside
/// by a small fraction of its step, because the internal transformation has zero slope there and a
/// minimizer could not leave the bound. Validation happens when the spec is given to a
/// <see cref="MinimizationProblem"/>.
/// </remarks>
public sealed record FitParameterSpec(string Name, double Start, double Step, double? Lower = null, double? Upper = null, bool Fixed = false)
{
    /// <summary>Gets the lower edge of the box a global search draws starts from, or <see langword="null"/> to let the search choose (the bound, else a decade below the start).</summary>
    /// <remarks>Set it from what is known about the parameter, e.g. a low quantile of its prior.</remarks>
    public double? SearchLower { get; init; }

    /// <summary>Gets the upper edge of the box a global search draws starts from, or <see langword="null"/> to let the search choose (the bound, else a decade above the start).</summary>
    public double? SearchUpper { get; init; }
}
