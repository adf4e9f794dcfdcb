namespace ThreeML.Fitting;

/// <summary>Settings of <see cref="NelderMeadMinimizer"/>.</summary>
public sealed record NelderMeadOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static NelderMeadOptions Default { get; } = new();

    /// <summary>Gets the tolerance; the simplex has converged when its spread of objective values is below the EDM goal 0.002 · <see cref="Tolerance"/> · errordef.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double Tolerance
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "Tolerance must be a positive finite number (default 0.1).");
    } = 0.1;

    /// <summary>Gets the call budget, or <see langword="null"/> for 500 + 200 n + 20 n² (the simplex needs more calls than MIGRAD).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? MaxFunctionCalls
    {
        get;
        init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFunctionCalls), value, "MaxFunctionCalls must be positive, or null for the default.");
    }

    /// <summary>Gets a value indicating whether a numerical Hessian is computed at the end for the covariance and the EDM (default <see langword="true"/>).</summary>
    public bool ComputeCovariance { get; init; } = true;

    /// <summary>Gets an optional receiver of one <see cref="MinimizerProgress"/> per simplex iteration.</summary>
    public IProgress<MinimizerProgress>? Progress { get; init; }

    /// <summary>Returns the call budget for <paramref name="freeParameters"/> free parameters.</summary>
    /// <param name="freeParameters">The number of free parameters.</param>
    /// <returns><see cref="MaxFunctionCalls"/> or the default.</returns>
    public int CallLimitFor(int freeParameters) => MaxFunctionCalls ?? 500 + (200 * freeParameters) + (20 * freeParameters * freeParameters);
}
