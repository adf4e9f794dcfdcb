namespace ThreeML.Fitting;

/// <summary>Settings of <see cref="MultiStartMinimizer"/>.</summary>
public sealed record MultiStartOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static MultiStartOptions Default { get; } = new();

    /// <summary>Gets the number of local fits, the problem's own start included (default 20).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int Starts
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Starts), value, "Starts must be positive.");
    } = 20;

    /// <summary>Gets the seed of the random start points; the same seed gives the same result.</summary>
    public int Seed { get; init; }

    /// <summary>Gets the half-width, in units of each parameter's step, of the region sampled along an unbounded side (default 10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double HalfWidthInSteps
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(HalfWidthInSteps), value, "HalfWidthInSteps must be a positive finite number.");
    } = 10;

    /// <summary>Gets the local minimizer run from every start; <see langword="null"/> for <see cref="MigradMinimizer"/> with default options.</summary>
    public IMinimizer? LocalMinimizer { get; init; }
}
