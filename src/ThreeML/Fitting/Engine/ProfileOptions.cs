namespace ThreeML.Fitting;

/// <summary>Settings of <see cref="ProfileLikelihood"/>.</summary>
public sealed record ProfileOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static ProfileOptions Default { get; } = new();

    /// <summary>Gets the minimizer that re-minimises the other parameters at each trial value; <see langword="null"/> for MIGRAD with strategy 0 and tolerance 0.01.</summary>
    public IMinimizer? Minimizer { get; init; }

    /// <summary>Gets the accepted relative mismatch |ΔF − Δ|/Δ at a crossing (default 10⁻⁴, i.e. about 5·10⁻⁵ relative on the error).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 1).</exception>
    public double Tolerance
    {
        get;
        init => field = value is > 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "Tolerance must lie strictly between 0 and 1.");
    } = 1e-4;

    /// <summary>Gets the maximum number of trial values per crossing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public int MaxIterations
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "MaxIterations must be at least 2.");
    } = 40;

    /// <summary>Gets the minimizer of the independent constrained refits that verify each crossing (started from the best fit with the problem's own steps, and as the local minimizer of the global check of a multimodal problem); <see langword="null"/> for MIGRAD with tolerance 10⁻³.</summary>
    /// <remarks>Tighter than MIGRAD's default 0.1: in the long, curved valleys of a multimodal spectral likelihood (a blackbody
    /// at 2,000 keV beside a power law) a fit with the default tolerance stops 0.2 above the valley's floor with its EDM
    /// below the goal, which would pass an interval too narrow as verified.</remarks>
    public IMinimizer? VerificationMinimizer { get; init; }

    /// <summary>Gets the largest accepted |ΔF − Δ| at a reported bound, as measured by the verification refit (objective units; default 0.01).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double VerificationTolerance
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(VerificationTolerance), value, "VerificationTolerance must be a positive finite number (0.01 by default).");
    } = 0.01;

    internal IMinimizer Verifier => VerificationMinimizer ?? new MigradMinimizer(new MigradOptions { Tolerance = 1e-3 });

    internal IMinimizer InnerMinimizer => Minimizer ?? new MigradMinimizer(new MigradOptions { Strategy = 0, Tolerance = 0.01 });
}
