namespace ThreeML.Fitting;

/// <summary>Settings of <see cref="MigradMinimizer"/>; the defaults are Minuit's.</summary>
public sealed record MigradOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static MigradOptions Default { get; } = new();

    /// <summary>Gets the tolerance; convergence is EDM &lt; 0.002 · <see cref="Tolerance"/> · errordef (Minuit2, iminuit's <c>tol</c>; default 0.1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double Tolerance
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "Tolerance must be a positive finite number (Minuit's default is 0.1).");
    } = 0.1;

    /// <summary>Gets the strategy: 0 fast (no final Hessian), 1 default (Hessian at the end, resuming if it shows the fit unconverged), 2 careful (also a Hessian at the start, more gradient cycles).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not 0, 1 or 2.</exception>
    public int Strategy
    {
        get;
        init => field = value is >= 0 and <= 2 ? value : throw new ArgumentOutOfRangeException(nameof(Strategy), value, "Strategy must be 0, 1 or 2.");
    } = 1;

    /// <summary>Gets the call budget, or <see langword="null"/> for Minuit's 200 + 100 n + 5 n² (n free parameters).</summary>
    /// <remarks>
    /// The budget is checked before each iteration; the final Hessian may exceed it. Minuit's default is
    /// tight for spectral fits started far from the solution: the five-parameter tutorial-like test fit
    /// takes 800–930 calls from astromodels' default values, against a budget of 825. 3ML copes by
    /// re-running MIGRAD (<see cref="Iterate"/>); a budget of about 1300 also suffices.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? MaxFunctionCalls
    {
        get;
        init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFunctionCalls), value, "MaxFunctionCalls must be positive, or null for Minuit's default.");
    }

    /// <summary>Gets the most MIGRAD runs per fit (default 1): a run that ends invalid, call limit included, is followed by another from its end point with a fresh call budget.</summary>
    /// <remarks>3ML's Minuit wrapper re-runs <c>migrad()</c> up to 10 times until the fit is valid; <c>Iterate = 10</c> reproduces that.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int Iterate
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Iterate), value, "Iterate must be positive (1 runs MIGRAD once).");
    } = 1;

    /// <summary>Gets the minima a global search already knows; a fit entering one of their basins stops (see <see cref="KnownBasins"/>).</summary>
    internal KnownBasins? StopInKnownBasins { get; init; }

    /// <summary>Gets an optional receiver of one <see cref="MinimizerProgress"/> per iteration.</summary>
    public IProgress<MinimizerProgress>? Progress { get; init; }

    /// <summary>Returns the call budget for <paramref name="freeParameters"/> free parameters.</summary>
    /// <param name="freeParameters">The number of free parameters.</param>
    /// <returns><see cref="MaxFunctionCalls"/> or Minuit's default.</returns>
    public int CallLimitFor(int freeParameters) => MaxFunctionCalls ?? 200 + (100 * freeParameters) + (5 * freeParameters * freeParameters);
}
