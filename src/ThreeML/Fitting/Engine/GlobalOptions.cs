namespace ThreeML.Fitting;

/// <summary>Settings of <see cref="GlobalMinimizer"/>.</summary>
public sealed record GlobalOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static GlobalOptions Default { get; } = new();

    /// <summary>Gets the seed of the space-filling design, so that a search is reproducible (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the number of design points per free parameter at which the objective is screened (default 20).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int ScreeningPointsPerParameter
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ScreeningPointsPerParameter), value, "ScreeningPointsPerParameter must be positive.");
    } = 20;

    /// <summary>Gets the number of new local fits per round (default 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int StartsPerRound
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(StartsPerRound), value, "StartsPerRound must be positive.");
    } = 2;

    /// <summary>Gets the most rounds after the fit from the start (default 4).</summary>
    /// <remarks>The search stops earlier when a round finds no lower minimum and a valid minimum is known.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxRounds
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRounds), value, "MaxRounds must be zero or positive.");
    } = 4;

    /// <summary>Gets the most local fits run at once (default: the number of processors); the result does not depend on it.</summary>
    /// <remarks>Fits run concurrently only when the objective is an <see cref="IConcurrentObjective"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "MaxDegreeOfParallelism must be positive (1 runs the fits one after another).");
    } = Environment.ProcessorCount;

    /// <summary>Gets the most runs of one local fit that ends invalid below every valid minimum: each continues from where the last stopped (default 4).</summary>
    /// <remarks>A fit out of calls on the way down to the lowest minimum is worth finishing; an invalid fit above a valid minimum is not.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxRunsPerMinimum
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRunsPerMinimum), value, "MaxRunsPerMinimum must be positive (1 never continues a fit).");
    } = 4;

    /// <summary>Gets the local minimizer, or <see langword="null"/> for a <see cref="MigradMinimizer"/> with default options.</summary>
    public IMinimizer? LocalMinimizer { get; init; }
}
